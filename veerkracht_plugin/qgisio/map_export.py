"""The nine maps as PNG images: title, map, legend, how to read it, scale bar and source.

An A4-landscape print layout in its own QgsProject (the global project is not touched), rendered with
Qt; the layer itself is not changed (a private in-memory copy is styled). Also the kilometre scale bar
that the report layouts share, and the 3x3 legend of the focus map.
"""

from __future__ import annotations

import os
import tempfile
import textwrap

import qgis.core as qgis_core
from qgis.core import (
    QgsBasicNumericFormat,
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core.messages import N_, VeerkrachtError
from ..core.palette import NO_DATA_HATCH
from .map_specs import apply_map_style, map_field, map_source_text, map_spec
from .staging import StagedFile

PAGE_MM = (297.0, 210.0)  # A4 landscape


def qgis_enum(*candidates):
    """The first attribute path that exists: QGIS 4 moved many enums into ``Qgis`` (scoped)."""
    for path in candidates:
        value = None
        for i, part in enumerate(path.split(".")):
            value = getattr(qgis_core if i == 0 else value, part, None)
            if value is None:
                break
        if value is not None:
            return value
    raise AttributeError(candidates[-1])


MM = qgis_enum("Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutMillimeters")
KILOMETRES = qgis_enum("Qgis.DistanceUnit.Kilometers", "QgsUnitTypes.DistanceKilometers")
HIDDEN = qgis_enum("Qgis.LegendComponent.Hidden", "QgsLegendStyle.Hidden")
SYMBOL_LABEL = qgis_enum("Qgis.LegendComponent.SymbolLabel", "QgsLegendStyle.SymbolLabel")
SYMBOL = qgis_enum("Qgis.LegendComponent.Symbol", "QgsLegendStyle.Symbol")


def _font(size, bold=False):
    font = QFont()
    font.setFamily("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _label(layout, text, x, y, width, height, size, bold=False, colour="#000000"):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    if hasattr(label, "setTextFormat"):  # QGIS >= 3.24
        label.setTextFormat(_text_format(size, bold, colour))
    else:
        label.setFont(_font(size, bold))
        label.setFontColor(QColor(colour))
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(width, height, MM))
    return label


def _text_format(size, bold=False, colour="#000000"):
    text_format = QgsTextFormat()
    text_format.setFont(_font(size, bold))
    text_format.setSize(size)
    text_format.setSizeUnit(qgis_enum("Qgis.RenderUnit.Points", "QgsUnitTypes.RenderPoints"))
    text_format.setColor(QColor(colour))
    return text_format


def add_scale_bar(layout, map_item, x, y, size=10, item_id="", halo=False, fit_width=None):
    """A kilometre scale bar (two segments, decimal comma) linked to ``map_item``, at (x, y) mm.

    ``halo``: a white buffer around the numbers (for a bar on top of the map); ``fit_width``: (min, max)
    bar width in mm, the segments then follow the map's scale (atlas pages). Returns the item.
    """
    scalebar = QgsLayoutItemScaleBar(layout)
    if item_id:
        scalebar.setId(item_id)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(KILOMETRES)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    if fit_width:
        scalebar.setSegmentSizeMode(qgis_enum("Qgis.ScaleBarSegmentSizeMode.FitWidth",
                                              "QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth"))
        scalebar.setMinimumBarWidth(fit_width[0])
        scalebar.setMaximumBarWidth(fit_width[1])
    number_format = QgsBasicNumericFormat()
    number_format.setDecimalSeparator(",")
    number_format.setShowThousandsSeparator(False)
    scalebar.setNumericFormat(number_format)
    text_format = _text_format(size)
    if halo:
        buffer = text_format.buffer()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        buffer.setColor(QColor("white"))
        text_format.setBuffer(buffer)
    scalebar.setTextFormat(text_format)
    scalebar.setBackgroundEnabled(False)
    layout.addLayoutItem(scalebar)
    scalebar.attemptMove(QgsLayoutPoint(x, y, MM))
    return scalebar


def _set_legend_font(legend, style, size, bold=False):
    legend_style = legend.rstyle(style)
    if hasattr(legend_style, "setTextFormat"):  # QGIS >= 3.30
        legend_style.setTextFormat(_text_format(size, bold))
    else:
        legend_style.setFont(_font(size, bold))


def _legend_height(layout, legend):
    """The legend's height in mm (before the layout is painted, QgsLayoutItemLegend does not know it)."""
    from qgis.core import QgsLayoutUtils
    from qgis.PyQt.QtGui import QImage, QPainter

    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        context = QgsLayoutUtils.createRenderContextForLayout(layout, painter)
        return QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context).height()
    finally:
        painter.end()


