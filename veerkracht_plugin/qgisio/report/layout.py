"""Filling the report's layouts with a :class:`~.data.ReportContent`: page 1, the wijk atlas, the closing
page; and building them in the current project for the layout designer (the dock's "Write notitie").

Thread use: layouts, legends and the PDF writer are created and rendered in the thread that calls these
functions; the Processing algorithm is flagged NoThreading (see algorithms/report.py).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemTextTable,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsProject,
    QgsRectangle,
    QgsTableCell,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ...core.messages import N_
from ...core.palette import CLASS_COLORS
from ...i18n import document_language, tr
from ..compat import LEGEND_HIDDEN
from .data import ReportContent, prepare_report
from .templates import LAYOUT_DIR, item, load_layout, set_text, table_of


def build_layouts(project: QgsProject, content: ReportContent, directory: str | Path = LAYOUT_DIR,
                  name_prefix: str = "") -> list:
    """Load the three templates in ``project`` and fill them with ``content``: [voorblad, wijk, slot]."""
    layouts = [part(project, content, directory, name_prefix) for part in (_voorblad, _wijk_atlas, _slot)]
    for layout in layouts:
        set_text(layout, "voettekst", content.footer)
    return layouts


def _load(project, part, directory, name):
    layout = load_layout(project, part, directory)
    layout.setName(name)
    return layout


def _voorblad(project, content, directory, name_prefix):
    """Page 1: title, gemeente, meta data, the signal map with its legend, the class table, key findings."""
    layout = _load(project, "voorblad", directory, f"{name_prefix}{content.title} – 1")
    set_text(layout, "titel", content.title)
    set_text(layout, "gemeente", content.gemeente)
    set_text(layout, "meta", content.meta)
    set_text(layout, "klassen_titel", tr(N_("Buurten and inhabitants per class")))
    set_text(layout, "bevindingen_titel", tr(N_("Key findings")))
    set_text(layout, "bevindingen", content.findings)
    map_item = item(layout, "kaart")
    if isinstance(map_item, QgsLayoutItemMap):
        map_item.setCrs(content.map_crs)
        map_item.setLayers([content.wijk_layer, content.buurt_layer])
    legend = item(layout, "legenda")
    _legend_for(layout, legend, content.buurt_layer, tr(N_("Signal")))
    if isinstance(map_item, QgsLayoutItemMap):
        left = top = 0.0
        box, frame = (legend.sceneBoundingRect() if legend is not None else None), map_item.sceneBoundingRect()
        if box is not None and box.intersects(frame):
            left, top = box.right() - frame.left() + 2, box.bottom() - frame.top() + 2
        _fit_extent(map_item, _extent(content.buurt_layer, content.map_crs, project), left, top)
    table = table_of(layout, "klassen_tabel")
    if isinstance(table, QgsLayoutItemManualTable):
        _class_table(table, content)
    elif isinstance(table, QgsLayoutItemTextTable):
        _fill_text_table(table, content.class_rows)
    return layout


def _wijk_atlas(project, content, directory, name_prefix):
    """An atlas over the wijk layer: wijk map with buurt labels, wijk summary and outlook, buurt table."""
    layout = _load(project, "wijk", directory, f"{name_prefix}{content.title} – {tr(N_('wijken'))}")
    atlas = layout.atlas()
    atlas.setCoverageLayer(content.wijk_layer)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression('"rp_titel"')
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"rp_wijk"')
    map_item = item(layout, "kaart")
    if isinstance(map_item, QgsLayoutItemMap):
        map_item.setCrs(content.map_crs)
        map_item.setLayers([content.wijk_layer, content.buurt_layer])
        map_item.setAtlasDriven(True)
        _fit_extent(map_item, _extent(content.wijk_layer, content.map_crs, project))
    legend = item(layout, "legenda")
    _legend_for(layout, legend, content.buurt_layer, tr(N_("Signal")))
    _keep_clear_of(item(layout, "wijk_tekst"), legend)
    table = table_of(layout, "buurten_tabel")
    if isinstance(table, QgsLayoutItemAttributeTable):
        _buurt_table(layout, table, content)
    _keep_below(set_text(layout, "tabel_uitleg", content.table_note), legend)
    return layout


def _buurt_table(layout, table, content):
    """The wijk's buurten, one row each, in the order of report_text.table_order."""
    frame = item(layout, "buurten_tabel")
    # a table's frame is as wide as its columns: fill the page between equal side margins
    page_width = layout.pageCollection().page(0).rect().width()
    widths = _column_widths(content.table_columns, page_width - 2 * frame.pos().x(), table)
    table.setVectorLayer(content.buurt_layer)
    table.setFilterFeatures(True)
    table.setFeatureFilter("\"rp_wijk\" = attribute(@atlas_feature, 'rp_wijk')")
    table.setMaximumNumberOfFeatures(1000)
    columns = []
    for key, heading in content.table_columns:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(key)
        column.setWidth(widths.get(key, 0))
        if key in ("rp_inwoners", "rp_dk", "rp_dp", "rp_score", "rp_corp"):
            column.setHAlignment(Qt.AlignmentFlag.AlignRight)
        elif key.startswith("rp_hp_"):
            column.setHAlignment(Qt.AlignmentFlag.AlignHCenter)
        columns.append(column)
    table.setColumns(columns)
    order = QgsLayoutTableColumn()
    order.setAttribute("rp_volgorde")
    order.setSortOrder(Qt.SortOrder.AscendingOrder)
    table.setSortColumns([order])


