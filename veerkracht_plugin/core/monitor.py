"""The monitor over time (method.md §5): method §1 on several periods of one buurt layer.

The layer holds every indicator, the population (and households) for k >= 3 years as wide fields
``<stem>_<year>`` (``p_laag_inkomen_2016``, ``inwoners_2018``, ...). The periods are the consecutive pairs
(Y1, Y2), ..., (Yk-1, Yk) and the whole span (Y1, Yk); each is scored by :func:`method.score_period`, the same
code as ``veerkracht:score``, on that pair's fields (own validity, own reference set, own σ)::

    stems = Stems(population="inwoners", vulnerability=["p_laag_inkomen"], problems=["lbm_onv"])
    result = run(frame, code="buurtcode", gemeente="gemeentecode", years=[2016, 2018, 2022], stems=stems)
    result.buurt        # vk_traject, vk_n_onder_druk, vk_aanhoudend and the span's §1 fields (suffix _span)
    result.monitor      # the long table vk_monitor: one row per buurt and period
    result.transitions  # vk_overgangen: from-class x to-class counts per pair of consecutive periods
    result.perspectives # what followed the perspectives (descriptive), empty without tags

Choices where method.md is silent (also in docs/method.md):

* A period scores with t1's population (and households) as §1 does, and passes t0's to §1's size check at t0.
* ``BOUNDARY_FLAG_FIELD``: when fields ``<flag>_<year>`` exist, a period uses the flag of its t1 year (for the
  span: any period's flag 3 makes the span ``indeling``, taken as the largest of its years' flags);
  otherwise the one field serves every period.
* ``vk_n_onder_druk`` counts the consecutive periods (not the span) classed ``onder_druk``.
* ``vk_aanhoudend`` is NULL when one of the last two consecutive periods has no class (``geen_gegevens``):
  whether pressure persisted is then unknown.
* The span's fields are §1's fields except ``vk_corpbuurt`` (a fact about the stock, not a change; the monitor
  reads no corporation share).
* ``vk_monitor`` holds the span too (its ``periode`` is ``Y1–Yk``).
* ``vk_overgangen`` lists every pair of the five classes for each pair of consecutive periods, zeros included.
* What followed the perspectives: a buurt counts as tagged for a later period when its ``vk_bijgewerkt``
  lies before 1 January of that period's first year and a perspective is at level >= 2; it is compared with
  the other buurten of the same class in the period before (valid in both periods, not so tagged). ΔP is
  weighted by the later period's population at t1, as in §1.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from typing import Dict, List, Sequence

from . import method
from .fields import HP_FIELDS, STAMP_FIELD
from .lazy import lazy_module
from .messages import N_, Message, VeerkrachtError

np = lazy_module("numpy")
pd = lazy_module("pandas")

MIN_YEARS = 3
SPAN = "_span"
#: the classes of a valid buurt, in legend order
VALID_CLASSES = tuple(c for c in method.LEGEND_ORDER if c != method.NO_DATA)
#: classes that mean pressure (vk_aanhoudend)
PRESSURE = ("onder_druk", "problemen")
#: the smallest tag level that counts as a perspective chosen (method §5)
TAG_LEVEL = 2

#: the §1 fields of the whole span, with suffix _span
SPAN_FIELDS = tuple((f"{name}{SPAN}", kind) for name, kind in method.OUTPUT_FIELDS.items() if name != "vk_corpbuurt")
#: what the monitor adds to the buurt layer copy, in output order
BUURT_FIELDS = (("vk_traject", "string"), ("vk_n_onder_druk", "int"), ("vk_aanhoudend", "bool"), *SPAN_FIELDS)
#: the long table vk_monitor
MONITOR_COLUMNS = (
    ("buurtcode", "string"), ("periode", "string"), ("jaar_t0", "int"), ("jaar_t1", "int"),
    ("vk_klasse", "string"), ("vk_klasse_rel", "string"), ("vk_dk", "double"), ("vk_dp", "double"),
    ("vk_score", "double"), ("vk_reden", "string"),
)
#: the table vk_overgangen
TRANSITION_COLUMNS = (
    ("periode_van", "string"), ("periode_naar", "string"), ("klasse_van", "string"), ("klasse_naar", "string"),
    ("aantal", "int"),
)
#: the table vk_perspectieven (what followed the perspectives; descriptive)
PERSPECTIVE_COLUMNS = (
    ("periode", "string"), ("klasse_voor", "string"), ("perspectief", "string"), ("n_getagd", "int"),
    ("dp_getagd", "double"), ("n_overig", "int"), ("dp_overig", "double"),
)


@dataclass(frozen=True)
class Period:
    """One period t0 -> t1 of the monitor; ``span`` for the whole span (Y1, Yk)."""

    t0: int
    t1: int
    span: bool = False

    @property
    def label(self) -> str:
        return f"{self.t0}–{self.t1}"


@dataclass(frozen=True)
class Stems:
    """Field stems (``<stem>_<year>``): population, households (optional), indicators; the boundary flag is a
    stem when ``<flag>_<year>`` fields exist, else one field for every period."""

    population: str
    vulnerability: Sequence[str]
    problems: Sequence[str]
    households: str | None = None
    boundary_flag: str | None = None


@dataclass
class MonitorResult:
    """What :func:`run` returns."""

    years: List[int]
    periods: List[Period]
    results: Dict[Period, method.ScoreResult]
    buurt: pd.DataFrame
    monitor: pd.DataFrame
    transitions: pd.DataFrame
    perspectives: pd.DataFrame
    warnings: list = field(default_factory=list)

    @property
    def consecutive(self) -> List[Period]:
        return [p for p in self.periods if not p.span]


# --- years, periods and fields ------------------------------------------------------------------


def parse_years(text: str | Sequence) -> List[int]:
    """The years from ``"2016, 2018, 2022"`` (commas, semicolons or spaces), ascending; at least three."""
    if isinstance(text, str):
        parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    else:
        parts = list(text or [])
    years = []
    for part in parts:
        try:
            number = float(str(part).strip())
        except ValueError:
            raise VeerkrachtError(N_("Year '{value}' is not a number."), value=str(part).strip()) from None
        if not number.is_integer() or not 1900 <= number <= 2200:
            raise VeerkrachtError(N_("Year '{value}' is not a year."), value=str(part).strip())
        if int(number) in years:
            raise VeerkrachtError(N_("Year {year} is given twice."), year=int(number))
        years.append(int(number))
    if len(years) < MIN_YEARS:
        raise VeerkrachtError(
            N_("The monitor needs at least {min} years (got {n}); for two years use veerkracht:score."),
            min=MIN_YEARS, n=len(years),
        )
    return sorted(years)


def periods(years: Sequence[int]) -> List[Period]:
    """The consecutive pairs of ``years`` (ascending), then the whole span."""
    pairs = [Period(a, b) for a, b in zip(years[:-1], years[1:])]
    return [*pairs, Period(years[0], years[-1], span=True)]


def year_field(available: Sequence[str], stem: str, year: int) -> str | None:
    """The field ``<stem>_<year>`` of ``available`` (case-insensitive), or None."""
    by_lower = {name.lower(): name for name in available}
    return by_lower.get(f"{stem}_{year}".lower())


def check_stems(available: Sequence[str], stems: Stems, years: Sequence[int], households_required: bool = False):
    """Checks that every ``<stem>_<year>`` field exists; returns (stems, warnings).

    Households are dropped (warning) when a year lacks them, unless ``households_required`` (then an error).
    """
    warnings = []
    wanted = [stems.population, *stems.vulnerability, *stems.problems]
    if not stems.vulnerability:
        raise VeerkrachtError(N_("Choose at least one vulnerability indicator for t0 and for t1."))
    if not stems.problems:
        raise VeerkrachtError(N_("Choose at least one problem indicator for t0 and for t1."))
    absent = [f"{stem}_{year}" for stem in wanted for year in years if year_field(available, stem, year) is None]
    if absent:
        raise VeerkrachtError(
            N_("Field(s) missing from the input: {fields}. The monitor reads one field per year, <stem>_<year>."),
            fields=_names(absent),
        )
    if stems.households:
        missing = [year for year in years if year_field(available, stems.households, year) is None]
        if missing and households_required:
            raise VeerkrachtError(
                N_("Field(s) missing from the input: {fields}. The monitor reads one field per year, "
                   "<stem>_<year>."),
                fields=_names([f"{stems.households}_{year}" for year in missing]),
            )
        if missing:
            warnings.append(Message(N_("No households field '{stem}_<year>' for every year: the households "
                                       "minimum is not used."), stem=stems.households))
            stems = replace(stems, households=None)
    if stems.boundary_flag and not (
        stems.boundary_flag.lower() in {a.lower() for a in available}
        or all(year_field(available, stems.boundary_flag, y) for y in years[1:])
    ):
        raise VeerkrachtError(N_("Field(s) missing from the input: {fields}."), fields=f"'{stems.boundary_flag}'")
    return stems, warnings


def _names(names, limit=5):
    quoted = [f"'{name}'" for name in names]
    return ", ".join(quoted[:limit]) + (" …" if len(quoted) > limit else "")


def _flag_fields(available, stems, period, years):
    """The boundary flag field(s) of a period: per-year flags of its years after t0, else the one field."""
    if not stems.boundary_flag:
        return []
    later = [y for y in years if period.t0 < y <= period.t1]
    per_year = [year_field(available, stems.boundary_flag, y) for y in later]
    if all(per_year):
        return per_year
    by_lower = {name.lower(): name for name in available}
    return [by_lower[stems.boundary_flag.lower()]]


def period_columns(available: Sequence[str], stems: Stems, period: Period, flag: str | None = None):
    """The :class:`method.PeriodColumns` of one period (fields checked by :func:`check_stems`)."""
    def at(stem, year):
        return year_field(available, stem, year)

    return method.PeriodColumns(
        population=at(stems.population, period.t1),
        vulnerability_t0=[at(s, period.t0) for s in stems.vulnerability],
        vulnerability_t1=[at(s, period.t1) for s in stems.vulnerability],
        problems_t0=[at(s, period.t0) for s in stems.problems],
        problems_t1=[at(s, period.t1) for s in stems.problems],
        households=at(stems.households, period.t1) if stems.households else None,
        boundary_flag=flag,
        population_t0=at(stems.population, period.t0),  # §1's size check at t0 (method v2)
        households_t0=at(stems.households, period.t0) if stems.households else None,
    )


def needed_fields(available: Sequence[str], stems: Stems, years: Sequence[int]) -> List[str]:
    """Every field of the layer the monitor reads (after :func:`check_stems`), without the code fields."""
    names = []
    for stem in (stems.population, stems.households, *stems.vulnerability, *stems.problems):
        if stem:
            names += [year_field(available, stem, y) for y in years]
    for period in periods(years):
        names += _flag_fields(available, stems, period, years)
    names += [name for name in available if name.lower() in {f.lower() for f in (*HP_FIELDS, STAMP_FIELD)}]
    return list(dict.fromkeys(n for n in names if n))


# --- the run --------------------------------------------------------------------------------------


def run(frame: pd.DataFrame, *, code: str, gemeente: str | None, years: Sequence[int] | str, stems: Stems,
        vulnerability_weights=None, problems_higher_is_better: bool = True,
        min_population: float = method.MIN_POPULATION, min_households: float | None = method.MIN_HOUSEHOLDS,
        deadband: float = method.DEADBAND, households_required: bool = False) -> MonitorResult:
    """Score every period of ``years`` with §1 and derive the monitor's fields and tables (method.md §5)."""
    years = parse_years(years)
    available = list(frame.columns)
    stems, warnings = check_stems(available, stems, years, households_required)
    method.check_fields(frame, [code, *([gemeente] if gemeente else []), *needed_fields(available, stems, years)])
    codes = method.buurt_codes(frame, code)
    all_periods = periods(years)
    results, weights = {}, {}
    settings = None
    for period in all_periods:
        flags = _flag_fields(available, stems, period, years)
        work, flag = _with_span_flag(frame, flags)
        columns = period_columns(available, stems, period, flag)
        if settings is None:
            settings = method.check_settings(columns, vulnerability_weights, None, problems_higher_is_better,
                                             min_population, min_households, deadband)
        try:
            result = method.score_period(work, codes, columns, settings, gemeente=gemeente)
        except VeerkrachtError as error:
            raise VeerkrachtError(N_("Period {period}: {message}"), period=period.label,
                                  message=error.message) from None
        warnings += [Message(N_("Period {period}: {message}"), period=period.label, message=m)
                     for m in result.warnings]
        results[period] = result
        weights[period] = method.numeric_column(work, columns.population)
    consecutive = [p for p in all_periods if not p.span]
    span = all_periods[-1]
    buurt = buurt_fields(results, consecutive, span, frame.index)
    monitor = monitor_table(results, all_periods, codes)
    transitions = transition_table(results, consecutive)
    perspectives = perspective_table(frame, results, consecutive, weights)
    return MonitorResult(years=years, periods=all_periods, results=results, buurt=buurt, monitor=monitor,
                         transitions=transitions, perspectives=perspectives, warnings=warnings)


