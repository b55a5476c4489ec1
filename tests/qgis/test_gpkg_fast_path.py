"""The GeoPackage fast path of veerkracht:score writes the same layer as the QGIS sink, faster."""

import hashlib
import math

from qgis.core import (
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from tests.paths import APELDOORN_GPKG, APELDOORN_LBM

FAST = "GeoPackage written in one pass by GDAL (fast path)."


def prepared_gpkg(run_alg, tmp_path):
    t0 = QgsVectorLayer(f"{APELDOORN_GPKG}|layername=buurten_2016", "t0", "ogr")
    t1 = QgsVectorLayer(f"{APELDOORN_GPKG}|layername=buurten_2022", "t1", "ogr")
    prepared = run_alg("preparecbs", {"BUURTEN_T0": t0, "BUURTEN_T1": t1, "OUTPUT": "memory:"})["OUTPUT"]
    path = tmp_path / "joined.gpkg"
    run_alg(
        "joinleefbaarometer",
        {
            "INPUT": prepared,
            "LEEFBAAROMETER": str(APELDOORN_LBM),
            "YEAR_T0": 2014,
            "YEAR_T1": 2022,
            "OUTPUT": str(path),
        },
    )
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(layer):
    return {f["buurtcode"]: f for f in layer.getFeatures()}


def same(a, b):
    if a is None or b is None or (hasattr(a, "isNull") and a.isNull()) or (hasattr(b, "isNull") and b.isNull()):
        return (a is None or (hasattr(a, "isNull") and a.isNull())) == (
            b is None or (hasattr(b, "isNull") and b.isNull())
        )
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-12)
    return a == b


def test_fast_path_equals_the_sink_path(run_alg, feedback, tmp_path):
    from tests.qgis.conftest import RecordingFeedback

    source = prepared_gpkg(run_alg, tmp_path)
    before = digest(source)
    fast_out = tmp_path / "fast.gpkg"
    fast = run_alg("score", {"INPUT": str(source), "OUTPUT": str(fast_out)}, feedback=feedback)
    assert FAST in feedback.infos
    slow_feedback = RecordingFeedback()
    slow = run_alg("score", {"INPUT": str(source), "OUTPUT": "memory:"}, feedback=slow_feedback)
    assert FAST not in slow_feedback.infos
    assert digest(source) == before  # the input is never modified
    assert (fast["A"], fast["B"], fast["N"]) == (slow["A"], slow["B"], slow["N"])

    fast_layer = QgsVectorLayer(str(fast_out), "fast", "ogr")
    slow_layer = slow["OUTPUT"]
    source_layer = QgsVectorLayer(str(source), "source", "ogr")
    assert fast_layer.featureCount() == slow_layer.featureCount() == source_layer.featureCount() == 95
    assert [n for n in fast_layer.fields().names() if n != "fid"] == [
        n for n in slow_layer.fields().names() if n != "fid"
    ]
    assert fast_layer.crs() == source_layer.crs()
    # same fids and geometries as the input
    source_rows = {f.id(): f for f in source_layer.getFeatures()}
    for feature in fast_layer.getFeatures():
        assert feature.geometry().equals(source_rows[feature.id()].geometry())
    fast_rows, slow_rows = rows(fast_layer), rows(slow_layer)
    assert set(fast_rows) == set(slow_rows)
    vk_fields = [n for n in slow_layer.fields().names() if n.startswith("vk_")]
    assert {"vk_klasse", "vk_score", "vk_signaal", "vk_focus", "vk_reden"} <= set(vk_fields)
    for code, slow_feature in slow_rows.items():
        for name in vk_fields:
            assert same(fast_rows[code][name], slow_feature[name]), (
                code,
                name,
                fast_rows[code][name],
                slow_feature[name],
            )
    # the signal map is the GeoPackage's default style
    styled = QgsVectorLayer(str(fast_out), "styled", "ogr")
    assert styled.renderer().type() == "RuleRenderer"


def test_selected_features_use_the_sink(run_alg, feedback, tmp_path):
    source = prepared_gpkg(run_alg, tmp_path)
    layer = QgsVectorLayer(str(source), "joined", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([f.id() for f in layer.getFeatures()][:60])
        definition = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        out = tmp_path / "selection.gpkg"
        run_alg("score", {"INPUT": definition, "OUTPUT": str(out)}, feedback=feedback)
        assert FAST not in feedback.infos
        assert QgsVectorLayer(str(out), "s", "ogr").featureCount() == 60
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
