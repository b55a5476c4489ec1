"""The report's content: from a scored buurt layer to texts and memory layers (see :func:`prepare_report`).

All text comes from ``core.report_text``; this module reads the layer, chooses the gemeente and the
balance scenario and hands the texts to the layouts in a :class:`ReportContent`.
"""

from __future__ import annotations

import datetime
import re

import pandas as pd
from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureSource

from ...core import report_text as rt
from ...core.cbs import find_field
from ...core.fields import BALANCE_FIELDS, SCORE_FIELDS, TAG_FIELDS
from ...core.messages import N_, VeerkrachtError
from ...i18n import tr, user_locale
from .. import frames
from . import layers

#: the vk_ fields the report reads (method.md §1, §3, §4), under their own names
VK_FIELDS = (*SCORE_FIELDS, *BALANCE_FIELDS, *TAG_FIELDS)
#: what a QuickScan leaves out: it has no tags and no scenario
QUICKSCAN_OMITS = frozenset((*BALANCE_FIELDS, *TAG_FIELDS))


class ReportContent:
    """Everything the layouts show; made by :func:`prepare_report`."""

    def map_layers(self):
        """The layers the layouts draw (the project must hold them)."""
        return [layer for layer in (self.wijk_layer, self.buurt_layer, self.balance_layer) if layer is not None]

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
        self.balance_layer = None  # the balance map of the closing page (buurt fields of veerkracht:balance)
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


def prepare_report(source: QgsFeatureSource, mode: int = 0, municipality: str = "", wijk_field: str = "",
                   balance: QgsFeatureSource | None = None, scenario: str = "", period: str = "",
                   feedback=None) -> ReportContent:
    """Read a scored buurt feature source into a :class:`ReportContent` (memory layers + texts).

    ``balance``: optional feature source / layer with the summary table of veerkracht:balance.
    Raises VeerkrachtError for user errors (translated by the caller).
    """
    quickscan = int(mode) == 1
    lang = user_locale()
    t = tr
    names = frames.field_names(source)
    frame, years = _read_buurten(source, names, wijk_field)
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
    period = period or detect_period(names, years)
    counts = ("jaar", "inwoners", "huishoudens", "woningen")  # not indicators of the method
    indicators = [p for p in rt.indicator_pairs(names) if p.lower() not in counts]
    content.meta = "\n".join(rt.meta_lines(period, indicators, t, today))

    summary_row, balance_scenario = None, scenario
    if balance is not None and not quickscan:
        summary_row, balance_scenario = _balance_row(balance, gm_code, gm_name, scenario)
    if quickscan:
        frame = frame.drop(columns=[c for c in frame.columns if c in QUICKSCAN_OMITS])

    _page_one(content, frame, gemeente, t, lang)
    columns, table = rt.buurt_table(frame, t, lang, quickscan)
    content.table_columns = columns
    content.table_note = rt.table_reading_note(t)
    wijk_names, wijk_labels, wijk_texts = _wijk_texts(frame, t, lang, quickscan, balance_scenario)
    content.wijk_count = len(wijk_names)
    _closing_page(content, frame, summary_row, balance_scenario, t, lang)
    content.methods = "\n\n".join(rt.methods_lines(t, today))
    content.footer = t(N_("{title} – {gemeente} – Bron: CBS, Leefbaarometer (BZK)")).format(
        title=content.title, gemeente=gemeente)

    crs = source.sourceCrs()
    content.map_crs = crs if crs.isValid() and not crs.isGeographic() else QgsCoordinateReferenceSystem("EPSG:28992")
    content.buurt_layer = layers.buurt_layer(source, frame, table, columns, crs, t)
    content.class_colours = layers.class_colours(content.buurt_layer)
    content.wijk_layer = layers.wijk_layer(content.buurt_layer, wijk_names, wijk_labels, wijk_texts, crs)
    if not content.quickscan:
        content.balance_layer = layers.balance_layer(content.buurt_layer, crs, t)
    return content


