"""Text and tables of the veerkracht report (stadsbrede notitie / QuickScan), without QGIS.

Everything the report *says* is generated here, so that it can be unit-tested: the key findings of
page 1, the summary and numeric outlook of every wijk, the buurt table, the citywide balance and the
methods box. Every sentence is an English template marked with :func:`N_`; the caller passes a
``translate`` function (``tr`` in QGIS, identity in tests) and a language code for number formatting
(``nl``: ``1.234`` and ``0,45``; otherwise ``1,234`` and ``0.45``).

Plural forms: every countable sentence has a singular and a plural template, chosen with
:func:`plural` (Dutch and English both use the singular for exactly 1, the plural otherwise, also
for 0 – but 0 mostly has its own "no buurt ..." sentence).

Input frames use canonical column names (the algorithm renames the layer's fields):
``buurtcode, buurtnaam, wijkcode, wijknaam, inwoners, p_corporatie`` and the ``vk_*`` fields of
``veerkracht:score`` (method.md §1), of ``veerkracht:balance`` (§3) and of the dock (§4).

The number formats, name lists and frame helpers are in :mod:`.report_format` (public here too). Every
table and list of classes follows the one class order, ``method.LEGEND_ORDER`` (the map legends').
"""

import numpy as np
import pandas as pd

from .balance_verdict import verdict
from .messages import N_
from .method import LEGEND_ORDER
from .report_format import (  # the helpers, also public here as rt.fmt_int, rt.join_names, ...
    CLASS_LABELS,
    MAX_NAMES,
    _by_population,
    _identity,
    _klasse,
    _missing,
    _names,
    _num,
    _truthy,
    as_percent,
    class_label,
    fmt_int,
    fmt_num,
    fmt_pct,
    hp_symbols,
    join_names,
    plural,
)

__all__ = [
    "BALANCE_BUURT_FIELDS", "CLASS_LABELS", "CLASS_MEANINGS", "CORPORATION_THRESHOLD", "HP_FIELDS",
    "MAX_NAMES", "TEXT_TAG_FIELDS", "as_percent", "balance_lines", "balance_table", "buurt_table", "class_label",
    "class_summary", "fmt_int", "fmt_num", "fmt_pct", "has_buurt_balance", "hp_symbols", "indicator_pairs",
    "join_names", "key_findings", "meta_lines", "methods_lines", "plural", "reading_guide", "regression",
    "select_balance_rows", "table_order", "table_reading_note", "waterbed_lines", "wijk_outlook", "wijk_summary",
]

#: what a class means, for the reader of a QuickScan
CLASS_MEANINGS = {
    "onder_druk": N_("the concentration of vulnerable residents and nuisance and insecurity both increased."),
    "veerkrachtig": N_("the concentration of vulnerable residents increased, nuisance and insecurity did not."),
    "problemen": N_("nuisance and insecurity increased without a rising concentration of vulnerable residents."),
    "gunstig": N_("nuisance and insecurity decreased, the concentration of vulnerable residents did not rise."),
    "stabiel": N_("no clear change in either direction."),
    "geen_gegevens": N_("too few inhabitants, missing figures or a boundary change."),
}

#: the four handelingsperspectieven tag fields (method.md §4) and their short column headings
HP_FIELDS = (
    ("vk_hp_sociaal", N_("Social")),
    ("vk_hp_leefomgeving", N_("Environ.")),
    ("vk_hp_woningprogramma", N_("Housing")),
    ("vk_hp_herpositionering", N_("Reposit.")),
)
TEXT_TAG_FIELDS = (("vk_probleemanalyse", N_("Problem analysis")), ("vk_succes", N_("Success")))

#: corporatiebuurt: more than two thirds of the dwellings owned by corporations (method.md §1)
CORPORATION_THRESHOLD = 200.0 / 3.0

# --- statistics ----------------------------------------------------------------------------------


