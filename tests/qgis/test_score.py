"""veerkracht:score – bad input, results, CRS, a realistic run on Apeldoorn and qgis_process."""

import json
import math
import os
import subprocess

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)

from tests.paths import APELDOORN_GPKG, APELDOORN_LBM, ROOT
from veerkracht_plugin.qgisio.frames import make_field

QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def memory_layer(columns, kinds=None, crs="EPSG:28992"):
    """A polygon memory layer from {field: [values]}; one unit square per feature."""
    kinds = kinds or {}
    names = list(columns)
    n = len(columns[names[0]])
    layer = QgsVectorLayer(f"Polygon?crs={crs}", "buurten", "memory")
    provider = layer.dataProvider()
    fields = []
    for name in names:
        kind = kinds.get(name)
        if kind is None:
            kind = "string" if any(isinstance(v, str) for v in columns[name]) else "double"
        fields.append(make_field(name, kind))
    provider.addAttributes(fields)
    layer.updateFields()
    features = []
    for i in range(n):
        feature = QgsFeature(layer.fields())
        size = 0.001 if crs == "EPSG:4326" else 100.0
        x0 = 5.9 if crs == "EPSG:4326" else 190000.0
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0 + i * size, 52.2 if crs == "EPSG:4326" else 470000.0,
                                                              x0 + (i + 1) * size,
                                                              52.2 + size if crs == "EPSG:4326" else 470000.0 + size)))
        feature.setAttributes([columns[name][i] for name in names])
        features.append(feature)
    provider.addFeatures(features)
    assert layer.featureCount() == n
    return layer


def synthetic(n=12, crs="EPSG:28992", **overrides):
    """n buurten with default field names; ΔK = 0..n-1, problems fall by 2·ΔK (onv: higher is better)."""
    columns = {
        "buurtcode": [f"BU0200{i:04d}" for i in range(n)],
        "gemeentecode": ["GM0200"] * n,
        "inwoners_t1": [1000.0 + 100 * i for i in range(n)],
        "p_laag_inkomen_t0": [10.0] * n,
        "p_laag_inkomen_t1": [10.0 + i for i in range(n)],
        "lbm_onv_t0": [0.0] * n,
        "lbm_onv_t1": [-0.2 * i for i in range(n)],
    }
    columns.update(overrides)
    return memory_layer(columns, crs=crs)


def snapshot(layer):
    return layer.fields().names(), [f.attributes() for f in layer.getFeatures()]


def features_by_code(layer, code="buurtcode"):
    return {f[code]: f for f in layer.getFeatures()}


def test_results_a_b_r2_n_and_fields(run_alg, feedback):
    layer = synthetic()
    result = run_alg("score", {"INPUT": layer, "OUTPUT": "memory:"}, feedback=feedback)
    # ΔP (problems = −onv) is exactly proportional to ΔK -> after scaling ΔP = ΔK: a = 0, b = 1, R² = 1
    assert result["A"] == pytest.approx(0, abs=1e-9)
    assert result["B"] == pytest.approx(1)
    assert result["R2"] == pytest.approx(1)
    assert result["N"] == 12
    out = result["OUTPUT"]
    names = out.fields().names()
    for field in ("vk_dk", "vk_dp", "vk_dk_rel", "vk_dp_rel", "vk_trend_k", "vk_trend_p", "vk_klasse",
                  "vk_klasse_rel", "vk_signaal", "vk_score", "vk_k_niveau", "vk_p_niveau", "vk_focus",
                  "vk_corpbuurt", "vk_reden"):
        assert field in names, field
    by_code = features_by_code(out)
    top = by_code["BU02000011"]
    assert top["vk_klasse"] == "onder_druk" and top["vk_trend_k"] == 1 and top["vk_focus"] == 9
    assert by_code["BU02000000"]["vk_klasse"] == "stabiel"
    assert by_code["BU02000000"]["vk_dk"] == 0.0
    log = "\n".join(feedback.infos)
    assert "R² = 1.000" in log and "over 12 buurten" in log
    assert "onder_druk" in log
    # no households / flag / corporation field: logged, not an error
    assert "HOUSEHOLDS_FIELD is not used" in log
    assert "vk_signaal" in names and out.fields().field("vk_focus").typeName().lower().startswith("int")