def _wrap_labels(layer, width):
    """Break long legend labels of the (private copy) layer over several lines."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().children():
            rule.setLabel("\n".join(textwrap.wrap(rule.label(), width)) or rule.label())


def focus_colours(layer):
    """{cell: QColor} of the focus style applied to ``layer`` (read from the style, not repeated here)."""
    colours = {}
    renderer = layer.renderer()
    for rule in renderer.rootRule().children():
        expression = rule.filterExpression().replace(" ", "")
        for cell in range(1, 10):
            if expression == f'"vk_focus"={cell}':
                colours[cell] = rule.symbol().color()
    return colours


#: where the drawing of focus_legend_svg (400 × 420) ends: the no-data swatch and its text
FOCUS_LEGEND_CONTENT_HEIGHT = 320


def focus_legend_svg(colours):
    """SVG text of the 2-D focus legend: a 3x3 grid with axis labels and the no-data swatch."""
    cell, x0, y0 = 60, 110, 20
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        'width="400" height="420" viewBox="0 0 400 420">',
        '<rect x="0" y="0" width="400" height="420" fill="#FFFFFF"/>',
    ]
    font = 'font-family="DejaVu Sans, Arial, sans-serif"'
    for number in range(1, 10):
        row, column = (number - 1) // 3, (number - 1) % 3
        x, y = x0 + column * cell, y0 + (2 - row) * cell
        colour = colours.get(number, QColor("#FFFFFF"))
        text = "#FFFFFF" if colour.lightness() < 128 else "#000000"
        parts.append(
            f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="{colour.name()}" '
            'stroke="#404040" stroke-width="1.5"/>'
        )
        parts.append(
            f'<text x="{x + cell / 2}" y="{y + cell / 2 + 8}" text-anchor="middle" {font} font-size="22" '
            f'font-weight="bold" fill="{text}">{number}</text>'
        )
    grid_bottom = y0 + 3 * cell
    for i, word in enumerate(("laag", "midden", "hoog")):
        parts.append(
            f'<text x="{x0 + i * cell + cell / 2}" y="{grid_bottom + 20}" text-anchor="middle" {font} '
            f'font-size="14" fill="#000000">{word}</text>'
        )
        parts.append(
            f'<text x="{x0 - 6}" y="{y0 + (2 - i) * cell + cell / 2 + 5}" text-anchor="end" {font} '
            f'font-size="14" fill="#000000">{word}</text>'
        )
    parts.append(
        f'<text x="{x0 + 1.5 * cell}" y="{grid_bottom + 44}" text-anchor="middle" {font} font-size="17" '
        f'font-weight="bold" fill="#000000">Overlast en onveiligheid →</text>'
    )
    cx, cy = 28, y0 + 1.5 * cell
    parts.append(
        f'<text x="{cx}" y="{cy}" text-anchor="middle" transform="rotate(-90 {cx} {cy})" {font} '
        f'font-size="17" font-weight="bold" fill="#000000">Kwetsbare bewoners →</text>'
    )
    # no-data swatch: white, grey diagonal hatching (drawn as clipped segments: SVG Tiny has no patterns)
    sx, sy, size = x0 - 70, grid_bottom + 70, 36
    parts.append(f'<rect x="{sx}" y="{sy}" width="{size}" height="{size}" fill="#FFFFFF"/>')
    step = 9
    for c in range(step, 2 * size, step):
        # the line x + y = c (local coordinates), clipped to the square
        x_start, y_start = max(0, c - size), min(size, c)
        x_end, y_end = min(size, c), max(0, c - size)
        parts.append(
            f'<line x1="{sx + x_start}" y1="{sy + y_start}" x2="{sx + x_end}" y2="{sy + y_end}" '
            f'stroke="{NO_DATA_HATCH}" stroke-width="2.5"/>'
        )
    parts.append(
        f'<rect x="{sx}" y="{sy}" width="{size}" height="{size}" fill="none" stroke="#404040" stroke-width="1.5"/>'
    )
    parts.append(
        f'<text x="{sx + size + 10}" y="{sy + 16}" {font} font-size="17" fill="#000000">Onvoldoende gegevens</text>'
    )
    parts.append(
        f'<text x="{sx + size + 10}" y="{sy + 36}" {font} font-size="14" fill="#333333">'
        "(te klein, ontbrekend of nieuwe grens)</text>"
    )
    parts.append("</svg>")
    return "\n".join(parts)


def _fit_extent(extent, aspect, margin=0.04):
    """``extent`` grown by ``margin`` and widened or heightened to the item's aspect (width / height)."""
    extent = QgsRectangle(extent)
    extent.scale(1 + margin)
    width, height = max(extent.width(), 1.0), max(extent.height(), 1.0)
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    centre = extent.center()
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2,
                        centre.y() + height / 2)


