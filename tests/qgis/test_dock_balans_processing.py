"""The dock's balance check is the Processing algorithm with the parameters ``make demo`` uses.

On the demo city (both demo scenarios, scored as ``make demo`` scores them) and on the Apeldoorn data, the
summary the dock shows equals the summary of ``processing.run("veerkracht:balance", ...)``, and the dock
says which vulnerable-share field it used.
"""

import csv
import importlib.util
import re
import time

import pandas as pd
import processing
import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from tests.paths import APELDOORN_GPKG, ROOT
from veerkracht_plugin.ui.balans import create_measures_table
from veerkracht_plugin.ui.dock import VeerkrachtDock


def load_demo_module():
    spec = importlib.util.spec_from_file_location("veerkracht_demo_script_b", ROOT / "scripts" / "demo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def wait_for(panel, seconds=120):
    deadline = time.time() + seconds
    while panel.busy() and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()
    assert not panel.busy(), "the balance task did not finish"


def dock_check(qgis_iface, layer, table, scenario):
    """Run the dock's check of ``scenario`` with the panel's defaults; returns (summary, panel texts)."""
    dock = VeerkrachtDock(qgis_iface, None)
    try:
        dock.set_layer(layer)
        panel = dock.balans
        panel.inform = lambda title, text: pytest.fail(text)
        panel.table_combo.setLayer(table)
        panel.scenario_combo.setEditText(scenario)
        panel.compare_combo.setCurrentIndex(0)
        field = panel.vulnerable_combo.currentField()
        assert panel.run_check()
        wait_for(panel)
        result = panel.results[scenario]
        assert "summary" in result, result
        texts = {"light": re.sub(r"<[^>]+>", "", panel.light.text()), "target": panel.target_label.text(),
                 "field": panel.field_label.text(), "result": panel.result_label.text(), "combo": field,
                 "vulnerable_field": result["vulnerable_field"], "feasible": panel.light.property("feasible")}
        return result["summary"].copy(), texts
    finally:
        dock.close_and_cleanup()
        dock.deleteLater()


def assert_same_summary(dock_summary, processing_csv):
    expected = pd.read_csv(processing_csv, dtype={"gemeente": str, "regio": str, "reden": str})
    assert list(dock_summary.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(dock_summary.reset_index(drop=True), expected.reset_index(drop=True),
                                  check_exact=False, rtol=1e-9)


@pytest.fixture(scope="module")
def scored_demo(qgis_app, qgis_processing, tmp_path_factory):
    """The demo city scored as make demo scores it, and make demo's balance step, in a temporary folder."""
    from veerkracht_plugin.standalone import register_provider

    register_provider()
    module = load_demo_module()
    if QgsApplication.processingRegistry().algorithmById("veerkracht:balance") is None:
        pytest.skip("veerkracht:balance is not registered")
    out = tmp_path_factory.mktemp("demo_balance")
    steps = [s for s in module.STEPS if s.name in ("prepare", "leefbaarometer", "score", "balance")]
    state = module.run(out, steps=steps, log=lambda line: None)
    assert state.skipped == []
    return module, state


@pytest.mark.slow  # scores the demo city first
def test_dock_equals_make_demo_on_both_demo_scenarios(qgis_iface, provider, scored_demo, qgis_new_project):
    module, state = scored_demo
    layer = QgsVectorLayer(module.buurten_uri(state), "Veerstad", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    with (module.DEMO_DATA / "veerstad_maatregelen.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    table = create_measures_table(str(state.out / module.GPKG_NAME), rows)  # what make demo's project holds
    QgsProject.instance().addMapLayer(table)
    scenarios = list(dict.fromkeys(row["scenario"] for row in rows))
    assert scenarios == ["Herstructurering Oost", "Spreiding"]
    for scenario in scenarios:
        summary, texts = dock_check(qgis_iface, layer, table, scenario)
        # the dock chose the field make demo passes, and says so
        assert texts["combo"] == "p_sociaal_minimum_t1" == texts["vulnerable_field"]
        assert "'p_sociaal_minimum_t1'" in texts["field"]
        assert_same_summary(summary, state.summary["balance_tables"][scenario])
        demo = state.summary["balance"][scenario]
        # one verdict: the dock's first line says what make demo (and its PDF) says
        assert texts["feasible"] is bool(demo["HAALBAAR"]) is True
        assert "Feasible:" in texts["light"] and "Not feasible" not in texts["light"] + texts["result"]


def test_dock_equals_processing_on_apeldoorn(qgis_iface, provider, tmp_path, qgis_new_project):
    layer = QgsVectorLayer(f"{APELDOORN_GPKG}|layername=buurten_2022", "buurten_2022", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    rows = [
        {"scenario": "vernieuwing", "buurtcode": "BU02000403", "maatregel": "sloop", "segment": "sociale_huur",
         "aantal": 200, "toelichting": "Staatsliedenkwartier"},
        {"scenario": "vernieuwing", "buurtcode": "BU02000403", "maatregel": "nieuwbouw", "segment": "koop",
         "aantal": 100},
        {"scenario": "vernieuwing", "buurtcode": "BU02000403", "maatregel": "toewijzing", "aandeel": 0.3},
    ]
    table = create_measures_table(str(tmp_path / "maatregelen.gpkg"), rows)  # the shared data stays untouched
    QgsProject.instance().addMapLayer(table)
    summary, texts = dock_check(qgis_iface, layer, table, "vernieuwing")
    assert texts["combo"] == "P_HH_LI" == texts["vulnerable_field"]  # no sociaal-minimum field in this layer
    expected = tmp_path / "processing_summary.csv"
    result = processing.run("veerkracht:balance", {
        "INPUT": layer, "MEASURES": table, "SCENARIO": "vernieuwing", "VULNERABLE_SHARE_FIELD": "P_HH_LI",
        "OUTPUT": str(tmp_path / "out.gpkg"), "OUTPUT_SUMMARY": str(expected)})
    assert_same_summary(summary, expected)
    assert texts["feasible"] is result["HAALBAAR"] is True
    # the dock's feasibility line is the summary's reden (the algorithm's one sentence), in the dock's words
    assert "1,034" in texts["light"] or "1.034" in texts["light"]