_SPAN_FLAG = "__vk_monitor_flag"


def _with_span_flag(frame, flags):
    """(frame, flag field): one flag field as it is; several (the span) combined as their largest value
    (3 = changed in any year, CBS's own codes 1-4 otherwise) in a column of a shallow copy."""
    if not flags:
        return frame, None
    if len(flags) == 1:
        return frame, flags[0]
    values = np.column_stack([method.numeric_column(frame, f) for f in flags])
    changed = (values == method.BOUNDARY_CHANGED).any(axis=1)
    combined = np.where(changed, float(method.BOUNDARY_CHANGED), values[:, -1])
    work = frame.assign(**{_SPAN_FLAG: combined})
    return work, _SPAN_FLAG


# --- derived fields and tables -------------------------------------------------------------------


def trajectories(classes: pd.DataFrame) -> pd.DataFrame:
    """vk_traject, vk_n_onder_druk and vk_aanhoudend from the consecutive periods' classes (one column per
    period, in order; rows = buurten)."""
    values = classes.astype(object).to_numpy()
    traject = [">".join(row) for row in values]
    n_druk = (values == "onder_druk").sum(axis=1).astype(int)
    last = values[:, -2:]
    unknown = (last == method.NO_DATA).any(axis=1)
    persists = np.isin(last, PRESSURE).all(axis=1)
    aanhoudend = pd.array(np.where(unknown, None, persists).tolist(), dtype="boolean")
    return pd.DataFrame({"vk_traject": traject, "vk_n_onder_druk": n_druk, "vk_aanhoudend": aanhoudend},
                        index=classes.index)