def test_output_keeps_a_wgs84_crs(run_alg):
    layer = synthetic(crs="EPSG:4326")
    out = run_alg("score", {"INPUT": layer, "OUTPUT": "memory:"})["OUTPUT"]
    assert out.crs() == QgsCoordinateReferenceSystem("EPSG:4326")
    assert out.featureCount() == 12
    first = next(out.getFeatures())
    assert first.geometry().boundingBox().xMinimum() == pytest.approx(5.9)


def test_gpkg_output_with_cbs_names(run_alg, tmp_path):
    # CBS shapefile-style names for code, gemeente and population are found without being named
    layer = memory_layer({
        "BU_CODE": [f"BU0200{i:04d}" for i in range(12)],
        "GM_CODE": ["GM0200"] * 12,
        "AANT_INW": [50.0] + [1000.0] * 11,
        "p_laag_inkomen_t0": [10.0] * 12,
        "p_laag_inkomen_t1": [10.0 + i for i in range(12)],
        "lbm_onv_t0": [0.0] * 12,
        "lbm_onv_t1": [0.1 * (i % 3) for i in range(12)],
    })
    out_path = tmp_path / "score.gpkg"
    result = run_alg("score", {"INPUT": layer, "OUTPUT": str(out_path)})
    out = QgsVectorLayer(str(out_path), "out", "ogr")
    assert out.isValid() and out.featureCount() == 12
    by_code = features_by_code(out, "BU_CODE")
    assert by_code["BU02000000"]["vk_reden"] == "klein"
    assert by_code["BU02000000"]["vk_klasse"] == "geen_gegevens"
    assert by_code["BU02000001"]["vk_reden"] in (None,) or str(by_code["BU02000001"]["vk_reden"]) == "NULL"
    assert result["N"] == 11


# --- bad input ------------------------------------------------------------------------------------


def expect_failure(run_alg, layer, parameters, pattern, tmp_path):
    before = snapshot(layer)
    out_path = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException, match=pattern):
        run_alg("score", {"INPUT": layer, "OUTPUT": str(out_path), **parameters})
    assert not out_path.exists()
    assert snapshot(layer) == before


def test_missing_field_is_a_clear_error(run_alg, tmp_path):
    expect_failure(run_alg, synthetic(), {"POPULATION_FIELD": "inwoners_2030"},
                   r"Field 'inwoners_2030' does not exist.*POPULATION_FIELD", tmp_path)
    expect_failure(run_alg, synthetic(), {"PROBLEMS_T1": ["onv_2030"]}, r"'onv_2030' does not exist", tmp_path)


def test_absent_default_indicator_is_a_clear_error(run_alg, tmp_path):
    layer = memory_layer({"buurtcode": ["BU1", "BU2"], "gemeentecode": ["GM1"] * 2, "inwoners_t1": [500.0] * 2,
                          "lbm_onv_t0": [0.0, 0.1], "lbm_onv_t1": [0.1, 0.2]})
    expect_failure(run_alg, layer, {}, r"No field 'p_laag_inkomen_t0'.*Vulnerability indicators at t0.*preparecbs",
                   tmp_path)


def test_one_text_cell_is_missing_for_that_buurt_with_a_warning(run_alg):
    from tests.qgis.conftest import RecordingFeedback

    values = [str(10 + i) for i in range(12)]
    values[3] = "hoog"
    feedback = RecordingFeedback()
    result = run_alg("score", {"INPUT": synthetic(p_laag_inkomen_t1=values), "OUTPUT": "memory:"}, feedback)
    reasons = [f["vk_reden"] for f in result["OUTPUT"].getFeatures()]
    assert reasons[3] == "ontbreekt" and reasons.count(None) == 11
    assert any("'p_laag_inkomen_t1'" in w and "'hoog'" in w for w in feedback.warnings)


def test_a_text_field_as_number_is_a_clear_error(run_alg, tmp_path):
    layer = synthetic(p_laag_inkomen_t1=["hoog"] * 12)
    expect_failure(run_alg, layer, {}, r"'p_laag_inkomen_t1' holds text.*'hoog'", tmp_path)


