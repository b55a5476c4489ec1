"""The veerkracht report (stadsbrede notitie / QuickScan) as QGIS print layouts.

Three layouts, loaded from the templates in ``resources/layouts/`` and filled by item id
(documented in docs/report.md):

* ``notitie_voorblad.qpt`` – page 1: title, gemeente, meta data, signal map with legend, class table,
  key findings;
* ``notitie_wijk.qpt`` – an atlas over a wijk coverage layer (buurten dissolved per wijk, in memory):
  wijk map with buurt labels, wijk summary and numeric outlook, buurt table;
* ``notitie_slot.qpt`` – closing page: citywide balance (or, without it, how to read the map) and the
  methods and sources box.

:func:`prepare_report` reads a scored buurt layer into memory layers and texts (all text comes from
``core.report_text``); :func:`build_layouts` loads and fills the templates in a given project;
:func:`export_pdf` renders every page of the three layouts (all atlas features) into ONE PDF with
a single ``QPdfWriter`` (no external PDF tools). :func:`open_report_layout` builds the same layouts
in the current project for editing in the layout designer (the dock's "Maak notitie" action).

Thread use: layouts, legends and the PDF writer are created and rendered in the thread that calls
these functions; the Processing algorithm is flagged FlagNoThreading (see algorithms/report.py).
"""

import datetime
import re
import textwrap
from pathlib import Path

