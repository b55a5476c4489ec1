"""The tables of the citywide balance (method.md §3): the model frame, the summary and the buurt fields.

Part of :mod:`.balance` (which re-exports :data:`BUURT_FIELDS` and :data:`SUMMARY_COLUMNS`); pure
numpy/pandas. Every share in these tables is a percentage 0–100 (see "Units" in :mod:`.balance`).
"""

from __future__ import annotations

from typing import Dict, List

from .balance_model import EPS, Allocation, Baseline, Outlook, Pools, Stock, StockAfter
from .balance_verdict import row_reason
from .lazy import lazy_module

np = lazy_module("numpy")  # imported on first use: see core/lazy.py
pd = lazy_module("pandas")

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

#: Summary columns: method.md §3 names plus niveau, netto_sociaal, nieuwbouw, plaatsingen_na, niet_plaatsbaar,
#: doel_gehaald (tekort = 0) and reden (the feasibility in one sentence, :func:`.balance_verdict.row_reason`).
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
    ("doel_gehaald", "bool"),
    ("reden", "string"),
    ("buurten_kantelen", "int"),
)


def model_frame(stock: Stock, after: StockAfter, baseline: Baseline, vacancies: Dict[str, np.ndarray],
                fixed: np.ndarray, allocation: Allocation, pools: Pools, future: Outlook, room: np.ndarray,
                candidate: np.ndarray, flows: Dict[str, np.ndarray]) -> pd.DataFrame:
    """The model per buurt on the input index (fractions and dwellings; see :class:`.balance.BalanceResult`).

    ``vacancies``: ``V`` and ``V_na``, the social vacancies per year before and after; ``flows``: the
    columns of :func:`.balance_model.social_flows`. Compensation and rank are added later.
    """
    valid = stock.valid
    V, V_na = vacancies["V"], vacancies["V_na"]
    return pd.DataFrame(
        {
            "code": stock.codes,
            "gemeente": stock.gemeente,
            "regio": stock.regio if stock.has_region else "",
            "pool": stock.pool,
            "valid": valid,
            "W": stock.W,
            "S": stock.S,
            "koop": stock.koop,
            "ph": stock.ph,
            "W_na": after.W,
            "S_na": after.S,
            "koop_na": after.koop,
            "ph_na": after.ph,
            "v": baseline.v,
            "u": baseline.u,
            "sigma0": np.where(valid, baseline.sigma0, np.nan),
            "a0": np.where(valid, baseline.a0, np.nan),
            "a_na": allocation.a_na,
            "a_na_raw": allocation.a_na_raw,
            "V": V,
            "V_na": V_na,
            "P_voor": np.where(valid, baseline.a0 * V, np.nan),
            "P_na": np.where(valid, allocation.a_na * V_na, np.nan),
            "sigmaH": future.sigmaH,
            "vH": future.vH,
            "kantelt": future.kantelt,
            "fixed": fixed,
            "zeroed": allocation.zeroed,
            "room": room,
            "candidate": candidate,
            **flows,
            "delta": np.where(valid, allocation.delta[pools.id] * 100.0, np.nan),
            "feasible": np.where(valid, allocation.feasible[pools.id], True),
            "unplaced": allocation.unplaced,
        },
        index=stock.index,
    )


def aggregate(frame: pd.DataFrame, keys: List[str], target: float) -> pd.DataFrame:
    """Stock figures for the groups in ``frame`` (valid buurten of the model frame), one row per group."""
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


def summary_table(model: pd.DataFrame, has_region: bool, target: float, scenario: str, pools: Pools,
                  allocation: Allocation, gem: pd.DataFrame) -> pd.DataFrame:
    """The summary (:data:`SUMMARY_COLUMNS`): the gemeente rows ``gem`` of :func:`aggregate` completed with
    the allocation of their pool, then with a regio field one row per regio."""
    frame = model[model["valid"].to_numpy(dtype=bool)]
    columns = [c for c, _kind in SUMMARY_COLUMNS]
    pool_delta = dict(zip(pools.codes, allocation.delta * 100.0))
    pool_feasible = dict(zip(pools.codes, allocation.feasible))
    pool_unplaced = dict(zip(pools.codes, allocation.unplaced_pool))
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
        reg = aggregate(frame, ["regio"], target)
        reg["niveau"] = "regio"
        reg["gemeente"] = ""
        reg["delta_toewijzing"] = reg["regio"].map(pool_delta)
        reg["haalbaar"] = reg["regio"].map(pool_feasible).astype(bool)
        reg["niet_plaatsbaar"] = reg["regio"].map(pool_unplaced)
        parts.append(reg)
    out = pd.concat(parts, ignore_index=True)
    out["scenario"] = scenario
    out["doel_gehaald"] = out["tekort"] <= 0
    out["reden"] = [row_reason({"haalbaar": ok, "plaatsingen": placed, "niet_plaatsbaar": stuck}).format()
                    for ok, placed, stuck in zip(out["haalbaar"].tolist(), out["plaatsingen"].tolist(),
                                                 out["niet_plaatsbaar"].tolist())]
    return out[columns]


def buurt_fields(model: pd.DataFrame, valid: np.ndarray) -> pd.DataFrame:
    """The buurt output fields (:data:`BUURT_FIELDS`, shares in %) on the model's index; NULL when invalid."""

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
