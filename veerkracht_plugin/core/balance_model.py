"""The model of the citywide balance (method.md §3), stage by stage, vectorised over buurten.

Part of :mod:`.balance`; pure numpy/pandas. :func:`.balance.evaluate` runs the stages in this order:

1. :func:`read_stock` – the stock before (W, S, koop, ph) and which buurten are valid;
2. :func:`apply_measures` – the stock after the validated measures;
3. :func:`baseline_concentration` – v, u, σ0 and today's allocation a0 (method.md §3 step 3);
4. :func:`allocate_waterbed` – the allocation after the scenario (step 4). It sees only the arrays in its
   signature and returns an :class:`Allocation`, so another allocation rule can take its place;
   :func:`allocation_messages` words its result;
5. :func:`outlook` – σH, v_H and vk_kantelt after HORIZON years (step 5);
6. :func:`compensation_candidates`, :func:`social_flows`, :func:`spread_compensation` and the messages of
   steps 1 and 2.

The choices where method.md is silent are in the docstring of :mod:`.balance`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Tuple

from .balance_measures import _keywords, _numbers, _texts
from .lazy import lazy_module
from .messages import N_, Count, Message, Number, VeerkrachtError

np = lazy_module("numpy")  # imported on first use: see core/lazy.py
pd = lazy_module("pandas")

NOT_A_CANDIDATE = ("onder_druk", "problemen", "geen_gegevens")
AFFORDABLE_NORM = 2.0 / 3.0
#: the message for a gemeente whose new build is less than two-thirds affordable (the HTML puts it on top)
NORM_BREACH = N_(
    "Gemeente {area}: {share} % of the new-build programme is affordable (sociale or particuliere huur), below "
    "the two-thirds norm."
)
EPS = 1e-9


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
class Stock:
    """The buurten before the scenario: codes, areas, validity and the stock in dwellings (0 when invalid)."""

    index: pd.Index
    codes: np.ndarray
    gemeente: np.ndarray
    regio: np.ndarray | None  # None without a regio field
    valid: np.ndarray
    W: np.ndarray
    S: np.ndarray
    koop: np.ndarray
    ph: np.ndarray

    @property
    def n(self) -> int:
        return len(self.codes)

    @property
    def has_region(self) -> bool:
        return self.regio is not None

    @property
    def pool(self) -> np.ndarray:
        """The area whose placements are conserved: the regio when given, else the gemeente."""
        return self.regio if self.has_region else self.gemeente

    @property
    def segments(self) -> np.ndarray:
        """The stock as an (n, 3) int array: soc, ph, koop."""
        return np.column_stack([self.S, self.ph, self.koop])


@dataclass
class StockAfter:
    """The stock after the measures (dwellings)."""

    S: np.ndarray
    ph: np.ndarray
    koop: np.ndarray
    W: np.ndarray


@dataclass
class Baseline:
    """Step 3 in fractions: vulnerable shares v (NaN without), u outside social rent, σ0 among social tenants,
    today's allocation share a0."""

    has_v: bool
    v: np.ndarray
    u: np.ndarray
    sigma0: np.ndarray
    a0: np.ndarray


@dataclass
class Pools:
    """The pools of the allocation: ``codes`` sorted ('' also collects the invalid buurten), ``id`` per buurt."""

    codes: np.ndarray
    id: np.ndarray

    @property
    def count(self) -> int:
        return len(self.codes)


@dataclass
class Allocation:
    """What an allocation stage returns: per buurt (fractions, placements per year) and per pool."""

    a_na: np.ndarray  # the allocation share after, as placed (at most 1; NaN for invalid buurten)
    a_na_raw: np.ndarray  # the share that would place everything (above 1 where it cannot be placed)
    zeroed: np.ndarray  # bool: would have gone below 0 and was set to 0
    over: np.ndarray  # bool: at 100 % of its vacancies in a pool that still cannot place everything
    unplaced: np.ndarray  # the pool's placements that cannot be made, spread over its buurten at 100 %
    delta: np.ndarray  # per pool: the change δ of the other buurten's share (fraction)
    unplaced_pool: np.ndarray  # per pool: placements per year that cannot be made
    surplus_pool: np.ndarray  # per pool: fixed placements above today's that no buurt can give up
    capped: np.ndarray  # bool: a buurt without toewijzing at 100 % of its vacancies after (takes nothing extra)
    stuck_pool: np.ndarray  # per pool: the part of unplaced_pool that no buurt has vacancies for
    need_pool: np.ndarray  # per pool: the placements the buurten without toewijzing must take, D − Σ_fixed a'·V'
    capacity_pool: np.ndarray  # per pool: the social vacancies per year of the buurten without toewijzing

    @property
    def feasible(self) -> np.ndarray:
        """Per pool: every placement has a place."""
        return (self.unplaced_pool <= 1e-6) & (self.surplus_pool <= 1e-6)


