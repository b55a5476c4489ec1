"""The fonts and colours of the report pages (templates, labels on the maps, tables)."""

from qgis.PyQt.QtGui import QFont

FONT = "Arial"  # fontconfig maps it to Liberation/DejaVu Sans on Linux
TITLE_COLOUR = "#1F3A5F"
TEXT_COLOUR = "#202020"


def font(size, bold=False):
    """The report font at ``size`` points."""
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font
