"""Citywide balance of a housing scenario (method.md §3, ``veerkracht:balance``).

Pure numpy/pandas, vectorised over buurten and measures. The entry points are:

- :func:`read_measures` – a measures table (any DataFrame) -> normalised measures with row numbers;
- :func:`list_scenarios` – the scenario names in a measures table;
- :func:`evaluate` – buurten + measures + parameters -> :class:`BalanceResult`.

Choices where method.md is silent (also in docs/balance.md):

Units
    The model works with fractions (v, u, σ, a, m). Every *output* share – buurt fields, summary columns,
    messages – is a **percentage 0–100**, like the CBS inputs and the parameters; ``delta_toewijzing``
    is in percentage points. Stocks (``vk_soc_*``, ``vk_won_*``, ``tekort``, ``compensatie_nodig``,
    ``vk_compensatie``) are dwellings; placements (``vk_plaatsing_*``, ``plaatsingen``) are households
    of aandachtsgroepen placed per year (not rounded).
Valid buurt
    A buurt with a dwellings count >= 0 and a corporation share in 0–100. Others ("invalid") take no part
    in any sum and get NULL outputs; a measure on such a buurt is an error. A missing owner-occupied share
    counts as 0 (all non-social dwellings are particuliere huur) with a warning. When corporation share
    plus owner share make koop larger than W − S, koop is reduced to W − S (warning).
    Compensation candidates with a class field: the class must be present and not ``geen_gegevens``,
    ``onder_druk`` or ``problemen``; without a class field every valid buurt may be a candidate.
Measures
    Rows are numbered 1, 2, ... in table order (the header is not counted) over the *whole* table, so the
    number matches what the user sees; only the selected scenario's rows are validated and applied.
    Rows are applied in table order; the first row that takes a segment below zero is the error.
    ``segment`` is required for sloop/nieuwbouw/aankoop (aankoop: particuliere_huur or koop) and ignored
    (but still checked for a known value) for verkoop, liberalisatie and toewijzing. ``aantal`` is ignored
    for toewijzing (may be empty). A second toewijzing for the same buurt is an error. Text values are
    case-insensitive; spaces and hyphens count as underscores ("sociale huur").
Pools
    The model runs per gemeente, or per regio when a regio field is given: with a regio, the yearly
    placements D are conserved over the whole regio (regional woonruimteverdeling), stock figures are
    reported per gemeente and per regio. Compensation is needed and spread per gemeente (the 30 % aim is
    per gemeente); the regio row applies the same formula to the regio totals.
Waterbed
    δ follows method.md. When a buurt would get a' < 0 it is set to 0 (reported) and δ is recomputed over
    the remaining buurten (water-filling), so that Σ placements after = D still holds; the reported δ is
    the final one. a' > 1 makes the pool infeasible: the placements above 100 % of the vacancies are
    reported as "cannot be made" (``niet_plaatsbaar``) and the buurt's allocation is shown as 100 %.
    When no buurt is left to absorb the change (no vacancies outside the fixed buurten), the missing or
    surplus placements are reported and the pool is infeasible.
Vulnerable share
    With a v field, a buurt whose v is missing or outside 0–100 uses σ0 = ALLOCATION_SHARE (warning) and
    has no v_H / vk_kantelt. RELATIVE_RISK must be >= 1 (so that u <= v <= 1).
Gap
    ``tekort`` = max(0, target·W' − S') is rounded up to whole dwellings.
New build
    "Affordable" = sociale_huur + particuliere_huur nieuwbouw (the model has no separate middenhuur or
    affordable koop); the norm is two thirds. Shares are NULL when there is no nieuwbouw.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List

from .cbs import SENTINEL_MAX, numeric
from .lazy import lazy_module
from .messages import N_, Message, Number, VeerkrachtError

np = lazy_module("numpy")  # imported on first use: see core/lazy.py
pd = lazy_module("pandas")

MEASURE_TYPES = ("sloop", "nieuwbouw", "verkoop", "liberalisatie", "aankoop", "toewijzing")
SEGMENTS = ("sociale_huur", "particuliere_huur", "koop")
#: the measures table: column -> field kind (the dock writes it as ``MEASURES_TABLE`` in the buurt GeoPackage)
MEASURE_KINDS = {"scenario": "string", "buurtcode": "string", "maatregel": "string", "segment": "string",
                 "aantal": "int", "aandeel": "double", "toelichting": "string"}
MEASURE_COLUMNS = tuple(MEASURE_KINDS)
MEASURES_TABLE = "vk_maatregelen"
NEEDS_SEGMENT = ("sloop", "nieuwbouw", "aankoop")
NOT_A_CANDIDATE = ("onder_druk", "problemen", "geen_gegevens")
AFFORDABLE_NORM = 2.0 / 3.0
#: the message for a gemeente whose new build is less than two-thirds affordable (the HTML puts it on top)
NORM_BREACH = N_(
    "Gemeente {area}: {share} % of the new-build programme is affordable (sociale or particuliere huur), below "
    "the two-thirds norm."
)
EPS = 1e-9

#: Buurt output fields of method.md §3, then the extra model fields (all shares in %).
BUURT_FIELDS = (
    ("vk_soc_voor", "int"),
    ("vk_soc_na", "int"),
    ("vk_won_voor", "int"),
    ("vk_won_na", "int"),
    ("vk_socaandeel_voor", "double"),
    ("vk_socaandeel_na", "double"),
    ("vk_plaatsing_voor", "double"),
    ("vk_plaatsing_na", "double"),
    ("vk_kwetsbaar_voor", "double"),
    ("vk_kwetsbaar_na", "double"),
    ("vk_kantelt", "bool"),
    ("vk_compensatie", "int"),
    ("vk_toewijzing_voor", "double"),
    ("vk_toewijzing_na", "double"),
    ("vk_soc_kwetsbaar_voor", "double"),
    ("vk_soc_kwetsbaar_na", "double"),
)

#: Summary columns: method.md §3 names plus niveau, netto_sociaal, nieuwbouw, plaatsingen_na, niet_plaatsbaar.
SUMMARY_COLUMNS = (
    ("scenario", "string"),
    ("niveau", "string"),
    ("gemeente", "string"),
    ("regio", "string"),
    ("woningen_voor", "int"),
    ("woningen_na", "int"),
    ("sociale_huur_voor", "int"),
    ("sociale_huur_na", "int"),
    ("aandeel_voor", "double"),
    ("aandeel_na", "double"),
    ("doel", "double"),
    ("tekort", "int"),
    ("netto_sociaal", "int"),
    ("compensatie_nodig", "int"),
    ("nieuwbouw", "int"),
    ("nieuwbouw_sociaal_aandeel", "double"),
    ("nieuwbouw_betaalbaar_aandeel", "double"),
    ("plaatsingen", "double"),
    ("plaatsingen_na", "double"),
    ("delta_toewijzing", "double"),
    ("niet_plaatsbaar", "double"),
    ("haalbaar", "bool"),
    ("buurten_kantelen", "int"),
)


@dataclass
class BalanceParameters:
    """The §3 parameters, in the units of the Processing parameters (percentages, years)."""

    target_social_share: float = 30.0
    turnover: float = 7.0
    horizon: float = 5.0
    concentration_threshold: float = 45.0
    relative_risk: float = 3.0
    allocation_share: float = 30.0


@dataclass
class BalanceResult:
    """What :func:`evaluate` returns.

    buurten: DataFrame on the input index with the fields of :data:`BUURT_FIELDS` (shares in %).
    model: DataFrame on the input index with the model in fractions and dwellings: ``code, gemeente,
        regio, pool, valid, W, S, koop, ph, W_na, S_na, koop_na, ph_na, v, u, sigma0, a0, a_na, V, V_na,
        P_voor, P_na, sigmaH, vH, kantelt, fixed, zeroed, room, candidate, rank, compensatie``.
    summary: one row per gemeente (niveau 'gemeente') and per regio (niveau 'regio'), columns
        :data:`SUMMARY_COLUMNS`.
    messages: warnings (core Messages); infeasibility: the infeasibility messages (also in messages).
    """

    scenario: str
    scenarios: List[str]
    parameters: BalanceParameters
    buurten: pd.DataFrame
    model: pd.DataFrame
    summary: pd.DataFrame
    measures: pd.DataFrame
    messages: List[Message] = field(default_factory=list)
    infeasibility: List[Message] = field(default_factory=list)
    has_vulnerable: bool = False
    has_region: bool = False

    @property
    def haalbaar(self):
        """True when every pool is feasible."""
        return not self.infeasibility

    @property
    def compensatie_nodig(self):
        """Total compensation needed over the gemeenten (dwellings)."""
        rows = self.summary[self.summary["niveau"] == "gemeente"]
        return int(rows["compensatie_nodig"].sum())

    @property
    def buurten_kantelen(self):
        return int(self.model["kantelt"].fillna(False).astype(bool).sum())


# ------------------------------------------------------------------------------------------------
# measures table


def _text(value):
    """A cell as stripped text ('' for missing)."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _keyword(value):
    return _text(value).lower().replace(" ", "_").replace("-", "_")