def class_summary(frame, column="vk_klasse"):
    """Per class code (in legend order): number of buurten, inhabitants and share of inhabitants (%)."""
    klasse = _klasse(frame, column)
    population = _num(frame, "inwoners").fillna(0.0)
    total = population.sum()
    rows = []
    for code in LEGEND_ORDER:
        mask = klasse == code
        inhabitants = float(population[mask].sum())
        rows.append(
            {
                "klasse": code,
                "buurten": int(mask.sum()),
                "inwoners": inhabitants,
                "aandeel": 100.0 * inhabitants / total if total > 0 else float("nan"),
            }
        )
    return pd.DataFrame(rows)


def regression(frame):
    """Population-weighted least squares ΔP = a + b·ΔK over the valid buurten (method.md §1).

    Returns ``dict(a, b, r2, n)`` or None with fewer than 10 valid buurten (or no spread in ΔK).
    Valid: a class other than geen_gegevens, ΔK, ΔP and inhabitants > 0 present.
    """
    dk, dp, w = _num(frame, "vk_dk"), _num(frame, "vk_dp"), _num(frame, "inwoners")
    valid = (_klasse(frame) != "geen_gegevens") & dk.notna() & dp.notna() & (w > 0)
    n = int(valid.sum())
    if n < 10:
        return None
    x, y, w = dk[valid].to_numpy(), dp[valid].to_numpy(), w[valid].to_numpy()
    mx, my = np.average(x, weights=w), np.average(y, weights=w)
    sxx = np.sum(w * (x - mx) ** 2)
    if sxx <= 0:
        return None
    b = np.sum(w * (x - mx) * (y - my)) / sxx
    a = my - b * mx
    ss_tot = np.sum(w * (y - my) ** 2)
    ss_res = np.sum(w * (y - a - b * x) ** 2)
    r2 = 1.0 - ss_res / ss_tot if ss_tot > 0 else float("nan")
    return {"a": float(a), "b": float(b), "r2": float(r2), "n": n}


# --- page 1: key findings ------------------------------------------------------------------------


def key_findings(frame, gemeente, translate=_identity, lang="en", quickscan=False):
    """The key findings of page 1 as a list of translated sentences (method.md §1 output fields)."""
    t = translate
    sentences = []
    klasse = _klasse(frame)
    population = _num(frame, "inwoners").fillna(0.0)
    total_pop = population.sum()
    n = len(frame)

    sentences.append(
        t(plural(n, N_("The report covers 1 buurt of {gemeente} with {inhabitants} inhabitants."),
                 N_("The report covers {n} buurten of {gemeente} with {inhabitants} inhabitants.")))
        .format(n=n, gemeente=gemeente, inhabitants=fmt_int(total_pop, lang))
    )
    invalid = int((klasse == "geen_gegevens").sum())
    if invalid:
        sentences.append(
            t(plural(invalid,
                     N_("{n} buurt has too little data for a signal (too few inhabitants, missing figures or a "
                        "boundary change)."),
                     N_("{n} buurten have too little data for a signal (too few inhabitants, missing figures "
                        "or a boundary change).")))
            .format(n=invalid)
        )
    sentences += _pressure_findings(frame, klasse, population, t, lang)
    sentences += _class_findings(klasse, t)
    sentences += _warning_findings(frame, t)
    sentences += _regression_findings(frame, klasse, t, lang)
    sentences += _corporation_findings(frame, t, lang)
    return sentences


