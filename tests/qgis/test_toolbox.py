"""The Processing toolbox: groups and algorithms in pipeline order, distinct output layer names, a styled
layer redrawn at once, and a hint towards veerkracht:preparecbs for a raw CBS layer."""

import re

import pytest
from qgis.core import (
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterVectorDestination,
    QgsProject,
    QgsVectorLayer,
)

from tests.paths import ROOT
from tests.qgis.conftest import RecordingFeedback
from tests.qgis.veerstad import demo_layer

DEMO = ROOT / "veerkracht_plugin" / "resources" / "demo"


def algorithms(provider):
    from veerkracht_plugin.algorithms import ALGORITHMS

    return [provider.algorithm(cls.ID) for cls in ALGORITHMS]


def test_groups_are_numbered_without_gaps_and_algorithms_sort_in_pipeline_order(provider):
    algs = algorithms(provider)
    groups = []
    for alg in algs:
        if alg.group() not in groups:
            groups.append(alg.group())
    # numbered 1, 2, 3, ... in pipeline order, no number missing
    assert [int(group.split(" ")[0]) for group in groups] == list(range(1, len(groups) + 1)), groups
    assert sorted(groups) == groups
    names = [alg.displayName() for alg in algs]
    assert sorted(names) == names, names  # the toolbox sorts by name: that is the pipeline order
    for alg, name in zip(algs, names):
        number = alg.group().split(" ")[0]
        assert re.match(rf"{number}\.\d ", name), name
    assert names[:3] == ["1.1 Prepare CBS buurten (two years)", "1.2 Join Leefbaarometer scores",
                         "1.3 Compute veerkracht"]


def test_output_layers_of_different_algorithms_have_different_names(provider):
    seen = {}
    for alg in algorithms(provider):
        for parameter in alg.parameterDefinitions():
            if isinstance(parameter, (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination)):
                name = parameter.description()
                assert name not in seen, (name, alg.id(), seen.get(name))
                seen[name] = alg.id()
    assert len(seen) >= 5


def test_output_layers_load_under_their_own_names(run_alg, provider, tmp_path):
    """Run as from the toolbox (load the outputs into the project): each output keeps its own name."""
    from qgis.core import QgsProcessingContext

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    prepared = run_alg("preparecbs", {
        "BUURTEN_T0": demo_layer(2016), "BUURTEN_T1": demo_layer(2022),
        "OUTPUT": QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", QgsProject.instance())}, context=context)
    joined = run_alg("joinleefbaarometer", {
        "INPUT": prepared["OUTPUT"], "LEEFBAAROMETER": str(DEMO / "veerstad_leefbaarometer.csv"),
        "YEAR_T0": 2014, "YEAR_T1": 2022, "DIMENSIONS": [3],
        "OUTPUT": QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", QgsProject.instance())}, context=context)
    scored = run_alg("score", {
        "INPUT": joined["OUTPUT"], "PROBLEMS_T0": ["lbm_onv_t0"], "PROBLEMS_T1": ["lbm_onv_t1"],
        "VULNERABILITY_T0": ["p_laag_inkomen_t0"], "VULNERABILITY_T1": ["p_laag_inkomen_t1"],
        "OUTPUT": QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", QgsProject.instance())}, context=context)
    assert prepared and joined and scored
    names = [details.name for details in context.layersToLoadOnCompletion().values()]
    assert len(names) == 3 and len(set(names)) == 3 and all(names), names


@pytest.fixture
def raw_cbs():
    layer = QgsVectorLayer(demo_layer(2022), "CBS 2022", "ogr")
    assert layer.isValid()
    return layer


def test_score_on_a_raw_cbs_layer_points_to_preparecbs(run_alg, raw_cbs):
    feedback = RecordingFeedback()
    with pytest.raises(Exception):  # noqa: B017 - the missing _t0/_t1 fields stop it; the hint comes first
        run_alg("score", {"INPUT": raw_cbs, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert any("veerkracht:preparecbs" in warning and "1.1" in warning for warning in feedback.warnings), \
        feedback.warnings


def test_score_on_a_prepared_layer_gives_no_such_hint(run_alg):
    from veerkracht_plugin.core.cbs import is_raw_cbs_layer

    assert not is_raw_cbs_layer(["buurtcode", "inwoners_t1", "p_laag_inkomen_t0", "p_laag_inkomen_t1"])
    assert is_raw_cbs_layer(["BU_CODE", "AANT_INW", "P_LAAG_INK"]) or is_raw_cbs_layer(
        ["buurtcode", "aantal_inwoners", "percentage_huishoudens_met_laag_inkomen"])
    assert not is_raw_cbs_layer(["naam", "waarde"])


def test_applystyle_redraws_the_canvas_at_once(run_alg, tmp_path, qgis_new_project):
    from tests.qgis.veerstad import scored_veerstad

    path = scored_veerstad(run_alg, tmp_path / "veerstad.gpkg")
    layer = QgsVectorLayer(f"{path}|layername=veerstad", "Veerstad", "ogr")
    QgsProject.instance().addMapLayer(layer)
    repaints = []
    layer.repaintRequested.connect(lambda *args: repaints.append(args))
    run_alg("applystyle", {"INPUT": layer.id(), "MAP": 1})
    assert repaints, "applystyle must ask the canvas to redraw the layer"