@dataclass
class Outlook:
    """Step 5: σH and v_H (fractions, NaN where unknown) and vk_kantelt (nullable boolean)."""

    sigmaH: np.ndarray
    vH: np.ndarray
    kantelt: pd.arrays.BooleanArray


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


def _fmt(value, digits=1):
    """A number for messages: written with the reader's decimal mark when the message is formatted."""
    return Number(value, digits)


# --- 1. stock ------------------------------------------------------------------------------------


def read_stock(buurten: pd.DataFrame, messages: List[Message]) -> Stock:
    """The stock before the scenario; appends the warnings about invalid buurten and missing shares."""
    codes = _texts(buurten["code"])
    gemeente = _texts(buurten["gemeente"])
    regio = _texts(buurten["regio"]) if "regio" in buurten.columns else None
    dwellings = _dwellings(buurten, messages)
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
    koop = _owner_stock(buurten, codes, valid, W, S, messages)
    return Stock(buurten.index, codes, gemeente, regio, valid, W, S, koop, W - S - koop)


def _dwellings(buurten, messages):
    if "woningen" in buurten.columns:
        return _numbers(buurten["woningen"])
    if "huishoudens" in buurten.columns:
        messages.append(
            Message(N_("No dwellings field: the number of households is used as the number of dwellings."))
        )
        return _numbers(buurten["huishoudens"])
    raise VeerkrachtError(N_("The buurt layer needs a dwellings (or households) field."))


def _owner_stock(buurten, codes, valid, W, S, messages):
    """The koop stock from the owner-occupied share (0 without it), at most W − S."""
    if "p_koop" not in buurten.columns:
        messages.append(
            Message(N_("No owner-occupied share: all dwellings that are not social rent count as particuliere huur."))
        )
        return np.zeros(len(codes), dtype=np.int64)
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
    return koop


def apply_measures(segments: np.ndarray, position: np.ndarray, delta: np.ndarray) -> StockAfter:
    """The stock after adding each measure row's ``delta`` (rows, 3) to the ``segments`` (n, 3) of its buurt."""
    after = segments.copy()
    np.add.at(after, position, delta)
    return StockAfter(S=after[:, 0], ph=after[:, 1], koop=after[:, 2], W=after.sum(axis=1))


# --- 3. baseline concentration -------------------------------------------------------------------


def baseline_concentration(buurten: pd.DataFrame, stock: Stock, relative_risk: float, allocation_share: float,
                           messages: List[Message]) -> Baseline:
    """v, u and σ0 from the vulnerable share ``p_kwetsbaar`` (%), or σ0 = ALLOCATION_SHARE without it; a0 = σ0."""
    n, valid, codes = stock.n, stock.valid, stock.codes
    rho = relative_risk
    alloc = allocation_share / 100.0
    has_v = "p_kwetsbaar" in buurten.columns
    v = np.full(n, np.nan)
    u = np.full(n, np.nan)
    sigma0 = np.full(n, alloc)
    if has_v:
        raw = _numbers(buurten["p_kwetsbaar"]) / 100.0
        with np.errstate(invalid="ignore"):
            v_ok = valid & np.isfinite(raw) & (raw >= 0) & (raw <= 1) & (stock.W > 0)
        if (valid & ~v_ok).any():
            messages.append(
                Message(
                    N_(
                        "{n} buurt(en) have no vulnerable share (or no dwellings); their concentration among "
                        "social tenants is taken as ALLOCATION_SHARE ({share} %): {codes}"
                    ),
                    n=int((valid & ~v_ok).sum()),
                    share=_fmt(allocation_share),
                    codes=_codes(codes[valid & ~v_ok], 10),
                )
            )
        v = np.where(v_ok, raw, np.nan)
        Wf, Sf = stock.W.astype(float), stock.S.astype(float)
        with np.errstate(invalid="ignore", divide="ignore"):
            u_plain = v * Wf / (Wf - Sf + rho * Sf)
            s_plain = rho * u_plain
            capped = v_ok & (s_plain > 1)
            u_cap = np.where(Wf > Sf, (v * Wf - Sf) / (Wf - Sf), 0.0)
        u = np.where(v_ok, np.where(capped, u_cap, u_plain), np.nan)
        sigma0 = np.where(v_ok, np.where(capped, 1.0, s_plain), alloc)
    return Baseline(has_v=has_v, v=v, u=u, sigma0=sigma0, a0=sigma0.copy())


