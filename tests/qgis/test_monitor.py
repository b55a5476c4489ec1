"""veerkracht:monitor (method.md §5): every period equals veerkracht:score on that period, on random layers and
on the real Apeldoorn data; the tables and the layer as a user gets them."""

import numpy as np
import pandas as pd
import pytest
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsVectorLayer

from tests.paths import APELDOORN_LBM, APELDOORN_LONG

YEARS = [2016, 2018, 2020, 2022]
SCORE_FIELDS = ["vk_klasse", "vk_klasse_rel", "vk_dk", "vk_dp", "vk_score", "vk_reden", "vk_focus", "vk_signaal"]


def memory_layer(frame, name="buurten"):
    """A polygon layer (EPSG:28992, 1 km squares) with the columns of ``frame`` (text, double)."""
    spec = "&".join(f"field={c}:{'string' if frame[c].dtype == object else 'double'}" for c in frame.columns)
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:28992&{spec}", name, "memory")
    features = []
    for i, row in enumerate(frame.itertuples(index=False)):
        x, y = 150000 + (i % 10) * 1000, 450000 + (i // 10) * 1000
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + 900} {y},{x + 900} {y + 900},{x} {y + 900},"
                                                f"{x} {y}))"))
        feature.setAttributes([None if (isinstance(v, float) and np.isnan(v)) else v for v in row])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def random_frame(seed, n=40):
    rng = np.random.default_rng(seed)
    data = {"buurtcode": [f"BU{seed:04d}{i:04d}" for i in range(n)],
            "gemeentecode": rng.choice(["GM0001", "GM0002"], n).astype(object)}
    for year in YEARS:
        data[f"inwoners_{year}"] = rng.choice([50.0, 400.0, 1500.0, 4000.0, np.nan], n, p=[.1, .3, .3, .25, .05])
        data[f"huishoudens_{year}"] = np.round(data[f"inwoners_{year}"] / 2.1)
        for stem in ("p_laag_inkomen", "p_bijstand", "lbm_onv"):
            values = rng.normal(10, 4, n).round(1)
            values[rng.random(n) < 0.05] = np.nan
            data[f"{stem}_{year}"] = values
    return pd.DataFrame(data)


def score_period(run_alg, layer, t0, t1, problems=("lbm_onv",), vulnerability=("p_laag_inkomen", "p_bijstand"),
                 weights="1, 2", households=True):
    parameters = {
        "INPUT": layer, "POPULATION_FIELD": f"inwoners_{t1}", "POPULATION_T0_FIELD": f"inwoners_{t0}",
        "VULNERABILITY_T0": [f"{s}_{t0}" for s in vulnerability],
        "VULNERABILITY_T1": [f"{s}_{t1}" for s in vulnerability],
        "PROBLEMS_T0": [f"{s}_{t0}" for s in problems], "PROBLEMS_T1": [f"{s}_{t1}" for s in problems],
        "VULNERABILITY_WEIGHTS": weights, "OUTPUT": "memory:",
    }
    if households:
        parameters["HOUSEHOLDS_FIELD"] = f"huishoudens_{t1}"
        parameters["HOUSEHOLDS_T0_FIELD"] = f"huishoudens_{t0}"
    result = run_alg("score", parameters)
    return {f["buurtcode"]: f for f in result["OUTPUT"].getFeatures()}


def same(a, b):
    if a == NULL or a is None:
        return b == NULL or b is None
    if isinstance(a, float):
        return b != NULL and b is not None and b == pytest.approx(a, abs=1e-9)
    return a == b