def test_v2_validity_size_at_t0_infinity_and_implausible_values(run_alg):
    from tests.qgis.conftest import RecordingFeedback

    n = 14
    inhabitants_t0 = [1000.0] * n
    inhabitants_t0[2] = 55.0  # tiny at t0: the change means nothing
    p_t1 = [10.0 + i for i in range(n)]
    p_t1[5] = 250.0  # a percentage of 250
    onv_t1 = [0.1 * i for i in range(n)]
    onv_t1[7] = math.inf
    layer = synthetic(n=n, inwoners_t0=inhabitants_t0, p_laag_inkomen_t1=p_t1, lbm_onv_t1=onv_t1)
    feedback = RecordingFeedback()
    result = run_alg("score", {"INPUT": layer, "OUTPUT": "memory:"}, feedback)
    reasons = [f["vk_reden"] for f in result["OUTPUT"].getFeatures()]
    assert reasons[2] == "klein" and reasons[5] == "ongeldig" and reasons[7] == "ontbreekt"
    assert reasons.count(None) == 11 and result["N"] == 11 and math.isfinite(result["B"])
    assert any("inwoners_t0" in i for i in feedback.infos)
    assert any("'p_laag_inkomen_t1' is a percentage but 1 value(s) lie outside 0–100" in w for w in feedback.warnings)
    assert any("'lbm_onv_t1': 1 value(s) are no finite number" in w for w in feedback.warnings)
    assert any("1 ongeldig" in i for i in feedback.infos)


def test_nothing_valid_names_the_fields_and_why(run_alg, tmp_path):
    layer = synthetic(lbm_onv_t0=[None] * 12)
    expect_failure(run_alg, layer, {}, r"No valid buurt(.|\n)*lbm_onv_t0: 12 of 12 missing(.|\n)*joinleefbaarometer",
                   tmp_path)


def test_a_point_layer_is_a_clear_error_not_a_traceback(run_alg, tmp_path):
    polygons = synthetic()
    points = QgsVectorLayer("Point?crs=EPSG:28992", "punten", "memory")
    points.dataProvider().addAttributes(polygons.fields().toList())
    points.updateFields()
    features = []
    for source in polygons.getFeatures():
        feature = QgsFeature(points.fields())
        feature.setAttributes(source.attributes())
        feature.setGeometry(source.geometry().centroid())
        features.append(feature)
    points.dataProvider().addFeatures(features)
    with pytest.raises(QgsProcessingException) as info:
        run_alg("score", {"INPUT": points, "OUTPUT": str(tmp_path / "out.gpkg")})
    assert "Traceback" not in str(info.value) and "polygon" in str(info.value)


def test_numeric_text_is_accepted(run_alg):
    layer = synthetic(p_laag_inkomen_t1=[str(10 + i).replace(".", ",") for i in range(12)])
    assert run_alg("score", {"INPUT": layer, "OUTPUT": "memory:"})["N"] == 12


def test_different_lengths_are_a_clear_error(run_alg, tmp_path):
    layer = synthetic(extra_t0=[1.0] * 12)
    expect_failure(run_alg, layer, {"VULNERABILITY_T0": ["p_laag_inkomen_t0", "extra_t0"],
                                    "VULNERABILITY_T1": ["p_laag_inkomen_t1"]},
                   r"2 vulnerability field\(s\) for t0 but 1 for t1", tmp_path)


@pytest.mark.parametrize(("weights", "pattern"), [
    ("1, veel", r"Weight 'veel' is not a number"),
    ("1, 2", r"2 weight\(s\) given for 1"),
    ("-1", r"must not be negative"),
    ("0", r"greater than 0"),
])
def test_bad_weights_are_a_clear_error(run_alg, tmp_path, weights, pattern):
    expect_failure(run_alg, synthetic(), {"VULNERABILITY_WEIGHTS": weights}, pattern, tmp_path)


def test_negative_deadband_is_a_clear_error(run_alg, tmp_path):
    expect_failure(run_alg, synthetic(), {"DEADBAND": -0.5}, r"dead-band must be 0 or more", tmp_path)


def test_empty_layer_is_a_clear_error(run_alg, tmp_path):
    layer = synthetic(n=0)
    expect_failure(run_alg, layer, {}, r"no features", tmp_path)


def test_duplicate_codes_are_a_clear_error(run_alg, tmp_path):
    codes = [f"BU0200{i:04d}" for i in range(12)]
    codes[5] = codes[4]
    expect_failure(run_alg, synthetic(buurtcode=codes), {}, r"unique.*BU02000004", tmp_path)


