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
    ``onder_druk`` or ``problemen``; without a class field every valid buurt may be a candidate. A buurt
    that gives 100 % of its social vacancies to aandachtsgroepen (a0 or a' = 1) is never a candidate.
Measures
    Rows are numbered 1, 2, ... in table order (the header is not counted) over the *whole* table, so the
    number matches what the user sees; only the selected scenario's rows are validated and applied.
    Rows are applied in table order; the first row that takes a segment below zero is the error.
    ``segment`` is required for sloop/nieuwbouw/aankoop (aankoop: particuliere_huur or koop) and ignored
    (but still checked for a known value) for verkoop, liberalisatie and toewijzing. ``aantal`` is ignored
    for toewijzing (may be empty). A second toewijzing for the same buurt is an error. Text values are
    case-insensitive; spaces and hyphens count as underscores ("sociale huur").
    Plausibility: a row whose aantal exceeds all dwellings of its gemeente, and new build that takes a buurt
    above NEW_BUILD_MULTIPLE (10) × max(its dwellings, NEW_BUILD_FLOOR (200)) in one scenario are errors naming
    the row. An empty measures table is an error in the algorithm (``require_measures``); ``evaluate`` itself
    accepts an empty scenario (it changes nothing).
Pools
    The model runs per gemeente, or per regio when a regio field is given: with a regio, the yearly
    placements D are conserved over the whole regio (regional woonruimteverdeling), stock figures are
    reported per gemeente and per regio. Compensation is needed and spread per gemeente (the 30 % aim is
    per gemeente); the regio row applies the same formula to the regio totals.
Waterbed
    Water-filling (method.md v2 §3 step 4): every buurt without toewijzing gets a' = min(1, max(0, a0 + δ))
    with one δ per pool that places the placements left after the fixed buurten exactly (see
    :func:`.balance_model.water_fill`); a buurt at 100 % takes nothing extra. The pool is infeasible only
    when those placements exceed the vacancies of the buurten without toewijzing (reported as
    ``niet_plaatsbaar``, every such buurt at 100 %) or are negative (the toewijzing measures alone place
    more than today). When no buurt is left to absorb the change the missing placements are reported.
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

from .balance_measures import (
    MAX_ROW_PROBLEMS,
    MEASURE_COLUMNS,
    MEASURE_KINDS,
    MEASURE_TYPES,
    MEASURES_TABLE,
    NEEDS_SEGMENT,
    NEW_BUILD_FLOOR,
    NEW_BUILD_MULTIPLE,
    SEGMENTS,
    check_plausible,
    describe_row,
    list_scenarios,
    read_measures,
    require_measures,
    select_scenario,
    validate_measures,
)
from .balance_model import (
    AFFORDABLE_NORM,
    EPS,
    NORM_BREACH,
    NOT_A_CANDIDATE,
    BalanceParameters,
    allocate_waterbed,
    allocation_messages,
    apply_measures,
    baseline_concentration,
    compensation_candidates,
    compensation_messages,
    fixed_allocations,
    make_pools,
    norm_messages,
    outlook,
    read_stock,
    social_flows,
    spread_compensation,
)
from .balance_tables import BUURT_FIELDS, SUMMARY_COLUMNS, aggregate, buurt_fields, model_frame, summary_table
from .lazy import lazy_module
from .messages import N_, Message, VeerkrachtError

np = lazy_module("numpy")  # imported on first use: see core/lazy.py
pd = lazy_module("pandas")

__all__ = [
    "AFFORDABLE_NORM", "BUURT_FIELDS", "EPS", "MAX_ROW_PROBLEMS", "MEASURES_TABLE", "MEASURE_COLUMNS", "MEASURE_KINDS",
    "MEASURE_TYPES", "NEEDS_SEGMENT", "NEW_BUILD_FLOOR", "NEW_BUILD_MULTIPLE", "NORM_BREACH", "NOT_A_CANDIDATE",
    "SEGMENTS", "SUMMARY_COLUMNS", "VULNERABLE_SHARE_FIELDS", "default_vulnerable_field",
    "BalanceParameters", "BalanceResult", "check_plausible", "describe_row", "evaluate", "list_scenarios",
    "read_measures", "require_measures", "select_scenario", "validate_measures",
]


#: the vulnerable-share fields the dock chooses by default, in order of preference: the share of households
#: at or around the social minimum is the closest open proxy for aandachtsgroepen (what ``make demo`` uses),
#: then low income (the lowest 40 % nationally: high everywhere, so many buurten start at 100 %)
VULNERABLE_SHARE_FIELDS = ("p_sociaal_minimum_t1", "P_SOCMINH", "P_HH_OSM", "p_laag_inkomen_t1", "P_LAAGINKH",
                           "P_HH_LI")


def default_vulnerable_field(names) -> str | None:
    """The first of :data:`VULNERABLE_SHARE_FIELDS` among the field ``names``, else None."""
    available = set(names)
    return next((name for name in VULNERABLE_SHARE_FIELDS if name in available), None)


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



def evaluate(buurten: pd.DataFrame, measures: pd.DataFrame, scenario: str | None = None,
             parameters: BalanceParameters | None = None) -> BalanceResult:
    """Evaluate one scenario (method.md §3).

    ``buurten``: DataFrame (any index) with columns ``code``, ``gemeente``, optional ``regio``,
    ``woningen`` (or, as a fallback, ``huishoudens``), ``p_corporatie`` (%), optional ``p_koop`` (%),
    optional ``p_kwetsbaar`` (% of households), optional ``klasse`` (vk_klasse codes). Values may be
    text or CBS sentinels (-> missing).
    ``measures``: the output of :func:`read_measures` (or a raw table: it is read first).
    Returns a :class:`BalanceResult`; raises VeerkrachtError for invalid input.

    The stages (see :mod:`.balance_model`): stock before and after the measures, baseline concentration,
    allocation (the waterbed), outlook, compensation, then the tables.
    """
    p = parameters or BalanceParameters()
    _check_parameters(p)
    if "row" not in measures.columns:
        measures = read_measures(measures)
    scenarios = list_scenarios(measures)
    rows, name = select_scenario(measures, scenario)
    rows = rows.reset_index(drop=True)

    # --- 1. stock before and after the measures -----------------------------------------------
    messages = []
    stock = read_stock(buurten, messages)
    segments = stock.segments
    checked = validate_measures(rows, stock.codes, stock.valid, segments)
    check_plausible(rows, checked, stock.gemeente, stock.W, stock.valid)
    after = apply_measures(segments, checked["position"], checked["delta"])

    # --- 3. baseline concentration, 4. allocation, 5. outlook ---------------------------------
    baseline = baseline_concentration(buurten, stock, p.relative_risk, p.allocation_share, messages)
    m = p.turnover / 100.0
    vacancies = {"V": m * stock.S, "V_na": m * after.S}
    fixed, fixed_share = fixed_allocations(stock.n, checked)
    pools = make_pools(stock)
    allocation = allocate_waterbed(baseline.a0, vacancies["V"], vacancies["V_na"], fixed, fixed_share, stock.valid,
                                   pools.id, pools.count)
    infeasibility, notes = allocation_messages(allocation, pools, stock.valid, stock.codes,
                                               "regio" if stock.has_region else "gemeente")
    messages += notes
    future = outlook(baseline, allocation.a_na, after, stock.valid, p)

    # --- 1. stock report and 2. compensation --------------------------------------------------
    target = p.target_social_share / 100.0
    with np.errstate(invalid="ignore"):
        saturated = stock.valid & ((baseline.a0 >= 1 - EPS) | (allocation.a_na >= 1 - EPS))
    room, candidate = compensation_candidates(buurten, stock.valid, after, target, saturated)
    model = model_frame(stock, after, baseline, vacancies, fixed, allocation, pools, future, room, candidate,
                        social_flows(stock.n, checked))
    gem_rows = aggregate(model[stock.valid], ["gemeente"], target)
    spread_compensation(model, gem_rows, candidate, room, stock.gemeente, stock.valid)
    messages += compensation_messages(gem_rows, candidate, room, stock.gemeente)
    messages += norm_messages(gem_rows)

    return BalanceResult(
        scenario=name,
        scenarios=scenarios,
        parameters=p,
        buurten=buurt_fields(model, stock.valid),
        model=model,
        summary=summary_table(model, stock.has_region, target, name, pools, allocation, gem_rows.copy()),
        measures=rows,
        messages=messages + infeasibility,
        infeasibility=infeasibility,
        has_vulnerable=baseline.has_v,
        has_region=stock.has_region,
    )


def _check_parameters(p: BalanceParameters) -> None:
    if p.relative_risk < 1:
        raise VeerkrachtError(N_("RELATIVE_RISK must be 1 or more (found {value})."), value=p.relative_risk)
    if not 0 <= p.turnover <= 100:
        raise VeerkrachtError(N_("TURNOVER must be a percentage from 0 to 100 (found {value})."), value=p.turnover)