def check_against_score(run_alg, layer, result, years, **score_kwargs):
    table = result["OUTPUT_MONITOR"]
    rows = list((QgsVectorLayer(table, "vk_monitor", "ogr") if isinstance(table, str) else table).getFeatures())
    output = result["OUTPUT"]
    output = QgsVectorLayer(output, "monitor", "ogr") if isinstance(output, str) else output
    buurten = {f["buurtcode"]: f for f in output.getFeatures()}
    pairs = list(zip(years[:-1], years[1:])) + [(years[0], years[-1])]
    assert len(rows) == len(pairs) * layer.featureCount()
    for t0, t1 in pairs:
        scored = score_period(run_alg, layer, t0, t1, **score_kwargs)
        label = f"{t0}–{t1}"
        period_rows = {r["buurtcode"]: r for r in rows if r["periode"] == label}
        assert set(period_rows) == set(scored)
        for code, feature in scored.items():
            row = period_rows[code]
            assert (row["jaar_t0"], row["jaar_t1"]) == (t0, t1)
            for name in ("vk_klasse", "vk_klasse_rel", "vk_dk", "vk_dp", "vk_score", "vk_reden"):
                assert same(feature[name], row[name]), (label, code, name, feature[name], row[name])
            if (t0, t1) == (years[0], years[-1]):
                for name in SCORE_FIELDS:
                    assert same(feature[name], buurten[code][f"{name}_span"]), (code, name)
    return buurten


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_period_equals_score_on_random_layers(run_alg, seed):
    layer = memory_layer(random_frame(seed))
    result = run_alg("monitor", {
        "INPUT": layer, "YEARS": "2016, 2018, 2020, 2022", "VULNERABILITY": "p_laag_inkomen, p_bijstand",
        "VULNERABILITY_WEIGHTS": "1, 2", "PROBLEMS": "lbm_onv", "OUTPUT": "memory:", "OUTPUT_MONITOR": "memory:",
        "OUTPUT_TRANSITIONS": "memory:", "OUTPUT_PERSPECTIVES": "memory:",
    })
    buurten = check_against_score(run_alg, layer, result, YEARS)
    monitor_rows = list(result["OUTPUT_MONITOR"].getFeatures())
    for code, feature in buurten.items():
        own = [r["vk_klasse"] for r in monitor_rows if r["buurtcode"] == code][:3]
        assert feature["vk_traject"] == ">".join(own)
        assert feature["vk_n_onder_druk"] == own.count("onder_druk")
    transitions = list(result["OUTPUT_TRANSITIONS"].getFeatures())
    assert len(transitions) == 2 * 25
    for before, after in (("2016–2018", "2018–2020"), ("2018–2020", "2020–2022")):
        valid = sum(1 for code in buurten
                    if all(r["vk_reden"] == NULL for r in monitor_rows
                           if r["buurtcode"] == code and r["periode"] in (before, after)))
        assert sum(t["aantal"] for t in transitions if t["periode_van"] == before) == valid
    assert result["OUTPUT_PERSPECTIVES"].featureCount() == 0  # no tags


def apeldoorn_wide(years=(2018, 2020, 2022)):
    """The Apeldoorn buurten (2022 polygons) with inwoners_, huishoudens_, p_laag_inkomen_ and lbm_onv_<year>."""
    long = pd.read_csv(APELDOORN_LONG)
    long = long[long["jaar"].isin(years)]
    wide = long.pivot(index="bu_code", columns="jaar", values=["a_inw", "a_hh", "p_hh_li"])
    names = {"a_inw": "inwoners", "a_hh": "huishoudens", "p_hh_li": "p_laag_inkomen"}
    wide.columns = [f"{names[a]}_{y}" for a, y in wide.columns]
    codes = long.drop_duplicates("bu_code").set_index("bu_code")[["wk_code", "gm_code"]]
    lbm = pd.read_csv(APELDOORN_LBM, na_values=["NA"])
    lbm = lbm[lbm["jaar"].isin(years)].pivot(index="wk_code", columns="jaar", values="onv")
    frame = codes.join(wide)
    for year in years:
        frame[f"lbm_onv_{year}"] = frame["wk_code"].map(lbm[year])
    frame = frame.reset_index().rename(columns={"bu_code": "buurtcode", "gm_code": "gemeentecode"})
    return frame.astype({c: float for c in frame.columns if c[-4:].isdigit()})


def test_apeldoorn_2018_2020_2022_equals_score(run_alg, tmp_path):
    frame = apeldoorn_wide()
    layer = memory_layer(frame)
    out = tmp_path / "monitor.gpkg"
    result = run_alg("monitor", {
        "INPUT": layer, "YEARS": "2018,2020,2022", "OUTPUT": str(out), "OUTPUT_MONITOR": str(tmp_path / "t.gpkg"),
        "OUTPUT_TRANSITIONS": str(tmp_path / "o.gpkg"),
    })
    # GeoPackage tables carry the names of method.md
    assert result["OUTPUT_MONITOR"] == f"{tmp_path / 't.gpkg'}|layername=vk_monitor"
    transitions = QgsVectorLayer(result["OUTPUT_TRANSITIONS"], "o", "ogr")
    assert transitions.featureCount() == 25 and result["OUTPUT_TRANSITIONS"].endswith("layername=vk_overgangen")
    buurten = check_against_score(run_alg, layer, result, [2018, 2020, 2022], problems=("lbm_onv",),
                                  vulnerability=("p_laag_inkomen",), weights="")
    assert len(buurten) == 95
    trajectories = [f["vk_traject"] for f in buurten.values()]
    assert all(t.count(">") == 1 for t in trajectories)
    valid_both = [t for t in trajectories if "geen_gegevens" not in t]
    assert 40 <= len(valid_both) <= 80, len(valid_both)
    written = QgsVectorLayer(str(out), "monitor", "ogr")
    assert written.featureCount() == 95
    # opens as the trajectory map: the style is the GeoPackage's default style
    assert written.renderer().type() == "RuleRenderer"
    labels = [rule.label() for rule in written.renderer().rootRule().children()]
    assert labels[0] == "Veerkracht onder druk" and labels[-1].startswith("Aanhoudende druk")


