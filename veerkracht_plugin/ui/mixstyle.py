"""The "mix" map: the chosen handelingsperspectieven per buurt as a 2x2 glyph, plus a label option.

The glyph mirrors the grid in the dock: top row "omgaan met" (Sociale aanpak | Leefomgeving), bottom
row "tegengaan van" (Herpositionering | Woningprogramma); columns mens | fysiek. Each square is filled in
the strategy colour, lighter for less effort (0 geen = white, 3 hoofdinzet = the full colour); the
colours are opaque (mixed with white, not transparent), so the yellow of a selection does not bleed
into them. A perspective not yet discussed (NULL) is a grey square with a dashed outline, clearly not
"0 geen". A buurt where none of the four has been discussed gets no glyph and no label: it is drawn
light grey ("not yet discussed" in the legend); a discussed buurt is white with its glyph. The label
shows the buurt name and the same grid as digits, e.g. ``S2 L1`` / ``H– W3`` (– = not yet discussed).
"""

from qgis.core import (
    Qgis,
    QgsCentroidFillSymbolLayer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..core.palette import STRATEGY_COLORS, by_scale
from ..i18n import tr
from ..qgisio.compat import (
    GEOMETRY_POINT,
    LABEL_OVER_POINT,
    LABEL_QUADRANT_ABOVE,
    RENDER_MILLIMETERS,
    SYMBOL_FILL_COLOR,
    SYMBOL_LAYER_ENABLED,
    SYMBOL_STROKE_STYLE,
    SYMBOL_STROKE_WIDTH,
)

GLYPH_SIZE_MM = 4.5
#: field -> offset of its square (in glyph squares) from the buurt's point on surface
GLYPH_OFFSETS = {
    "vk_hp_sociaal": (-0.5, -0.5),
    "vk_hp_leefomgeving": (0.5, -0.5),
    "vk_hp_herpositionering": (-0.5, 0.5),
    "vk_hp_woningprogramma": (0.5, 0.5),
}
LETTERS = {"vk_hp_sociaal": "S", "vk_hp_leefomgeving": "L", "vk_hp_herpositionering": "H",
           "vk_hp_woningprogramma": "W"}
#: share of the strategy colour (mixed with white) per intensity 1, 2, 3
INTENSITY_SHARE = {1: 108 / 255, 2: 181 / 255, 3: 1.0}
NOT_DISCUSSED_SQUARE = "#C8C8C8"  # a perspective not yet discussed (NULL): grey, dashed outline
DISCUSSED_FILL = "#FFFFFF"  # a buurt with at least one perspective discussed
NOT_DISCUSSED_FILL = "#E4E4E4"  # a buurt with none discussed yet: no glyph
GLYPH_OUTLINE = "#333333"
NOT_DISCUSSED_MARK = "–"


def intensity_color(field, intensity):
    """The opaque colour of a glyph square: the strategy colour mixed with white by intensity (0 = white)."""
    if intensity is None:
        return QColor(NOT_DISCUSSED_SQUARE)
    intensity = min(max(int(intensity), 0), 3)
    if intensity == 0:
        return QColor("#FFFFFF")
    color = QColor(STRATEGY_COLORS[field])
    share = INTENSITY_SHARE[intensity]
    mix = [round(255 + (channel - 255) * share) for channel in (color.red(), color.green(), color.blue())]
    return QColor(*mix)


def _rgba(color):
    return f"color_rgba({color.red()},{color.green()},{color.blue()},255)"


def fill_expression(field):
    """Data-defined fill of the glyph square of ``field`` (opaque)."""
    cases = " ".join(f"WHEN \"{field}\" = {n} THEN {_rgba(intensity_color(field, n))}" for n in (1, 2))
    return (f"CASE WHEN \"{field}\" IS NULL THEN {_rgba(intensity_color(field, None))} "
            f"WHEN \"{field}\" <= 0 THEN {_rgba(intensity_color(field, 0))} {cases} "
            f"ELSE {_rgba(intensity_color(field, 3))} END")


def stroke_style_expression(field):
    return f"CASE WHEN \"{field}\" IS NULL THEN 'dash' ELSE 'solid' END"


def discussed_expression():
    """True for a buurt where at least one handelingsperspectief has been discussed (is not NULL)."""
    return "coalesce({}) IS NOT NULL".format(", ".join(f'"{field}"' for field in GLYPH_OFFSETS))


def mix_label_expression(name_field, everyone=False):
    """Name and mix digits of a discussed buurt ('Oost\\nS3  L1\\nH–  W2'); no label for a buurt nobody
    discussed yet, or, with ``everyone``, just its name (presentation mode names every buurt)."""
    def digit(field):
        return f"'{LETTERS[field]}' || coalesce(to_string(\"{field}\"), '{NOT_DISCUSSED_MARK}')"

    name = f"coalesce(\"{name_field}\", '')" if name_field else "''"
    mix = "{name} || '\\n' || {s} || '  ' || {lo} || '\\n' || {h} || '  ' || {w}".format(
        name=name, s=digit("vk_hp_sociaal"), lo=digit("vk_hp_leefomgeving"),
        h=digit("vk_hp_herpositionering"), w=digit("vk_hp_woningprogramma"))
    otherwise = name if everyone else "NULL"
    return f"CASE WHEN {discussed_expression()} THEN {mix} ELSE {otherwise} END"


#: beyond 1:DETAIL_SCALE (more than a large gemeente on screen) the tag glyphs and labels are not drawn
DETAIL_SCALE = 150000


def _outline(symbol):
    # zoomed out beyond a gemeente (a province, the country): hairline outlines
    symbol.symbolLayer(0).setDataDefinedProperty(
        SYMBOL_STROKE_WIDTH, QgsProperty.fromExpression(by_scale(0, 0.3)))
    return symbol


def mix_symbol(size=GLYPH_SIZE_MM, unit=RENDER_MILLIMETERS):
    """The symbol of a discussed buurt: white with the 2x2 glyph (squares of ``size`` in ``unit``)."""
    # Symbols are built with createSimple + appendSymbolLayer so that C++ owns every symbol layer.
    symbol = _outline(QgsFillSymbol.createSimple({"color": DISCUSSED_FILL, "outline_color": "85,85,85,255",
                                                  "outline_width": "0.3", "outline_width_unit": "MM"}))
    unit_name = QgsUnitTypes.encodeUnit(unit)
    for field, (dx, dy) in GLYPH_OFFSETS.items():
        color = QColor(STRATEGY_COLORS[field])
        marker = QgsMarkerSymbol.createSimple({
            "name": "square", "size": str(size), "size_unit": unit_name,  # colour: for legend previews
            "color": f"{color.red()},{color.green()},{color.blue()},255",
            "offset": f"{dx * size},{dy * size}", "offset_unit": unit_name,
            "outline_color": GLYPH_OUTLINE, "outline_width": "0.25", "outline_width_unit": "MM"})
        marker.symbolLayer(0).setDataDefinedProperty(SYMBOL_FILL_COLOR,
                                                     QgsProperty.fromExpression(fill_expression(field)))
        marker.symbolLayer(0).setDataDefinedProperty(SYMBOL_STROKE_STYLE,
                                                     QgsProperty.fromExpression(stroke_style_expression(field)))
        keep_colours_when_selected(marker.symbolLayer(0))
        centroid = QgsCentroidFillSymbolLayer()
        centroid.setPointOnSurface(True)
        centroid.setSubSymbol(marker)
        # zoomed out beyond a gemeente no tag glyphs: too small to read and slow to place for thousands
        centroid.setDataDefinedProperty(SYMBOL_LAYER_ENABLED,
                                        QgsProperty.fromExpression(f"coalesce(@map_scale, 0) <= {DETAIL_SCALE}"))
        symbol.appendSymbolLayer(centroid)
    return symbol


def keep_colours_when_selected(symbol_layer):
    """A selected buurt keeps its glyph colours: QGIS >= 3.34 recolours every symbol layer of a selected
    feature unless told not to (on 3.22 the data-defined fill already wins over the selection)."""
    flag = getattr(getattr(Qgis, "SymbolLayerUserFlag", None), "DisableSelectionRecoloring", None)
    if flag is not None and hasattr(symbol_layer, "setUserFlags"):
        symbol_layer.setUserFlags(symbol_layer.userFlags() | flag)


def not_discussed_symbol():
    return _outline(QgsFillSymbol.createSimple({"color": NOT_DISCUSSED_FILL, "outline_color": "85,85,85,255",
                                                "outline_width": "0.3", "outline_width_unit": "MM"}))


def mix_renderer(size=GLYPH_SIZE_MM, unit=RENDER_MILLIMETERS):
    """Two rules, two legend entries: discussed buurten (white, with the glyph) and buurten not yet
    discussed (light grey, no glyph)."""
    root = QgsRuleBasedRenderer.Rule(None)
    discussed = QgsRuleBasedRenderer.Rule(mix_symbol(size, unit), 0, 0, discussed_expression(),
                                          tr("Discussed"))
    rest = QgsRuleBasedRenderer.Rule(not_discussed_symbol(), 0, 0, "ELSE", tr("Not yet discussed"))
    root.appendChild(discussed)
    root.appendChild(rest)
    return QgsRuleBasedRenderer(root)


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
    layer.setRenderer(mix_renderer())
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


def mix_label_settings(name_field, size=9.0, glyph_size=GLYPH_SIZE_MM,
                       unit=RENDER_MILLIMETERS, everyone=False, size_unit=None):
    """Labels of the mix map above the glyph: name and digits of discussed buurten (``everyone``: the
    name of every other buurt too)."""
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = mix_label_expression(name_field, everyone)
    settings.placement = LABEL_OVER_POINT
    # over the glyph's own point (point on surface), whatever the buurt's shape
    settings.geometryGeneratorEnabled = True
    settings.geometryGenerator = "point_on_surface($geometry)"
    settings.geometryGeneratorType = GEOMETRY_POINT
    settings.quadOffset = LABEL_QUADRANT_ABOVE
    settings.yOffset = -glyph_size * 1.1  # above the glyph (negative = up)
    settings.offsetUnits = unit
    text_format = bold_halo_format(size, "#111111", 1.0)
    if size_unit is not None:
        text_format.setSizeUnit(size_unit)
    settings.setFormat(text_format)
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