def _texts(values):
    """A column as an array of stripped texts ('' for missing); vectorised (each distinct value once)."""
    if isinstance(values, (list, tuple)):
        listed = values
    else:
        listed = values.tolist() if hasattr(values, "tolist") else list(values)
    if all(type(v) is str and v == v.strip() for v in listed):  # already clean texts: the usual case
        return np.array(listed, dtype=object)
    series = pd.Series(listed, dtype=object)
    codes, uniques = pd.factorize(series)
    if len(uniques) * 4 < len(series):
        cleaned = np.array([_text(v) for v in uniques] + [""], dtype=object)
        return cleaned[codes]  # code -1 (missing) takes the last entry, ''
    if pd.api.types.infer_dtype(series, skipna=True) in ("string", "empty"):
        return series.where(series.notna(), "").str.strip().to_numpy(dtype=object)
    return np.array([_text(v) for v in series.tolist()], dtype=object)


def _keywords(values):
    series = pd.Series(values, dtype=object)
    codes, uniques = pd.factorize(series)
    cleaned = np.array([_keyword(v) for v in uniques] + [""], dtype=object)
    return cleaned[codes]


def _numbers(values):
    """A column as floats: numeric dtypes directly, anything else through cbs.numeric; sentinels -> NaN."""
    series = pd.Series(values)
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        result = series.to_numpy(dtype=float, na_value=np.nan).copy()
        result[result <= SENTINEL_MAX] = np.nan
        return result
    return numeric(series.tolist())


def read_measures(frame):
    """Normalise a measures table (any DataFrame in table order) -> DataFrame with ``row`` (1-based).

    Column names are case-insensitive. ``buurtcode`` and ``maatregel`` are required; ``scenario``,
    ``segment``, ``aantal``, ``aandeel`` and ``toelichting`` are optional columns. Raw texts are kept for
    error messages; nothing is validated here except the columns.
    """
    columns = {str(c).strip().lower(): c for c in frame.columns}
    missing = [c for c in ("buurtcode", "maatregel") if c not in columns]
    if missing:
        raise VeerkrachtError(
            N_(
                "The measures table has no column '{column}'. Columns: scenario (optional), buurtcode, "
                "maatregel, segment, aantal, aandeel (for toewijzing), toelichting (optional)."
            ),
            column=missing[0],
        )
    out = pd.DataFrame(index=range(len(frame)))
    out["row"] = np.arange(1, len(frame) + 1)
    for name in MEASURE_COLUMNS:
        if name in columns:
            out[name] = [_text(v) for v in frame[columns[name]].tolist()]
        else:
            out[name] = ""
    return out