def test_bad_input_is_a_clear_sentence(run_alg):
    from qgis.core import QgsProcessingException

    layer = memory_layer(random_frame(4).drop(columns=["lbm_onv_2020"]))
    base = {"INPUT": layer, "VULNERABILITY": "p_laag_inkomen", "OUTPUT": "memory:", "OUTPUT_MONITOR": "memory:",
            "OUTPUT_TRANSITIONS": "memory:"}
    with pytest.raises(QgsProcessingException, match="lbm_onv_2020"):
        run_alg("monitor", {**base, "YEARS": "2016, 2018, 2020, 2022"})
    with pytest.raises(QgsProcessingException, match="at least 3"):
        run_alg("monitor", {**base, "YEARS": "2016, 2018"})
    assert layer.featureCount() == 40 and "lbm_onv_2016" in layer.fields().names()


def test_apeldoorn_long_table_through_preparecbsyears_and_joinleefbaarometer(run_alg, tmp_path):
    """The user's chain: buurt polygons + the CBS long table + the Leefbaarometer wijk file -> the monitor; the
    same classes as on the layer built by hand (which equals score, above)."""
    from tests.paths import APELDOORN_GPKG

    polygons = QgsVectorLayer(f"{APELDOORN_GPKG}|layername=buurten_2022", "buurten", "ogr")
    long = QgsVectorLayer(str(APELDOORN_LONG), "long", "ogr")
    assert long.isValid()
    prepared = run_alg("preparecbsyears", {"INPUT": polygons, "TABLE": long, "YEARS": "2018, 2020, 2022",
                                           "OUTPUT": str(tmp_path / "years.gpkg")})["OUTPUT"]
    prepared_layer = QgsVectorLayer(prepared, "years", "ogr")
    assert {"inwoners_2018", "huishoudens_2020", "p_laag_inkomen_2022"} <= set(prepared_layer.fields().names())
    assert "BU_CODE" in prepared_layer.fields().names() and prepared_layer.featureCount() == 95
    joined = run_alg("joinleefbaarometer", {"INPUT": prepared, "LEEFBAAROMETER": str(APELDOORN_LBM),
                                            "YEARS": "2018, 2020, 2022", "OUTPUT": str(tmp_path / "lbm.gpkg")})
    joined = joined["OUTPUT"]
    assert {"lbm_onv_2018", "lbm_onv_2020", "lbm_onv_2022"} <= set(QgsVectorLayer(joined, "j", "ogr").fields().names())
    result = run_alg("monitor", {"INPUT": joined, "YEARS": "2018, 2020, 2022", "OUTPUT": str(tmp_path / "m.gpkg"),
                                 "OUTPUT_MONITOR": "memory:", "OUTPUT_TRANSITIONS": "memory:"})
    by_hand = run_alg("monitor", {"INPUT": memory_layer(apeldoorn_wide()), "YEARS": "2018,2020,2022",
                                  "OUTPUT": "memory:", "OUTPUT_MONITOR": "memory:", "OUTPUT_TRANSITIONS": "memory:"})
    chain = {f["BU_CODE"]: f["vk_traject"] for f in QgsVectorLayer(result["OUTPUT"], "m", "ogr").getFeatures()}
    hand = {f["buurtcode"]: f["vk_traject"] for f in by_hand["OUTPUT"].getFeatures()}
    assert chain == hand
    assert sorted((t["periode_van"], t["klasse_van"], t["klasse_naar"], t["aantal"])
                  for t in result["OUTPUT_TRANSITIONS"].getFeatures()) == sorted(
        (t["periode_van"], t["klasse_van"], t["klasse_naar"], t["aantal"])
        for t in by_hand["OUTPUT_TRANSITIONS"].getFeatures())


def test_a_failed_table_write_leaves_the_previous_file(run_alg, tmp_path, monkeypatch):
    """The long tables are written under a temporary name: a run that dies while writing vk_monitor leaves
    the previous file as it was and no temporary folder (the same promise as the layer outputs)."""
    import hashlib

    from veerkracht_plugin.qgisio import gpkg_table

    layer = memory_layer(random_frame(4))
    parameters = {"INPUT": layer, "YEARS": "2016, 2018, 2020, 2022", "VULNERABILITY": "p_laag_inkomen, p_bijstand",
                  "PROBLEMS": "lbm_onv", "OUTPUT": "memory:", "OUTPUT_MONITOR": str(tmp_path / "t.gpkg"),
                  "OUTPUT_TRANSITIONS": "memory:"}
    run_alg("monitor", parameters)
    previous = hashlib.sha256((tmp_path / "t.gpkg").read_bytes()).hexdigest()
    written = gpkg_table.write_gpkg_table

    def dies_halfway(path, *args):
        written(path, *args)
        with open(path, "r+b") as handle:
            handle.truncate(4096)  # half a file under the temporary name
        raise KeyboardInterrupt("killed while writing")

    monkeypatch.setattr(gpkg_table, "write_gpkg_table", dies_halfway)
    with pytest.raises(Exception, match="killed while writing|execution failed"):  # noqa: PT011
        run_alg("monitor", parameters)
    assert hashlib.sha256((tmp_path / "t.gpkg").read_bytes()).hexdigest() == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.gpkg"]
