"""The Processing provider ``veerkracht``."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithms import algorithm_classes
from .i18n import install_translator, tr
from .qgisio.paths import ICON_PATH

PROVIDER_ID = "veerkracht"


class VeerkrachtProvider(QgsProcessingProvider):
    def load(self):
        install_translator()
        return super().load()

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())

    def id(self):
        return PROVIDER_ID

    def name(self):
        return "Veerkracht"

    def longName(self):  # noqa: N802
        return tr("Veerkracht – resilience signals for buurten")

    def icon(self):
        return QIcon(str(ICON_PATH))

    def svgIconPath(self):  # noqa: N802
        return str(ICON_PATH)