import pandas as pd
from qgis.core import (
    Qgis,
    QgsAbstractLayoutIterator,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayerTree,
    QgsLayoutExporter,
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
    QgsLayoutRenderContext,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsLinePatternFillSymbolLayer,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsSimpleLineSymbolLayer,
    QgsTableCell,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt, QVariant
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from .core import report_text as rt
from .core.cbs import find_field
from .core.messages import N_, VeerkrachtError
from .i18n import document_language, tr, user_locale

LAYOUT_DIR = Path(__file__).resolve().parent / "resources" / "layouts"
TEMPLATES = {
    "voorblad": "notitie_voorblad.qpt",
    "wijk": "notitie_wijk.qpt",
    "slot": "notitie_slot.qpt",
}
MODES = (N_("Stadsbrede notitie"), N_("QuickScan"))
FONT = "Arial"  # fontconfig maps it to Liberation/DejaVu Sans on Linux
TITLE_COLOUR = "#1F3A5F"
TEXT_COLOUR = "#202020"

#: fallback signal colours (maps.py is the reference when it exists)
CLASS_COLOURS = {
    "onder_druk": "#D55E00",
    "veerkrachtig": "#E69F00",
    "problemen": "#CC79A7",
    "gunstig": "#009E73",
    "stabiel": "#F0F0F0",
    "geen_gegevens": "#BDBDBD",
}

#: the layer fields the report reads (method.md §1, §3, §4), copied under these names
VK_FIELDS = (
    "vk_klasse", "vk_klasse_rel", "vk_dk", "vk_dp", "vk_score", "vk_k_niveau", "vk_p_niveau", "vk_focus",
    "vk_signaal", "vk_corpbuurt", "vk_reden",
    "vk_soc_voor", "vk_soc_na", "vk_won_voor", "vk_won_na", "vk_socaandeel_voor", "vk_socaandeel_na",
    "vk_plaatsing_voor", "vk_plaatsing_na", "vk_kwetsbaar_voor", "vk_kwetsbaar_na", "vk_kantelt",
    "vk_compensatie",
    "vk_hp_sociaal", "vk_hp_leefomgeving", "vk_hp_woningprogramma", "vk_hp_herpositionering",
    "vk_probleemanalyse", "vk_succes",
)


# =================================================================================================
# 1. Data: from a scored buurt layer to memory layers and texts
# =================================================================================================


class ReportContent:
    """Everything the layouts show; made by :func:`prepare_report`."""

    def __init__(self):
        self.quickscan = False
        self.title = ""
        self.gemeente = ""
        self.meta = ""
        self.findings = ""
        self.class_rows = []
        self.class_codes = []
        self.class_colours = {}
        self.buurt_layer = None
        self.wijk_layer = None
        self.table_columns = []
        self.table_note = ""
        self.balance = ""
        self.balance_rows = []
        self.closing_title = ""
        self.methods = ""
        self.guide = ""
        self.guide_in_body = False
        self.footer = ""
        self.map_crs = None
        self.wijk_count = 0


def _python(value):
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def _read(source, names):
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    fields = source.fields()
    index = [fields.indexFromName(n) for n in names]
    rows, ids = [], []
    for feature in source.getFeatures(request):
        attributes = feature.attributes()
        ids.append(feature.id())
        rows.append([_python(attributes[i]) for i in index])
    return pd.DataFrame(rows, columns=names, index=ids, dtype=object)


def _field_map(names, wijk_field):
    """Layer field per canonical report column (preparecbs names first, then the CBS aliases)."""
    lower = {n.lower(): n for n in names}
    mapping = {}
    for canonical in ("buurtcode", "buurtnaam", "wijknaam", "gemeentecode", "gemeentenaam"):
        mapping[canonical] = find_field(names, canonical)
    if wijk_field:
        if wijk_field.lower() not in lower:
            raise VeerkrachtError(N_("Field '{field}' does not exist in the input layer."), field=wijk_field)
        mapping["wijkcode"] = lower[wijk_field.lower()]
    else:
        mapping["wijkcode"] = find_field(names, "wijkcode")
    mapping["inwoners"] = lower.get("inwoners_t1") or find_field(names, "inwoners")
    mapping["p_corporatie"] = lower.get("p_corporatie_t1") or find_field(names, "p_corporatie")
    for name in VK_FIELDS:
        mapping[name] = lower.get(name)
    return {k: v for k, v in mapping.items() if v}


def detect_period(names, frame_years=None):
    """'2016–2022' from a year column or from years in the field names; '' when unknown."""
    years = set()
    if frame_years is not None:
        years = {int(y) for y in pd.to_numeric(pd.Series(frame_years), errors="coerce").dropna()}
    if not years:
        for name in names:
            years.update(int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", name))
    years = sorted(y for y in years if 1990 <= y <= 2100)
    if not years:
        return ""
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def _choose_gemeente(frame, municipality):
    """(code, name, mask) of the gemeente to report on; an error lists the gemeenten when needed."""
    codes = frame["gemeentecode"] if "gemeentecode" in frame else pd.Series(None, index=frame.index, dtype=object)
    names = frame["gemeentenaam"] if "gemeentenaam" in frame else pd.Series(None, index=frame.index, dtype=object)
    key = codes.where(codes.notna(), names).astype(object)
    distinct = sorted({str(k) for k in key.dropna()})
    if municipality:
        wanted = municipality.strip().lower()
        mask = (codes.astype(str).str.lower() == wanted) | (names.astype(str).str.lower() == wanted)
        if not mask.any():
            listing = ", ".join(_gemeente_listing(codes, names)) or "–"
            raise VeerkrachtError(
                N_("Gemeente '{gemeente}' is not in the layer. Gemeenten in the layer: {list}."),
                gemeente=municipality, list=listing)
    else:
        if len(distinct) > 1:
            raise VeerkrachtError(
                N_("The layer holds {n} gemeenten; choose one as Gemeente: {list}."),
                n=len(distinct), list=", ".join(_gemeente_listing(codes, names)))
        mask = pd.Series(True, index=frame.index)
    sub_codes, sub_names = codes[mask].dropna(), names[mask].dropna()
    code = str(sub_codes.iloc[0]) if len(sub_codes) else (municipality or "")
    name = str(sub_names.iloc[0]) if len(sub_names) else (municipality or "")
    return code, name, mask


def _gemeente_listing(codes, names):
    pairs = sorted({(str(c) if c is not None else "", str(n) if n is not None else "") for c, n in zip(codes, names)})
    return [" ".join(p for p in pair if p) for pair in pairs if any(pair)]


def prepare_report(source, mode=0, municipality="", wijk_field="", balance=None, scenario="", period="",
                   feedback=None):
    """Read a scored buurt feature source into a :class:`ReportContent` (memory layers + texts).

    ``balance``: optional feature source / layer with the summary table of veerkracht:balance.
    Raises VeerkrachtError for user errors (translated by the caller).
    """
    quickscan = int(mode) == 1
    lang = user_locale()
    t = tr
    names = [f.name() for f in source.fields()]
    mapping = _field_map(names, wijk_field)
    if "buurtcode" not in mapping:
        raise VeerkrachtError(N_("No buurt code field (buurtcode or BU_CODE) found in the input layer."))
    if "vk_klasse" not in mapping:
        raise VeerkrachtError(
            N_("The input layer has no field vk_klasse: run veerkracht:score on it first."))
    year_fields = [n for n in names if n.lower() in ("jaar", "jaar_t0", "jaar_t1")]  # preparecbs: jaar_t0/t1
    read = list(dict.fromkeys(list(mapping.values()) + year_fields))
    raw = _read(source, read)
    frame = pd.DataFrame(index=raw.index)
    for canonical, field in mapping.items():
        frame[canonical] = raw[field]
    frame["buurtcode"] = frame["buurtcode"].astype(str)
    if "wijkcode" not in frame:
        # no wijk field: the CBS wijk code is WK + the first six digits of the buurt code
        frame["wijkcode"] = frame["buurtcode"].map(lambda c: "WK" + c[2:8] if c.upper().startswith("BU") else "")
    gm_code, gm_name, mask = _choose_gemeente(frame, municipality)
    frame = frame[mask].sort_values(["wijkcode", "buurtcode"], key=lambda s: s.astype(str), kind="mergesort")
    if frame.empty:
        raise VeerkrachtError(N_("The input layer has no buurten."))
    gemeente = gm_name or gm_code or t(N_("the gemeente"))

    content = ReportContent()
    content.quickscan = quickscan
    content.title = t(N_("QuickScan veerkracht")) if quickscan else t(N_("Stadsbrede notitie veerkracht"))
    content.gemeente = f"{gm_name} ({gm_code})" if gm_name and gm_code and gm_name != gm_code else gemeente
    today = datetime.date.today().isoformat()
    years = pd.concat([raw[f] for f in year_fields]) if year_fields else None
    period = period or detect_period(names, years)
    counts = ("jaar", "inwoners", "huishoudens", "woningen")  # not indicators of the method
    indicators = [p for p in rt.indicator_pairs(names) if p.lower() not in counts]
    content.meta = "\n".join(rt.meta_lines(period, indicators, t, today))

    # balance (not in a QuickScan)
    summary_row, balance_scenario = None, scenario
    if balance is not None and not quickscan:
        summary = _read(balance, [f.name() for f in balance.fields()])
        summary.columns = [c.lower() for c in summary.columns]
        rows, scenarios = rt.select_balance_rows(summary, gm_code, gm_name, scenario)
        if rows is None:
            raise VeerkrachtError(
                N_("The balance summary holds several scenarios; choose one as Scenario: {list}."),
                list=", ".join(scenarios))
        if rows.empty:
            raise VeerkrachtError(N_("Scenario '{scenario}' is not in the balance summary."), scenario=scenario)
        summary_row = rows.iloc[0].to_dict()
        if not balance_scenario and not rt._missing(summary_row.get("scenario")):
            balance_scenario = str(summary_row["scenario"])
    if quickscan:  # a QuickScan has no tags and no scenario
        frame = frame.drop(columns=[c for c in frame.columns if c.startswith("vk_hp_") or c in (
            "vk_probleemanalyse", "vk_succes", "vk_soc_voor", "vk_soc_na", "vk_won_voor", "vk_won_na",
            "vk_socaandeel_voor", "vk_socaandeel_na", "vk_plaatsing_voor", "vk_plaatsing_na",
            "vk_kwetsbaar_voor", "vk_kwetsbaar_na", "vk_kantelt", "vk_compensatie")])

    # page 1
    content.findings = "\n".join("• " + s for s in rt.key_findings(frame, gemeente, t, lang, quickscan))
    summary_classes = rt.class_summary(frame)
    content.class_rows = [[t(N_("Class")), t(N_("Buurten")), t(N_("Inhabitants")), t(N_("Share"))]]
    for row in summary_classes.itertuples():
        content.class_rows.append([rt.class_label(row.klasse, t), str(row.buurten), rt.fmt_int(row.inwoners, lang),
                                   rt.fmt_pct(row.aandeel, 0, lang)])
    content.class_codes = list(summary_classes["klasse"]) + [None]
    content.class_rows.append([t(N_("Total")), str(int(summary_classes["buurten"].sum())),
                               rt.fmt_int(summary_classes["inwoners"].sum(), lang), rt.fmt_pct(100, 0, lang)])

    # wijk texts
    columns, table = rt.buurt_table(frame, t, lang, quickscan)
    content.table_columns = columns
    content.table_note = rt.table_reading_note(t)
    wijk_names = {}
    wijk_labels = {}
    wijk_texts = {}
    for code, sub in frame.groupby(frame["wijkcode"].astype(str), sort=True):
        name = ""
        if "wijknaam" in sub:
            present = sub["wijknaam"].dropna()
            name = str(present.iloc[0]) if len(present) else ""
        if not code or code in ("None", "nan"):
            title = t(N_("Buurten without wijk"))
        elif name and name != code:
            title = t(N_("Wijk {name} ({code})")).format(name=name, code=code)
        else:
            title = t(N_("Wijk {code}")).format(code=code)
        wijk_names[code] = title
        wijk_labels[code] = name if name and name != code else ""
        lines = rt.wijk_summary(sub, t, lang, quickscan)
        outlook = [] if quickscan else rt.wijk_outlook(sub, t, lang, balance_scenario)
        wijk_texts[code] = "\n".join(lines + ([""] + outlook if outlook else []))
    content.wijk_count = len(wijk_names)

    # closing page
    content.guide = "\n".join(rt.reading_guide(t))
    if summary_row is not None:
        content.closing_title = t(N_("Impact on the whole city"))
        content.balance = "\n".join(rt.balance_lines(summary_row, t, lang) + rt.waterbed_lines(frame, t, lang))
        content.balance_rows = [[t(N_("Citywide")), t(N_("Before")), t(N_("After"))]] + [
            list(r) for r in rt.balance_table(summary_row, t, lang)]
    elif not quickscan and rt.has_buurt_balance(frame):
        content.closing_title = t(N_("Impact on the whole city"))
        content.balance = "\n".join(
            rt.wijk_outlook(frame, t, lang, balance_scenario) + rt.waterbed_lines(frame, t, lang))
    else:
        content.closing_title = t(N_("How to read this report"))
        content.balance = content.guide
        content.guide_in_body = True
    content.methods = "\n\n".join(rt.methods_lines(t, today))
    content.footer = t(N_("{title} – {gemeente} – Bron: CBS, Leefbaarometer (BZK)")).format(
        title=content.title, gemeente=gemeente)

    # layers
    crs = source.sourceCrs()
    content.map_crs = crs if crs.isValid() and not crs.isGeographic() else QgsCoordinateReferenceSystem("EPSG:28992")
    content.buurt_layer = _buurt_layer(source, frame, table, columns, crs, t)
    content.class_colours = class_colours(content.buurt_layer)
    content.wijk_layer = _wijk_layer(content.buurt_layer, wijk_names, wijk_labels, wijk_texts, crs)
    return content


def _memory_layer(geometry, crs, name, fields):
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326", name, "memory")
    layer.setCrs(crs)
    layer.dataProvider().addAttributes(list(fields))
    layer.updateFields()
    return layer


def _string_field(name):
    from .qgisio.frames import make_field  # QVariant / QMetaType as the QGIS version wants

    return make_field(name, "string")


def _buurt_layer(source, frame, table, columns, crs, t):
    """The gemeente's buurten in memory: source fields + rp_wijk, rp_naam and the table columns rp_*."""
    fields = QgsFields()
    for field in source.fields():
        if not field.name().startswith("rp_"):
            fields.append(field)
    extra = ["rp_wijk", "rp_naam"] + [key for key, _heading in columns]
    for key in extra:
        fields.append(_string_field(key))
    from .qgisio.frames import make_field

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


def _wijk_layer(buurt_layer, wijk_names, wijk_labels, wijk_texts, crs):
    """Buurten dissolved per wijk: the atlas coverage layer (rp_wijk, rp_titel, rp_label, rp_tekst).

    The wijk names (rp_label, only when the layer has wijk names) label the overview map of page 1.
    """
    fields = QgsFields()
    for name in ("rp_wijk", "rp_titel", "rp_label", "rp_tekst"):
        fields.append(_string_field(name))
    layer = _memory_layer("MultiPolygon", crs, tr(N_("Wijken")), fields)
    parts = {}
    for feature in buurt_layer.getFeatures():
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
    outline = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#1F3A5F", "outline_width": "0.8"})
    root.appendChild(QgsRuleBasedRenderer.Rule(outline, 0, 0, '"rp_wijk" = attribute(@atlas_feature, \'rp_wijk\')'))
    thin = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#1F3A5F", "outline_width": "0.4"})
    root.appendChild(QgsRuleBasedRenderer.Rule(thin, 0, 0, "@atlas_feature IS NULL"))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    _label(layer, "CASE WHEN @atlas_feature IS NULL THEN \"rp_label\" END", 7.5, bold=True, colour=TITLE_COLOUR)
    return layer


def _fallback_signal_renderer(layer):
    """Rule-based signal style on vk_klasse with the project colours (used until maps.py exists).

    One rule per class (geen_gegevens and an empty class hatched grey), plus a rule that outlines the
    early-warning buurten (vk_signaal) with a dashed dark line, as method.md §2 asks for the maps.
    """
    root = QgsRuleBasedRenderer.Rule(None)
    for code in rt.CLASS_ORDER:
        if code == "geen_gegevens":
            symbol = QgsFillSymbol.createSimple(
                {"color": "#E0E0E0", "outline_color": "#9E9E9E", "outline_width": "0.15"})
            hatch = QgsLinePatternFillSymbolLayer()
            hatch.setLineAngle(45)
            hatch.setDistance(1.2)
            hatch.setColor(QColor("#8C8C8C"))
            symbol.appendSymbolLayer(hatch)
            expression = "\"vk_klasse\" IS NULL OR \"vk_klasse\" NOT IN ({})".format(
                ", ".join(f"'{c}'" for c in rt.CLASS_ORDER if c != "geen_gegevens"))
        else:
            outline = "#9E9E9E" if code == "stabiel" else "#FFFFFF"
            symbol = QgsFillSymbol.createSimple(
                {"color": CLASS_COLOURS[code], "outline_color": outline, "outline_width": "0.15"})
            expression = f"\"vk_klasse\" = '{code}'"
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, rt.class_label(code, tr)))
    if layer.fields().indexFromName("vk_signaal") >= 0:
        line = QgsSimpleLineSymbolLayer(QColor("#000000"), 0.6, Qt.PenStyle.DashLine)
        line.setOffset(0.9)  # inside the buurt, so that wijk outlines do not hide it
        marker = QgsFillSymbol()
        marker.changeSymbolLayer(0, line)
        root.appendChild(QgsRuleBasedRenderer.Rule(
            marker, 0, 0, "\"vk_signaal\" IS NOT NULL AND \"vk_signaal\" IN (1, 'true', 'True', 't')",
            tr(N_("Early warning"))))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def style_signal_layer(layer):
    """Style a buurt layer as the signal map: maps.apply_map_style(layer, 'signaal') when available."""
    try:
        from .qgisio import maps  # built in parallel; optional until it is in main
    except ImportError:
        maps = None
    if maps is not None:
        try:
            maps.apply_map_style(layer, "signaal")
            return
        except Exception:  # noqa: BLE001 – any failure falls back to the local style
            pass
    _fallback_signal_renderer(layer)