def list_scenarios(measures):
    """The scenario names in a (read) measures table, in order of appearance."""
    return list(dict.fromkeys(measures["scenario"].tolist()))


def select_scenario(measures, scenario=None):
    """The rows of one scenario -> (rows, name). Empty ``scenario`` only when the table holds one."""
    names = list_scenarios(measures)
    shown = ", ".join(f"'{n}'" for n in names) if names else "–"
    scenario = _text(scenario)
    if not scenario:
        if len(names) > 1:
            raise VeerkrachtError(
                N_("The measures table holds {n} scenarios: {scenarios}. Choose one with SCENARIO."),
                n=len(names),
                scenarios=shown,
            )
        name = names[0] if names else ""
    else:
        match = [n for n in names if n == scenario] or [n for n in names if n.lower() == scenario.lower()]
        if not match:
            raise VeerkrachtError(
                N_("Scenario '{scenario}' is not in the measures table. Available: {scenarios}."),
                scenario=scenario,
                scenarios=shown,
            )
        name = match[0]
    return measures[measures["scenario"] == name].copy(), name


def describe_row(row):
    """'scenario=A, buurtcode=BU1, maatregel=sloop, ...' – the row's values as the user wrote them."""
    parts = []
    for name in ("scenario", "buurtcode", "maatregel", "segment", "aantal", "aandeel"):
        value = row[name]
        if value != "":
            parts.append(f"{name}={value}")
    return ", ".join(parts)


#: at most this many problem rows are listed in one error message
MAX_ROW_PROBLEMS = 15


class _RowProblems:
    """Collects what is wrong with the measure rows, so that one message lists every bad row.

    A row is reported for its first problem only (later checks may depend on earlier ones).
    """

    def __init__(self, rows):
        self.rows = rows
        self.messages = {}

    def check(self, mask, template, **values):
        """Flag the rows where ``mask`` holds; values may be callables (row, i)."""
        for i in np.flatnonzero(np.asarray(mask, dtype=bool)):
            i = int(i)
            if i in self.messages:
                continue
            row = self.rows.iloc[i]
            filled = {k: (v(row, i) if callable(v) else v) for k, v in values.items()}
            self.messages[i] = Message(template, row=int(row["row"]), values=describe_row(row), **filled)

    def bad(self):
        """A bool mask of the rows flagged so far."""
        mask = np.zeros(len(self.rows), dtype=bool)
        mask[list(self.messages)] = True
        return mask

    def raise_if_any(self):
        if not self.messages:
            return
        ordered = [self.messages[i] for i in sorted(self.messages)]
        if len(ordered) == 1:
            raise VeerkrachtError(ordered[0].template, **ordered[0].values)
        shown = ordered[:MAX_ROW_PROBLEMS]
        if len(ordered) > len(shown):
            shown = shown + [Message(N_("… and {n} more rows."), n=len(ordered) - len(shown))]
        raise VeerkrachtError(
            N_("{n} measure rows cannot be used (nothing was written):\n{problems}"), n=len(ordered), problems=shown
        )


def _parse_number(texts):
    """Texts -> floats (',' decimal accepted); '' -> NaN; returns (values, unparsable mask)."""
    texts = pd.Series(texts, dtype=object)
    cleaned = texts.str.replace(",", ".", regex=False)
    values = pd.to_numeric(cleaned.where(cleaned != ""), errors="coerce").astype(float).to_numpy()
    bad = (texts != "").to_numpy() & ~np.isfinite(values)
    return values, bad


