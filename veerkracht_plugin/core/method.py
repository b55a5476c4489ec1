"""The veerkracht signal per buurt (method.md section 1), vectorised with numpy/pandas.

Public API (used by ``algorithms/score.py`` and by other parts of the plugin)::

    result = compute(frame, code="buurtcode", gemeente="gemeentecode", population="inwoners_t1",
                     vulnerability_t0=["p_laag_inkomen_t0"], vulnerability_t1=["p_laag_inkomen_t1"],
                     problems_t0=["lbm_onv_t0"], problems_t1=["lbm_onv_t1"])
    result.table          # DataFrame, index = frame.index, columns = OUTPUT_FIELDS (in that order)
    result.a, result.b, result.r2, result.n   # the regression ΔP = a + b·ΔK (None when not fitted)
    result.warnings       # list of core.messages.Message
    result.class_counts   # {class code: count} for vk_klasse, every code of CLASSES present
    result.class_counts_rel, result.reason_counts, result.n_valid, result.n_reference

``compute`` checks its arguments and hands them to :func:`score_period`, which scores one period in named
stages (:func:`read_period`, :func:`validity`, :func:`reference_set`, :func:`changes_and_levels`, the
relative variant, :func:`classes_and_signal`, :func:`regression_score`, focus, :func:`corporation_buurt`).
To score several periods of one layer exactly as ``compute`` would, check once and call ``score_period``
with a :class:`PeriodColumns` per period::

    settings = check_settings(columns, None, None)      # weights, dead-band, minimum size
    check_fields(frame, [code, *columns.indicators()])  # and the other fields a period reads
    codes = buurt_codes(frame, code)
    result = score_period(frame, codes, columns, settings, gemeente="gemeentecode")

Choices where method.md is silent (also in docs/method.md):

* ``vk_reden`` is None (NULL) for a valid buurt.
* Households: a buurt is ``klein`` when a households field is given and its value is known and below
  ``min_households``; an unknown household count alone does not make a buurt ``klein`` (the population
  test already guards the size).
* An indicator whose σ is 0 over R contributes 0 to the composite, but its weight stays in the
  denominator Σ w_i; a warning is returned. The same holds for the level z-scores.
* Buurten that are valid but outside the reference set R get changes, levels, classes and a score
  computed with the statistics of R; their focus tercile is the tercile of the first buurt of R that
  sorts at or after them (by value, then buurtcode), 3 when none does.
* The gemeente mean m_g of the relative variant is taken over all valid buurten of that gemeente (as
  method.md says), not only over R. Valid buurten without a gemeente code form one group (warning).
* ``vk_signaal`` is NULL for invalid buurten; ``vk_corpbuurt`` is a fact about the stock, not a
  statistic, so it is filled for every buurt whose corporation share is known.
* The regression needs at least 10 buurten in R with a positive total population and a ΔK that varies;
  otherwise a, b, R² and ``vk_score`` are NULL and a warning is returned. R² is NULL when ΔP is constant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Sequence, Tuple

from . import validity as checks
from .cbs import numeric
from .lazy import lazy_module
from .messages import N_, Message, VeerkrachtError
from .method_stats import composite, focus_classes, is_zero, weighted_mean
from .method_stats import weighted_sd as weighted_sd  # re-exported
from .method_stats import weighted_terciles as weighted_terciles  # re-exported

np = lazy_module("numpy")  # imported on first use: see core/lazy.py
pd = lazy_module("pandas")

#: Class codes and their labels (English source text, translated with tr(); Dutch in CLASS_LABELS_NL).
CLASSES = {
    "onder_druk": N_("Veerkracht under pressure"),
    "veerkrachtig": N_("Resilient"),
    "problemen": N_("Problems increasing"),
    "gunstig": N_("Favourable development"),
    "stabiel": N_("Stable"),
    "geen_gegevens": N_("Insufficient data"),
}

#: The classes in the order of the map legends (styles/signaal.qml), the dock and the report's wijk tables.
LEGEND_ORDER = ("onder_druk", "problemen", "veerkrachtig", "gunstig", "stabiel", "geen_gegevens")

#: The Dutch labels of method.md, for legends that must be Dutch whatever the QGIS language.
CLASS_LABELS_NL = {
    "onder_druk": "Veerkracht onder druk",
    "veerkrachtig": "Veerkrachtig",
    "problemen": "Problemen nemen toe",
    "gunstig": "Gunstige ontwikkeling",
    "stabiel": "Stabiel",
    "geen_gegevens": "Onvoldoende gegevens",
}

NO_DATA = "geen_gegevens"

#: Reasons in vk_reden, in the order they are tested (the first that holds is written).
REASONS = {
    "klein": N_("Too few inhabitants or households (at t1, or at t0 where known)"),
    "ongeldig": N_("An indicator holds an implausible value (a percentage outside 0–100, a negative count)"),
    "ontbreekt": N_("An indicator is missing at t0 or t1"),
    "indeling": N_("Boundary changed between t0 and t1"),
}

#: vk_trend_k / vk_trend_p codes.
TRENDS = {1: N_("increase"), 0: N_("stable"), -1: N_("decrease")}
TREND_CODES = {1: "toename", 0: "stabiel", -1: "afname"}

#: The output fields of method.md, in order, with their kind (for layerio.output_fields).
OUTPUT_FIELDS = {
    "vk_dk": "double",
    "vk_dp": "double",
    "vk_dk_rel": "double",
    "vk_dp_rel": "double",
    "vk_trend_k": "int",
    "vk_trend_p": "int",
    "vk_klasse": "string",
    "vk_klasse_rel": "string",
    "vk_signaal": "bool",
    "vk_score": "double",
    "vk_k_niveau": "double",
    "vk_p_niveau": "double",
    "vk_focus": "int",
    "vk_corpbuurt": "bool",
    "vk_reden": "string",
}

#: Defaults of method.md.
MIN_POPULATION = 100
MIN_HOUSEHOLDS = 50
DEADBAND = 0.25
MIN_REGRESSION = 10
CORPORATION_THRESHOLD = 66.67
SIGNAL_LEVEL = 1.0
BOUNDARY_CHANGED = 3


@dataclass
class ScoreResult:
    """What :func:`compute` returns."""

    table: pd.DataFrame
    a: float = None
    b: float = None
    r2: float = None
    n: int = 0
    n_valid: int = 0
    n_reference: int = 0
    warnings: list = field(default_factory=list)
    class_counts: dict = field(default_factory=dict)
    class_counts_rel: dict = field(default_factory=dict)
    reason_counts: dict = field(default_factory=dict)


# --- input parsing ---------------------------------------------------------------------------------


def parse_weights(text, count):
    """Weights from text ``"1, 2, 0.5"`` (or ``"1;1,5"`` with Dutch decimal commas) for ``count`` indicators.

    Empty text gives weight 1 for every indicator. Raises VeerkrachtError when a weight is not a number,
    the count differs, a weight is negative or all are zero.
    """
    if text is None or (isinstance(text, str) and not text.strip()):
        return [1.0] * count
    if isinstance(text, str):
        if ";" in text:
            parts = [p.strip().replace(",", ".") for p in text.split(";")]
        else:
            parts = [p.strip() for p in text.split(",")]
    else:
        parts = list(text)
    return check_weights(parts, count)


def check_weights(values, count):
    """Validate a list of weights (numbers or numeric text) for ``count`` indicators; returns floats."""
    weights = []
    for value in values:
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise VeerkrachtError(N_("Weight '{value}' is not a number."), value=value) from None
        if not np.isfinite(number):
            raise VeerkrachtError(N_("Weight '{value}' is not a number."), value=value)
        weights.append(number)
    if len(weights) != count:
        raise VeerkrachtError(
            N_("{n} weight(s) given for {count} vulnerability indicator(s); give one weight per indicator."),
            n=len(weights),
            count=count,
        )
    if any(w < 0 for w in weights):
        raise VeerkrachtError(N_("Weights must not be negative (got {weights})."), weights=_join(weights))
    if count and not any(w > 0 for w in weights):
        raise VeerkrachtError(N_("At least one weight must be greater than 0."))
    return weights


def _join(values, limit=5):
    values = [str(v) for v in values]
    return ", ".join(values[:limit]) + (" …" if len(values) > limit else "")


def numeric_column(frame, column):
    """A column as floats via cbs.numeric (sentinels and '.' -> NaN); text that is no number is an error."""
    raw = frame[column]
    values = numeric(list(raw))
    if pd.api.types.infer_dtype(raw, skipna=True) in ("floating", "integer", "mixed-integer-float", "empty"):
        return values
    is_text = raw.map(lambda v: isinstance(v, str) and v.strip() not in ("", ".")).to_numpy(dtype=bool)
    if not is_text.any():
        return values
    # text that parses (also a sentinel written as text, "-99995") is fine; other text is an error
    parsed = pd.to_numeric(raw[is_text].map(lambda v: v.strip().replace(",", ".")), errors="coerce")
    bad = np.zeros(len(raw), dtype=bool)
    bad[is_text] = parsed.isna().to_numpy()
    if bad.any():
        examples = list(dict.fromkeys(str(v) for v in raw[bad]))
        raise VeerkrachtError(
            N_("Field '{field}' holds text where a number is expected, e.g. {values}."),
            field=column,
            values=_join([f"'{v}'" for v in examples], 3),
        )
    return values


def _codes(frame, column):
    raw = frame[column]
    missing = raw.isna().to_numpy()
    if pd.api.types.infer_dtype(raw, skipna=True) == "string":  # the usual case: text codes
        codes = raw.str.strip()
    else:
        codes = raw.map(lambda v: None if v is None or (isinstance(v, float) and np.isnan(v)) else str(v).strip())
    codes = codes.astype(object)
    codes[missing | (codes == "").to_numpy()] = None
    return codes


# --- trends and classes --------------------------------------------------------------------------


def trend(z, deadband):
    """1 (toename) if z > τ, −1 (afname) if z < −τ, else 0 (stabiel); NaN stays missing (pandas Int64)."""
    z = np.asarray(z, dtype=float)
    codes = np.where(z > deadband, 1, np.where(z < -deadband, -1, 0))
    return pd.array(np.where(np.isnan(z), None, codes).tolist(), dtype="Int64")


def classify(trend_k, trend_p):
    """Class codes from the trend codes (−1/0/1, missing -> geen_gegevens), per method.md's table."""
    tk = pd.array(trend_k, dtype="Int64")
    tp = pd.array(trend_p, dtype="Int64")
    missing = np.asarray(pd.isna(tk) | pd.isna(tp))
    k = np.asarray(tk.fillna(0), dtype=int)
    p = np.asarray(tp.fillna(0), dtype=int)
    out = np.select(
        [missing, (k == 1) & (p == 1), k == 1, p == 1, p == -1],
        [NO_DATA, "onder_druk", "veerkrachtig", "problemen", "gunstig"],
        default="stabiel",
    )
    return out.astype(object)