def _slot(project, content, directory, name_prefix):
    """The closing page: citywide balance (or how to read the map), methods and sources."""
    layout = _load(project, "slot", directory, f"{name_prefix}{content.title} – {tr(N_('closing page'))}")
    set_text(layout, "titel", content.closing_title)
    set_text(layout, "balans", content.balance)
    set_text(layout, "methode_titel", tr(N_("Method and sources")))
    set_text(layout, "methode", content.methods)
    table = table_of(layout, "balans_tabel")
    frame = item(layout, "balans_tabel")
    if isinstance(table, QgsLayoutItemTextTable):
        if content.balance_rows:
            _fill_text_table(table, content.balance_rows)
        elif frame is not None:
            # no balance table: hide it and let the text start where the table was
            frame.setVisibility(False)
            text = item(layout, "balans")
            if text is not None and text.pos().y() > frame.pos().y():
                bottom = text.pos().y() + text.rect().height()
                text.attemptMove(QgsLayoutPoint(text.pos().x(), frame.pos().y()))
                text.attemptResize(QgsLayoutSize(text.rect().width(), bottom - frame.pos().y()))
    _balance_map(layout, content, project)
    guide = item(layout, "leeswijzer")
    if guide is not None:
        if content.guide_in_body or content.balance_layer is not None:  # the balance map takes its place
            guide.setVisibility(False)
        else:
            set_text(layout, "leeswijzer", tr(N_("How to read this report")) + "\n" + content.guide)
    return layout


def _balance_map(layout, content, project):
    """The balance map of the closing page (buurten that tip, compensation, buurten at 100 %), hidden
    without balance fields."""
    map_item, caption = item(layout, "balans_kaart"), item(layout, "balans_kaart_uitleg")
    layer = content.balance_layer
    if layer is None or not isinstance(map_item, QgsLayoutItemMap):
        for found in (map_item, caption):
            if found is not None:
                found.setVisibility(False)
        return
    map_item.setCrs(content.map_crs)
    map_item.setLayers([layer])
    _fit_extent(map_item, _extent(layer, content.map_crs, project))
    set_text(layout, "balans_kaart_uitleg", tr(N_(
        "Balance map: orange less, purple more social rent; black outline: tips over the concentration threshold; "
        "dark red hatching: all social vacancies go to aandachtsgroepen (100 %); +n: suggested extra social "
        "dwellings (compensation).")))


def _extent(layer, crs, project, scale=1.04):
    extent = layer.extent()
    if layer.crs() != crs:
        extent = QgsCoordinateTransform(layer.crs(), crs, project).transformBoundingBox(extent)
    extent.scale(scale)
    return extent