def _pressure_findings(frame, klasse, population, t, lang):
    """The buurten under pressure (onder_druk): how many, how many inhabitants, which."""
    sentences = []
    total_pop = population.sum()
    mask = klasse == "onder_druk"
    count = int(mask.sum())
    label = class_label("onder_druk", t)
    if count == 0:
        sentences.append(t(N_("No buurt falls in the class '{label}'.")).format(label=label))
    else:
        inhabitants = population[mask].sum()
        share = fmt_pct(100.0 * inhabitants / total_pop if total_pop else float("nan"), 0, lang)
        sentence = t(plural(
            count,
            N_("{n} buurt with {inhabitants} inhabitants ({share} of the population) falls in the class "
               "'{label}': the concentration of vulnerable residents and nuisance and insecurity both "
               "increased there."),
            N_("{n} buurten with {inhabitants} inhabitants ({share} of the population) fall in the class "
               "'{label}': the concentration of vulnerable residents and nuisance and insecurity both "
               "increased there."),
        )).format(n=count, inhabitants=fmt_int(inhabitants, lang), share=share, label=label)
        listed = _names(_by_population(frame[mask]))
        if count <= MAX_NAMES:
            sentence += " " + t(plural(count, N_("This is {names}."), N_("These are {names}."))).format(
                names=join_names(listed, t))
        else:
            sentence += " " + t(N_("The largest are {names}.")).format(names=join_names(listed[:5], t))
        sentences.append(sentence)
    return sentences


def _class_findings(klasse, t):
    """How many buurten are resilient and how many have rising problems."""
    sentences = []
    count = int((klasse == "veerkrachtig").sum())
    if count:
        sentences.append(t(plural(
            count,
            N_("{n} buurt is resilient: the concentration of vulnerable residents increased, nuisance and "
               "insecurity did not."),
            N_("{n} buurten are resilient: the concentration of vulnerable residents increased, nuisance "
               "and insecurity did not."),
        )).format(n=count))
    count = int((klasse == "problemen").sum())
    if count:
        sentences.append(t(plural(
            count,
            N_("In {n} buurt nuisance and insecurity increased without a rising concentration of vulnerable "
               "residents ('{label}')."),
            N_("In {n} buurten nuisance and insecurity increased without a rising concentration of "
               "vulnerable residents ('{label}')."),
        )).format(n=count, label=class_label("problemen", t)))
    return sentences


def _warning_findings(frame, t):
    """The early warning (vk_signaal) and the relative class, when the layer has them."""
    sentences = []
    signal = _truthy(frame, "vk_signaal")
    count = int(signal.sum())
    if "vk_signaal" in frame:
        if count == 0:
            sentences.append(t(N_(
                "No buurt shows the early warning (resilient so far, but with a high and rising "
                "concentration of vulnerable residents).")))
        else:
            sentences.append(t(plural(
                count,
                N_("Early warning in {n} buurt: {names}. The concentration of vulnerable residents is high "
                   "and rising there, while problems are not (yet) visible."),
                N_("Early warning in {n} buurten: {names}. The concentration of vulnerable residents is high "
                   "and rising there, while problems are not (yet) visible."),
            )).format(n=count, names=join_names(_names(_by_population(frame[signal])), t)))

    # relative class
    if "vk_klasse_rel" in frame:
        count = int((_klasse(frame, "vk_klasse_rel") == "onder_druk").sum())
        sentences.append(t(plural(
            count,
            N_("Relative to the rest of the gemeente, {n} buurt is under pressure."),
            N_("Relative to the rest of the gemeente, {n} buurten are under pressure."),
        )).format(n=count))
    return sentences


def _regression_findings(frame, klasse, t, lang):
    """Expected versus actual: the regression ΔP = a + b·ΔK and the buurten that did best."""
    sentences = []
    fit = regression(frame)
    if fit is None:
        if "vk_dk" in frame:
            sentences.append(t(N_(
                "Too few buurten with data (fewer than 10) to compare expected and actual developments.")))
    else:
        if fit["b"] > 0:
            template = N_(
                "Across the gemeente, nuisance and insecurity rose on average by {slope} standard deviations "
                "for every standard deviation of rising vulnerability (weighted regression over {n} "
                "buurten, R² = {r2}).")
        else:
            template = N_(
                "Across the gemeente, a rising concentration of vulnerable residents did not go together "
                "with more nuisance and insecurity (slope {slope}, R² = {r2}, {n} buurten).")
        sentences.append(t(template).format(
            slope=fmt_num(fit["b"], 2, lang), r2=fmt_num(fit["r2"], 2, lang), n=fit["n"]))
        score = _num(frame, "vk_score")
        best = frame[(score > 0) & (klasse != "geen_gegevens")].assign(_s=score).sort_values(
            ["_s", "buurtcode"], ascending=[False, True], kind="mergesort")
        if len(best):
            sentences.append(t(N_(
                "Developed better than their change in vulnerability would suggest (highest veerkracht "
                "score): {names}.")).format(names=join_names(list(_names(best))[:3], t)))
    return sentences