# --- the computation -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodColumns:
    """The columns of one period t0 -> t1: population (and households) for the size test, the boundary flag,
    and the indicator fields of both years, paired by position (t0[i] with t1[i])."""

    population: str
    vulnerability_t0: List[str]
    vulnerability_t1: List[str]
    problems_t0: List[str]
    problems_t1: List[str]
    households: str | None = None
    boundary_flag: str | None = None
    #: v2: population and households at t0 for the size check at t0 (None: checked at t1 only)
    population_t0: str | None = None
    households_t0: str | None = None
    #: fields the user declares as percentages (besides the p_* / CBS percentage names)
    percentages: Tuple[str, ...] = ()

    def indicators(self) -> List[str]:
        return [*self.vulnerability_t0, *self.vulnerability_t1, *self.problems_t0, *self.problems_t1]


@dataclass(frozen=True)
class Settings:
    """The checked method parameters of a scoring (see :func:`check_settings`)."""

    vulnerability_weights: np.ndarray
    problem_weights: np.ndarray
    problems_higher_is_better: bool = True
    min_population: float = MIN_POPULATION
    min_households: float | None = MIN_HOUSEHOLDS
    deadband: float = DEADBAND


@dataclass
class PeriodData:
    """The numbers of one period (sentinels -> NaN); the problem indicators are signed so that higher is worse."""

    pop: np.ndarray
    hh: np.ndarray | None
    flag: np.ndarray | None
    corp: np.ndarray | None
    xk0: np.ndarray
    xk1: np.ndarray
    xp0: np.ndarray
    xp1: np.ndarray
    pop0: np.ndarray | None = None
    hh0: np.ndarray | None = None
    #: rows where an indicator holds an implausible value (reason ongeldig)
    implausible: np.ndarray | None = None
    #: {field: validity.FieldReport} of every field read
    reports: Dict[str, object] = field(default_factory=dict)