def _keep_clear_of(item, legend, gap=3.0):
    """Move a text item right of a legend that grew over it (keeping the text's right edge)."""
    if item is None or legend is None:
        return
    box, other = item.sceneBoundingRect(), legend.sceneBoundingRect()
    if not box.intersects(other) or other.right() + gap >= box.right() - 20:
        return
    right = box.right()
    item.attemptMove(QgsLayoutPoint(other.right() + gap, item.pos().y()))
    item.attemptResize(QgsLayoutSize(right - other.right() - gap, item.rect().height()))


def _keep_below(item, legend, gap=3.0):
    """Move a text item below a legend that grew over it (keeping the text's bottom edge if it can)."""
    if item is None or legend is None:
        return
    box, other = item.sceneBoundingRect(), legend.sceneBoundingRect()
    if not box.intersects(other):
        return
    top = other.bottom() + gap
    item.attemptMove(QgsLayoutPoint(item.pos().x(), top))
    item.attemptResize(QgsLayoutSize(item.rect().width(), max(box.bottom() - top, 15.0)))


def _fit_extent(map_item, extent, reserve_left=0.0, reserve_top=0.0):
    """Show ``extent`` in the map item without resizing the item (expand it to the item's aspect).

    ``reserve_left`` / ``reserve_top`` (mm): a legend lies on top of the map's upper-left corner; the data
    keep clear of it either right of it or below it, whichever shows the data larger.
    """
    size = map_item.rect()
    if size.height() <= 0 or size.width() <= 0 or extent.isEmpty():
        return
    map_w, map_h = size.width(), size.height()
    ext_w, ext_h = max(extent.width(), 1e-9), max(extent.height(), 1e-9)
    options = [(min(map_w / ext_w, map_h / ext_h), 0.0, 0.0)]  # scale (mm per map unit), left, top band
    if reserve_left > 0 or reserve_top > 0:
        free_w = max(map_w * 0.4, map_w - reserve_left)
        free_h = max(map_h * 0.4, map_h - reserve_top)
        options = [(min(free_w / ext_w, map_h / ext_h), map_w - free_w, 0.0),
                   (min(map_w / ext_w, free_h / ext_h), 0.0, map_h - free_h)]
    scale, left, top = max(options)
    # the data sit centred in the free part of the map
    centre = extent.center()
    free_cx = (left + map_w) / 2.0
    free_cy = (top + map_h) / 2.0
    x_min = centre.x() - free_cx / scale
    y_max = centre.y() + free_cy / scale
    map_item.setExtent(QgsRectangle(x_min, y_max - map_h / scale, x_min + map_w / scale, y_max))


def _legend_for(layout, legend, layer, title):
    """The legend shows ``layer`` only (its classes, without the layer's name), under ``title``.

    It edits the legend item's OWN layer tree, which the item owns (and writes into the project): a
    Python-made QgsLayerTree given to the model would be freed with its Python wrapper while the legend
    still points at it, and the designer's next paint would crash QGIS.
    """
    if not isinstance(legend, QgsLayoutItemLegend):
        return
    legend.setAutoUpdateModel(False)  # the item now holds a custom tree (a copy of the project's)
    root = legend.model().rootGroup()
    project = layout.project()
    if legend.autoUpdateModel() or root is None or (project is not None and root is project.layerTreeRoot()):
        return  # never clear the project's own layer tree
    root.removeAllChildren()
    node = root.addLayer(layer)
    QgsLegendRenderer.setNodeLegendStyle(node, LEGEND_HIDDEN)
    legend.setTitle(title)
    # a legend sizes itself only when painted: size it now, so that other items can keep clear of it
    size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize()
    if legend.resizeToContents() and size.width() > 0 and size.height() > 0:
        legend.attemptResize(QgsLayoutSize(size.width(), size.height()))


#: buurt table column widths in mm (without cell margins); text columns share what is left
COLUMN_WIDTHS = {"rp_buurt": 30, "rp_inwoners": 13, "rp_klasse": 26, "rp_klasse_rel": 26, "rp_dk": 10,
                 "rp_dp": 10, "rp_score": 10, "rp_corp": 11, "rp_hp_sociaal": 13, "rp_hp_leefomgeving": 13,
                 "rp_hp_woningprogramma": 13, "rp_hp_herpositionering": 13}


