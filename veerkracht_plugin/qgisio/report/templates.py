"""The report's three print-layout templates: their default items, writing and loading them, and finding
their items by id (documented in docs/report.md).

``resources/layouts/*.qpt`` are written from :func:`default_layout` (``scripts/make_layout_templates.py``);
users may adapt them, as long as the item ids stay.
"""

from pathlib import Path

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemTextTable,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ...core.messages import N_
from ...i18n import tr
from ..compat import LEGEND_SYMBOL_LABEL, LEGEND_TITLE
from ..map_export import add_scale_bar
from ..paths import LAYOUT_DIR
from .fonts import TEXT_COLOUR, TITLE_COLOUR, font

TEMPLATES = {
    "voorblad": "notitie_voorblad.qpt",
    "wijk": "notitie_wijk.qpt",
    "slot": "notitie_slot.qpt",
}
PAGE_WIDTH, PAGE_HEIGHT = 297.0, 210.0  # A4 landscape, mm


def _place(item, x, y, w, h):
    item.attemptMove(QgsLayoutPoint(x, y))
    item.attemptResize(QgsLayoutSize(w, h))


def _add_label(layout, item_id, x, y, w, h, size, text, bold=False, colour=TEXT_COLOUR, frame=False):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setFont(font(size, bold))
    label.setFontColor(QColor(colour))
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    label.setMarginX(1.5 if frame else 0.0)
    label.setMarginY(1.5 if frame else 0.0)
    if frame:
        label.setFrameEnabled(True)
        label.setFrameStrokeColor(QColor("#9E9E9E"))
        label.setFrameStrokeWidth(QgsLayoutMeasurement(0.2))
        label.setBackgroundEnabled(True)
        label.setBackgroundColor(QColor("#F7F7F7"))
    layout.addLayoutItem(label)
    _place(label, x, y, w, h)
    return label


def _add_map(layout, item_id, x, y, w, h):
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(QColor("#9E9E9E"))
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.2))
    layout.addLayoutItem(item)
    _place(item, x, y, w, h)
    return item


def _add_scale_bar(layout, item_id, map_item, x, y):
    """A kilometre scale bar on the map, linked to ``map_item`` (follows the atlas scale)."""
    return add_scale_bar(layout, map_item, x, y, 6.5, item_id=item_id, halo=True, fit_width=(20, 40))


def _add_legend(layout, item_id, x, y, w, h, map_item):
    legend = QgsLayoutItemLegend(layout)
    legend.setId(item_id)
    legend.setTitle(tr(N_("Signal")))
    legend.setLinkedMap(map_item)
    legend.setStyleFont(LEGEND_TITLE, font(8, True))
    legend.setStyleFont(LEGEND_SYMBOL_LABEL, font(7))
    legend.setSymbolWidth(5)
    legend.setSymbolHeight(3.5)
    legend.setBackgroundEnabled(True)
    legend.setBackgroundColor(QColor(255, 255, 255, 230))
    legend.setResizeToContents(True)
    layout.addLayoutItem(legend)
    _place(legend, x, y, w, h)
    return legend


def _table_format(table, size=7.0):
    content, header = QgsTextFormat(), QgsTextFormat()
    content.setFont(font(size))
    content.setSize(size)
    content.setColor(QColor(TEXT_COLOUR))
    header.setFont(font(size, True))
    header.setSize(size)
    header.setColor(QColor(TITLE_COLOUR))
    table.setContentTextFormat(content)
    table.setHeaderTextFormat(header)
    table.setCellMargin(0.8)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#BDBDBD"))
    table.setBackgroundColor(QColor("white"))
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)


def _add_frame(layout, table, item_id, x, y, w, h):
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(item_id)
    _place(frame, x, y, w, h)
    table.addFrame(frame)
    return frame


def _new_layout(project, name):
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(PAGE_WIDTH, PAGE_HEIGHT))
    return layout


MARGIN = 10.0
RIGHT = PAGE_WIDTH - MARGIN
FOOTER_Y = PAGE_HEIGHT - 9.0


def default_layout(project, part):
    """The default items of one template (``voorblad``, ``wijk`` or ``slot``); see docs/report.md."""
    if part not in _PARTS:
        raise ValueError(part)
    layout = _new_layout(project, part)
    _PARTS[part](layout)
    _add_label(layout, "voettekst", MARGIN, FOOTER_Y, RIGHT - MARGIN, 5, 6.5, "Bron: CBS", colour="#707070")
    return layout