def _label(layer, expression, size, bold=False, colour=TEXT_COLOUR):
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = expression
    try:  # QGIS >= 3.26 / QGIS 4
        settings.placement = Qgis.LabelPlacement.Horizontal
    except AttributeError:
        settings.placement = QgsPalLayerSettings.Placement.Horizontal
    settings.displayAll = True
    text = QgsTextFormat()
    text.setFont(_font(size, bold))
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


# =================================================================================================
# 2. Templates: default items (used to write the .qpt files) and loading
# =================================================================================================

PAGE_WIDTH, PAGE_HEIGHT = 297.0, 210.0  # A4 landscape, mm


def _font(size, bold=False):
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _place(item, x, y, w, h):
    item.attemptMove(QgsLayoutPoint(x, y))
    item.attemptResize(QgsLayoutSize(w, h))


def _add_label(layout, item_id, x, y, w, h, size, text, bold=False, colour=TEXT_COLOUR, frame=False):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setFont(_font(size, bold))
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
    from .qgisio.maps import add_scale_bar

    return add_scale_bar(layout, map_item, x, y, 6.5, item_id=item_id, halo=True, fit_width=(20, 40))


def _add_legend(layout, item_id, x, y, w, h, map_item):
    legend = QgsLayoutItemLegend(layout)
    legend.setId(item_id)
    legend.setTitle(tr(N_("Signal")))
    legend.setLinkedMap(map_item)
    legend.setStyleFont(QgsLegendStyle.Style.Title, _font(8, True))
    legend.setStyleFont(QgsLegendStyle.Style.SymbolLabel, _font(7))
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
    content.setFont(_font(size))
    content.setSize(size)
    content.setColor(QColor(TEXT_COLOUR))
    header.setFont(_font(size, True))
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