def _read_buurten(source, names, wijk_field):
    """(the buurten under the canonical report column names, the values of the year fields or None)."""
    mapping = _field_map(names, wijk_field)
    if "buurtcode" not in mapping:
        raise VeerkrachtError(N_("No buurt code field (buurtcode or BU_CODE) found in the input layer."))
    if "vk_klasse" not in mapping:
        raise VeerkrachtError(
            N_("The input layer has no field vk_klasse: run veerkracht:score on it first."))
    year_fields = [n for n in names if n.lower() in ("jaar", "jaar_t0", "jaar_t1")]  # preparecbs: jaar_t0/t1
    raw = frames.source_to_frame(source, list(mapping.values()) + year_fields)
    frame = pd.DataFrame(index=raw.index)
    for canonical, field in mapping.items():
        frame[canonical] = raw[field]
    frame["buurtcode"] = frame["buurtcode"].astype(str)
    if "wijkcode" not in frame:
        # no wijk field: the CBS wijk code is WK + the first six digits of the buurt code
        frame["wijkcode"] = frame["buurtcode"].map(lambda c: "WK" + c[2:8] if c.upper().startswith("BU") else "")
    years = pd.concat([raw[f] for f in year_fields]) if year_fields else None
    return frame, years


def _balance_row(balance, gm_code, gm_name, scenario):
    """(the gemeente's row of the balance summary as a dict, the scenario's name)."""
    summary = frames.source_to_frame(balance, frames.field_names(balance))
    summary.columns = [c.lower() for c in summary.columns]
    rows, scenarios = rt.select_balance_rows(summary, gm_code, gm_name, scenario)
    if rows is None:
        raise VeerkrachtError(
            N_("The balance summary holds several scenarios; choose one as Scenario: {list}."),
            list=", ".join(scenarios))
    if rows.empty:
        raise VeerkrachtError(N_("Scenario '{scenario}' is not in the balance summary."), scenario=scenario)
    summary_row = rows.iloc[0].to_dict()
    if not scenario and not rt._missing(summary_row.get("scenario")):
        scenario = str(summary_row["scenario"])
    return summary_row, scenario


def _page_one(content, frame, gemeente, t, lang):
    """The key findings and the class table of page 1."""
    quickscan = content.quickscan
    content.findings = "\n".join("• " + s for s in rt.key_findings(frame, gemeente, t, lang, quickscan))
    summary_classes = rt.class_summary(frame)
    content.class_rows = [[t(N_("Class")), t(N_("Buurten")), t(N_("Inhabitants")), t(N_("Share"))]]
    for row in summary_classes.itertuples():
        content.class_rows.append([rt.class_label(row.klasse, t), str(row.buurten), rt.fmt_int(row.inwoners, lang),
                                   rt.fmt_pct(row.aandeel, 0, lang)])
    content.class_codes = list(summary_classes["klasse"]) + [None]
    content.class_rows.append([t(N_("Total")), str(int(summary_classes["buurten"].sum())),
                               rt.fmt_int(summary_classes["inwoners"].sum(), lang), rt.fmt_pct(100, 0, lang)])


def _wijk_texts(frame, t, lang, quickscan, balance_scenario):
    """({wijk code: page title}, {wijk code: map label}, {wijk code: summary and outlook}) of the wijk pages."""
    wijk_names, wijk_labels, wijk_texts = {}, {}, {}
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
    return wijk_names, wijk_labels, wijk_texts


def _closing_page(content, frame, summary_row, balance_scenario, t, lang):
    """The closing page: the citywide balance, else the buurten's outlook, else how to read the report."""
    content.guide = "\n".join(rt.reading_guide(t))
    if summary_row is not None:
        content.closing_title = t(N_("Impact on the whole city"))
        content.balance = "\n".join(rt.balance_lines(summary_row, t, lang) + rt.waterbed_lines(frame, t, lang))
        content.balance_rows = [[t(N_("Citywide")), t(N_("Before")), t(N_("After"))]] + [
            list(r) for r in rt.balance_table(summary_row, t, lang)]
    elif not content.quickscan and rt.has_buurt_balance(frame):
        content.closing_title = t(N_("Impact on the whole city"))
        content.balance = "\n".join(
            rt.wijk_outlook(frame, t, lang, balance_scenario) + rt.waterbed_lines(frame, t, lang))
    else:
        content.closing_title = t(N_("How to read this report"))
        content.balance = content.guide
        content.guide_in_body = True
