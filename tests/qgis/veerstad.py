"""The demo city Veerstad, scored as a user would (preparecbs -> joinleefbaarometer -> score), into a
GeoPackage: a realistic buurt layer for the dock and presentation tests (the nine maps, wijken, names)."""

from tests.paths import ROOT

DEMO = ROOT / "veerkracht_plugin" / "resources" / "demo"


def demo_layer(year):
    return f"{DEMO / f'veerstad_buurten_{year}.gpkg'}|layername=buurten_{year}"


def scored_veerstad(run_alg, path, leefbaarometer=None):
    """Write the scored demo city to ``path`` (a .gpkg); returns the path. ``leefbaarometer`` replaces the
    demo's buurt-level Leefbaarometer CSV (e.g. a wijk-level one)."""
    prepared = run_alg("preparecbs", {"BUURTEN_T0": demo_layer(2016), "BUURTEN_T1": demo_layer(2022),
                                      "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    joined = run_alg("joinleefbaarometer", {
        "INPUT": prepared, "LEEFBAAROMETER": str(leefbaarometer or DEMO / "veerstad_leefbaarometer.csv"),
        "YEAR_T0": 2014, "YEAR_T1": 2022, "DIMENSIONS": [3], "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    run_alg("score", {
        "INPUT": joined,
        "VULNERABILITY_T0": ["p_laag_inkomen_t0", "p_sociaal_minimum_t0"],
        "VULNERABILITY_T1": ["p_laag_inkomen_t1", "p_sociaal_minimum_t1"],
        "PROBLEMS_T0": ["lbm_onv_t0"], "PROBLEMS_T1": ["lbm_onv_t1"], "PROBLEMS_HIGHER_IS_BETTER": True,
        "OUTPUT": str(path),
    })
    return path