def _voorblad_items(layout):
    margin = MARGIN
    _add_label(layout, "titel", margin, 8, 200, 10, 18, "Stadsbrede notitie veerkracht", bold=True,
               colour=TITLE_COLOUR)
    _add_label(layout, "gemeente", margin, 18, 200, 7, 12, "Gemeente", colour=TITLE_COLOUR)
    _add_label(layout, "meta", margin, 26, 150, 18, 7, "Meta")
    map_item = _add_map(layout, "kaart", margin, 45, 150, 151)
    _add_legend(layout, "legenda", margin + 1.5, 46.5, 40, 40, map_item)
    _add_scale_bar(layout, "schaalbalk", map_item, margin + 2, 45 + 151 - 10)
    x = margin + 150 + 6
    width = RIGHT - x
    _add_label(layout, "klassen_titel", x, 26, width, 6, 10, "Buurten and inhabitants per class", bold=True,
               colour=TITLE_COLOUR)
    table = QgsLayoutItemManualTable.create(layout)
    _table_format(table, 7.5)
    _add_frame(layout, table, "klassen_tabel", x, 33, width, 42)
    _add_label(layout, "bevindingen_titel", x, 80, width, 6, 10, "Key findings", bold=True, colour=TITLE_COLOUR)
    _add_label(layout, "bevindingen", x, 87, width, 109, 8, "Findings")


def _wijk_items(layout):
    margin = MARGIN
    _add_label(layout, "titel", margin, 8, 270, 10, 16, '[% "rp_titel" %]', bold=True, colour=TITLE_COLOUR)
    map_item = _add_map(layout, "kaart", margin, 20, 150, 98)
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    map_item.setAtlasMargin(0.08)
    x = margin + 150 + 6
    width = RIGHT - x
    _add_legend(layout, "legenda", x, 20, 45, 34, map_item)
    _add_scale_bar(layout, "schaalbalk", map_item, margin + 2, 20 + 98 - 10)
    _add_label(layout, "wijk_tekst", x + 50, 20, width - 50, 98, 8, '[% "rp_tekst" %]')
    _add_label(layout, "tabel_uitleg", x, 70, 45, 48, 6.5, "How to read the table", colour="#505050")
    table = QgsLayoutItemAttributeTable(layout)
    _table_format(table, 6.5)
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.ExtendToNextPage)
    table.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
    _add_frame(layout, table, "buurten_tabel", margin, 122, RIGHT - margin, FOOTER_Y - 124)


def _slot_items(layout):
    margin = MARGIN
    _add_label(layout, "titel", margin, 8, 270, 10, 16, "Impact on the whole city", bold=True,
               colour=TITLE_COLOUR)
    half = (RIGHT - margin - 8) / 2
    table = QgsLayoutItemTextTable(layout)
    _table_format(table, 8)
    _add_frame(layout, table, "balans_tabel", margin, 22, half, 34)
    _add_label(layout, "balans", margin, 62, half, FOOTER_Y - 64, 8.5, "Balance")
    x = margin + half + 8
    _add_label(layout, "methode_titel", x, 22, half, 7, 10, "Method and sources", bold=True, colour=TITLE_COLOUR)
    _add_label(layout, "methode", x, 30, half, 74, 7.5, "Method", frame=True)
    _add_label(layout, "leeswijzer", x, 110, half, FOOTER_Y - 112, 7.5, "Reading guide")
    # the balance map takes the reading guide's place when the buurten carry the balance
    _add_label(layout, "balans_kaart_uitleg", x, 108, half, 8, 6.5, "Balance map", colour="#505050")
    _add_map(layout, "balans_kaart", x, 117, half, FOOTER_Y - 119)


_PARTS = {"voorblad": _voorblad_items, "wijk": _wijk_items, "slot": _slot_items}


def write_templates(directory=LAYOUT_DIR):
    """Write the default templates (scripts/make_layout_templates.py); returns the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    project = QgsProject()
    paths = []
    for part, filename in TEMPLATES.items():
        layout = default_layout(project, part)
        path = directory / filename
        layout.saveAsTemplate(str(path), QgsReadWriteContext())
        paths.append(path)
    return paths


def load_layout(project, part, directory=LAYOUT_DIR):
    """A print layout from the template of ``part``; the built-in default when the file is missing."""
    path = Path(directory) / TEMPLATES[part]
    layout = QgsPrintLayout(project)
    if path.exists():
        document = QDomDocument()
        document.setContent(path.read_text(encoding="utf-8"))
        _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
        if ok:
            return layout
    return default_layout(project, part)


def item(layout, item_id):
    """The layout item with id ``item_id`` (None when the template has none)."""
    return layout.itemById(item_id)


def table_of(layout, item_id):
    """The table (multi frame) behind the frame with id ``item_id``, else None."""
    found = item(layout, item_id)
    return found.multiFrame() if isinstance(found, QgsLayoutFrame) else None


def set_text(layout, item_id, text):
    """Put ``text`` into the label ``item_id`` (when the template has it); returns the item."""
    found = item(layout, item_id)
    if isinstance(found, QgsLayoutItemLabel):
        found.setText(text)
    return found