def _as_list(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


def compute(
    frame: pd.DataFrame,
    *,
    code: str,
    gemeente: str | None,
    population: str,
    vulnerability_t0: str | Sequence[str],
    vulnerability_t1: str | Sequence[str],
    problems_t0: str | Sequence[str],
    problems_t1: str | Sequence[str],
    vulnerability_weights: str | Sequence[float] | None = None,
    problem_weights: str | Sequence[float] | None = None,
    problems_higher_is_better: bool = True,
    households: str | None = None,
    boundary_flag: str | None = None,
    corporation: str | None = None,
    min_population: float = MIN_POPULATION,
    min_households: float | None = MIN_HOUSEHOLDS,
    deadband: float = DEADBAND,
    reference: Sequence[bool] | None = None,
    population_t0: str | None = None,
    households_t0: str | None = None,
    percentages: Sequence[str] = (),
) -> ScoreResult:
    """Compute the veerkracht signal (method.md section 1) for every row of ``frame``.

    ``frame`` holds one row per buurt; the arguments name its columns (``gemeente``, ``households``,
    ``boundary_flag`` and ``corporation`` may be None). Indicator lists are paired by position (t0[i]
    with t1[i]). ``vulnerability_weights``/``problem_weights``: numbers, or text for
    :func:`parse_weights`; default 1 each. ``reference``: optional boolean array-like (aligned with
    ``frame``) selecting the reference set R among the valid buurten; default all valid buurten.
    ``population_t0``/``households_t0``: the sizes at t0 for the size check at t0 (method.md v2);
    ``percentages``: fields to check as percentages besides the p_* names.
    Raises VeerkrachtError on bad input. Returns a :class:`ScoreResult`.

    The scoring itself is :func:`score_period` on the checked arguments, so that a caller scoring several
    periods of one layer checks once and scores each period exactly as this function would.
    """
    columns = PeriodColumns(
        population=population,
        vulnerability_t0=_as_list(vulnerability_t0),
        vulnerability_t1=_as_list(vulnerability_t1),
        problems_t0=_as_list(problems_t0),
        problems_t1=_as_list(problems_t1),
        households=households,
        boundary_flag=boundary_flag,
        population_t0=population_t0,
        households_t0=households_t0,
        percentages=tuple(percentages or ()),
    )
    settings = check_settings(columns, vulnerability_weights, problem_weights, problems_higher_is_better,
                              min_population, min_households, deadband)
    optional = (gemeente, households, boundary_flag, corporation, population_t0, households_t0)
    check_fields(frame, [code, population, *columns.indicators()] + [c for c in optional if c])
    codes = buurt_codes(frame, code)
    return score_period(frame, codes, columns, settings, gemeente=gemeente, corporation=corporation,
                        reference=reference)


def check_settings(columns: PeriodColumns, vulnerability_weights: str | Sequence[float] | None,
                   problem_weights: str | Sequence[float] | None, problems_higher_is_better: bool = True,
                   min_population: float = MIN_POPULATION, min_households: float | None = MIN_HOUSEHOLDS,
                   deadband: float = DEADBAND) -> Settings:
    """The parameters of :func:`compute`, checked against the indicator pairs of ``columns``."""
    k0, k1, p0, p1 = columns.vulnerability_t0, columns.vulnerability_t1, columns.problems_t0, columns.problems_t1
    _check_pairs(
        k0,
        k1,
        N_("Choose at least one vulnerability indicator for t0 and for t1."),
        N_("{n0} vulnerability field(s) for t0 but {n1} for t1; give the same indicators in the same order."),
    )
    _check_pairs(
        p0,
        p1,
        N_("Choose at least one problem indicator for t0 and for t1."),
        N_("{n0} problem field(s) for t0 but {n1} for t1; give the same indicators in the same order."),
    )
    wk = _weights(vulnerability_weights, len(k0))
    wp = _weights(problem_weights, len(p0))
    if deadband is None or not np.isfinite(float(deadband)) or float(deadband) < 0:
        raise VeerkrachtError(N_("The dead-band must be 0 or more (got {value})."), value=deadband)
    if min_population is None or float(min_population) < 0 or (
        min_households is not None and float(min_households) < 0
    ):
        raise VeerkrachtError(N_("The minimum population and number of households must be 0 or more."))
    return Settings(vulnerability_weights=wk, problem_weights=wp, problems_higher_is_better=problems_higher_is_better,
                    min_population=min_population, min_households=min_households, deadband=float(deadband))


def check_fields(frame: pd.DataFrame, fields: Sequence[str]) -> None:
    """Raises when ``frame`` has no rows or lacks one of ``fields``."""
    if frame is None or len(frame) == 0:
        raise VeerkrachtError(N_("The input layer has no features."))
    absent = [c for c in dict.fromkeys(fields) if c not in frame.columns]
    if absent:
        raise VeerkrachtError(
            N_("Field(s) missing from the input: {fields}."), fields=_join([f"'{name}'" for name in absent])
        )


def buurt_codes(frame: pd.DataFrame, code: str) -> pd.Series:
    """The buurtcodes (stripped text); raises when one is missing or a code occurs twice."""
    codes = _codes(frame, code)
    if codes.isna().any():
        raise VeerkrachtError(
            N_("{n} feature(s) have no buurtcode in field '{field}'; every buurt needs a unique code."),
            n=int(codes.isna().sum()),
            field=code,
        )
    duplicated = codes[codes.duplicated(keep=False)]
    if len(duplicated):
        names = list(dict.fromkeys(duplicated))
        raise VeerkrachtError(
            N_("Buurtcodes must be unique; {n} code(s) occur more than once, e.g. {codes}."),
            n=len(names),
            codes=_join(names),
        )
    return codes


def score_period(frame: pd.DataFrame, codes: pd.Series, columns: PeriodColumns, settings: Settings, *,
                 gemeente: str | None = None, corporation: str | None = None,
                 reference: Sequence[bool] | None = None) -> ScoreResult:
    """Score one period t0 -> t1 (method.md §1) with checked inputs (see :func:`compute`).

    The stages: read the numbers, validity, the reference set R, changes and levels, the relative
    variant, trends and classes, the regression score, focus and the corporation buurt.
    """
    warnings = []
    data = read_period(frame, columns, settings.problems_higher_is_better, corporation)
    warnings.extend(checks.value_warnings(data.reports.values()))
    reason = validity(data, settings.min_population, settings.min_households)
    valid = reason == ""
    reason_counts = {key: int(np.sum(reason == key)) for key in REASONS}
    checks.check_enough_valid(data.reports, columns.indicators(), reason_counts, int(valid.sum()),
                              _number(settings.min_population),
                              None if settings.min_households is None else _number(settings.min_households),
                              bool(columns.population_t0 or columns.households_t0), MIN_REGRESSION, warnings)
    in_ref = reference_set(valid, reference, data.pop)
    dk, dp, k_level, p_level = changes_and_levels(data, columns, settings, valid, in_ref, warnings)
    dk_rel, dp_rel = _relative(frame, gemeente, valid, data.pop, dk, dp, warnings)
    classes = classes_and_signal(dk, dp, dk_rel, dp_rel, k_level, valid, settings.deadband)
    score, a, b, r2 = regression_score(dk, dp, valid, in_ref, data.pop[in_ref], warnings)
    table = pd.DataFrame(
        {
            "vk_dk": dk,
            "vk_dp": dp,
            "vk_dk_rel": dk_rel,
            "vk_dp_rel": dp_rel,
            **classes,
            "vk_score": score,
            "vk_k_niveau": k_level,
            "vk_p_niveau": p_level,
            "vk_focus": focus_classes(codes.to_numpy(dtype=object), valid, in_ref, data.pop, k_level, p_level),
            "vk_corpbuurt": corporation_buurt(data.corp, len(frame)),
            "vk_reden": pd.Series(np.where(valid, None, reason), dtype=object).to_numpy(),
        },
        index=frame.index,
    )
    n_fit = int(in_ref.sum())
    return ScoreResult(table=table, a=a, b=b, r2=r2, n=n_fit, n_valid=int(valid.sum()), n_reference=n_fit,
                       warnings=warnings, class_counts=_counts(classes["vk_klasse"]),
                       class_counts_rel=_counts(classes["vk_klasse_rel"]), reason_counts=reason_counts)


def read_period(frame: pd.DataFrame, columns: PeriodColumns, problems_higher_is_better: bool = True,
                corporation: str | None = None) -> PeriodData:
    """The numbers of one period: missing (NULL, sentinel, text, NaN, ±inf) and implausible values -> NaN
    (see core/validity.py); the rows with an implausible indicator value are kept for reason ``ongeldig``."""
    reports = {}
    implausible = np.zeros(len(frame), dtype=bool)

    def read(column, indicator=False):
        if not column:
            return None
        values = checks.read_field(frame, column, checks.field_kind(column, columns.percentages))
        reports[column] = values.report
        if indicator:
            implausible[:] |= values.implausible
        return values.numbers

    def stack(names, sign=1.0):
        return sign * np.column_stack([read(c, indicator=True) for c in names])

    sign = -1.0 if problems_higher_is_better else 1.0
    data = PeriodData(
        pop=read(columns.population),
        hh=read(columns.households),
        flag=numeric_column(frame, columns.boundary_flag) if columns.boundary_flag else None,
        corp=read(corporation),
        xk0=stack(columns.vulnerability_t0),
        xk1=stack(columns.vulnerability_t1),
        xp0=stack(columns.problems_t0, sign),
        xp1=stack(columns.problems_t1, sign),
        pop0=read(columns.population_t0),
        hh0=read(columns.households_t0),
    )
    data.implausible = implausible
    data.reports = reports
    return data


def _too_small(pop: np.ndarray, hh: np.ndarray | None, min_population: float,
               min_households: float | None) -> np.ndarray:
    small = np.isnan(pop) | (pop < float(min_population))
    if hh is not None and min_households is not None:
        small |= ~np.isnan(hh) & (hh < float(min_households))
    return small


def validity(data: PeriodData, min_population: float, min_households: float | None) -> np.ndarray:
    """The vk_reden code of each buurt ('' when valid), the first of method.md's reasons that holds:
    klein (at t1, and at t0 where a t0 size is given), ongeldig, ontbreekt, indeling."""
    small = _too_small(data.pop, data.hh, min_population, min_households)
    if data.pop0 is not None:
        small |= _too_small(data.pop0, data.hh0, min_population, min_households)
    elif data.hh0 is not None and min_households is not None:
        small |= ~np.isnan(data.hh0) & (data.hh0 < float(min_households))
    implausible = data.implausible if data.implausible is not None else np.zeros(len(data.pop), dtype=bool)
    missing = np.isnan(np.column_stack([data.xk0, data.xk1, data.xp0, data.xp1])).any(axis=1)
    changed = (data.flag == BOUNDARY_CHANGED) if data.flag is not None else np.zeros(len(data.pop), dtype=bool)
    return np.select([small, implausible, missing, changed], ["klein", "ongeldig", "ontbreekt", "indeling"],
                     default="")


def reference_set(valid: np.ndarray, reference: Sequence[bool] | None, pop: np.ndarray) -> np.ndarray:
    """The reference set R: the valid buurten, or those of them that ``reference`` selects."""
    if reference is None:
        in_ref = valid.copy()
    else:
        in_ref = valid & np.asarray(pd.Series(list(reference)).fillna(False), dtype=bool)
        if len(in_ref) != len(valid):
            raise VeerkrachtError(N_("The reference selection does not match the input."))
        if not in_ref.any():
            raise VeerkrachtError(N_("The reference selection holds no valid buurt."))
    if not np.sum(pop[in_ref]) > 0:
        raise VeerkrachtError(N_("The buurten of the reference set have no inhabitants in total."))
    return in_ref


def changes_and_levels(data: PeriodData, columns: PeriodColumns, settings: Settings, valid: np.ndarray,
                       in_ref: np.ndarray, warnings: List[Message]) -> Tuple[np.ndarray, ...]:
    """(ΔK, ΔP, K level, P level): composites scaled (levels also centred) over R; NaN for invalid buurten."""
    wk, wp, w_ref = settings.vulnerability_weights, settings.problem_weights, data.pop[in_ref]
    k1, p1 = columns.vulnerability_t1, columns.problems_t1
    dk = composite(data.xk1 - data.xk0, wk, in_ref, w_ref, k1, warnings, centre=False)
    dp = composite(data.xp1 - data.xp0, wp, in_ref, w_ref, p1, warnings, centre=False)
    k_level = composite(data.xk1, wk, in_ref, w_ref, k1, warnings, centre=True)
    p_level = composite(data.xp1, wp, in_ref, w_ref, p1, warnings, centre=True)
    for array in (dk, dp, k_level, p_level):
        array[~valid] = np.nan
    return dk, dp, k_level, p_level


def classes_and_signal(dk: np.ndarray, dp: np.ndarray, dk_rel: np.ndarray, dp_rel: np.ndarray, k_level: np.ndarray,
                       valid: np.ndarray, deadband: float) -> Dict[str, object]:
    """The output columns vk_trend_k, vk_trend_p, vk_klasse, vk_klasse_rel and vk_signaal."""
    trend_k, trend_p = trend(dk, deadband), trend(dp, deadband)
    klasse = classify(trend_k, trend_p)
    klasse_rel = classify(trend(dk_rel, deadband), trend(dp_rel, deadband))
    signaal = pd.array(
        np.where(
            valid, (klasse == "veerkrachtig") & (np.nan_to_num(k_level, nan=-np.inf) > SIGNAL_LEVEL), None
        ).tolist(),
        dtype="boolean",
    )
    return {"vk_trend_k": trend_k, "vk_trend_p": trend_p, "vk_klasse": klasse, "vk_klasse_rel": klasse_rel,
            "vk_signaal": signaal}


def regression_score(dk: np.ndarray, dp: np.ndarray, valid: np.ndarray, in_ref: np.ndarray, w_ref: np.ndarray,
                     warnings: List[Message]) -> Tuple[np.ndarray, float | None, float | None, float | None]:
    """(score, a, b, R²) of the population-weighted regression ΔP = a + b·ΔK over R; score = −(ΔP − expected).

    Without enough buurten or without spread in ΔK the score is NaN and a, b, R² None (warning).
    """
    score = np.full(len(dk), np.nan)
    n_fit = int(in_ref.sum())
    if n_fit < MIN_REGRESSION:
        warnings.append(
            Message(
                N_(
                    "Only {n} valid buurten in the reference set; the veerkracht score needs at least {min}, "
                    "so it stays empty."
                ),
                n=n_fit,
                min=MIN_REGRESSION,
            )
        )
        return score, None, None, None
    x, y = dk[in_ref], dp[in_ref]
    mx, my = weighted_mean(x, w_ref), weighted_mean(y, w_ref)
    sxx = float(np.sum(w_ref * (x - mx) ** 2))
    if is_zero(np.sqrt(sxx / np.sum(w_ref)), x):
        warnings.append(
            Message(N_("The change in vulnerability is the same everywhere; the veerkracht score stays empty."))
        )
        return score, None, None, None
    b = float(np.sum(w_ref * (x - mx) * (y - my)) / sxx)
    a = my - b * mx
    residual = float(np.sum(w_ref * (y - (a + b * x)) ** 2))
    total = float(np.sum(w_ref * (y - my) ** 2))
    r2 = None if is_zero(np.sqrt(total / np.sum(w_ref)), y) else 1.0 - residual / total
    score = -(dp - (a + b * dk))
    score[~valid] = np.nan
    return score, a, b, r2


def corporation_buurt(corp: np.ndarray | None, n_rows: int) -> pd.arrays.BooleanArray:
    """vk_corpbuurt: corporation share above two thirds; NULL where the share (or the field) is missing."""
    if corp is None:
        return pd.array([None] * n_rows, dtype="boolean")
    return pd.array(np.where(np.isnan(corp), None, corp > CORPORATION_THRESHOLD).tolist(), dtype="boolean")


def _number(value):
    value = float(value)
    return int(value) if value.is_integer() else value


def _check_pairs(t0, t1, none_template, count_template):
    if not t0 or not t1:
        raise VeerkrachtError(none_template)
    if len(t0) != len(t1):
        raise VeerkrachtError(count_template, n0=len(t0), n1=len(t1))


def _weights(weights, count):
    if weights is None:
        return np.ones(count)
    if isinstance(weights, str):
        return np.asarray(parse_weights(weights, count))
    return np.asarray(check_weights(list(weights), count))


def _relative(frame, gemeente, valid, pop, dk, dp, warnings):
    if gemeente:
        groups = _codes(frame, gemeente).to_numpy(dtype=object)
        no_code = valid & pd.isna(groups)
        if no_code.any():
            warnings.append(
                Message(
                    N_(
                        "{n} valid buurt(en) have no gemeente code; they are compared with each other in the "
                        "relative variant."
                    ),
                    n=int(no_code.sum()),
                )
            )
        groups = np.where(pd.isna(groups), "", groups).astype(str)
    else:
        groups = np.full(len(frame), "", dtype=object).astype(str)
    data = pd.DataFrame({"g": groups, "w": np.where(valid, pop, 0.0), "dk": dk, "dp": dp})
    data = data[valid]
    data["wdk"] = data["w"] * data["dk"]
    data["wdp"] = data["w"] * data["dp"]
    sums = data.groupby("g")[["w", "wdk", "wdp"]].sum()
    # a gemeente whose valid buurten have no inhabitants: plain mean instead of a 0/0
    plain = data.groupby("g")[["dk", "dp"]].mean()
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_k = np.where(sums["w"] > 0, sums["wdk"] / sums["w"], plain["dk"])
        mean_p = np.where(sums["w"] > 0, sums["wdp"] / sums["w"], plain["dp"])
    mk = pd.Series(mean_k, index=sums.index)
    mp = pd.Series(mean_p, index=sums.index)
    dk_rel = dk - pd.Series(groups).map(mk).to_numpy(dtype=float)
    dp_rel = dp - pd.Series(groups).map(mp).to_numpy(dtype=float)
    dk_rel[~valid] = np.nan
    dp_rel[~valid] = np.nan
    return dk_rel, dp_rel


def _counts(classes):
    values = pd.Series(classes).value_counts()
    return {code: int(values.get(code, 0)) for code in CLASSES}
