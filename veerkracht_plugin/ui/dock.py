"""The Veerkracht dock (objectName ``VeerkrachtDock``)."""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..i18n import tr


class VeerkrachtDock(QgsDockWidget):
    DEFAULT_AREA = Qt.DockWidgetArea.RightDockWidgetArea

    def __init__(self, iface, parent=None):
        super().__init__(tr("Veerkracht"), parent)
        self.iface = iface
        self.setObjectName("VeerkrachtDock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        intro = QLabel(tr("Run the Veerkracht algorithms from the Processing toolbox."), body)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        toolbox = QPushButton(tr("Open the Processing toolbox"), body)
        toolbox.clicked.connect(self.open_toolbox)
        layout.addWidget(toolbox)
        layout.addStretch(1)
        self.setWidget(body)

    def open_toolbox(self):
        if self.iface is not None:
            self.iface.actionShowProcessingToolbox().trigger()