def validate_measures(rows, codes, valid, stock):
    """Check the selected rows against the buurten; returns arrays for :func:`evaluate`.

    ``codes``: buurt codes (array), ``valid``: bool array, ``stock``: (n, 3) int array (soc, ph, koop).
    Raises VeerkrachtError naming every offending row (each with its first problem).
    """
    problems = _RowProblems(rows)
    kind = rows["maatregel"].map(_keyword).to_numpy(dtype=object)
    segment = rows["segment"].map(_keyword).to_numpy(dtype=object)
    allowed_types = ", ".join(MEASURE_TYPES)
    allowed_segments = ", ".join(SEGMENTS)

    problems.check(rows["buurtcode"] == "", N_("Measure row {row} ({values}): the buurtcode is empty."))
    index = pd.Index(codes)
    position = index.get_indexer(rows["buurtcode"].to_numpy()) if index.is_unique else None
    if position is None:
        counts = pd.Series(codes).value_counts()
        duplicated = rows["buurtcode"].map(lambda c: counts.get(c, 0) > 1).to_numpy()
        problems.check(
            duplicated,
            N_("Measure row {row} ({values}): buurtcode '{code}' occurs {n} times in the buurt layer."),
            code=lambda r, i: r["buurtcode"],
            n=lambda r, i: int(counts.get(r["buurtcode"], 0)),
        )
        first = pd.Series(np.arange(len(codes)), index=codes)
        first = first[~first.index.duplicated()]
        position = first.reindex(rows["buurtcode"].to_numpy()).fillna(-1).astype(int).to_numpy()
    problems.check(
        position < 0,
        N_("Measure row {row} ({values}): unknown buurtcode '{code}': it is not in the buurt layer."),
        code=lambda r, i: r["buurtcode"],
    )
    problems.check(
        ~np.isin(kind, MEASURE_TYPES),
        N_("Measure row {row} ({values}): unknown maatregel '{value}'; use one of: {allowed}."),
        value=lambda r, i: r["maatregel"],
        allowed=allowed_types,
    )
    problems.check(
        (segment != "") & ~np.isin(segment, SEGMENTS),
        N_("Measure row {row} ({values}): unknown segment '{value}'; use one of: {allowed}."),
        value=lambda r, i: r["segment"],
        allowed=allowed_segments,
    )
    problems.check(
        np.isin(kind, NEEDS_SEGMENT) & (segment == ""),
        N_("Measure row {row} ({values}): {measure} needs a segment ({allowed})."),
        measure=lambda r, i: _keyword(r["maatregel"]),
        allowed=allowed_segments,
    )
    problems.check(
        (kind == "aankoop") & (segment == "sociale_huur"),
        N_("Measure row {row} ({values}): aankoop buys particuliere_huur or koop dwellings, not sociale_huur."),
    )
    amount, amount_bad = _parse_number(rows["aantal"])
    is_allocation = kind == "toewijzing"
    with np.errstate(invalid="ignore"):
        bad_amount = amount_bad | (
            ~is_allocation & (~np.isfinite(amount) | (amount < 0) | (np.floor(amount) != amount))
        )
        bad_amount |= is_allocation & np.isfinite(amount) & ((amount < 0) | (np.floor(amount) != amount))
    problems.check(
        bad_amount,
        N_("Measure row {row} ({values}): aantal must be a whole number of dwellings, 0 or more (found '{value}')."),
        value=lambda r, i: r["aantal"],
    )
    share, share_bad = _parse_number(rows["aandeel"])
    with np.errstate(invalid="ignore"):
        bad_share = share_bad | (np.isfinite(share) & ((share < 0) | (share > 1)))
    problems.check(
        bad_share,
        N_("Measure row {row} ({values}): aandeel must be a number from 0 to 1 (found '{value}')."),
        value=lambda r, i: r["aandeel"],
    )
    problems.check(
        is_allocation & ~np.isfinite(share),
        N_("Measure row {row} ({values}): toewijzing needs an aandeel from 0 to 1."),
    )
    known = position >= 0
    valid_at = np.zeros(len(rows), dtype=bool)
    valid_at[known] = np.asarray(valid, dtype=bool)[position[known]]
    problems.check(
        known & ~valid_at,
        N_(
            "Measure row {row} ({values}): buurt {code} has no dwellings or corporation share in the "
            "buurt layer, so the measure cannot be applied."
        ),
        code=lambda r, i: r["buurtcode"],
    )
    first_row = {}
    first_of = np.zeros(len(rows), dtype=np.int64)
    for i in np.flatnonzero(is_allocation & known):
        first_of[i] = first_row.setdefault(int(position[i]), int(rows["row"].iloc[i]))
    problems.check(
        is_allocation & (first_of != rows["row"].to_numpy()),
        N_("Measure row {row} ({values}): buurt {code} already has a toewijzing in row {first}."),
        code=lambda r, i: r["buurtcode"],
        first=lambda r, i: int(first_of[i]),
    )

    problems.raise_if_any()  # the stock check below needs every row to be readable

    # stock deltas per row: columns soc, ph, koop
    n = len(rows)
    amount = np.where(np.isfinite(amount), amount, 0.0).astype(np.int64)
    seg_col = pd.Series(segment).map({"sociale_huur": 0, "particuliere_huur": 1, "koop": 2}).fillna(-1)
    seg_col = seg_col.astype(int).to_numpy()
    delta = np.zeros((n, 3), dtype=np.int64)
    rows_idx = np.arange(n)
    for measure, sign in (("sloop", -1), ("nieuwbouw", 1)):
        hit = kind == measure
        delta[rows_idx[hit], seg_col[hit]] += sign * amount[hit]
    hit = kind == "verkoop"
    delta[hit, 0] -= amount[hit]
    delta[hit, 2] += amount[hit]
    hit = kind == "liberalisatie"
    delta[hit, 0] -= amount[hit]
    delta[hit, 1] += amount[hit]
    hit = kind == "aankoop"
    delta[rows_idx[hit], seg_col[hit]] -= amount[hit]
    delta[hit, 0] += amount[hit]

    if n:
        running = pd.DataFrame(delta).groupby(position, sort=False).cumsum().to_numpy() + stock[position]
        negative = (running < 0).any(axis=1)
        names = np.array(SEGMENTS, dtype=object)
        which = np.argmax(running < 0, axis=1)
        problems.check(
            negative,
            N_("Measure row {row} ({values}): this makes the {segment} stock of buurt {code} negative ({stock})."),
            segment=lambda r, i: names[which[i]],
            code=lambda r, i: r["buurtcode"],
            stock=lambda r, i: int(running[i].min()),
        )
    problems.raise_if_any()
    return {
        "position": position,
        "kind": kind,
        "segment": segment,
        "amount": amount,
        "share": share,
        "delta": delta,
    }


# ------------------------------------------------------------------------------------------------
# model


def _round_half_up(values):
    return np.floor(values + 0.5)


def _largest_remainder(total, weights, groups):
    """Integer spread of ``total[group]`` proportional to ``weights`` within each group (sums exact)."""
    result = np.zeros(len(weights), dtype=np.int64)
    frame = pd.DataFrame({"g": groups, "w": weights})
    frame = frame[frame["w"] > 0]
    if frame.empty:
        return result
    wsum = frame.groupby("g")["w"].transform("sum").to_numpy()
    tot = np.asarray([total.get(g, 0) for g in frame["g"]], dtype=float)
    exact = tot * frame["w"].to_numpy() / wsum
    base = np.floor(exact + EPS)
    rest = exact - base
    frame = frame.assign(base=base, rest=rest, tot=tot)
    frame["left"] = frame["tot"] - frame.groupby("g")["base"].transform("sum")
    frame["order"] = frame.groupby("g")["rest"].rank(method="first", ascending=False)
    extra = (frame["order"] <= frame["left"]).astype(int)
    result[frame.index.to_numpy()] = (frame["base"] + extra).astype(np.int64).to_numpy()
    return result


