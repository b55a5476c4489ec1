"""The report's memory layers: the gemeente's buurten styled as the signal map, and the wijk atlas coverage.

Both live in memory only; the buurt layer carries the report's table columns (rp_*), the wijk layer one
feature per wijk page (rp_wijk, rp_titel, rp_label, rp_tekst).
"""

import textwrap

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsPalLayerSettings,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from ...core.messages import N_
from ...core.method import LEGEND_ORDER
from ...core.palette import CLASS_COLORS
from ...i18n import tr
from .. import maps
from ..compat import LABEL_HORIZONTAL
from ..frames import make_field
from ..paths import style_path
from .fonts import TEXT_COLOUR, TITLE_COLOUR, font


def _memory_layer(geometry, crs, name, fields):
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326", name, "memory")
    layer.setCrs(crs)
    layer.dataProvider().addAttributes(list(fields))
    layer.updateFields()
    return layer


def buurt_layer(source, frame, table, columns, crs, t):
    """The gemeente's buurten in memory: source fields + rp_wijk, rp_naam and the table columns rp_*."""
    fields = QgsFields()
    for field in source.fields():
        if not field.name().startswith("rp_"):
            fields.append(field)
    extra = ["rp_wijk", "rp_naam"] + [key for key, _heading in columns]
    for key in extra:
        fields.append(make_field(key, "string"))
    fields.append(make_field("rp_volgorde", "int"))  # the order of the wijk table (report_text.table_order)
    layer = _memory_layer("MultiPolygon", crs, t(N_("Signal")), fields)
    wanted = set(frame.index)
    features = {}
    request = QgsFeatureRequest()
    request.setFilterFids(list(wanted))
    n_source = source.fields().count()
    keep = [i for i, f in enumerate(source.fields()) if not f.name().startswith("rp_")]
    for feature in source.getFeatures(request):
        out = QgsFeature(fields)
        geometry = QgsGeometry(feature.geometry())
        if not geometry.isNull() and not geometry.isMultipart():
            geometry.convertToMultiType()
        out.setGeometry(geometry)
        attributes = feature.attributes()
        values = [attributes[i] for i in keep if i < n_source]
        fid = feature.id()
        values.append(str(frame.at[fid, "wijkcode"]))
        values.append(str(table.at[fid, "rp_buurt"]))
        values.extend(str(table.at[fid, key]) for key, _h in columns)
        values.append(int(table.at[fid, "rp_volgorde"]))
        out.setAttributes(values)
        features[fid] = out
    layer.dataProvider().addFeatures([features[fid] for fid in frame.index if fid in features])
    layer.updateExtents()
    style_signal_layer(layer)
    _wrap_legend_labels(layer)
    _label_buurten(layer)
    return layer


#: the buurt fields the balance map of the closing page uses (styles/balans.qml)
BALANCE_MAP_FIELDS = ("vk_socaandeel_voor", "vk_socaandeel_na", "vk_kantelt", "vk_compensatie", "vk_toewijzing_na")


def balance_layer(buurten, crs, t):
    """The balance of the buurten (output of veerkracht:balance) in memory, styled as the balance map;
    None when ``buurten`` has no balance fields."""
    names = buurten.fields().names()
    if not all(name in names for name in BALANCE_MAP_FIELDS[:2]):
        return None
    fields = QgsFields()
    kinds = {"vk_kantelt": "bool", "vk_compensatie": "int"}
    present = [name for name in BALANCE_MAP_FIELDS if name in names]
    for name in present:
        fields.append(make_field(name, kinds.get(name, "double")))
    layer = _memory_layer("MultiPolygon", crs, t(N_("Balance")), fields)
    out = []
    for feature in buurten.getFeatures():
        copy = QgsFeature(fields)
        copy.setGeometry(feature.geometry())
        copy.setAttributes([feature[name] for name in present])
        out.append(copy)
    layer.dataProvider().addFeatures(out)
    layer.updateExtents()
    layer.loadNamedStyle(str(style_path("balans")))
    return layer