def _corporation_findings(frame, t, lang):
    """The corporatiebuurten (more than two thirds corporation dwellings), the largest named."""
    sentences = []
    if "p_corporatie" in frame or "vk_corpbuurt" in frame:
        share = _num(frame, "p_corporatie")
        corp = _truthy(frame, "vk_corpbuurt") if "vk_corpbuurt" in frame else share > CORPORATION_THRESHOLD
        count = int(corp.sum())
        if count == 0:
            sentences.append(t(N_(
                "No buurt is a corporatiebuurt (more than two thirds of the dwellings owned by housing "
                "corporations).")))
        else:
            largest = _by_population(frame[corp])
            listed = [
                f"{name} ({fmt_pct(s, 0, lang)})" if not _missing(s) else str(name)
                for name, s in zip(_names(largest), share[largest.index])
            ][:3]
            sentences.append(t(plural(
                count,
                N_("{n} buurt is a corporatiebuurt (more than two thirds of the dwellings owned by housing "
                   "corporations): {names}."),
                N_("{n} buurten are corporatiebuurten (more than two thirds of the dwellings owned by "
                   "housing corporations); the largest: {names}."),
            )).format(n=count, names=join_names(listed, t)))
    return sentences


# --- page 1: meta data ---------------------------------------------------------------------------


def indicator_pairs(field_names):
    """Indicator names that appear as a ``<name>_t0`` / ``<name>_t1`` pair among the field names."""
    lower = {name.lower() for name in field_names}
    pairs = []
    for name in field_names:
        if name.lower().endswith("_t0") and name[:-3].lower() + "_t1" in lower:
            pairs.append(name[:-3])
    return pairs


def meta_lines(period, indicators, translate=_identity, date=""):
    """The lines under the title: period, indicators, method parameters (as far as the layer tells)."""
    t = translate
    lines = []
    if period:
        lines.append(t(N_("Period: {period}.")).format(period=period))
    else:
        lines.append(t(N_("Period: not recorded in the layer.")))
    if indicators:
        lines.append(t(N_("Indicators in the layer (t0/t1): {names}.")).format(names=", ".join(indicators)))
    lines.append(t(N_(
        "Classes as computed by veerkracht:score; its thresholds are not stored in the layer (defaults: "
        "deadband 0.25, at least 100 inhabitants).")))
    if date:
        lines.append(t(N_("Made on {date}.")).format(date=date))
    return lines


# --- wijk pages ----------------------------------------------------------------------------------


