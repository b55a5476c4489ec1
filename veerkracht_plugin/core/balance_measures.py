"""The measures table of the citywide balance (method.md §3): reading, choosing a scenario, validating.

Part of :mod:`.balance` (which re-exports every public name here); pure numpy/pandas. The rules where
method.md is silent are in the docstring of :mod:`.balance` ("Measures").
"""

from __future__ import annotations

from typing import Dict, List, Tuple

from .cbs import SENTINEL_MAX, numeric
from .lazy import lazy_module
from .messages import N_, Message, VeerkrachtError

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


def read_measures(frame: pd.DataFrame) -> pd.DataFrame:
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


def list_scenarios(measures: pd.DataFrame) -> List[str]:
    """The scenario names in a (read) measures table, in order of appearance."""
    return list(dict.fromkeys(measures["scenario"].tolist()))


def select_scenario(measures: pd.DataFrame, scenario: str | None = None) -> Tuple[pd.DataFrame, str]:
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


def describe_row(row) -> str:
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


def validate_measures(rows: pd.DataFrame, codes, valid, stock) -> Dict[str, np.ndarray]:
    """Check the selected rows against the buurten; returns arrays for :func:`.balance.evaluate`.

    ``codes``: buurt codes (array), ``valid``: bool array, ``stock``: (n, 3) int array (soc, ph, koop).
    Raises VeerkrachtError naming every offending row (each with its first problem). Returns ``position``
    (the buurt of each row), ``kind``, ``segment``, ``amount`` (int), ``share`` and ``delta`` (the (rows, 3)
    stock change of each row).
    """
    problems = _RowProblems(rows)
    kind = rows["maatregel"].map(_keyword).to_numpy(dtype=object)
    segment = rows["segment"].map(_keyword).to_numpy(dtype=object)
    # the checks in this order: a row is reported for its first problem
    position = _check_buurtcodes(problems, rows, codes)
    _check_keywords(problems, kind, segment)
    amount, share = _check_numbers(problems, rows, kind)
    _check_buurten(problems, rows, kind, position, valid)
    problems.raise_if_any()  # the stock check below needs every row to be readable

    amount = np.where(np.isfinite(amount), amount, 0.0).astype(np.int64)
    delta = _stock_deltas(kind, segment, amount)
    _check_stock(problems, rows, position, delta, stock)
    problems.raise_if_any()
    return {
        "position": position,
        "kind": kind,
        "segment": segment,
        "amount": amount,
        "share": share,
        "delta": delta,
    }


def _check_buurtcodes(problems, rows, codes):
    """The buurt of each row (its position in ``codes``, -1 when unknown); flags empty, duplicated and unknown
    codes."""
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
    return position


def _check_keywords(problems, kind, segment):
    """Flags unknown maatregel and segment values and a missing or wrong segment."""
    allowed_segments = ", ".join(SEGMENTS)
    problems.check(
        ~np.isin(kind, MEASURE_TYPES),
        N_("Measure row {row} ({values}): unknown maatregel '{value}'; use one of: {allowed}."),
        value=lambda r, i: r["maatregel"],
        allowed=", ".join(MEASURE_TYPES),
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


def _check_numbers(problems, rows, kind):
    """``aantal`` and ``aandeel`` as floats (NaN when empty); flags the values that cannot be used."""
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
    return amount, share


def _check_buurten(problems, rows, kind, position, valid):
    """Flags measures on an invalid buurt and a second toewijzing for the same buurt."""
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
    is_allocation = kind == "toewijzing"
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


def _stock_deltas(kind, segment, amount):
    """The stock change of each row: an int array (rows, 3) with the columns soc, ph, koop."""
    n = len(kind)
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
    return delta


def _check_stock(problems, rows, position, delta, stock):
    """Flags the first row (in table order) that takes a segment of its buurt below zero."""
    if not len(rows):
        return
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


#: plausibility: the new build of one buurt in a scenario may be at most this many times its dwellings …
NEW_BUILD_MULTIPLE = 10
#: … where a buurt with fewer dwellings counts as this many (so an empty buurt may get up to 2,000)
NEW_BUILD_FLOOR = 200


def require_measures(measures: pd.DataFrame) -> None:
    """A clear error for a measures table without rows (there is no scenario to check)."""
    if not len(measures):
        raise VeerkrachtError(N_(
            "The measures table has no rows, so there is no scenario to check. Add one row per measure: "
            "scenario, buurtcode, maatregel, segment, aantal (and aandeel for toewijzing)."))


def check_plausible(rows: pd.DataFrame, checked: Dict[str, np.ndarray], gemeente, dwellings, valid) -> None:
    """Flags implausible numbers (nothing is written): a row whose aantal exceeds all dwellings of its
    gemeente, and new build in a buurt above :data:`NEW_BUILD_MULTIPLE` × max(its dwellings,
    :data:`NEW_BUILD_FLOOR`) (the rows of the buurt in table order; the row that passes the limit is named)."""
    if not len(rows):
        return
    problems = _RowProblems(rows)
    position, kind, amount = checked["position"], checked["kind"], checked["amount"]
    valid = np.asarray(valid, dtype=bool)
    W = np.where(valid, np.asarray(dwellings, dtype=float), 0.0)
    groups, codes = pd.factorize(pd.Series(np.asarray(gemeente, dtype=object)))
    gem_stock = np.bincount(groups, weights=W, minlength=len(codes))[groups]
    problems.check(
        (kind != "toewijzing") & (amount > gem_stock[position]),
        N_("Measure row {row} ({values}): aantal {n} is more than all {stock} dwellings of gemeente {area}; check "
           "the number."),
        n=lambda r, i: int(amount[i]),
        stock=lambda r, i: int(gem_stock[position[i]]),
        area=lambda r, i: str(np.asarray(gemeente, dtype=object)[position[i]]),
    )
    new = np.where(kind == "nieuwbouw", amount, 0)
    running = pd.Series(new).groupby(position, sort=False).cumsum().to_numpy()
    limit = NEW_BUILD_MULTIPLE * np.maximum(W[position], NEW_BUILD_FLOOR)
    problems.check(
        (kind == "nieuwbouw") & (running > limit),
        N_("Measure row {row} ({values}): the new build in buurt {code} comes to {n} dwellings, more than "
           "{multiple} times its {stock} dwellings (at most {limit}); check the number."),
        code=lambda r, i: r["buurtcode"],
        n=lambda r, i: int(running[i]),
        multiple=NEW_BUILD_MULTIPLE,
        stock=lambda r, i: int(W[position[i]]),
        limit=lambda r, i: int(limit[i]),
    )
    problems.raise_if_any()