def default_layout(project, part):
    """The default items of one template (``voorblad``, ``wijk`` or ``slot``); see docs/report.md."""
    layout = _new_layout(project, part)
    margin = 10.0
    right = PAGE_WIDTH - margin
    footer_y = PAGE_HEIGHT - 9.0
    if part == "voorblad":
        _add_label(layout, "titel", margin, 8, 200, 10, 18, "Stadsbrede notitie veerkracht", bold=True,
                   colour=TITLE_COLOUR)
        _add_label(layout, "gemeente", margin, 18, 200, 7, 12, "Gemeente", colour=TITLE_COLOUR)
        _add_label(layout, "meta", margin, 26, 150, 18, 7, "Meta")
        map_item = _add_map(layout, "kaart", margin, 45, 150, 151)
        _add_legend(layout, "legenda", margin + 1.5, 46.5, 40, 40, map_item)
        _add_scale_bar(layout, "schaalbalk", map_item, margin + 2, 45 + 151 - 10)
        x = margin + 150 + 6
        width = right - x
        _add_label(layout, "klassen_titel", x, 26, width, 6, 10, "Buurten and inhabitants per class", bold=True,
                   colour=TITLE_COLOUR)
        table = QgsLayoutItemManualTable.create(layout)
        _table_format(table, 7.5)
        _add_frame(layout, table, "klassen_tabel", x, 33, width, 42)
        _add_label(layout, "bevindingen_titel", x, 80, width, 6, 10, "Key findings", bold=True, colour=TITLE_COLOUR)
        _add_label(layout, "bevindingen", x, 87, width, 109, 8, "Findings")
    elif part == "wijk":
        _add_label(layout, "titel", margin, 8, 270, 10, 16, '[% "rp_titel" %]', bold=True, colour=TITLE_COLOUR)
        map_item = _add_map(layout, "kaart", margin, 20, 150, 98)
        map_item.setAtlasDriven(True)
        map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
        map_item.setAtlasMargin(0.08)
        x = margin + 150 + 6
        width = right - x
        _add_legend(layout, "legenda", x, 20, 45, 34, map_item)
        _add_scale_bar(layout, "schaalbalk", map_item, margin + 2, 20 + 98 - 10)
        _add_label(layout, "wijk_tekst", x + 50, 20, width - 50, 98, 8, '[% "rp_tekst" %]')
        _add_label(layout, "tabel_uitleg", x, 70, 45, 48, 6.5, "How to read the table", colour="#505050")
        table = QgsLayoutItemAttributeTable(layout)
        _table_format(table, 6.5)
        table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.ExtendToNextPage)
        table.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
        _add_frame(layout, table, "buurten_tabel", margin, 122, right - margin, footer_y - 124)
    elif part == "slot":
        _add_label(layout, "titel", margin, 8, 270, 10, 16, "Impact on the whole city", bold=True,
                   colour=TITLE_COLOUR)
        half = (right - margin - 8) / 2
        table = QgsLayoutItemTextTable(layout)
        _table_format(table, 8)
        _add_frame(layout, table, "balans_tabel", margin, 22, half, 34)
        _add_label(layout, "balans", margin, 62, half, footer_y - 64, 8.5, "Balance")
        x = margin + half + 8
        _add_label(layout, "methode_titel", x, 22, half, 7, 10, "Method and sources", bold=True, colour=TITLE_COLOUR)
        _add_label(layout, "methode", x, 30, half, 74, 7.5, "Method", frame=True)
        _add_label(layout, "leeswijzer", x, 110, half, footer_y - 112, 7.5, "Reading guide")
    else:
        raise ValueError(part)
    _add_label(layout, "voettekst", margin, footer_y, right - margin, 5, 6.5, "Bron: CBS", colour="#707070")
    return layout


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