def test_no_valid_buurt_is_a_clear_error(run_alg, tmp_path):
    layer = synthetic(inwoners_t1=[20.0] * 12)
    expect_failure(run_alg, layer, {}, r"No valid buurt: 12 too small", tmp_path)


def test_weights_and_direction(run_alg):
    layer = synthetic(k2_t0=[0.0] * 12, k2_t1=[float(11 - i) for i in range(12)])
    both = run_alg("score", {"INPUT": layer, "VULNERABILITY_T0": ["p_laag_inkomen_t0", "k2_t0"],
                             "VULNERABILITY_T1": ["p_laag_inkomen_t1", "k2_t1"], "VULNERABILITY_WEIGHTS": "1, 1",
                             "OUTPUT": "memory:"})["OUTPUT"]
    # K2 runs opposite with the same σ: the composite is constant (11/σ/2 everywhere)
    values = [f["vk_dk"] for f in both.getFeatures()]
    assert max(values) - min(values) < 1e-9
    flipped = run_alg("score", {"INPUT": synthetic(), "PROBLEMS_HIGHER_IS_BETTER": False, "OUTPUT": "memory:"})
    assert flipped["B"] == pytest.approx(-1)


# --- Apeldoorn ------------------------------------------------------------------------------------


def apeldoorn_two_years(run_alg, output="memory:"):
    """Buurten 2022 geometry with 2016 (t0) and 2022 (t1) CBS values, plus Leefbaarometer onv 2014/2022."""
    old = QgsVectorLayer(f"{APELDOORN_GPKG}|layername=buurten_2016", "b2016", "ogr")
    new = QgsVectorLayer(f"{APELDOORN_GPKG}|layername=buurten_2022", "b2022", "ogr")
    assert old.isValid() and new.isValid()
    t0 = {f["BU_CODE"]: f for f in old.getFeatures()}
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", "apeldoorn", "memory")
    specs = [("buurtcode", "string"), ("wijkcode", "string"), ("gemeentecode", "string"), ("inwoners_t1", "int"),
             ("huishoudens_t1", "int"), ("p_laag_inkomen_t0", "double"), ("p_laag_inkomen_t1", "double"),
             ("p_corporatie_t1", "double")]
    layer.dataProvider().addAttributes([make_field(n, k) for n, k in specs])
    layer.updateFields()
    features = []
    for f in new.getFeatures():
        feature = QgsFeature(layer.fields())
        feature.setGeometry(f.geometry())
        before = t0.get(f["BU_CODE"])
        feature.setAttributes([f["BU_CODE"], f["WK_CODE"], f["GM_CODE"], f["AANT_INW"], f["AANT_HH"],
                               before["P_HH_LI"] if before is not None else None, f["P_HH_LI"], f["P_WCORPW"]])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    joined = run_alg("joinleefbaarometer", {"INPUT": layer, "LEEFBAAROMETER": str(APELDOORN_LBM),
                                            "CODE_FIELD": "wijkcode", "YEAR_T0": 2014, "YEAR_T1": 2022,
                                            "OUTPUT": output})
    return joined["OUTPUT"]


def test_realistic_run_on_apeldoorn(run_alg, feedback):
    layer = apeldoorn_two_years(run_alg)
    assert layer.featureCount() == 95
    result = run_alg("score", {"INPUT": layer, "OUTPUT": "memory:"}, feedback=feedback)
    out = result["OUTPUT"]
    features = list(out.getFeatures())
    assert len(features) == 95
    classes = {}
    for f in features:
        classes[f["vk_klasse"]] = classes.get(f["vk_klasse"], 0) + 1
    real = {k: v for k, v in classes.items() if k != "geen_gegevens"}
    assert len(real) >= 4, classes  # several classes present
    assert all(v < 60 for v in real.values()), classes
    # every tiny buurt is klein, never scored
    tiny = [f for f in features if f["inwoners_t1"] is None or f["inwoners_t1"] < 100]
    assert len(tiny) >= 10
    assert all(f["vk_reden"] == "klein" and f["vk_klasse"] == "geen_gegevens" for f in tiny)
    assert all(f["vk_score"] is None or str(f["vk_score"]) == "NULL" for f in tiny)
    valid = [f for f in features if f["vk_klasse"] != "geen_gegevens"]
    assert result["N"] == len(valid) >= 40
    assert -1 <= result["B"] <= 1 and 0 <= result["R2"] <= 1
    assert all(1 <= f["vk_focus"] <= 9 for f in valid)
    # the class counts are in the log
    log = "\n".join(feedback.infos)
    for code, count in real.items():
        assert f"({code}): {count}" in log
    # a buurt with a high corporation share is a corporatiebuurt
    corp = [f for f in features if f["p_corporatie_t1"] is not None and str(f["p_corporatie_t1"]) != "NULL"]
    assert any(f["vk_corpbuurt"] for f in corp) or all(f["p_corporatie_t1"] <= 66.67 for f in corp)
    assert all(bool(f["vk_corpbuurt"]) == (f["p_corporatie_t1"] > 66.67) for f in corp)