def _column_widths(columns, frame_width, table):
    """Widths that fit the table frame: fixed columns as COLUMN_WIDTHS, text columns share the rest."""
    widths = {key: COLUMN_WIDTHS[key] for key, _h in columns if key in COLUMN_WIDTHS}
    free = [key for key, _h in columns if key not in COLUMN_WIDTHS]
    overhead = len(columns) * (2 * table.cellMargin() + table.gridStrokeWidth()) + table.gridStrokeWidth() + 1
    rest = frame_width - overhead - sum(widths.values())
    # room to spare: wider name and class columns, so that they do not wrap
    for key, wider in (("rp_klasse", 34), ("rp_klasse_rel", 34), ("rp_buurt", 40)):
        extra = min(wider - widths.get(key, wider), rest - 32 * len(free))  # text columns keep >= 32 mm
        if key in widths and extra > 0:
            widths[key] += extra
            rest -= extra
    if not free:
        return widths
    for key in free:
        widths[key] = max(20.0, rest / len(free))
    return widths


def _class_table(table, content):
    """The class table of page 1 with a colour swatch per class (a manual table)."""
    header, *rows = content.class_rows
    headings = [""] + header
    columns = []
    for i, heading in enumerate(headings):
        column = QgsLayoutTableColumn(heading)
        column.setHAlignment(Qt.AlignmentFlag.AlignRight if i > 1 else Qt.AlignmentFlag.AlignLeft)
        columns.append(column)
    table.setIncludeTableHeader(True)
    table.setHeaders(columns)
    contents = []
    for code, row in zip(content.class_codes, rows):
        swatch = QgsTableCell("")
        if code:
            swatch.setBackgroundColor(content.class_colours.get(code, QColor(CLASS_COLORS[code])))
        cells = [swatch]
        for i, value in enumerate(row):
            cell = QgsTableCell(value)
            if i > 0:
                cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
            cells.append(cell)
        contents.append(cells)
    table.setTableContents(contents)
    table.setColumnWidths([3.0] + [0.0] * len(header))


def _fill_text_table(table, rows):
    """Fill a text table: the first row is the header; the first column left-aligned, numbers right."""
    header, *body = rows
    columns = []
    for i, heading in enumerate(header):
        column = QgsLayoutTableColumn(heading)
        column.setHAlignment(Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight)
        columns.append(column)
    table.setColumns(columns)
    table.setContents(body)


def open_report_layout(layer, mode=0, municipality="", wijk_field="", balance=None, scenario="", period="",
                       project=None, iface=None, language="nl"):
    """Build the report layouts in the CURRENT project for editing (the dock's "Maak notitie").

    ``layer``: a scored buurt layer (any QgsFeatureSource); other arguments as the parameters of
    veerkracht:report. The derived memory layers (buurten with report columns, wijk coverage) are
    added to ``project`` (default: QgsProject.instance()) in an unchecked group, the three layouts to
    its layout manager (existing layouts of the same names are replaced). With ``iface`` the first
    layout opens in the layout designer. The texts are in ``language`` ('nl' or 'en').
    Main thread only. Returns the list of QgsPrintLayouts.
    Raises VeerkrachtError for user errors (show ``error.format(tr)``).
    """
    project = project or QgsProject.instance()
    with document_language(language):
        content = prepare_report(layer, mode, municipality, wijk_field, balance, scenario, period)
    group_name = tr(N_("Veerkracht report"))
    root = project.layerTreeRoot()
    group = root.findGroup(group_name) or root.addGroup(group_name)
    project.addMapLayers(content.map_layers(), False)
    for layer in content.map_layers():
        group.addLayer(layer)
    group.setItemVisibilityChecked(False)
    with document_language(language):
        layouts = build_layouts(project, content)
    manager = project.layoutManager()
    for layout in layouts:
        old = manager.layoutByName(layout.name())
        if old is not None:
            manager.removeLayout(old)
        manager.addLayout(layout)
    if iface is not None and layouts:
        iface.openLayoutDesigner(layouts[0])
    return layouts