def buurt_fields(results, consecutive, span, index) -> pd.DataFrame:
    """The monitor's fields of the buurt layer copy (:data:`BUURT_FIELDS`), indexed like the input."""
    classes = pd.DataFrame({p.label: results[p].table["vk_klasse"].to_numpy() for p in consecutive}, index=index)
    table = trajectories(classes)
    span_table = results[span].table
    for name, _kind in SPAN_FIELDS:
        table[name] = span_table[name[: -len(SPAN)]].to_numpy()
    return table[[name for name, _kind in BUURT_FIELDS]]


def monitor_table(results, all_periods, codes) -> pd.DataFrame:
    """vk_monitor: one row per buurt and period (consecutive periods, then the span), buurten in input order."""
    parts = []
    for period in all_periods:
        table = results[period].table
        part = pd.DataFrame({
            "buurtcode": codes.to_numpy(dtype=object),
            "periode": period.label,
            "jaar_t0": period.t0,
            "jaar_t1": period.t1,
            **{name: table[name].to_numpy() for name, _kind in MONITOR_COLUMNS[4:]},
        })
        parts.append(part)
    return pd.concat(parts, ignore_index=True)[[name for name, _kind in MONITOR_COLUMNS]]


def transition_table(results, consecutive) -> pd.DataFrame:
    """vk_overgangen: for each pair of consecutive periods, the number of buurten (valid in both) going from
    class A to class B, for every pair of classes (zeros included)."""
    rows = []
    for before, after in zip(consecutive[:-1], consecutive[1:]):
        a = pd.Series(results[before].table["vk_klasse"].to_numpy(dtype=object))
        b = pd.Series(results[after].table["vk_klasse"].to_numpy(dtype=object))
        both = (a != method.NO_DATA) & (b != method.NO_DATA)
        counts = pd.crosstab(a[both], b[both])
        for klasse_van in VALID_CLASSES:
            for klasse_naar in VALID_CLASSES:
                n = int(counts.at[klasse_van, klasse_naar]) if (
                    klasse_van in counts.index and klasse_naar in counts.columns) else 0
                rows.append((before.label, after.label, klasse_van, klasse_naar, n))
    return pd.DataFrame(rows, columns=[name for name, _kind in TRANSITION_COLUMNS])