def export_map_png(layer: QgsVectorLayer, key: str, path: str, title: str, width_px: int = 1800,
                   source_text: str | None = None, corporation_field: str | None = None, subtitle: str | None = None,
                   note: str | None = None) -> str:
    """Render map ``key`` of ``layer`` to a PNG: title, map, legend, how to read it, scale bar and source.

    An A4-landscape print layout in its own QgsProject (the global project is not touched), exported
    ``width_px`` pixels wide. The layer itself is not changed: a private in-memory copy is styled. The
    focus map gets a 3x3 legend with axis labels. ``source_text`` defaults to the map's sources ('Bron:
    CBS'), ``note`` (under the legend) to the map's reading note; '' leaves either out. Returns ``path``.
    """
    spec = map_spec(key)
    source_text = map_source_text(key) if source_text is None else source_text
    note = spec.note if note is None else note
    project, copy = _styled_copy(layer, key, corporation_field)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 landscape page
    page_w, page_h = PAGE_MM
    _label(layout, title, MARGIN, 7, page_w - 2 * MARGIN, 12, 20, bold=True)
    top = 20.0
    if subtitle:
        _label(layout, subtitle, MARGIN, 18, page_w - 2 * MARGIN, 8, 11, colour="#333333")
        top = 27.0
    map_w, map_h = page_w - 3 * MARGIN - LEGEND_MM + 5, page_h - top - 22
    map_item = _add_map(layout, copy, layer.crs(), top, map_w, map_h)
    legend_x = MARGIN + map_w + 5
    temp_svg = None
    if key == "focus":
        temp_svg, legend_bottom = _add_focus_legend(layout, copy, legend_x, top)
    else:
        legend_bottom = _add_legend(layout, copy, map_item, legend_x, top)
    if note:
        lines = len(textwrap.wrap(note, 44))  # the label wraps the text itself; this only sizes the box
        label = _label(layout, note, legend_x, legend_bottom + 4, LEGEND_MM - 3, 4.8 * lines + 2, 9.5,
                       colour="#333333")
        label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    scalebar = add_scale_bar(layout, map_item, MARGIN, top + map_h + 3, 10)
    scalebar.applyDefaultSize(KILOMETRES)
    scalebar.attemptMove(QgsLayoutPoint(MARGIN, top + map_h + 3, MM))
    scalebar.update()
    if source_text:
        _label(layout, source_text, legend_x, page_h - MARGIN - 6, LEGEND_MM, 8, 10, colour="#333333")
    try:
        image = _render_page(layout, width_px)
    finally:
        if temp_svg:
            os.unlink(temp_svg)
        # the layout (its legend's model points into the project's layer tree) goes before its project
        del map_item, scalebar, layout
        del project, copy
    try:
        with StagedFile(path) as staged:  # the image appears under its name only when complete
            if image.isNull() or not image.save(staged.path, "PNG"):
                staged.discard()
                raise VeerkrachtError(N_("Cannot write the map image {path}."), path=str(path))
    except OSError:
        raise VeerkrachtError(N_("Cannot write the map image {path}."), path=str(path)) from None
    return path