def wijk_summary(frame, translate=_identity, lang="en", quickscan=False):
    """A few lines about one wijk: buurten and inhabitants, classes, early warnings, tags."""
    t = translate
    n = len(frame)
    population = _num(frame, "inwoners").fillna(0.0)
    lines = [t(plural(n, N_("{n} buurt, {inhabitants} inhabitants."), N_("{n} buurten, {inhabitants} inhabitants.")))
             .format(n=n, inhabitants=fmt_int(population.sum(), lang))]
    klasse = _klasse(frame)
    parts = [f"{class_label(code, t)}: {int((klasse == code).sum())}" for code in LEGEND_ORDER
             if (klasse == code).any()]
    lines.append(t(N_("Classes: {list}.")).format(list="; ".join(parts)))
    signal = _truthy(frame, "vk_signaal")
    if signal.any():
        lines.append(t(N_("Early warning: {names}.")).format(names=join_names(_names(frame[signal]), t)))
    if "vk_corpbuurt" in frame or "p_corporatie" in frame:
        corp = (_truthy(frame, "vk_corpbuurt") if "vk_corpbuurt" in frame
                else _num(frame, "p_corporatie") > CORPORATION_THRESHOLD)
        if corp.any():
            lines.append(t(N_("Corporatiebuurten: {names}.")).format(names=join_names(_names(frame[corp]), t)))
    if not quickscan:
        present = [f for f, _ in HP_FIELDS if f in frame]
        if present:
            tagged = frame[present].apply(lambda row: any(not _missing(v) and float(v) > 0 for v in row), axis=1)
            lines.append(t(N_("Handelingsperspectieven filled in for {n} of {total} buurten.")).format(
                n=int(tagged.sum()), total=n))
    return lines


BALANCE_BUURT_FIELDS = ("vk_soc_voor", "vk_soc_na")


def has_buurt_balance(frame):
    return all(f in frame for f in BALANCE_BUURT_FIELDS)


def wijk_outlook(frame, translate=_identity, lang="en", scenario=""):
    """The numeric outlook of one wijk from the buurt fields of veerkracht:balance (method.md §3).

    Social stock before/after = sums of vk_soc_voor/na; shares = social stock / dwellings, dwellings
    from vk_won_voor/na or, without them, vk_soc / vk_socaandeel. Vulnerable share = dwelling-weighted
    mean of vk_kwetsbaar_voor/na. Empty list without the balance fields.
    """
    if not has_buurt_balance(frame):
        return []
    t = translate
    lines = []
    if scenario:
        lines.append(t(N_("Numeric outlook of scenario '{scenario}':")).format(scenario=scenario))
    else:
        lines.append(t(N_("Numeric outlook:")))
    soc_before, soc_after = _num(frame, "vk_soc_voor"), _num(frame, "vk_soc_na")

    def dwellings(suffix, social):
        won = _num(frame, f"vk_won_{suffix}")
        if won.notna().any():
            return won
        share = as_percent(_num(frame, f"vk_socaandeel_{suffix}")) / 100.0
        return social / share.where(share > 0)

    won_before, won_after = dwellings("voor", soc_before), dwellings("na", soc_after)
    share_before = 100.0 * soc_before.sum() / won_before.sum() if won_before.sum() > 0 else float("nan")
    share_after = 100.0 * soc_after.sum() / won_after.sum() if won_after.sum() > 0 else float("nan")
    template = N_("Social rent: {before} → {after} dwellings ({share_before} → {share_after} of the stock).")
    lines.append(t(template).format(
        before=fmt_int(soc_before.sum(), lang), after=fmt_int(soc_after.sum(), lang),
        share_before=fmt_pct(share_before, 0, lang), share_after=fmt_pct(share_after, 0, lang)))
    if "vk_kwetsbaar_voor" in frame and "vk_kwetsbaar_na" in frame:
        kv, kn = as_percent(_num(frame, "vk_kwetsbaar_voor")), as_percent(_num(frame, "vk_kwetsbaar_na"))
        wv, wn = won_before.fillna(0), won_after.fillna(0)
        ok_v, ok_n = kv.notna() & (wv > 0), kn.notna() & (wn > 0)
        if ok_v.any() and ok_n.any():
            lines.append(t(N_("Vulnerable households: {before} now, {after} at the end of the horizon.")).format(
                before=fmt_pct(np.average(kv[ok_v], weights=wv[ok_v]), 1, lang),
                after=fmt_pct(np.average(kn[ok_n], weights=wn[ok_n]), 1, lang)))
    if "vk_kantelt" in frame:
        tips = _truthy(frame, "vk_kantelt")
        count = int(tips.sum())
        if count == 0:
            lines.append(t(N_("No buurt tips over the concentration threshold.")))
        else:
            lines.append(t(plural(count, N_("{n} buurt tips over the concentration threshold: {names}."),
                                  N_("{n} buurten tip over the concentration threshold: {names}.")))
                         .format(n=count, names=join_names(_names(frame[tips]), t)))
    if "vk_compensatie" in frame:
        comp = _num(frame, "vk_compensatie").fillna(0).sum()
        if comp > 0:
            lines.append(t(N_("Suggested extra social dwellings (compensation) in this wijk: {n}.")).format(
                n=fmt_int(comp, lang)))
    return lines