def transition_matrix(transitions: pd.DataFrame, before: str, after: str) -> pd.DataFrame:
    """The from-class x to-class counts of one pair of periods (rows: class before, columns: class after)."""
    part = transitions[(transitions["periode_van"] == before) & (transitions["periode_naar"] == after)]
    matrix = part.pivot(index="klasse_van", columns="klasse_naar", values="aantal")
    return matrix.reindex(index=list(VALID_CLASSES), columns=list(VALID_CLASSES)).fillna(0).astype(int)


def tag_dates(values) -> np.ndarray:
    """vk_bijgewerkt values (ISO text, datetime, QDateTime as text) as numpy datetime64[s] (UTC where a zone is
    given); NaT when unknown. Each value is parsed on its own: the stamps of one layer may mix formats."""
    return np.array([_parse_stamp(v) for v in values], dtype="datetime64[s]")


def _parse_stamp(value):
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return np.datetime64("NaT")
    if isinstance(value, _dt.datetime):
        stamp = value
    elif isinstance(value, _dt.date):
        stamp = _dt.datetime(value.year, value.month, value.day)
    else:
        try:
            stamp = pd.Timestamp(str(value).strip()).to_pydatetime()
        except (ValueError, TypeError):
            return np.datetime64("NaT")
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return np.datetime64(stamp.replace(microsecond=0), "s")