# --- qgis_process ----------------------------------------------------------------------------------


@pytest.mark.slow  # qgis_process in a subprocess
def test_qgis_process_runs_score(run_alg, tmp_path):
    source = tmp_path / "apeldoorn.gpkg"
    apeldoorn_two_years(run_alg, str(source))
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(ROOT))
    env.pop("XDG_DATA_HOME", None)
    env.pop("XDG_CONFIG_HOME", None)
    enable = subprocess.run([QGIS_PROCESS, "plugins", "enable", "veerkracht_plugin"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert enable.returncode == 0 or "already enabled" in enable.stdout + enable.stderr
    out = tmp_path / "score.gpkg"
    result = subprocess.run(
        [QGIS_PROCESS, "run", "veerkracht:score", "--json", "--", f"INPUT={source}", "DEADBAND=0.25",
         f"OUTPUT={out}"],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    payload = json.loads(result.stdout[result.stdout.index("{"):])
    results = payload["results"]
    assert results["N"] >= 40 and math.isfinite(results["B"])
    layer = QgsVectorLayer(str(out), "score", "ogr")
    assert layer.isValid() and layer.featureCount() == 95
    assert "vk_klasse" in layer.fields().names()


def test_cancel_writes_nothing(run_alg, feedback, tmp_path):
    feedback.cancel()
    out_path = tmp_path / "out.gpkg"
    try:
        result = run_alg("score", {"INPUT": synthetic(), "OUTPUT": str(out_path)}, feedback=feedback)
    except QgsProcessingException:
        result = {}
    assert "A" not in result
    assert not out_path.exists()


def test_optional_default_fields_are_used_when_present(run_alg, feedback):
    layer = synthetic(n=13, huishoudens_t1=[40.0] + [500.0] * 12, vk_indeling=[1.0, 3.0] + [1.0] * 11,
                      inwoners_t0=[1000.0] * 13, huishoudens_t0=[500.0] * 13,
                      p_corporatie_t1=[70.0, 10.0, 80.0] + [None] * 10)
    result = run_alg("score", {"INPUT": layer, "OUTPUT": "memory:"}, feedback=feedback)
    by_code = features_by_code(result["OUTPUT"])
    assert by_code["BU02000000"]["vk_reden"] == "klein"  # 40 households < 50
    assert by_code["BU02000001"]["vk_reden"] == "indeling"
    assert by_code["BU02000002"]["vk_corpbuurt"] is True or by_code["BU02000002"]["vk_corpbuurt"] == 1
    assert result["N"] == 11
    assert not any("is not used" in line for line in feedback.infos)


def test_resolve_field():
    from veerkracht_plugin.algorithms.score import resolve_field

    assert resolve_field(["BU_CODE", "AANT_INW"], "", "buurtcode", "buurtcode") == ("BU_CODE", False)
    assert resolve_field(["bu_code"], "buurtcode", "buurtcode", "buurtcode") == ("bu_code", False)
    assert resolve_field(["AANT_INW"], None, "inwoners_t1", "inwoners") == ("AANT_INW", False)
    assert resolve_field(["P_HH_LI_t0"], "", "p_laag_inkomen_t0", "p_laag_inkomen", "_t0") == ("P_HH_LI_t0", False)
    # a vulnerability pair never falls back to a single-year CBS field
    assert resolve_field(["P_HH_LI"], "", "p_laag_inkomen_t0", "p_laag_inkomen", "_t0") == (None, False)
    assert resolve_field(["BU_CODE"], "mijn_code", "buurtcode", "buurtcode") == ("mijn_code", True)
