"""Issue 'Veerkracht in beeld (1/2)': the real Apeldoorn data through the whole chain as a user runs it."""

from collections import Counter

from qgis.core import NULL, QgsVectorLayer

from tests.paths import APELDOORN_GPKG, APELDOORN_LBM


def test_apeldoorn_preparecbs_join_score(run_alg, tmp_path):
    t0 = QgsVectorLayer(f"{APELDOORN_GPKG}|layername=buurten_2016", "t0", "ogr")
    t1 = QgsVectorLayer(f"{APELDOORN_GPKG}|layername=buurten_2022", "t1", "ogr")
    prepared = run_alg("preparecbs", {"BUURTEN_T0": t0, "BUURTEN_T1": t1, "OUTPUT": "memory:"})["OUTPUT"]
    joined = run_alg(
        "joinleefbaarometer",
        {"INPUT": prepared, "LEEFBAAROMETER": str(APELDOORN_LBM), "YEAR_T0": 2014, "YEAR_T1": 2022,
         "OUTPUT": "memory:"},
    )["OUTPUT"]
    out = tmp_path / "apeldoorn.gpkg"
    result = run_alg("score", {"INPUT": joined, "OUTPUT": str(out)})  # all field defaults
    scored = QgsVectorLayer(str(out), "scored", "ogr")
    assert scored.featureCount() == 95
    features = list(scored.getFeatures())
    classes = Counter(f["vk_klasse"] for f in features)
    # plausible: every class but one present, most buurten valid, a minority without data
    assert set(classes) <= {"onder_druk", "veerkrachtig", "problemen", "gunstig", "stabiel", "geen_gegevens"}
    assert len(classes) >= 5, classes
    assert 50 <= sum(v for k, v in classes.items() if k != "geen_gegevens") <= 80, classes
    assert result["N"] == sum(v for k, v in classes.items() if k != "geen_gegevens")
    # the tiny buurten (forest, industry: < 100 inhabitants) are 'klein', never scored
    tiny = [f for f in features if f["inwoners_t1"] is not None and f["inwoners_t1"] < 100]
    assert tiny, "Apeldoorn has tiny buurten"
    assert all(f["vk_reden"] == "klein" and f["vk_klasse"] == "geen_gegevens" for f in tiny)
    assert all(f["vk_score"] == NULL and f["vk_dk"] == NULL for f in tiny)
    # the relative classes use the same valid set
    rel = Counter(f["vk_klasse_rel"] for f in features)
    assert rel["geen_gegevens"] == classes["geen_gegevens"]
