"""The "mix" map: the chosen handelingsperspectieven per buurt as a 2x2 glyph, plus a label option.

The glyph mirrors the grid in the dock: top row "omgaan met" (Sociale aanpak | Leefomgeving), bottom
row "tegengaan van" (Herpositionering | Woningprogramma); columns mens | fysiek. Each square is filled in
the strategy colour with an opacity that grows with the intensity (0 = white, 3 = solid); the buurt
itself is a light grey fill. The label shows the buurt name and the same grid as digits, e.g.
``S2 L1`` / ``H0 W3``.
"""

from qgis.core import (
    QgsCentroidFillSymbolLayer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..core.palette import STRATEGY_COLORS, by_scale
from ..i18n import tr
from ..qgisio.compat import (
    LABEL_OVER_POINT,
    LABEL_QUADRANT_ABOVE,
    SYMBOL_FILL_COLOR,
    SYMBOL_LAYER_ENABLED,
    SYMBOL_STROKE_WIDTH,
)

GLYPH_SIZE_MM = 4.5
#: field -> offset of its square (mm) from the buurt's centroid
GLYPH_OFFSETS = {
    "vk_hp_sociaal": (-0.5, -0.5),
    "vk_hp_leefomgeving": (0.5, -0.5),
    "vk_hp_herpositionering": (-0.5, 0.5),
    "vk_hp_woningprogramma": (0.5, 0.5),
}
LETTERS = {"vk_hp_sociaal": "S", "vk_hp_leefomgeving": "L", "vk_hp_herpositionering": "H",
           "vk_hp_woningprogramma": "W"}


def fill_expression(field):
    color = QColor(STRATEGY_COLORS[field])
    return (f"CASE WHEN coalesce(\"{field}\", 0) <= 0 THEN color_rgba(255,255,255,255) "
            f"ELSE color_rgba({color.red()},{color.green()},{color.blue()}, 35 + 73 * min(3, \"{field}\")) END")


def mix_label_expression(name_field):
    def digit(field):
        return f"'{LETTERS[field]}' || coalesce(\"{field}\", 0)"

    name = f"coalesce(\"{name_field}\", '')" if name_field else "''"
    return "{name} || '\\n' || {s} || '  ' || {lo} || '\\n' || {h} || '  ' || {w}".format(
        name=name, s=digit("vk_hp_sociaal"), lo=digit("vk_hp_leefomgeving"),
        h=digit("vk_hp_herpositionering"), w=digit("vk_hp_woningprogramma"))


#: beyond 1:DETAIL_SCALE (more than a large gemeente on screen) the tag glyphs and labels are not drawn
DETAIL_SCALE = 150000


def mix_symbol():
    # Symbols are built with createSimple + appendSymbolLayer so that C++ owns every symbol layer.
    symbol = QgsFillSymbol.createSimple({"color": "238,238,238,255", "outline_color": "85,85,85,255",
                                         "outline_width": "0.3", "outline_width_unit": "MM"})
    # zoomed out beyond a gemeente (a province, the country): hairline outlines and no tag glyphs, which
    # would be too small to read and slow to place for thousands of buurten
    symbol.symbolLayer(0).setDataDefinedProperty(
        SYMBOL_STROKE_WIDTH,
        QgsProperty.fromExpression(by_scale(0, 0.3)))
    for field, (dx, dy) in GLYPH_OFFSETS.items():
        marker = QgsMarkerSymbol.createSimple({
            "name": "square", "size": str(GLYPH_SIZE_MM), "size_unit": "MM",
            "offset": f"{dx * GLYPH_SIZE_MM},{dy * GLYPH_SIZE_MM}", "offset_unit": "MM",
            "outline_color": "51,51,51,255", "outline_width": "0.25", "outline_width_unit": "MM"})
        marker.symbolLayer(0).setDataDefinedProperty(SYMBOL_FILL_COLOR,
                                                     QgsProperty.fromExpression(fill_expression(field)))
        centroid = QgsCentroidFillSymbolLayer()
        centroid.setPointOnSurface(True)
        centroid.setSubSymbol(marker)
        centroid.setDataDefinedProperty(SYMBOL_LAYER_ENABLED,
                                        QgsProperty.fromExpression(f"coalesce(@map_scale, 0) <= {DETAIL_SCALE}"))
        symbol.appendSymbolLayer(centroid)
    return symbol


MIX_NAME_PROPERTY = "veerkracht/mix_style"
PREVIOUS_PROPERTY = "veerkracht/previous_style"


def has_mix_style(layer):
    """True when the layer currently shows the mix style."""
    if layer is None:
        return False
    name = layer.customProperty(MIX_NAME_PROPERTY, "")
    return bool(name) and layer.styleManager().currentStyle() == name


def apply_mix_style(layer, labels=True, name_field=None):
    """Show the mix on ``layer`` (and, optionally, label it with name + mix).

    The mix becomes a separate named style in the layer's style manager ("Veerkracht mix"), so the
    style the user had stays untouched under its own name: :func:`restore_previous_style` (or the
    layer's Styles menu) switches back.
    """
    manager = layer.styleManager()
    name = tr("Veerkracht mix")
    if not has_mix_style(layer):
        layer.setCustomProperty(PREVIOUS_PROPERTY, manager.currentStyle())
        if name in manager.styles():
            manager.removeStyle(name)
        manager.addStyleFromLayer(name)
        manager.setCurrentStyle(name)
        layer.setCustomProperty(MIX_NAME_PROPERTY, name)
    layer.setRenderer(QgsSingleSymbolRenderer(mix_symbol()))
    if labels:
        layer.setLabeling(QgsVectorLayerSimpleLabeling(mix_label_settings(name_field)))
        layer.setLabelsEnabled(True)
    else:
        layer.setLabelsEnabled(False)
    layer.triggerRepaint()


def restore_previous_style(layer):
    """Switch back to the style the layer had before :func:`apply_mix_style`; True when switched."""
    previous = layer.customProperty(PREVIOUS_PROPERTY, "")
    manager = layer.styleManager()
    if not has_mix_style(layer) or previous not in manager.styles():
        return False
    manager.setCurrentStyle(previous)
    layer.triggerRepaint()
    return True


def mix_label_settings(name_field, size=9.0):
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = mix_label_expression(name_field)
    settings.placement = LABEL_OVER_POINT
    settings.quadOffset = LABEL_QUADRANT_ABOVE
    settings.yOffset = -GLYPH_SIZE_MM * 1.1  # above the glyph (negative = up)
    settings.setFormat(bold_halo_format(size, "#111111", 1.0))
    settings.scaleVisibility = True  # names and tags only where they can be read
    settings.minimumScale = DETAIL_SCALE  # the most zoomed-out scale at which labels show
    settings.maximumScale = 0
    return settings


def bold_halo_format(size, color="#000000", halo_mm=1.0):
    """Bold text with a white halo: legible on any fill, also on a projector."""
    text_format = QgsTextFormat()
    font = QFont("Sans")
    font.setBold(True)
    text_format.setFont(font)
    text_format.setSize(size)
    text_format.setColor(QColor(color))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(halo_mm)
    buffer.setColor(QColor("#FFFFFF"))
    text_format.setBuffer(buffer)
    return text_format
