"""Start QGIS without a GUI and register the Veerkracht provider (for make demo, benchmarks, scripts)."""

import os
import sys

_app = None
_provider = None  # keep the Python object alive, or QGIS is left with a bare C++ provider


def start_qgis():
    """Initialise QGIS and Processing once; returns the QgsApplication."""
    global _app
    if _app is not None:
        return _app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    _app = QgsApplication([], False)
    _app.initQgis()
    plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    register_provider()
    return _app


def register_provider():
    """Add the Veerkracht provider to the registry unless it is there already."""
    from qgis.core import QgsApplication

    from .provider import PROVIDER_ID, VeerkrachtProvider

    global _provider
    registry = QgsApplication.processingRegistry()
    if registry.providerById(PROVIDER_ID) is None:
        _provider = VeerkrachtProvider()
        registry.addProvider(_provider)
    return _provider if _provider is not None else registry.providerById(PROVIDER_ID)