# =================================================================================================
# 3. Filling the layouts
# =================================================================================================


def _item(layout, item_id):
    return layout.itemById(item_id)


def _table_of(layout, item_id):
    item = _item(layout, item_id)
    return item.multiFrame() if isinstance(item, QgsLayoutFrame) else None


def _set_text(layout, item_id, text):
    item = _item(layout, item_id)
    if isinstance(item, QgsLayoutItemLabel):
        item.setText(text)
    return item


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
    if not isinstance(legend, QgsLayoutItemLegend):
        return
    legend.setAutoUpdateModel(False)
    root = QgsLayerTree()
    node = root.addLayer(layer)
    QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
    legend.model().setRootGroup(root)
    legend.setTitle(title)
    layout._veerkracht_keep.append(root)  # the layer tree must outlive the legend's model
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


def class_colours(layer):
    """{class code: QColor} as the layer's renderer draws a buurt of that class (any renderer)."""
    colours = {code: QColor(CLASS_COLOURS[code]) for code in rt.CLASS_ORDER}
    renderer = layer.renderer().clone() if layer.renderer() is not None else None
    if renderer is None or layer.fields().indexFromName("vk_klasse") < 0:
        return colours
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    try:
        for code in rt.CLASS_ORDER:
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
    """Break long legend labels (e.g. of the maps.py styles) over several lines, in this private copy."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().children():
            rule.setLabel("\n".join(textwrap.wrap(rule.label(), width)) or rule.label())
    elif hasattr(renderer, "categories"):
        for i, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, "\n".join(textwrap.wrap(category.label(), width)) or category.label())


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
            swatch.setBackgroundColor(content.class_colours.get(code, QColor(CLASS_COLOURS[code])))
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


def build_layouts(project, content, directory=LAYOUT_DIR, name_prefix=""):
    """Load the three templates in ``project`` and fill them with ``content``: [voorblad, wijk, slot]."""
    layouts = []
    # voorblad
    layout = load_layout(project, "voorblad", directory)
    layout._veerkracht_keep = []
    layout.setName(f"{name_prefix}{content.title} – 1")
    _set_text(layout, "titel", content.title)
    _set_text(layout, "gemeente", content.gemeente)
    _set_text(layout, "meta", content.meta)
    _set_text(layout, "klassen_titel", tr(N_("Buurten and inhabitants per class")))
    _set_text(layout, "bevindingen_titel", tr(N_("Key findings")))
    _set_text(layout, "bevindingen", content.findings)
    map_item = _item(layout, "kaart")
    if isinstance(map_item, QgsLayoutItemMap):
        map_item.setCrs(content.map_crs)
        map_item.setLayers([content.wijk_layer, content.buurt_layer])
    legend = _item(layout, "legenda")
    _legend_for(layout, legend, content.buurt_layer, tr(N_("Signal")))
    if isinstance(map_item, QgsLayoutItemMap):
        left = top = 0.0
        box, frame = (legend.sceneBoundingRect() if legend is not None else None), map_item.sceneBoundingRect()
        if box is not None and box.intersects(frame):
            left, top = box.right() - frame.left() + 2, box.bottom() - frame.top() + 2
        _fit_extent(map_item, _extent(content.buurt_layer, content.map_crs, project), left, top)
    table = _table_of(layout, "klassen_tabel")
    if isinstance(table, QgsLayoutItemManualTable):
        _class_table(table, content)
    elif isinstance(table, QgsLayoutItemTextTable):
        _fill_text_table(table, content.class_rows)
    layouts.append(layout)

    # wijk atlas
    layout = load_layout(project, "wijk", directory)
    layout._veerkracht_keep = []
    layout.setName(f"{name_prefix}{content.title} – {tr(N_('wijken'))}")
    atlas = layout.atlas()
    atlas.setCoverageLayer(content.wijk_layer)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression('"rp_titel"')
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"rp_wijk"')
    map_item = _item(layout, "kaart")
    if isinstance(map_item, QgsLayoutItemMap):
        map_item.setCrs(content.map_crs)
        map_item.setLayers([content.wijk_layer, content.buurt_layer])
        map_item.setAtlasDriven(True)
        _fit_extent(map_item, _extent(content.wijk_layer, content.map_crs, project))
    legend = _item(layout, "legenda")
    _legend_for(layout, legend, content.buurt_layer, tr(N_("Signal")))
    _keep_clear_of(_item(layout, "wijk_tekst"), legend)
    table = _table_of(layout, "buurten_tabel")
    if isinstance(table, QgsLayoutItemAttributeTable):
        frame = _item(layout, "buurten_tabel")
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
    _keep_below(_set_text(layout, "tabel_uitleg", content.table_note), legend)
    layouts.append(layout)

    # closing page
    layout = load_layout(project, "slot", directory)
    layout._veerkracht_keep = []
    layout.setName(f"{name_prefix}{content.title} – {tr(N_('closing page'))}")
    _set_text(layout, "titel", content.closing_title)
    _set_text(layout, "balans", content.balance)
    _set_text(layout, "methode_titel", tr(N_("Method and sources")))
    _set_text(layout, "methode", content.methods)
    table = _table_of(layout, "balans_tabel")
    frame = _item(layout, "balans_tabel")
    if isinstance(table, QgsLayoutItemTextTable):
        if content.balance_rows:
            _fill_text_table(table, content.balance_rows)
        elif frame is not None:
            # no balance table: hide it and let the text start where the table was
            frame.setVisibility(False)
            text = _item(layout, "balans")
            if text is not None and text.pos().y() > frame.pos().y():
                bottom = text.pos().y() + text.rect().height()
                text.attemptMove(QgsLayoutPoint(text.pos().x(), frame.pos().y()))
                text.attemptResize(QgsLayoutSize(text.rect().width(), bottom - frame.pos().y()))
    guide = _item(layout, "leeswijzer")
    if guide is not None:
        if content.guide_in_body:
            guide.setVisibility(False)
        else:
            _set_text(layout, "leeswijzer", tr(N_("How to read this report")) + "\n" + content.guide)
    layouts.append(layout)
    for layout in layouts:
        _set_text(layout, "voettekst", content.footer)
    return layouts


# =================================================================================================
# 4. One PDF
# =================================================================================================


class _ReportIterator(QgsAbstractLayoutIterator):
    """Steps through several layouts as one document: a plain layout once, an atlas layout once per
    coverage feature. QgsLayoutExporter.exportToPdf(iterator, ...) writes all of it into ONE PDF (the
    mechanism QGIS' own reports use), with every page rendered for export (not preview)."""

    def __init__(self, layouts, footer="", feedback=None):
        super().__init__()
        self.layouts = layouts
        self.footer = footer
        self.feedback = feedback
        self.plan = []
        self.position = -1
        self.pages = 0

    def beginRender(self):  # noqa: N802
        self.plan = []
        for layout in self.layouts:
            atlas = layout.atlas()
            if atlas.enabled() and atlas.coverageLayer() is not None:
                if atlas.beginRender():
                    self.plan.extend((layout, i) for i in range(atlas.count()))
            else:
                self.plan.append((layout, None))
        self.position = -1
        self.pages = 0
        return True

    def endRender(self):  # noqa: N802
        for layout in self.layouts:
            if layout.atlas().enabled():
                layout.atlas().endRender()
        return True

    def count(self):
        return len(self.plan)

    def next(self):
        if self.feedback is not None and self.feedback.isCanceled():
            return False
        self.position += 1
        if self.position >= len(self.plan):
            return False
        layout, feature_index = self.plan[self.position]
        if feature_index is not None:
            layout.atlas().seekTo(feature_index)
        layout.refresh()
        if self.footer:
            _set_text(layout, "voettekst", f"{self.footer} – {self.pages + 1}")
        self.pages += sum(
            1 for i in range(layout.pageCollection().pageCount()) if layout.pageCollection().shouldExportPage(i)
        )
        if self.feedback is not None:
            self.feedback.setProgress(40 + 60.0 * self.position / max(1, len(self.plan)))
        return True

    def layout(self):
        return self.plan[self.position][0] if 0 <= self.position < len(self.plan) else None

    def filePath(self, base_path, extension):  # noqa: N802
        return base_path


def export_pdf(layouts, path, content=None, feedback=None, dpi=300):
    """Write every page of ``layouts`` (an atlas layout: every feature) into ONE PDF at ``path``.

    Returns the number of pages. The footer item ``voettekst`` gets the running page number.
    """
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = False
    settings.exportMetadata = False
    settings.flags = QgsLayoutRenderContext.Flags(
        QgsLayoutRenderContext.Flag.FlagAntialiasing | QgsLayoutRenderContext.Flag.FlagUseAdvancedEffects
    )
    try:  # QGIS >= 3.28
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    except AttributeError:
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText  # QGIS < 3.22
    iterator = _ReportIterator(layouts, content.footer if content is not None else "", feedback)
    result, error = QgsLayoutExporter.exportToPdf(iterator, str(path), settings)
    if result == QgsLayoutExporter.ExportResult.Canceled:
        return 0
    if result != QgsLayoutExporter.ExportResult.Success:
        raise VeerkrachtError(N_("Cannot write the PDF file {path}: {error}"), path=str(path), error=error or result)
    return iterator.pages


# =================================================================================================
# 5. In the current project, for the layout designer
# =================================================================================================


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
    project.addMapLayers([content.wijk_layer, content.buurt_layer], False)
    group.addLayer(content.wijk_layer)
    group.addLayer(content.buurt_layer)
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


__all__ = [
    "ReportContent", "prepare_report", "build_layouts", "export_pdf", "open_report_layout", "write_templates",
    "load_layout", "default_layout", "style_signal_layer",
]