# --- 4. allocation ------------------------------------------------------------------------------


def make_pools(stock: Stock) -> Pools:
    codes, ids = np.unique(np.where(stock.valid, stock.pool, ""), return_inverse=True)
    return Pools(codes=codes, id=ids)


def fixed_allocations(n: int, checked: Dict[str, np.ndarray]) -> Tuple[np.ndarray, np.ndarray]:
    """(fixed, share): the buurten with a toewijzing measure and its aandeel (NaN elsewhere)."""
    fixed = np.zeros(n, dtype=bool)
    share = np.full(n, np.nan)
    rows = checked["kind"] == "toewijzing"
    fixed[checked["position"][rows]] = True
    share[checked["position"][rows]] = checked["share"][rows]
    return fixed, share


def allocate_waterbed(a0: np.ndarray, V: np.ndarray, V_na: np.ndarray, fixed: np.ndarray, fixed_share: np.ndarray,
                      valid: np.ndarray, pool_id: np.ndarray, n_pools: int) -> Allocation:
    """The waterbed of method.md v2 §3 step 4 with water-filling: the placements D = Σ a0·V of each pool are
    conserved.

    ``a0``: today's allocation shares; ``V``/``V_na``: social vacancies per year before/after; ``fixed``:
    buurten whose share after is ``fixed_share`` (toewijzing); ``pool_id`` (0 .. n_pools − 1) per buurt.
    The other valid buurten ("rest") get a' = min(1, max(0, a0 + δ)) with the one δ per pool that places
    R = D − Σ_fixed a'·V' (:func:`water_fill`): a buurt at 1 takes nothing extra, one at 0 gives nothing up,
    and the others share what those cannot take. Only when R exceeds the rest's vacancies Σ_rest V' (or is
    below 0: the fixed buurten alone place more than D) is the pool infeasible; the placements that cannot
    be made are reported per pool and spread over the rest buurten by their vacancies (``unplaced``).
    """
    def gsum(values, mask):
        return np.bincount(pool_id, weights=np.where(mask, values, 0.0), minlength=n_pools)

    rest = valid & ~fixed
    D = gsum(a0 * V, valid)
    need = D - gsum(np.where(fixed, fixed_share, 0.0) * V_na, valid & fixed)  # R per pool
    capacity = gsum(V_na, rest & (V_na > 0))
    short = np.maximum(need - capacity, 0.0)  # placements that find no vacancy
    surplus = np.maximum(-need, 0.0)  # fixed placements above D
    delta = water_fill(a0, V_na, rest, np.clip(need, 0.0, capacity), pool_id, n_pools)
    a_rest = np.clip(a0 + delta[pool_id], 0.0, 1.0)
    a_na = np.where(valid, np.where(fixed, fixed_share, a_rest), np.nan)
    placing = rest & (V_na > 0)
    zeroed = placing & (a0 + delta[pool_id] <= EPS) & (a0 > EPS)
    capped = placing & (a_rest >= 1.0 - EPS)
    infeasible_short = short > 1e-6
    over = capped & infeasible_short[pool_id]
    with np.errstate(invalid="ignore", divide="ignore"):
        unplaced = np.where(over, short[pool_id] * V_na / np.where(capacity > 0, capacity, 1.0)[pool_id], 0.0)
        raw = np.where(over, a_na + unplaced / np.where(V_na > 0, V_na, 1.0), a_na)
    # a pool without any vacancy outside the fixed buurten: its shortfall belongs to no buurt
    stuck = np.where(capacity <= EPS, short, 0.0)
    return Allocation(a_na=a_na, a_na_raw=raw, zeroed=zeroed, over=over, unplaced=unplaced, delta=delta,
                      unplaced_pool=short, surplus_pool=surplus, capped=capped, stuck_pool=stuck,
                      need_pool=need, capacity_pool=capacity)


