"""Reading the numbers of one period for method.md §1 (v2): what is missing, what is implausible, and why
nothing (or little) is valid.

**Missing** is NULL, an empty cell, a CBS sentinel (<= -99990), text that is no number (``.``, ``x``) and a
value that is no finite number (NaN, ±inf). **Implausible** is a percentage outside 0–100 or a negative
count; such a value is missing too, and the buurt's reason is ``ongeldig``. A field is a percentage when its
name (without ``_t0``/``_t1`` or a year suffix) starts with ``p_``, ``perc_`` or ``percentage_``, when it is
a CBS alias of a percentage (``P_HH_LI``, ``RIVM_MOEITE_RONDKOMEN``), or when the caller declares it one;
it is a count when it is a CBS alias of a count (``inwoners``, ``huishoudens``, ``woningen``, ``bijstand``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Sequence

from . import cbs
from .lazy import lazy_module
from .messages import N_, Message, VeerkrachtError

np = lazy_module("numpy")  # imported on first use: see core/lazy.py
pd = lazy_module("pandas")

PERCENTAGE = "percentage"
COUNT = "count"
PERCENTAGE_PREFIXES = ("p_", "perc_", "percentage_")
_NUMBER_KINDS = {"floating", "integer", "mixed-integer-float", "empty", "decimal"}
_NOT_FINITE_TEXT = {"nan", "inf", "infinity"}
_PERIOD_SUFFIX = re.compile(r"_(t0|t1|\d{4})$", re.IGNORECASE)


def field_kind(name: str, percentages: Sequence[str] = ()) -> str | None:
    """'percentage', 'count' or None (no plausibility check) for a field name (see the module docstring)."""
    if name in percentages:
        return PERCENTAGE
    base = _PERIOD_SUFFIX.sub("", name)
    if base.lower().startswith(PERCENTAGE_PREFIXES):
        return PERCENTAGE
    for canonical, kind in cbs.INDICATORS.items():
        if cbs.find_field([base], canonical) is not None:
            if canonical.startswith("p_"):
                return PERCENTAGE
            return COUNT if kind == "int" else None
    return None


@dataclass
class FieldReport:
    """What was read from one field: how many values are missing, and why."""

    name: str
    kind: str | None
    total: int
    empty: int = 0  # NULL, empty text, '.'
    sentinel: int = 0  # CBS special values <= -99990
    text: int = 0  # text that is no number
    not_finite: int = 0  # NaN, ±inf
    implausible: int = 0  # percentage outside 0-100, negative count
    text_examples: tuple = ()

    @property
    def missing(self) -> int:
        return self.empty + self.sentinel + self.text + self.not_finite + self.implausible


@dataclass
class FieldValues:
    """One field as floats (NaN where missing or implausible), the implausible rows, and the report."""

    numbers: np.ndarray
    implausible: np.ndarray
    report: FieldReport


def read_field(frame: pd.DataFrame, column: str, kind: str | None = None) -> FieldValues:
    """The column as floats with the rules of the module docstring.

    Raises VeerkrachtError when every value that is not empty is text that is no number: the field is
    probably not the one meant (a name instead of a figure).
    """
    raw = frame[column]
    if pd.api.types.infer_dtype(raw, skipna=True) in _NUMBER_KINDS:  # fast path: no text at all
        numbers = pd.to_numeric(pd.Series(list(raw), dtype=object), errors="coerce").astype(float).to_numpy()
        is_null = np.isnan(numbers) & pd.isna(pd.Series(list(raw), dtype=object)).to_numpy(dtype=bool)
        blank = bad_text = np.zeros(len(numbers), dtype=bool)
        series = None
    else:
        series = pd.Series(list(raw), dtype=object)
        is_null = series.isna().to_numpy(dtype=bool)
        stripped = series.map(lambda v: v.strip().replace(",", ".") if isinstance(v, str) else v)
        is_text = series.map(lambda v: isinstance(v, str)).to_numpy(dtype=bool)
        blank = is_text & stripped.isin(["", "."]).to_numpy(dtype=bool)
        numbers = pd.to_numeric(stripped.where(~blank, None), errors="coerce").astype(float).to_numpy()
        spelled = stripped.map(lambda v: isinstance(v, str) and v.lower().lstrip("+-") in _NOT_FINITE_TEXT)
        bad_text = is_text & ~blank & np.isnan(numbers) & ~spelled.to_numpy(dtype=bool)
    not_finite = ~is_null & ~blank & ~bad_text & ~np.isfinite(numbers)
    sentinel = np.isfinite(numbers) & (numbers <= cbs.SENTINEL_MAX)
    numbers[~np.isfinite(numbers) | sentinel] = np.nan
    if bad_text.any() and not np.isfinite(numbers).any():
        examples = list(dict.fromkeys(str(v).strip() for v in series[bad_text]))
        raise VeerkrachtError(
            N_("Field '{field}' holds text where a number is expected, e.g. {values}."),
            field=column,
            values=", ".join(f"'{v}'" for v in examples[:3]),
        )
    implausible = np.zeros(len(numbers), dtype=bool)
    with np.errstate(invalid="ignore"):
        if kind == PERCENTAGE:
            implausible = (numbers < 0) | (numbers > 100)
        elif kind == COUNT:
            implausible = numbers < 0
    numbers[implausible] = np.nan
    report = FieldReport(
        name=column,
        kind=kind,
        total=len(numbers),
        empty=int((is_null | blank).sum()),
        sentinel=int(sentinel.sum()),
        text=int(bad_text.sum()),
        not_finite=int(not_finite.sum()),
        implausible=int(implausible.sum()),
        text_examples=tuple(dict.fromkeys(str(v).strip() for v in series[bad_text]))[:3] if bad_text.any() else (),
    )
    return FieldValues(numbers=numbers, implausible=implausible, report=report)


def value_warnings(reports: Sequence[FieldReport]) -> List[Message]:
    """One warning per field and kind of bad value: text, non-finite, implausible (each names the count)."""
    messages = []
    for report in reports:
        if report.text:
            messages.append(Message(
                N_("Field '{field}': {n} value(s) are text that is no number (e.g. {values}); they count as "
                   "missing."),
                field=report.name, n=report.text, values=", ".join(f"'{v}'" for v in report.text_examples)))
        if report.not_finite:
            messages.append(Message(
                N_("Field '{field}': {n} value(s) are no finite number (NaN or infinity); they count as missing."),
                field=report.name, n=report.not_finite))
        if report.implausible and report.kind == PERCENTAGE:
            messages.append(Message(
                N_("Field '{field}' is a percentage but {n} value(s) lie outside 0–100; those buurten are not "
                   "valid (vk_reden = ongeldig)."),
                field=report.name, n=report.implausible))
        elif report.implausible:
            messages.append(Message(
                N_("Field '{field}' is a count but {n} value(s) are negative; those buurten are not valid "
                   "(vk_reden = ongeldig)."),
                field=report.name, n=report.implausible))
    return messages


def _details(report: FieldReport) -> Message:
    return Message(N_("{empty} empty, {sentinel} CBS special value, {text} text, {not_finite} not finite, "
                      "{implausible} implausible"), empty=report.empty, sentinel=report.sentinel, text=report.text,
                   not_finite=report.not_finite, implausible=report.implausible)


def missing_by_field(reports: Dict[str, FieldReport], indicators: Sequence[str]) -> List[Message]:
    """Per indicator field that misses values: how many buurten miss it, why, and what to do."""
    lines = []
    for name in dict.fromkeys(indicators):
        report = reports.get(name)
        if report is None or not report.missing:
            continue
        if name.lower().startswith("lbm_"):
            fix = N_("run veerkracht:joinleefbaarometer again with a year that has scores in the file")
        elif report.sentinel or report.empty == report.total:
            fix = N_("choose a year in which CBS published this figure, or another indicator")
        else:
            fix = N_("check the field choice and the source file (vk_ontbreekt of veerkracht:preparecbs says why "
                     "per value)")
        lines.append(Message(N_("{field}: {n} of {total} missing ({details}); fix: {fix}."), field=name,
                             n=report.missing, total=report.total, details=_details(report),
                             fix=Message(fix)))
    return lines


def check_enough_valid(reports: Dict[str, FieldReport], indicators: Sequence[str], reason_counts: Dict[str, int],
                       n_valid: int, min_population, min_households, with_t0: bool, min_regression: int,
                       warnings: List[Message]) -> None:
    """No valid buurt: an error that says, per indicator field, how many buurten miss it and why. Few valid
    buurten (fewer than the regression needs, or under half): the same as a warning."""
    total = next(iter(reports.values())).total if reports else 0
    per_field = missing_by_field(reports, indicators)
    counts = dict(
        min_population=min_population,
        min_households="-" if min_households is None else min_households,
        t0=Message(N_(" (at t1 or t0)")) if with_t0 else "",
        fields=_field_lines(per_field),
        **reason_counts,
    )
    if n_valid == 0:
        raise VeerkrachtError(
            N_(
                "No valid buurt: {klein} too small{t0} (fewer than {min_population} inhabitants or "
                "{min_households} households), {ongeldig} with an implausible value, {ontbreekt} with a missing "
                "indicator, {indeling} with a boundary change.{fields}"
            ),
            **counts,
        )
    if per_field and (n_valid < min_regression or n_valid < total / 2):
        warnings.append(Message(
            N_("Only {n} of {total} buurten are valid: {klein} too small{t0}, {ongeldig} with an implausible value, "
               "{ontbreekt} with a missing indicator, {indeling} with a boundary change.{fields}"),
            n=n_valid, total=total, **counts))


def _field_lines(lines: List[Message]) -> object:
    """The per-field lines of :func:`missing_by_field`, each on a line of its own after the sentence."""
    if not lines:
        return ""
    return Message(N_("\nPer indicator field:\n{lines}"), lines=lines)