#: page margin and width of the legend column of an exported map, mm
MARGIN, LEGEND_MM = 10.0, 88.0


def _styled_copy(layer, key, corporation_field):
    """(own project, private in-memory copy of ``layer`` styled as map ``key`` in it)."""
    spec = map_spec(key)
    field = map_field(layer, key, corporation_field)
    project = QgsProject()
    copy = layer.materialize(QgsFeatureRequest())
    copy.setName(spec.title)
    apply_map_style(copy, key, field if key == "corporatiebezit" else None)
    project.addMapLayer(copy)
    project.setCrs(layer.crs())
    return project, copy


def _add_map(layout, copy, crs, top, width, height):
    map_item = QgsLayoutItemMap(layout)
    map_item.setLayers([copy])
    map_item.setCrs(crs)
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(MARGIN, top, MM))
    map_item.attemptResize(QgsLayoutSize(width, height, MM))
    map_item.setExtent(_fit_extent(copy.extent(), width / height))
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(QColor("#808080"))
    return map_item


def _add_focus_legend(layout, copy, x, top):
    """The 3x3 focus legend as a picture; returns (its temporary SVG file, the bottom of its drawing in mm)."""
    fd, temp_svg = tempfile.mkstemp(suffix=".svg", prefix="veerkracht_focus_")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(focus_legend_svg(focus_colours(copy)))
    picture = QgsLayoutItemPicture(layout)
    picture.setPicturePath(temp_svg)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    layout.addLayoutItem(picture)
    picture.attemptMove(QgsLayoutPoint(x, top + 2, MM))
    picture.attemptResize(QgsLayoutSize(LEGEND_MM - 5, (LEGEND_MM - 5) * 420 / 400, MM))
    return temp_svg, top + 2 + (LEGEND_MM - 5) * FOCUS_LEGEND_CONTENT_HEIGHT / 400


def _add_legend(layout, copy, map_item, x, top):
    """The map's legend, without the layer's name; returns its bottom in mm."""
    _wrap_labels(copy, 38)
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("")
    legend.setLinkedMap(map_item)
    layout.addLayoutItem(legend)
    node = legend.model().rootGroup().findLayer(copy.id())
    if node is not None:
        QgsLegendRenderer.setNodeLegendStyle(node, HIDDEN)
    legend.setSymbolWidth(9)
    legend.setSymbolHeight(6.5)
    _set_legend_font(legend, SYMBOL_LABEL, 11)
    legend.rstyle(SYMBOL).setMargin(qgis_enum("QgsLegendStyle.Side.Top", "QgsLegendStyle.Top"), 2.8)
    legend.setBackgroundEnabled(False)
    legend.attemptMove(QgsLayoutPoint(x, top + 2, MM))
    legend.adjustBoxSize()
    return top + 2 + _legend_height(layout, legend)


def _render_page(layout, width_px):
    """The page as an image ``width_px`` wide, rendered with Qt: no GDAL georeferencing pass on a PNG."""
    page_w, page_h = PAGE_MM
    size = QSize(int(width_px), int(round(width_px * page_h / page_w)))
    return QgsLayoutExporter(layout).renderPageToImage(0, size, width_px / (page_w / 25.4))


__all__ = ["export_map_png", "add_scale_bar", "focus_legend_svg", "focus_colours", "qgis_enum"]
