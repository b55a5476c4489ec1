"""No output may harm an input: every algorithm refuses a destination that would replace an input file (the
same path, through a symlink, with a |layername= suffix), and a new layer written into an input GeoPackage
leaves its other tables as they were."""

import hashlib
import shutil
import sqlite3

import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.paths import PLUGIN_DIR
from veerkracht_plugin.core.leefbaarometer import DIMENSIONS

DEMO = PLUGIN_DIR / "resources" / "demo"
REPLACE = "would replace the input file"
VULNERABILITY = {"VULNERABILITY_T0": ["p_laag_inkomen_t0", "p_sociaal_minimum_t0"],
                 "VULNERABILITY_T1": ["p_laag_inkomen_t1", "p_sociaal_minimum_t1"],
                 "PROBLEMS_T0": ["lbm_onv_t0"], "PROBLEMS_T1": ["lbm_onv_t1"], "PROBLEMS_HIGHER_IS_BETTER": True}


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tables(path):
    """{table: digest of its rows} of every table in a SQLite file (read-only)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        result = {}
        for name in names:
            digest = hashlib.sha256()
            for row in connection.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
                digest.update(repr(row).encode())
            result[name] = digest.hexdigest()
        return result
    finally:
        connection.close()


def fresh_copy(source, target):
    """A copy of ``source`` with everything a QGIS connection may still hold in its WAL, in SQLite's default
    journal mode: an earlier test wrote into ``source``, and QGIS checkpoints its WAL when it closes the
    file, which changes the bytes (not the content) at a moment a byte comparison cannot predict."""
    reading = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    writing = sqlite3.connect(target)
    try:
        reading.backup(writing)
        writing.execute("PRAGMA journal_mode = DELETE")
    finally:
        writing.close()
        reading.close()
    return target


@pytest.fixture(scope="module")
def city(qgis_app, qgis_processing, tmp_path_factory):
    """A municipality's GeoPackage as planners have it: the scored buurten (layer 'city') beside a measures
    table (vk_maatregelen); and copies of the demo inputs (the repository's files are never at risk)."""
    import processing

    from veerkracht_plugin.standalone import register_provider

    register_provider()
    folder = tmp_path_factory.mktemp("safety")
    for name in ("veerstad_buurten_2016.gpkg", "veerstad_buurten_2022.gpkg", "veerstad_leefbaarometer.csv",
                 "veerstad_maatregelen.csv"):
        shutil.copy(DEMO / name, folder / name)
    prepared = processing.run("veerkracht:preparecbs", {
        "BUURTEN_T0": f"{folder / 'veerstad_buurten_2016.gpkg'}|layername=buurten_2016",
        "BUURTEN_T1": f"{folder / 'veerstad_buurten_2022.gpkg'}|layername=buurten_2022",
        "OUTPUT": "memory:"})["OUTPUT"]
    joined = processing.run("veerkracht:joinleefbaarometer", {
        "INPUT": prepared, "LEEFBAAROMETER": str(folder / "veerstad_leefbaarometer.csv"), "YEAR_T0": 2014,
        "YEAR_T1": 2022, "DIMENSIONS": [DIMENSIONS.index("onv")], "OUTPUT": "memory:"})["OUTPUT"]
    build = folder / "build" / "city.gpkg"
    processing.run("veerkracht:score", {"INPUT": joined, **VULNERABILITY, "OUTPUT": str(build)})
    gdal.VectorTranslate(str(build), str(folder / "veerstad_maatregelen.csv"), accessMode="update",
                         layerName="vk_maatregelen")
    # a file no QGIS connection holds yet, in SQLite's default journal mode (QGIS switches a GeoPackage it
    # opens to WAL and back when it closes it: that would change the bytes, not the content)
    path = folder / "city.gpkg"
    shutil.copy(build, path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    assert {"city", "vk_maatregelen"} <= set(tables(path))
    return folder


def refused(run_alg, name, parameters, *protected):
    """Run ``name``, which must refuse; returns the message. Every file in ``protected`` is byte-identical."""
    before = {path: sha256(path) for path in protected}
    with pytest.raises(QgsProcessingException) as raised:
        run_alg(name, parameters)
    assert {path: sha256(path) for path in protected} == before
    return str(raised.value)


def output_forms(folder, path):
    """The same file as the input, spelled three ways: the path, a symlink, and through a parent symlink."""
    link = folder / f"link_to_{path.name}"
    if not link.exists():
        link.symlink_to(path)
    parent = folder / "parent_link"
    if not parent.exists():
        parent.symlink_to(folder, target_is_directory=True)
    return [str(path), str(link), str(parent / path.name)]


@pytest.mark.parametrize("input_form", ["layername", "plain", "layerid"])
def test_score_refuses_to_replace_its_input(run_alg, city, input_form):
    path = city / "city.gpkg"
    source = {"layername": f"{path}|layername=city", "plain": str(path), "layerid": f"{path}|layerid=0"}[input_form]
    if input_form != "layername":
        # a plain path opens the first layer: the file has one feature table and one attribute table
        assert QgsVectorLayer(source, "c", "ogr").isValid()
    before = tables(path)
    for output in output_forms(city, path):
        message = refused(run_alg, "score", {"INPUT": source, **VULNERABILITY, "OUTPUT": output}, path)
        assert REPLACE in message and str(path) in message
        assert "ogr:dbname=" in message and "table=" in message  # the fix: a new layer into it
    assert tables(path) == before


def test_preparecbs_refuses_to_replace_either_year(run_alg, city):
    t0, t1 = city / "veerstad_buurten_2016.gpkg", city / "veerstad_buurten_2022.gpkg"
    parameters = {"BUURTEN_T0": f"{t0}|layername=buurten_2016", "BUURTEN_T1": f"{t1}|layername=buurten_2022"}
    for target in (t0, t1):
        for output in output_forms(city, target):
            message = refused(run_alg, "preparecbs", {**parameters, "OUTPUT": output}, t0, t1)
            assert REPLACE in message and str(target) in message


def test_joinleefbaarometer_refuses_its_layer_and_its_csv(run_alg, city):
    path, csv = city / "city.gpkg", city / "veerstad_leefbaarometer.csv"
    parameters = {"INPUT": f"{path}|layername=city", "LEEFBAAROMETER": str(csv), "YEAR_T0": 2014, "YEAR_T1": 2022}
    for output in output_forms(city, path) + output_forms(city, csv):
        message = refused(run_alg, "joinleefbaarometer", {**parameters, "OUTPUT": output}, path, csv)
        assert REPLACE in message


def test_balance_refuses_every_output_onto_an_input(run_alg, city, tmp_path):
    path, measures = city / "city.gpkg", city / "veerstad_maatregelen.csv"
    parameters = {"INPUT": f"{path}|layername=city", "MEASURES": f"{path}|layername=vk_maatregelen",
                  "SCENARIO": "Spreiding", "OUTPUT": str(tmp_path / "b.gpkg"),
                  "OUTPUT_SUMMARY": str(tmp_path / "s.csv"), "OUTPUT_HTML": str(tmp_path / "b.html")}
    for name in ("OUTPUT", "OUTPUT_SUMMARY", "OUTPUT_HTML"):
        for output in output_forms(city, path):
            message = refused(run_alg, "balance", {**parameters, name: output}, path)
            assert REPLACE in message and str(path) in message
    # the measures as a CSV file: a summary CSV must not replace it
    message = refused(run_alg, "balance", {**parameters, "MEASURES": str(measures), "OUTPUT_SUMMARY": str(measures)},
                      measures)
    assert REPLACE in message and str(measures) in message
    assert not any(tmp_path.iterdir())  # nothing was written


def test_report_refuses_to_replace_its_input_with_a_pdf(run_alg, city):
    path = city / "city.gpkg"
    for output in output_forms(city, path):
        message = refused(run_alg, "report", {"INPUT": f"{path}|layername=city", "OUTPUT": output}, path)
        assert REPLACE in message and str(path) in message and "Choose another file name" in message


def test_a_document_never_replaces_a_file_of_another_kind(run_alg, city, tmp_path):
    path = city / "city.gpkg"
    notes = tmp_path / "notities.pdf"
    notes.write_text("Wijkschets Oost: eerst de school, dan de woningen.", encoding="utf-8")
    message = refused(run_alg, "report", {"INPUT": f"{path}|layername=city", "OUTPUT": str(notes)}, notes)
    assert "is not a PDF file" in message and str(notes) in message
    html = tmp_path / "summary.html"
    shutil.copy(path, html)  # a GeoPackage under an .html name
    parameters = {"INPUT": f"{path}|layername=city", "MEASURES": f"{path}|layername=vk_maatregelen",
                  "SCENARIO": "Spreiding", "OUTPUT": "memory:", "OUTPUT_SUMMARY": "memory:", "OUTPUT_HTML": str(html)}
    message = refused(run_alg, "balance", parameters, html)
    assert "is not a HTML file" in message


def test_two_outputs_of_one_run_never_write_the_same_file(run_alg, city, tmp_path):
    path = city / "city.gpkg"
    out = tmp_path / "same.gpkg"
    parameters = {"INPUT": f"{path}|layername=city", "MEASURES": f"{path}|layername=vk_maatregelen",
                  "SCENARIO": "Spreiding", "OUTPUT": str(out), "OUTPUT_SUMMARY": str(out)}
    with pytest.raises(QgsProcessingException, match="would both write"):
        run_alg("balance", parameters)
    assert not out.exists()


def test_a_new_layer_into_the_input_geopackage_keeps_every_other_table(run_alg, city):
    path = city / "city.gpkg"
    before = tables(path)
    result = run_alg("score", {"INPUT": f"{path}|layername=city", **VULNERABILITY,
                               "OUTPUT": f"ogr:dbname='{path}' table=\"city_again\" (geom)"})
    after = tables(path)
    assert {name: after[name] for name in before if name in ("city", "vk_maatregelen")} == {
        name: before[name] for name in ("city", "vk_maatregelen")}
    assert "city_again" in after and set(before) - {"gpkg_contents", "gpkg_ogr_contents", "gpkg_geometry_columns",
                                                    "layer_styles", "gpkg_extensions"} <= set(after)
    again = QgsVectorLayer(result["OUTPUT"], "again", "ogr")
    assert again.isValid() and again.featureCount() == QgsVectorLayer(f"{path}|layername=city", "c").featureCount()
    # the balance summary as a new table of the same GeoPackage
    run_alg("balance", {"INPUT": f"{path}|layername=city", "MEASURES": f"{path}|layername=vk_maatregelen",
                        "SCENARIO": "Spreiding", "OUTPUT": "memory:",
                        "OUTPUT_SUMMARY": f"ogr:dbname='{path}' table=\"balans_spreiding\""})
    final = tables(path)
    assert {name: final[name] for name in ("city", "vk_maatregelen", "city_again")} == {
        name: after[name] for name in ("city", "vk_maatregelen", "city_again")}
    assert "balans_spreiding" in final
    gdal.UseExceptions()
    assert gdal.OpenEx(str(path)).GetLayerCount() >= 4


def test_a_layer_of_the_input_name_is_refused(run_alg, city, tmp_path):
    path = fresh_copy(city / "city.gpkg", tmp_path / "city.gpkg")
    output = f"ogr:dbname='{path}' table=\"city\" (geom)"
    message = refused(run_alg, "score", {"INPUT": f"{path}|layername=city", **VULNERABILITY, "OUTPUT": output}, path)
    assert "would overwrite the input layer 'city'" in message
    message = refused(run_alg, "balance", {
        "INPUT": f"{path}|layername=city", "MEASURES": f"{path}|layername=vk_maatregelen", "SCENARIO": "Spreiding",
        "OUTPUT": "memory:", "OUTPUT_SUMMARY": f"ogr:dbname='{path}' table=\"vk_maatregelen\""}, path)
    assert "would overwrite the input layer 'vk_maatregelen'" in message


def test_applystyle_writes_only_styles_into_its_input(run_alg, city, tmp_path):
    """applystyle stores the maps as styles in the input GeoPackage (its purpose): nothing else changes."""
    path = fresh_copy(city / "city.gpkg", tmp_path / "styled.gpkg")
    before = tables(path)
    run_alg("applystyle", {"INPUT": f"{path}|layername=city", "MAP": 0})
    after = tables(path)
    assert "layer_styles" in after
    changed = {name for name in set(before) | set(after) if before.get(name) != after.get(name)}
    assert changed <= {"layer_styles", "gpkg_contents", "gpkg_extensions"}, changed
    assert after["city"] == before["city"] and after["vk_maatregelen"] == before["vk_maatregelen"]


def test_the_check_runs_before_the_dock_s_background_tasks(provider, city, tmp_path):
    """QgsProcessingAlgRunnerTask (the dock) skips checkParameterValues: prepareAlgorithm refuses too."""
    from qgis.core import QgsApplication, QgsProcessingContext

    from tests.qgis.conftest import RecordingFeedback

    path = fresh_copy(city / "city.gpkg", tmp_path / "city.gpkg")
    digest = sha256(path)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("veerkracht:score")
    context, feedback = QgsProcessingContext(), RecordingFeedback()
    results, ok = algorithm.run({"INPUT": f"{path}|layername=city", **VULNERABILITY, "OUTPUT": str(path)}, context,
                                feedback)
    assert not ok and results == {}
    assert any(REPLACE in error for error in feedback.errors), feedback.errors
    assert sha256(path) == digest