def water_fill(a0: np.ndarray, V: np.ndarray, rest: np.ndarray, target: np.ndarray, pool_id: np.ndarray,
               n_pools: int) -> np.ndarray:
    """Per pool the δ with Σ_rest min(1, max(0, a0 + δ))·V = target (0 ≤ target ≤ Σ_rest V), vectorised.

    f(δ) = Σ V·clip(a0 + δ, 0, 1) is piecewise linear and non-decreasing: a buurt starts to count at
    δ = −a0 (slope +V) and stops at δ = 1 − a0 (slope −V). The breakpoints of all pools are sorted once
    (pool, then position); f at each breakpoint is a running sum within the pool, and δ lies on the segment
    after the last breakpoint with f ≤ target. A pool without vacancies in its rest buurten gets δ = 0.
    """
    delta = np.zeros(n_pools)
    use = rest & (V > 0)
    if not use.any():
        return delta
    a, v, p = a0[use], V[use], pool_id[use]
    pos = np.concatenate([-a, 1.0 - a])
    step = np.concatenate([v, -v])
    pool = np.concatenate([p, p])
    order = np.argsort(pool * 4.0 + pos, kind="stable")  # by pool, then position (pos lies in [−1, 1])
    pos, step, pool = pos[order], step[order], pool[order]
    slope = np.cumsum(step)  # slope of f right of each breakpoint (each pool's steps sum to 0)
    same = pool[1:] == pool[:-1]
    rise = np.where(same, slope[:-1] * (pos[1:] - pos[:-1]), 0.0)
    f = np.concatenate([[0.0], np.cumsum(rise)])
    starts = np.flatnonzero(np.concatenate([[True], ~same]))
    f -= np.repeat(f[starts], np.diff(np.concatenate([starts, [len(f)]])))
    slope -= np.repeat(np.concatenate([[0.0], slope[starts[1:] - 1]]), np.diff(np.concatenate([starts, [len(f)]])))
    goal = target[pool]
    last = np.maximum.reduceat(np.where(f <= goal, np.arange(len(f)), -1), starts)
    k = np.maximum(last, starts)
    with np.errstate(invalid="ignore", divide="ignore"):
        move = np.where(slope[k] > EPS, (goal[k] - f[k]) / np.where(slope[k] > EPS, slope[k], 1.0), 0.0)
    delta[pool[starts]] = pos[k] + move
    return delta


def allocation_messages(allocation: Allocation, pools: Pools, valid: np.ndarray, codes: np.ndarray,
                        area_word: str) -> Tuple[List[Message], List[Message]]:
    """(infeasibility, notes): per pool the placements that cannot be made, the buurten set to 0 and the
    buurten at 100 % that take nothing extra."""
    infeasibility, notes = [], []
    for j, code in enumerate(pools.codes):
        in_pool = valid & (pools.id == j)
        if not in_pool.any():
            continue
        if allocation.unplaced_pool[j] > 1e-6:
            infeasibility.append(Message(
                N_(
                    "Not feasible in {level} {area}: {n} placements of aandachtsgroepen per year find no social "
                    "vacancy. {need} placements per year must go to the buurten without toewijzing, and they have "
                    "{capacity} social vacancies per year, all of them already given to aandachtsgroepen."
                ),
                level=area_word,
                area=code,
                n=Count(allocation.unplaced_pool[j]),
                need=Count(allocation.need_pool[j]),
                capacity=Count(allocation.capacity_pool[j]),
            ))
        if allocation.surplus_pool[j] > 1e-6:
            infeasibility.append(Message(
                N_(
                    "Scenario not feasible in {level} {area}: the fixed allocations (toewijzing) place "
                    "{n} more aandachtsgroepen per year than there are today, and no other buurt can "
                    "take fewer."
                ),
                level=area_word,
                area=code,
                n=Count(allocation.surplus_pool[j]),
            ))
        hit = in_pool & allocation.zeroed
        if hit.any():
            notes.append(Message(
                N_(
                    "{level} {area}: {n} buurt(en) would get a negative allocation share; it is set to 0 "
                    "and the change is spread over the other buurten: {codes}"
                ),
                level=area_word,
                area=code,
                n=int(hit.sum()),
                codes=_codes(codes[hit], 10),
            ))
        full = in_pool & allocation.capped & ~allocation.over
        if full.any() and allocation.delta[j] > EPS:
            notes.append(Message(
                N_(
                    "{level} {area}: {n} buurt(en) give all their social vacancies to aandachtsgroepen (100 %) "
                    "and take nothing extra; the other buurten take their part: {codes}"
                ),
                level=area_word,
                area=code,
                n=int(full.sum()),
                codes=_codes(codes[full], 10),
            ))
    return infeasibility, notes


# --- 5. outlook ---------------------------------------------------------------------------------


def outlook(baseline: Baseline, a_na: np.ndarray, after: StockAfter, valid: np.ndarray,
            p: BalanceParameters) -> Outlook:
    """σH = a' + (σ0 − a')·(1 − m)^HORIZON, v_H and vk_kantelt (v_H reaches the threshold, v was below)."""
    decay = (1.0 - p.turnover / 100.0) ** p.horizon
    sigmaH = np.where(valid, a_na + (baseline.sigma0 - a_na) * decay, np.nan)
    v, S_na, W_na = baseline.v, after.S, after.W
    with np.errstate(invalid="ignore", divide="ignore"):
        vH = (sigmaH * S_na + baseline.u * (W_na - S_na)) / W_na
    vH = np.where(valid & np.isfinite(v) & (W_na > 0), vH, np.nan)
    threshold = p.concentration_threshold / 100.0
    kantelt = pd.array(
        np.where(np.isfinite(vH) & np.isfinite(v), (vH >= threshold - EPS) & (v < threshold), False), dtype="boolean"
    )
    kantelt[~(np.isfinite(vH) & np.isfinite(v))] = pd.NA
    return Outlook(sigmaH=sigmaH, vH=vH, kantelt=kantelt)


