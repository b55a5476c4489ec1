"""Import heavy libraries (numpy, pandas) on first use instead of when QGIS loads the plugin.

QGIS imports every plugin at start-up and ``qgis_process`` imports every provider's algorithms before it
runs one; numpy and pandas take about 0.17 s of that. ``np = lazy_module("numpy")`` gives a module object
that imports numpy the first time one of its attributes is used (``importlib.util.LazyLoader``); an import
that already happened is simply returned.
"""

import importlib.util
import sys


def lazy_module(name):
    """The module ``name``, imported on first attribute access (or at once if it is already imported)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(f"No module named {name!r}")
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