def table_order(frame):
    """The order of the buurten in a wijk table (1, 2, …): by class as in the legend (onder druk first),
    then by veerkracht score from worse to better than expected (unknown last), then by name."""
    rank = {code: i for i, code in enumerate(LEGEND_ORDER)}
    order = pd.DataFrame({
        "klasse": _klasse(frame).map(rank).to_numpy(),
        "score": pd.to_numeric(pd.Series(_num(frame, "vk_score")), errors="coerce").fillna(np.inf).to_numpy(),
        "naam": _names(frame).astype(str).str.lower().to_numpy(),
    }, index=frame.index)
    ranked = order.sort_values(["klasse", "score", "naam"], kind="mergesort")
    return pd.Series(np.arange(1, len(ranked) + 1), index=ranked.index).reindex(frame.index).to_numpy()


def table_reading_note(translate=_identity):
    """What the columns of the wijk table mean (under the legend of a wijk page)."""
    return translate(N_(
        "How to read the table. ΔK: development of vulnerable residents, ΔP: development of nuisance and "
        "unsafety between both years, in standard deviations (positive: rising). Score: problems developed "
        "better (+) or worse (−) than expected. Corp. %: share of corporation dwellings. Buurten are sorted "
        "by class, then from worse to better than expected."
    ))


def buurt_table(frame, translate=_identity, lang="en", quickscan=False):
    """The buurt table of a wijk page: (columns, rows) with columns = [(key, heading)], all text; the
    rows also carry ``rp_volgorde``, their order in the table (see :func:`table_order`).

    Tag columns (the four handelingsperspectieven as ●●○, problem analysis, success) appear only
    when their fields exist and not in a QuickScan.
    """
    t = translate
    columns = [
        ("rp_buurt", t(N_("Buurt"))),
        ("rp_inwoners", t(N_("Inhabitants"))),
        ("rp_klasse", t(N_("Class"))),
        ("rp_klasse_rel", t(N_("Class (relative)"))),
        ("rp_dk", "ΔK"),
        ("rp_dp", "ΔP"),
        ("rp_score", t(N_("Score"))),
        ("rp_corp", t(N_("Corp. %"))),
    ]
    table = pd.DataFrame(index=frame.index)
    table["rp_buurt"] = _names(frame).astype(str)
    table["rp_inwoners"] = [fmt_int(v, lang) for v in _num(frame, "inwoners")]
    table["rp_klasse"] = [class_label(c, t) for c in _klasse(frame)]
    table["rp_klasse_rel"] = ([class_label(c, t) for c in _klasse(frame, "vk_klasse_rel")]
                              if "vk_klasse_rel" in frame else "–")
    for key, field in (("rp_dk", "vk_dk"), ("rp_dp", "vk_dp"), ("rp_score", "vk_score")):
        table[key] = [fmt_num(v, 2, lang) for v in _num(frame, field)]
    table["rp_corp"] = [fmt_pct(v, 0, lang) for v in _num(frame, "p_corporatie")]
    table["rp_volgorde"] = table_order(frame)
    if not quickscan:
        for field, heading in HP_FIELDS:
            if field in frame:
                key = "rp_" + field[3:]
                columns.append((key, t(heading)))
                table[key] = [hp_symbols(v) for v in _num(frame, field)]
        for field, heading in TEXT_TAG_FIELDS:
            if field in frame:
                key = "rp_" + field[3:]
                columns.append((key, t(heading)))
                table[key] = [("" if _missing(v) else str(v)) for v in frame[field]]
    return columns, table