def wijk_layer(buurten, wijk_names, wijk_labels, wijk_texts, crs):
    """Buurten dissolved per wijk: the atlas coverage layer (rp_wijk, rp_titel, rp_label, rp_tekst).

    The wijk names (rp_label, only when the layer has wijk names) label the overview map of page 1.
    """
    fields = QgsFields()
    for name in ("rp_wijk", "rp_titel", "rp_label", "rp_tekst"):
        fields.append(make_field(name, "string"))
    layer = _memory_layer("MultiPolygon", crs, tr(N_("Wijken")), fields)
    parts = {}
    for feature in buurten.getFeatures():
        if feature.hasGeometry():
            parts.setdefault(feature["rp_wijk"], []).append(feature.geometry())
    features = []
    for code in sorted(wijk_names):
        out = QgsFeature(fields)
        geometries = parts.get(code, [])
        out.setGeometry(QgsGeometry.unaryUnion(geometries) if geometries else QgsGeometry())
        out.setAttributes([code, wijk_names[code], wijk_labels[code], wijk_texts[code]])
        features.append(out)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    # the current wijk outlined, the others veiled (atlas feature rule)
    root = QgsRuleBasedRenderer.Rule(None)
    veil = QgsFillSymbol.createSimple({"color": "255,255,255,150", "outline_style": "no"})
    root.appendChild(QgsRuleBasedRenderer.Rule(veil, 0, 0, '"rp_wijk" <> attribute(@atlas_feature, \'rp_wijk\')'))
    outline = QgsFillSymbol.createSimple({"style": "no", "outline_color": TITLE_COLOUR, "outline_width": "0.8"})
    root.appendChild(QgsRuleBasedRenderer.Rule(outline, 0, 0, '"rp_wijk" = attribute(@atlas_feature, \'rp_wijk\')'))
    thin = QgsFillSymbol.createSimple({"style": "no", "outline_color": TITLE_COLOUR, "outline_width": "0.4"})
    root.appendChild(QgsRuleBasedRenderer.Rule(thin, 0, 0, "@atlas_feature IS NULL"))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    _label(layer, "CASE WHEN @atlas_feature IS NULL THEN \"rp_label\" END", 7.5, bold=True, colour=TITLE_COLOUR)
    return layer


def style_signal_layer(layer):
    """Style a buurt layer as the signal map (map 1, styles/signaal.qml)."""
    maps.apply_map_style(layer, "signaal")


def class_colours(layer):
    """{class code: QColor} as the layer's renderer draws a buurt of that class (any renderer); the palette's
    colour where it draws none."""
    colours = {code: QColor(CLASS_COLORS[code]) for code in LEGEND_ORDER}
    renderer = layer.renderer().clone() if layer.renderer() is not None else None
    if renderer is None or layer.fields().indexFromName("vk_klasse") < 0:
        return colours
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    try:
        for code in LEGEND_ORDER:
            feature = QgsFeature(layer.fields())
            feature["vk_klasse"] = None if code == "geen_gegevens" else code
            if layer.fields().indexFromName("vk_signaal") >= 0:
                feature["vk_signaal"] = False
            context.expressionContext().setFeature(feature)
            symbols = renderer.symbolsForFeature(feature, context)
            if symbols and symbols[0].color().alpha() > 0 and symbols[0].color() != QColor("white"):
                colours[code] = symbols[0].color()
    finally:
        renderer.stopRender(context)
    return colours


def _wrap_legend_labels(layer, width=34):
    """Break long legend labels (e.g. of the map styles) over several lines, in this private copy."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().children():
            rule.setLabel("\n".join(textwrap.wrap(rule.label(), width)) or rule.label())
    elif hasattr(renderer, "categories"):
        for i, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, "\n".join(textwrap.wrap(category.label(), width)) or category.label())


def _label(layer, expression, size, bold=False, colour=TEXT_COLOUR):
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = expression
    settings.placement = LABEL_HORIZONTAL
    settings.displayAll = True
    text = QgsTextFormat()
    text.setFont(font(size, bold))
    text.setSize(size)
    text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _label_buurten(layer):
    """Buurt names on the atlas map, only for the buurten of the current wijk."""
    _label(layer, "CASE WHEN \"rp_wijk\" = attribute(@atlas_feature, 'rp_wijk') THEN \"rp_naam\" END", 7)