def perspective_table(frame, results, consecutive, populations) -> pd.DataFrame:
    """What followed the perspectives (method.md §5, descriptive): per later period, earlier class and
    perspective at level >= 2, the population-weighted mean ΔP of the tagged buurten and of the others.

    ``populations``: the population at t1 of each period (the weights of §1)."""
    columns = [name for name, _kind in PERSPECTIVE_COLUMNS]
    by_lower = {name.lower(): name for name in frame.columns}
    stamp = by_lower.get(STAMP_FIELD)
    hp = [(name, by_lower[name]) for name in HP_FIELDS if name in by_lower]
    if stamp is None or not hp or len(consecutive) < 2:
        return pd.DataFrame(columns=columns)
    dates = tag_dates(frame[stamp])
    rows = []
    for before, after in zip(consecutive[:-1], consecutive[1:]):
        start = np.datetime64(f"{after.t0:04d}-01-01T00:00:00")
        tagged_in_time = ~np.isnat(dates) & (dates < start)
        klasse = results[before].table["vk_klasse"].to_numpy(dtype=object)
        later = results[after].table
        dp = later["vk_dp"].to_numpy(dtype=float)
        valid = (klasse != method.NO_DATA) & later["vk_reden"].isna().to_numpy()
        weights = np.nan_to_num(populations[after], nan=0.0)
        for perspective, column in hp:
            level = method.numeric_column(frame, column)
            tagged = valid & tagged_in_time & (np.nan_to_num(level, nan=0.0) >= TAG_LEVEL)
            for earlier in VALID_CLASSES:
                same = valid & (klasse == earlier)
                group, others = same & tagged, same & ~tagged
                if not group.any():
                    continue
                rows.append((after.label, earlier, perspective, int(group.sum()), _mean(dp, weights, group),
                             int(others.sum()), _mean(dp, weights, others)))
    return pd.DataFrame(rows, columns=columns)


def _mean(values, weights, mask):
    w = weights[mask]
    if not mask.any():
        return np.nan
    if not np.nansum(w) > 0:
        return float(np.mean(values[mask]))
    return float(np.sum(w * values[mask]) / np.sum(w))