# --- closing page --------------------------------------------------------------------------------


def select_balance_rows(summary, gemeente_code="", gemeente_name="", scenario=""):
    """The summary rows of one scenario and gemeente (method.md §3 summary table).

    Returns ``(rows, [])``, or ``(None, scenarios)`` when the table holds several scenarios and none
    was chosen (the caller turns that into an error listing them). Rows of the gemeente (matched on
    code or name in column ``gemeente``) are preferred; regio rows are kept when nothing matches.
    """
    rows = summary
    if "scenario" in rows:
        scenarios = sorted({str(s) for s in rows["scenario"].dropna()})
        if scenario:
            rows = rows[rows["scenario"].astype(str) == scenario]
        elif len(scenarios) > 1:
            return None, scenarios
    if "niveau" in rows and (rows["niveau"].astype(str) == "gemeente").any():
        rows = rows[rows["niveau"].astype(str) == "gemeente"]  # regio rows: see balance_lines(regio=...)
    if "gemeente" in rows and len(rows) > 1:
        keys = {k.lower() for k in (gemeente_code, gemeente_name) if k}
        match = rows["gemeente"].map(lambda v: not _missing(v) and str(v).strip().lower() in keys)
        if match.any():
            rows = rows[match]
    return rows, []


def balance_lines(row, translate=_identity, lang="en"):
    """The citywide balance of one summary row in sentences (method.md §3): first the one verdict
    (feasibility with its reason, the social-rent target, the norms; :mod:`.balance_verdict`), then the
    stock, the placements, the waterbed and the buurten that tip."""
    t = translate
    g = row.get
    decimal = "," if lang == "nl" else "."
    lines = []
    if not _missing(g("scenario")):
        lines.append(t(N_("Scenario '{scenario}'.")).format(scenario=g("scenario")))
    lines += verdict([row]).lines(t, decimal)
    shares = as_percent([g("aandeel_voor"), g("aandeel_na"), g("doel")])
    lines.append(t(N_(
        "Social rent before: {before} of {dwellings} dwellings ({share}); after: {after} of {dwellings_after} "
        "({share_after}). Target: {target}.")).format(
        before=fmt_int(g("sociale_huur_voor"), lang), dwellings=fmt_int(g("woningen_voor"), lang),
        share=fmt_pct(shares[0], 1, lang), after=fmt_int(g("sociale_huur_na"), lang),
        dwellings_after=fmt_int(g("woningen_na"), lang), share_after=fmt_pct(shares[1], 1, lang),
        target=fmt_pct(shares[2], 0, lang)))
    delta = g("delta_toewijzing")
    if not _missing(delta) and abs(float(delta)) >= 0.05:
        template = (N_("Waterbed effect: the other buurten take {delta} percentage points more of their social "
                       "vacancies for aandachtsgroepen.") if float(delta) > 0 else
                    N_("Waterbed effect: the other buurten take {delta} percentage points less of their social "
                       "vacancies for aandachtsgroepen."))
        lines.append(t(template).format(delta=fmt_num(abs(float(delta)), 1, lang)))
    tips = g("buurten_kantelen")
    if not _missing(tips):
        tips = int(float(tips))
        if tips == 0:
            lines.append(t(N_("No buurt tips over the concentration threshold.")))
        else:
            lines.append(t(plural(tips, N_("{n} buurt tips over the concentration threshold."),
                                  N_("{n} buurten tip over the concentration threshold."))).format(n=tips))
    social, affordable = g("nieuwbouw_sociaal_aandeel"), g("nieuwbouw_betaalbaar_aandeel")
    if not (_missing(social) and _missing(affordable)):
        social, affordable = as_percent([social, affordable])
        lines.append(t(N_(
            "New build: {social} social rent, {affordable} affordable (norm: two thirds affordable, of "
            "which at least 30% social rent).")).format(
            social=fmt_pct(social, 0, lang), affordable=fmt_pct(affordable, 0, lang)))
    return lines


