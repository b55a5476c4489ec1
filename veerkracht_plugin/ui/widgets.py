"""Small widgets the dock's panels share."""

from qgis.PyQt.QtCore import QEvent, QObject
from qgis.PyQt.QtWidgets import QLabel


def title_label(parent, object_name, scale):
    """A bold, wrapping title label, ``scale`` times the default font size."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class FocusOutFilter(QObject):
    """Calls ``callback`` when the watched widget loses focus."""

    def __init__(self, callback, parent):
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False