def _codes(series, count):
    shown = ", ".join(str(c) for c in series[:count])
    return shown + (" …" if len(series) > count else "")


def evaluate(buurten, measures, scenario=None, parameters=None):
    """Evaluate one scenario (method.md §3).

    ``buurten``: DataFrame (any index) with columns ``code``, ``gemeente``, optional ``regio``,
    ``woningen`` (or, as a fallback, ``huishoudens``), ``p_corporatie`` (%), optional ``p_koop`` (%),
    optional ``p_kwetsbaar`` (% of households), optional ``klasse`` (vk_klasse codes). Values may be
    text or CBS sentinels (-> missing).
    ``measures``: the output of :func:`read_measures` (or a raw table: it is read first).
    Returns a :class:`BalanceResult`; raises VeerkrachtError for invalid input.
    """
    p = parameters or BalanceParameters()
    if p.relative_risk < 1:
        raise VeerkrachtError(N_("RELATIVE_RISK must be 1 or more (found {value})."), value=p.relative_risk)
    if not 0 <= p.turnover <= 100:
        raise VeerkrachtError(N_("TURNOVER must be a percentage from 0 to 100 (found {value})."), value=p.turnover)
    messages = []
    if "row" not in measures.columns:
        measures = read_measures(measures)
    scenarios = list_scenarios(measures)
    rows, name = select_scenario(measures, scenario)
    rows = rows.reset_index(drop=True)

    n = len(buurten)
    index = buurten.index
    codes = _texts(buurten["code"])
    gemeente = _texts(buurten["gemeente"])
    has_region = "regio" in buurten.columns
    regio = _texts(buurten["regio"]) if has_region else None
    pool = regio if has_region else gemeente

    if "woningen" in buurten.columns:
        dwellings = _numbers(buurten["woningen"])
    elif "huishoudens" in buurten.columns:
        dwellings = _numbers(buurten["huishoudens"])
        messages.append(
            Message(N_("No dwellings field: the number of households is used as the number of dwellings."))
        )
    else:
        raise VeerkrachtError(N_("The buurt layer needs a dwellings (or households) field."))
    corp = _numbers(buurten["p_corporatie"])
    with np.errstate(invalid="ignore"):
        valid = np.isfinite(dwellings) & (dwellings >= 0) & np.isfinite(corp) & (corp >= 0) & (corp <= 100)
    if (~valid).any():
        messages.append(
            Message(
                N_("{n} buurt(en) have no valid dwellings count or corporation share and take no part: {codes}"),
                n=int((~valid).sum()),
                codes=_codes(codes[~valid], 10),
            )
        )
    W = np.where(valid, _round_half_up(np.where(valid, dwellings, 0)), 0).astype(np.int64)
    S = np.where(valid, _round_half_up(W * np.where(valid, corp, 0) / 100.0), 0).astype(np.int64)
    if "p_koop" in buurten.columns:
        owner = _numbers(buurten["p_koop"])
        with np.errstate(invalid="ignore"):
            owner_ok = np.isfinite(owner) & (owner >= 0) & (owner <= 100)
        if (valid & ~owner_ok).any():
            messages.append(
                Message(
                    N_("{n} buurt(en) have no owner-occupied share; their koop stock counts as 0: {codes}"),
                    n=int((valid & ~owner_ok).sum()),
                    codes=_codes(codes[valid & ~owner_ok], 10),
                )
            )
        koop = np.where(valid & owner_ok, _round_half_up(W * np.where(owner_ok, owner, 0) / 100.0), 0)
        koop = koop.astype(np.int64)
        over = valid & (koop > W - S)
        if over.any():
            messages.append(
                Message(
                    N_(
                        "{n} buurt(en): corporation share plus owner-occupied share exceed 100 %; koop is "
                        "reduced so that particuliere huur is not negative: {codes}"
                    ),
                    n=int(over.sum()),
                    codes=_codes(codes[over], 10),
                )
            )
            koop = np.minimum(koop, W - S)
    else:
        koop = np.zeros(n, dtype=np.int64)
        messages.append(
            Message(N_("No owner-occupied share: all dwellings that are not social rent count as particuliere huur."))
        )
    ph = W - S - koop
    stock = np.column_stack([S, ph, koop])

    checked = validate_measures(rows, codes, valid, stock)
    position, kind, delta = checked["position"], checked["kind"], checked["delta"]
    after = stock.copy()
    np.add.at(after, position, delta)
    S_na, ph_na, koop_na = after[:, 0], after[:, 1], after[:, 2]
    W_na = after.sum(axis=1)

    # --- 3. baseline concentration ---------------------------------------------------------------
    m = p.turnover / 100.0
    rho = p.relative_risk
    alloc = p.allocation_share / 100.0
    has_v = "p_kwetsbaar" in buurten.columns
    v = np.full(n, np.nan)
    u = np.full(n, np.nan)
    sigma0 = np.full(n, alloc)
    if has_v:
        raw = _numbers(buurten["p_kwetsbaar"]) / 100.0
        with np.errstate(invalid="ignore"):
            v_ok = valid & np.isfinite(raw) & (raw >= 0) & (raw <= 1) & (W > 0)
        if (valid & ~v_ok).any():
            messages.append(
                Message(
                    N_(
                        "{n} buurt(en) have no vulnerable share (or no dwellings); their concentration among "
                        "social tenants is taken as ALLOCATION_SHARE ({share} %): {codes}"
                    ),
                    n=int((valid & ~v_ok).sum()),
                    share=_fmt(p.allocation_share),
                    codes=_codes(codes[valid & ~v_ok], 10),
                )
            )
        v = np.where(v_ok, raw, np.nan)
        Wf, Sf = W.astype(float), S.astype(float)
        with np.errstate(invalid="ignore", divide="ignore"):
            u_plain = v * Wf / (Wf - Sf + rho * Sf)
            s_plain = rho * u_plain
            capped = v_ok & (s_plain > 1)
            u_cap = np.where(Wf > Sf, (v * Wf - Sf) / (Wf - Sf), 0.0)
        u = np.where(v_ok, np.where(capped, u_cap, u_plain), np.nan)
        sigma0 = np.where(v_ok, np.where(capped, 1.0, s_plain), alloc)
    a0 = sigma0.copy()

    # --- 4. waterbed -------------------------------------------------------------------------------
    V = m * S
    V_na = m * S_na
    fixed = np.zeros(n, dtype=bool)
    a_na = a0.copy()
    alloc_rows = kind == "toewijzing"
    fixed[position[alloc_rows]] = True
    a_na[position[alloc_rows]] = checked["share"][alloc_rows]
    pool_codes, pool_id = np.unique(np.where(valid, pool, ""), return_inverse=True)
    k = len(pool_codes)

    def gsum(values, mask):
        return np.bincount(pool_id, weights=np.where(mask, values, 0.0), minlength=k)

    D = gsum(a0 * V, valid)
    zeroed = np.zeros(n, dtype=bool)
    while True:
        F = valid & (fixed | zeroed)
        rest = valid & ~F
        fixed_place = gsum(np.where(zeroed, 0.0, a_na) * V_na, F)
        num = D - fixed_place - gsum(a0 * V_na, rest)
        den = gsum(V_na, rest)
        with np.errstate(invalid="ignore", divide="ignore"):
            delta_pool = np.where(den > EPS, num / np.where(den > EPS, den, 1.0), 0.0)
        a_rest = a0 + delta_pool[pool_id]
        negative = rest & (a_rest < -EPS) & (V_na > 0)
        if not negative.any():
            break
        zeroed |= negative
    a_na = np.where(fixed, a_na, np.where(zeroed, 0.0, a_rest))
    a_na = np.where(valid, a_na, np.nan)
    # buurten without vacancies after: a' is not used for placements; keep it in [0, 1]
    a_na = np.where(valid & ~fixed & (V_na <= 0), np.clip(a_na, 0.0, 1.0), a_na)
    over = valid & (a_na > 1 + EPS)
    unplaced_b = np.where(over, (a_na - 1.0) * V_na, 0.0)
    a_shown = np.where(over, 1.0, a_na)
    unplaced_pool = gsum(unplaced_b, valid)
    stuck = np.where(den <= EPS, num, 0.0)  # no rest buurt can absorb: + missing, - surplus
    unplaced_pool += np.maximum(stuck, 0.0)
    surplus_pool = np.maximum(-stuck, 0.0)
    P_voor = np.where(valid, a0 * V, np.nan)
    P_na = np.where(valid, a_shown * V_na, np.nan)

    infeasibility = []
    area_word = "regio" if has_region else "gemeente"
    for j, code in enumerate(pool_codes):
        in_pool = valid & (pool_id == j)
        if not in_pool.any():
            continue
        if unplaced_pool[j] > 1e-6:
            infeasibility.append(
                Message(
                    N_(
                        "Scenario not feasible in {level} {area}: {n} placements of aandachtsgroepen per year "
                        "cannot be made; buurten that would need more than 100 % of their social vacancies: "
                        "{codes}"
                    ),
                    level=area_word,
                    area=code,
                    n=_fmt(unplaced_pool[j], 1),
                    codes=_codes(codes[in_pool & over], 10) or "–",
                )
            )
        if surplus_pool[j] > 1e-6:
            infeasibility.append(
                Message(
                    N_(
                        "Scenario not feasible in {level} {area}: the fixed allocations (toewijzing) place "
                        "{n} more aandachtsgroepen per year than there are today, and no other buurt can "
                        "take fewer."
                    ),
                    level=area_word,
                    area=code,
                    n=_fmt(surplus_pool[j], 1),
                )
            )
        hit = in_pool & zeroed
        if hit.any():
            messages.append(
                Message(
                    N_(
                        "{level} {area}: {n} buurt(en) would get a negative allocation share; it is set to 0 "
                        "and the change is spread over the other buurten: {codes}"
                    ),
                    level=area_word,
                    area=code,
                    n=int(hit.sum()),
                    codes=_codes(codes[hit], 10),
                )
            )
    feasible_pool = (unplaced_pool <= 1e-6) & (surplus_pool <= 1e-6)

    # --- 5. outlook ----------------------------------------------------------------------------------
    decay = (1.0 - m) ** p.horizon
    sigmaH = np.where(valid, a_shown + (sigma0 - a_shown) * decay, np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        vH = (sigmaH * S_na + u * (W_na - S_na)) / W_na
    vH = np.where(valid & np.isfinite(v) & (W_na > 0), vH, np.nan)
    threshold = p.concentration_threshold / 100.0
    kantelt = pd.array(
        np.where(np.isfinite(vH) & np.isfinite(v), (vH >= threshold - EPS) & (v < threshold), False), dtype="boolean"
    )
    kantelt[~(np.isfinite(vH) & np.isfinite(v))] = pd.NA

    # --- 1. stock report + 2. compensation -------------------------------------------------------
    target = p.target_social_share / 100.0
    room = np.where(valid, target * W_na - S_na, np.nan)
    has_class = "klasse" in buurten.columns
    if has_class:
        klasse = _keywords(buurten["klasse"])
        class_ok = (klasse != "") & ~np.isin(klasse, NOT_A_CANDIDATE)
    else:
        class_ok = np.ones(n, dtype=bool)
    with np.errstate(invalid="ignore"):
        candidate = valid & class_ok & (room > EPS) & (W_na > 0)

    removed_soc = np.zeros(n)
    added_soc = np.zeros(n)
    seg = checked["segment"]
    amount = checked["amount"]
    soc_loss = ((kind == "sloop") & (seg == "sociale_huur")) | np.isin(kind, ("verkoop", "liberalisatie"))
    soc_gain = ((kind == "nieuwbouw") & (seg == "sociale_huur")) | (kind == "aankoop")
    np.add.at(removed_soc, position[soc_loss], amount[soc_loss])
    np.add.at(added_soc, position[soc_gain], amount[soc_gain])
    nb = kind == "nieuwbouw"
    new_total = np.zeros(n)
    new_soc = np.zeros(n)
    new_ph = np.zeros(n)
    np.add.at(new_total, position[nb], amount[nb])
    np.add.at(new_soc, position[nb & (seg == "sociale_huur")], amount[nb & (seg == "sociale_huur")])
    np.add.at(new_ph, position[nb & (seg == "particuliere_huur")], amount[nb & (seg == "particuliere_huur")])

    model = pd.DataFrame(
        {
            "code": codes,
            "gemeente": gemeente,
            "regio": regio if has_region else "",
            "pool": pool,
            "valid": valid,
            "W": W,
            "S": S,
            "koop": koop,
            "ph": ph,
            "W_na": W_na,
            "S_na": S_na,
            "koop_na": koop_na,
            "ph_na": ph_na,
            "v": v,
            "u": u,
            "sigma0": np.where(valid, sigma0, np.nan),
            "a0": np.where(valid, a0, np.nan),
            "a_na": a_shown,
            "a_na_raw": a_na,
            "V": V,
            "V_na": V_na,
            "P_voor": P_voor,
            "P_na": P_na,
            "sigmaH": sigmaH,
            "vH": vH,
            "kantelt": kantelt,
            "fixed": fixed,
            "zeroed": zeroed,
            "room": room,
            "candidate": candidate,
            "removed_soc": removed_soc,
            "added_soc": added_soc,
            "new_total": new_total,
            "new_soc": new_soc,
            "new_ph": new_ph,
            "delta": np.where(valid, delta_pool[pool_id] * 100.0, np.nan),
            "feasible": np.where(valid, feasible_pool[pool_id], True),
            "unplaced": unplaced_b,
        },
        index=index,
    )

    gem_rows = _aggregate(model[valid], ["gemeente"], target)
    comp = dict(zip(gem_rows["gemeente"], gem_rows["compensatie_nodig"]))
    weights = np.where(candidate, room, 0.0)
    spread = _largest_remainder(comp, weights, gemeente)
    model["compensatie"] = np.where(valid, spread, 0)
    model["rank"] = (
        pd.Series(np.where(candidate, room, np.nan), index=index)
        .groupby(gemeente)
        .rank(method="first", ascending=False)
        .to_numpy()
    )
    for row in gem_rows[gem_rows["compensatie_nodig"] > 0].to_dict("records"):
        area, need = row["gemeente"], int(row["compensatie_nodig"])
        in_g = candidate & (gemeente == area)
        if not in_g.any():
            messages.append(
                Message(
                    N_(
                        "Gemeente {area}: {n} social dwellings need compensation, but no buurt qualifies as a "
                        "candidate (valid, not under pressure, social share below the target)."
                    ),
                    area=area,
                    n=need,
                )
            )
        elif need > room[in_g].sum() + EPS:
            messages.append(
                Message(
                    N_(
                        "Gemeente {area}: the compensation ({n}) is larger than the room below the target in "
                        "the candidate buurten ({room}); the suggested spread takes them above the target."
                    ),
                    area=area,
                    n=need,
                    room=_fmt(room[in_g].sum(), 0),
                )
            )
    for row in gem_rows[gem_rows["nieuwbouw"] > 0].to_dict("records"):
        share = row["nieuwbouw_betaalbaar_aandeel"]
        if pd.notna(share) and share < AFFORDABLE_NORM * 100 - EPS:
            messages.append(
                Message(
                    NORM_BREACH,
                    area=row["gemeente"],
                    share=_fmt(share, 1),
                )
            )

    summary = _summary(model, valid, has_region, target, name, delta_pool, feasible_pool, pool_codes, unplaced_pool,
                       gem_rows.copy())
    buurt_fields = _buurt_fields(model, valid)
    return BalanceResult(
        scenario=name,
        scenarios=scenarios,
        parameters=p,
        buurten=buurt_fields,
        model=model,
        summary=summary,
        measures=rows,
        messages=messages + infeasibility,
        infeasibility=infeasibility,
        has_vulnerable=has_v,
        has_region=has_region,
    )


def _fmt(value, digits=1):
    """A number for messages: written with the reader's decimal mark when the message is formatted."""
    return Number(value, digits)


def _aggregate(frame, keys, target):
    """Stock figures for the groups in ``frame`` (valid buurten)."""
    cols = ["W", "W_na", "S", "S_na", "removed_soc", "added_soc", "new_total", "new_soc", "new_ph", "P_voor", "P_na",
            "unplaced"]
    if len(keys) == 1:  # the usual case: sums with bincount over one factorisation (much faster than groupby)
        codes, uniques = pd.factorize(frame[keys[0]], sort=True)
        index = pd.Index(uniques, name=keys[0])
        sums = {c: np.bincount(codes, weights=frame[c].to_numpy(dtype=float), minlength=len(uniques)) for c in cols}
        kant = np.bincount(codes, weights=frame["kantelt"].fillna(False).to_numpy(dtype=float),
                           minlength=len(uniques))
    else:
        grouped = frame.groupby(keys, sort=True)[cols].sum()
        index = grouped.index
        sums = {c: grouped[c].to_numpy(dtype=float) for c in cols}
        kant = (frame["kantelt"].fillna(False).astype(bool).groupby([frame[k] for k in keys]).sum()
                .reindex(index).fillna(0).to_numpy(dtype=float))
    # numpy column by column, one DataFrame at the end: pandas assignments cost more than the sums
    W, W_na, S, S_na = sums["W"], sums["W_na"], sums["S"], sums["S_na"]
    with np.errstate(invalid="ignore", divide="ignore"):
        share_before = np.where(W > 0, 100.0 * S / np.where(W > 0, W, 1), np.nan)
        share_after = np.where(W_na > 0, 100.0 * S_na / np.where(W_na > 0, W_na, 1), np.nan)
        total = np.where(sums["new_total"] > 0, sums["new_total"], np.nan)
        social_new = 100.0 * sums["new_soc"] / total
        affordable_new = 100.0 * (sums["new_soc"] + sums["new_ph"]) / total
    gap = np.maximum(0.0, target * W_na - S_na)
    out = pd.DataFrame({
        "woningen_voor": W.astype(np.int64),
        "woningen_na": W_na.astype(np.int64),
        "sociale_huur_voor": S.astype(np.int64),
        "sociale_huur_na": S_na.astype(np.int64),
        "aandeel_voor": share_before,
        "aandeel_na": share_after,
        "doel": np.full(len(W), target * 100.0),
        "tekort": np.ceil(gap - EPS).astype(np.int64),
        "netto_sociaal": (S_na - S).astype(np.int64),
        "compensatie_nodig": np.maximum(0, sums["removed_soc"] - sums["added_soc"]).astype(np.int64),
        "nieuwbouw": sums["new_total"].astype(np.int64),
        "nieuwbouw_sociaal_aandeel": social_new,
        "nieuwbouw_betaalbaar_aandeel": affordable_new,
        "plaatsingen": sums["P_voor"],
        "plaatsingen_na": sums["P_na"],
        "niet_plaatsbaar": sums["unplaced"],
        "buurten_kantelen": kant.astype(np.int64),
    }, index=index)
    return out.reset_index()


def _summary(model, valid, has_region, target, scenario, delta_pool, feasible_pool, pool_codes, unplaced_pool, gem):
    frame = model[valid]
    columns = [c for c, _kind in SUMMARY_COLUMNS]
    pool_delta = dict(zip(pool_codes, delta_pool * 100.0))
    pool_feasible = dict(zip(pool_codes, feasible_pool))
    pool_unplaced = dict(zip(pool_codes, unplaced_pool))
    gem_regio = frame.groupby("gemeente")["regio"].first() if has_region else None
    gem_pool = frame.groupby("gemeente")["pool"].first()
    gem["niveau"] = "gemeente"
    gem["regio"] = gem["gemeente"].map(gem_regio) if has_region else ""
    gem["delta_toewijzing"] = gem["gemeente"].map(gem_pool).map(pool_delta)
    gem["haalbaar"] = gem["gemeente"].map(gem_pool).map(pool_feasible).astype(bool)
    if not has_region:
        # missing placements that no buurt could absorb belong to the gemeente (= the pool)
        stuck = gem["gemeente"].map(pool_unplaced) - gem["niet_plaatsbaar"]
        gem["niet_plaatsbaar"] = gem["niet_plaatsbaar"] + stuck.clip(lower=0)
    parts = [gem]
    if has_region:
        reg = _aggregate(frame, ["regio"], target)
        reg["niveau"] = "regio"
        reg["gemeente"] = ""
        reg["delta_toewijzing"] = reg["regio"].map(pool_delta)
        reg["haalbaar"] = reg["regio"].map(pool_feasible).astype(bool)
        reg["niet_plaatsbaar"] = reg["regio"].map(pool_unplaced)
        parts.append(reg)
    out = pd.concat(parts, ignore_index=True)
    out["scenario"] = scenario
    return out[columns]


def _buurt_fields(model, valid):
    def pct(values):
        return np.where(valid, 100.0 * values, np.nan)

    with np.errstate(invalid="ignore", divide="ignore"):
        share_voor = np.where(model["W"] > 0, model["S"] / model["W"].where(model["W"] > 0, 1), np.nan)
        share_na = np.where(model["W_na"] > 0, model["S_na"] / model["W_na"].where(model["W_na"] > 0, 1), np.nan)

    def ints(values):
        return pd.arrays.IntegerArray(np.where(valid, values, 0).astype(np.int64), ~np.asarray(valid, dtype=bool))

    out = pd.DataFrame(index=model.index)
    out["vk_soc_voor"] = ints(model["S"].to_numpy())
    out["vk_soc_na"] = ints(model["S_na"].to_numpy())
    out["vk_won_voor"] = ints(model["W"].to_numpy())
    out["vk_won_na"] = ints(model["W_na"].to_numpy())
    out["vk_socaandeel_voor"] = pct(share_voor)
    out["vk_socaandeel_na"] = pct(share_na)
    out["vk_plaatsing_voor"] = model["P_voor"].to_numpy()
    out["vk_plaatsing_na"] = model["P_na"].to_numpy()
    out["vk_kwetsbaar_voor"] = pct(model["v"].to_numpy())
    out["vk_kwetsbaar_na"] = pct(model["vH"].to_numpy())
    out["vk_kantelt"] = model["kantelt"].to_numpy()
    out["vk_compensatie"] = ints(model["compensatie"].to_numpy())
    out["vk_toewijzing_voor"] = pct(model["a0"].to_numpy())
    out["vk_toewijzing_na"] = pct(model["a_na"].to_numpy())
    out["vk_soc_kwetsbaar_voor"] = pct(model["sigma0"].to_numpy())
    out["vk_soc_kwetsbaar_na"] = pct(model["sigmaH"].to_numpy())
    return out