def waterbed_lines(frame, translate=_identity, lang="en"):
    """The largest shifts of placements between buurten (vk_plaatsing_voor/na), when present."""
    if "vk_plaatsing_voor" not in frame or "vk_plaatsing_na" not in frame:
        return []
    t = translate
    delta = _num(frame, "vk_plaatsing_na") - _num(frame, "vk_plaatsing_voor")
    lines = []
    up = frame[delta > 0.05].assign(_d=delta).sort_values(["_d", "buurtcode"], ascending=[False, True])
    if len(up):
        listed = [f"{name} (+{fmt_num(d, 1, lang)})" for name, d in zip(_names(up), up["_d"])][:5]
        lines.append(t(N_("Most extra placements per year (waterbed): {names}.")).format(names=join_names(listed, t)))
    return lines


def balance_table(row, translate=_identity, lang="en"):
    """Rows (label, before, after) for the balance table of the closing page."""
    t = translate
    g = row.get
    shares = as_percent([g("aandeel_voor"), g("aandeel_na"), g("doel")])
    return [
        (t(N_("Dwellings")), fmt_int(g("woningen_voor"), lang), fmt_int(g("woningen_na"), lang)),
        (t(N_("Social rent")), fmt_int(g("sociale_huur_voor"), lang), fmt_int(g("sociale_huur_na"), lang)),
        (t(N_("Share of social rent")), fmt_pct(shares[0], 1, lang), fmt_pct(shares[1], 1, lang)),
        (t(N_("Target")), fmt_pct(shares[2], 0, lang), fmt_pct(shares[2], 0, lang)),
        (t(N_("Shortfall to the target")), "", fmt_int(g("tekort"), lang)),
    ]


def reading_guide(translate=_identity):
    """How to read the classes (for the QuickScan, which must read on its own)."""
    t = translate
    lines = [t(N_(
        "The signal map compares two years per buurt: did the concentration of vulnerable residents (ΔK) "
        "and nuisance and insecurity (ΔP) increase, decrease or stay the same?"))]
    for code in LEGEND_ORDER:
        lines.append(f"• {class_label(code, t)}: {t(CLASS_MEANINGS[code])}")
    lines.append(t(N_(
        "Early warning: resilient so far, but with a high and rising concentration of vulnerable residents.")))
    return lines


def methods_lines(translate=_identity, date=""):
    """The methods and sources box of the closing page."""
    t = translate
    lines = [
        t(N_(
            "Method. Per buurt the change in the concentration of vulnerable residents (ΔK) and in nuisance "
            "and insecurity (ΔP) between two years is scaled by the population-weighted spread over the "
            "buurten, without centring, so a citywide rise stays visible. A change beyond the deadband "
            "counts as an increase or decrease; together they give the class. The relative class compares "
            "each buurt with the gemeente's average. The veerkracht score is the actual minus the expected "
            "ΔP for the buurt's ΔK (population-weighted regression): positive is better than expected.")),
        t(N_(
            "Sources: CBS Kerncijfers wijken en buurten (CC BY 4.0, Bron: CBS); Leefbaarometer (Ministerie "
            "van BZK, open data); own indicators of the user where added.")),
        t(N_(
            "Research followed: RIGO (2018), Veerkracht in het corporatiebezit, for Aedes; "
            "In.Fact.Research and Circusvis (2020, 2023), updates of that study; Circusvis, Veerkrachtige "
            "wijken (the approach in four phases).")),
        t(N_("The signals start the conversation about a buurt; they do not explain it.")),
    ]
    if date:
        lines.append(t(N_("Made with the Veerkracht QGIS plugin on {date}.")).format(date=date))
    return lines
