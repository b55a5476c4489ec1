#!/usr/bin/env python3
"""The veerkracht method (method.md §1) written the way a data analyst would outside QGIS:
geopandas + pyogrio, read -> compute -> write GeoPackage. A baseline for `make bench`, not product code.

    python benchmarks/analyst_geopandas.py INPUT.gpkg OUTPUT.gpkg
"""

import sys

import geopandas as gpd
import numpy as np
import pandas as pd


def wstd(x, w):
    mu = np.average(x, weights=w)
    return np.sqrt(np.average((x - mu) ** 2, weights=w))


def main(src, dst):
    gdf = gpd.read_file(src, engine="pyogrio")
    pop = gdf["inwoners_t1"]
    k0, k1 = gdf["p_laag_inkomen_t0"], gdf["p_laag_inkomen_t1"]
    p0, p1 = -gdf["lbm_onv_t0"], -gdf["lbm_onv_t1"]
    valid = (pop >= 100) & (gdf["huishoudens_t1"] >= 50) & k0.notna() & k1.notna() & p0.notna() & p1.notna()
    valid &= gdf["vk_indeling"] != 3
    r = gdf[valid]
    w = r["inwoners_t1"]
    dk = (r["p_laag_inkomen_t1"] - r["p_laag_inkomen_t0"]) / wstd(r["p_laag_inkomen_t1"] - r["p_laag_inkomen_t0"], w)
    dp_raw = -(r["lbm_onv_t1"] - r["lbm_onv_t0"])
    dp = dp_raw / wstd(dp_raw, w)
    kn = (r["p_laag_inkomen_t1"] - np.average(r["p_laag_inkomen_t1"], weights=w)) / wstd(r["p_laag_inkomen_t1"], w)
    pn = (-r["lbm_onv_t1"] - np.average(-r["lbm_onv_t1"], weights=w)) / wstd(-r["lbm_onv_t1"], w)
    frame = pd.DataFrame({"dk": dk, "dp": dp, "w": w, "g": r["gemeentecode"]})
    means = frame.groupby("g").apply(lambda t: pd.Series({"mk": np.average(t.dk, weights=t.w),
                                                           "mp": np.average(t.dp, weights=t.w)}))
    dk_rel = dk - frame["g"].map(means["mk"])
    dp_rel = dp - frame["g"].map(means["mp"])

    def klasse(a, b):
        tk = np.where(a > 0.25, 1, np.where(a < -0.25, -1, 0))
        tp = np.where(b > 0.25, 1, np.where(b < -0.25, -1, 0))
        return np.select(
            [(tk == 1) & (tp == 1), tk == 1, tp == 1, tp == -1],
            ["onder_druk", "veerkrachtig", "problemen", "gunstig"], "stabiel")

    b, a = np.polyfit(dk, dp, 1, w=np.sqrt(w))
    score = -(dp - (a + b * dk))

    def terciles(values):
        order = pd.DataFrame({"v": values, "w": w, "c": r["buurtcode"]}).sort_values(["v", "c"])
        share = order["w"].cumsum() / order["w"].sum()
        return pd.Series(np.where(share <= 1 / 3, 1, np.where(share <= 2 / 3, 2, 3)), index=order.index)

    focus = (terciles(kn) - 1) * 3 + terciles(pn)
    out = gdf.copy()
    out["vk_dk"], out["vk_dp"], out["vk_dk_rel"], out["vk_dp_rel"] = dk, dp, dk_rel, dp_rel
    out.loc[valid, "vk_klasse"] = klasse(dk, dp)
    out.loc[valid, "vk_klasse_rel"] = klasse(dk_rel, dp_rel)
    out.loc[~valid, ["vk_klasse", "vk_klasse_rel"]] = "geen_gegevens"
    out["vk_k_niveau"], out["vk_p_niveau"], out["vk_score"], out["vk_focus"] = kn, pn, score, focus
    out["vk_signaal"] = (out["vk_klasse"] == "veerkrachtig") & (out["vk_k_niveau"] > 1)
    out["vk_corpbuurt"] = out["p_corporatie_t1"] > 200 / 3
    out.to_file(dst, driver="GPKG", engine="pyogrio")


if __name__ == "__main__":
    import time

    start = time.perf_counter()
    main(sys.argv[1], sys.argv[2])
    print(f"seconds={time.perf_counter() - start:.4f}")  # read -> compute -> write, imports excluded