# --- 1. stock report and 2. compensation --------------------------------------------------------


def compensation_candidates(buurten: pd.DataFrame, valid: np.ndarray, after: StockAfter, target: float,
                            saturated: np.ndarray | None = None) -> Tuple[np.ndarray, np.ndarray]:
    """(room, candidate): room = target·W' − S' (NaN when invalid) and the buurten that may take compensation.

    ``saturated``: buurten that give 100 % of their social vacancies to aandachtsgroepen (before or after);
    they are never a candidate."""
    room = np.where(valid, target * after.W - after.S, np.nan)
    if "klasse" in buurten.columns:
        klasse = _keywords(buurten["klasse"])
        class_ok = (klasse != "") & ~np.isin(klasse, NOT_A_CANDIDATE)
    else:
        class_ok = np.ones(len(valid), dtype=bool)
    with np.errstate(invalid="ignore"):
        candidate = valid & class_ok & (room > EPS) & (after.W > 0)
    if saturated is not None:
        candidate &= ~saturated
    return room, candidate


def social_flows(n: int, checked: Dict[str, np.ndarray]) -> Dict[str, np.ndarray]:
    """Per buurt: social dwellings removed and added by the measures, and the new build (total, soc, ph)."""
    position, kind, seg, amount = checked["position"], checked["kind"], checked["segment"], checked["amount"]
    removed_soc = np.zeros(n)
    added_soc = np.zeros(n)
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
    return {"removed_soc": removed_soc, "added_soc": added_soc, "new_total": new_total, "new_soc": new_soc,
            "new_ph": new_ph}


def spread_compensation(model: pd.DataFrame, gem_rows: pd.DataFrame, candidate: np.ndarray, room: np.ndarray,
                        gemeente: np.ndarray, valid: np.ndarray) -> None:
    """Adds ``compensatie`` (each gemeente's need spread over its candidates by room) and ``rank`` to ``model``."""
    comp = dict(zip(gem_rows["gemeente"], gem_rows["compensatie_nodig"]))
    weights = np.where(candidate, room, 0.0)
    spread = _largest_remainder(comp, weights, gemeente)
    model["compensatie"] = np.where(valid, spread, 0)
    model["rank"] = (
        pd.Series(np.where(candidate, room, np.nan), index=model.index)
        .groupby(gemeente)
        .rank(method="first", ascending=False)
        .to_numpy()
    )


def compensation_messages(gem_rows: pd.DataFrame, candidate: np.ndarray, room: np.ndarray,
                          gemeente: np.ndarray) -> List[Message]:
    """Gemeenten whose compensation has no candidate, or more than the room below the target."""
    messages = []
    for row in gem_rows[gem_rows["compensatie_nodig"] > 0].to_dict("records"):
        area, need = row["gemeente"], int(row["compensatie_nodig"])
        in_g = candidate & (gemeente == area)
        if not in_g.any():
            messages.append(Message(
                N_(
                    "Gemeente {area}: {n} social dwellings need compensation, but no buurt qualifies as a "
                    "candidate (valid, not under pressure, social share below the target)."
                ),
                area=area,
                n=need,
            ))
        elif need > room[in_g].sum() + EPS:
            messages.append(Message(
                N_(
                    "Gemeente {area}: the compensation ({n}) is larger than the room below the target in "
                    "the candidate buurten ({room}); the suggested spread takes them above the target."
                ),
                area=area,
                n=need,
                room=_fmt(room[in_g].sum(), 0),
            ))
    return messages


def norm_messages(gem_rows: pd.DataFrame) -> List[Message]:
    """Gemeenten whose new build is less than two-thirds affordable (:data:`NORM_BREACH`)."""
    messages = []
    for row in gem_rows[gem_rows["nieuwbouw"] > 0].to_dict("records"):
        share = row["nieuwbouw_betaalbaar_aandeel"]
        if pd.notna(share) and share < AFFORDABLE_NORM * 100 - EPS:
            messages.append(Message(NORM_BREACH, area=row["gemeente"], share=_fmt(share, 1)))
    return messages
