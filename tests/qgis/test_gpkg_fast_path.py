"""The GeoPackage fast path of veerkracht:score writes the same layer as the QGIS sink, faster."""

import hashlib
import math
import sqlite3
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from tests.paths import APELDOORN_GPKG, APELDOORN_LBM

FAST = "GeoPackage copied directly, without passing the features through QGIS (fast path)."


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


def rtree_ids(path, table, box):
    """Ids that the GeoPackage's R-tree finds in ``box`` (minx, miny, maxx, maxy)."""
    with sqlite3.connect(str(path)) as connection:
        rtree = f"rtree_{table}_geom"
        assert connection.execute("SELECT rtreecheck(?)", (rtree,)).fetchone()[0] == "ok"
        return {
            row[0]
            for row in connection.execute(
                f'SELECT id FROM "{rtree}" WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?',
                (box[0], box[2], box[1], box[3]),
            )
        }


def read_only(path):
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)  # '#' and '?' in the path


def _quote(name):
    return '"' + name.replace('"', '""') + '"'


def rtree_boxes(path, rtree):
    with read_only(path) as connection:
        rows = connection.execute(f"SELECT id, minx, maxx, miny, maxy FROM {_quote(rtree)}").fetchall()
    return {row[0]: row[1:] for row in rows}


def check_rtree_triggers(path, table, column="geom"):
    """The R-tree triggers of ``table`` by their real names (as GeoPackage 1.2/1.3 or 1.4 name them), on the
    right tables, and working: an insert, a geometry update and a delete through GDAL (whose SQL functions the
    triggers call) on a copy move the R-tree with them."""
    import shutil

    from osgeo import gdal

    rtree = f"rtree_{table}_{column}"
    with read_only(path) as connection:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        triggers = dict(connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
            "AND substr(name, 1, ?) = ?", (table, len(rtree) + 1, rtree + "_")).fetchall())
        fid = connection.execute(f"SELECT name FROM pragma_table_info({_quote(table)}) WHERE pk = 1").fetchone()[0]
        first, second = (row[0] for row in connection.execute(
            f"SELECT {_quote(fid)} FROM {_quote(table)} ORDER BY 1 LIMIT 2"))
    updates = (2, 4, 5, 6, 7) if version >= 10400 else (1, 2, 3, 4)
    assert set(triggers) == {f"{rtree}_insert", f"{rtree}_delete", *(f"{rtree}_update{n}" for n in updates)}
    for name, sql in triggers.items():
        assert _quote(rtree) in sql, (name, sql)

    copy = Path(path).with_name("rtree-trigger-check.gpkg")
    shutil.copyfile(path, copy)
    dataset = gdal.OpenEx(str(copy), gdal.OF_VECTOR | gdal.OF_UPDATE)
    t, g, f = _quote(table), _quote(column), _quote(fid)
    dataset.ExecuteSQL(f"UPDATE {t} SET {g} = (SELECT {g} FROM {t} WHERE {f} = {second}) WHERE {f} = {first}")
    dataset.ExecuteSQL(f"DELETE FROM {t} WHERE {f} = {second}")
    dataset.ExecuteSQL(f"INSERT INTO {t} ({g}) SELECT {g} FROM {t} WHERE {f} = {first}")
    dataset = None  # noqa: F841 - closes the file
    boxes, before = rtree_boxes(copy, rtree), rtree_boxes(path, rtree)
    with sqlite3.connect(str(copy)) as connection:
        last = connection.execute(f"SELECT max({f}) FROM {t}").fetchone()[0]
    copy.unlink()
    assert boxes.get(first) == before[second]  # updated
    assert second not in boxes  # deleted
    assert last not in before and boxes.get(last) == before[second]  # inserted


def validate_geopackage(path):
    """GDAL's GeoPackage validator. Its R-tree trigger check in GDAL >= 3.10 cuts the trigger number out of
    the name at the length of the SQL-escaped table name, so for a table whose name has an apostrophe it
    reads int('') and raises ValueError (a bug of the GDAL sample, not of the file). Then the validator checks
    a copy with that table renamed by GDAL (table, R-tree, triggers and metadata alike), and
    ``check_rtree_triggers`` checks the triggers of the original file by their real names."""
    import shutil

    from osgeo import gdal
    from osgeo_utils.samples import validate_gpkg

    with read_only(path) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")]
    try:
        validate_gpkg.check(str(path), extra_checks=True)
        return
    except ValueError as error:
        if not any("'" in table for table in tables) or "invalid literal for int()" not in str(error):
            raise
    copy = Path(path).with_name("validator-copy.gpkg")
    shutil.copyfile(path, copy)
    dataset = gdal.OpenEx(str(copy), gdal.OF_VECTOR | gdal.OF_UPDATE)
    for index, table in enumerate(tables):
        if "'" in table:
            dataset.ExecuteSQL(f"ALTER TABLE {_quote(table)} RENAME TO {_quote(f'renamed_{index}')}")
    dataset = None  # noqa: F841 - closes the file
    try:
        validate_gpkg.check(str(copy), extra_checks=True)
    finally:
        copy.unlink()
    for table in tables:
        check_rtree_triggers(path, table)


def small_gpkg(path, table):
    from osgeo import gdal, ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    layer = dataset.CreateLayer(table, srs, ogr.wkbPolygon)
    for x in range(3):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({x} 0,{x + 1} 0,{x + 1} {x + 1},{x} 0))"))
        layer.CreateFeature(feature)
    dataset = None  # noqa: F841 - closes the file
    return path


def test_the_validator_work_around_still_sees_broken_triggers(tmp_path):
    """The checks above can fail: GDAL's own file with an apostrophe passes; without a trigger, or with one that
    does nothing, it does not."""
    table = "buurten's kopie"
    good = small_gpkg(tmp_path / "good.gpkg", table)
    validate_geopackage(good)
    check_rtree_triggers(good, table)
    rtree = f"rtree_{table}_geom"
    for name, change in (("missing", f"DROP TRIGGER {_quote(rtree + '_delete')}"),
                         ("idle", f"DROP TRIGGER {_quote(rtree + '_insert')}")):
        broken = small_gpkg(tmp_path / f"{name}.gpkg", table)
        with sqlite3.connect(str(broken)) as connection:
            connection.execute(change)
            if name == "idle":  # same name and table, but it no longer fills the R-tree
                connection.execute(f"CREATE TRIGGER {_quote(rtree + '_insert')} AFTER INSERT ON {_quote(table)} "
                                   f"BEGIN SELECT count(*) FROM {_quote(rtree)}; END")
        connection.close()
        with pytest.raises(AssertionError):
            check_rtree_triggers(broken, table)


def centre_box(layer):
    extent = layer.extent()
    c = extent.center()
    return (c.x() - 1500, c.y() - 1500, c.x() + 1500, c.y() + 1500)


@pytest.mark.parametrize("spatial_index", ["YES", "NO"])
def test_fast_output_is_a_valid_geopackage_with_a_working_spatial_index(run_alg, feedback, tmp_path, spatial_index):
    """The copy is a valid GeoPackage; its spatial index is copied from the source or, when the source
    has none, built; the default style sits in layer_styles as QGIS writes it."""
    from osgeo import gdal

    joined = prepared_gpkg(run_alg, tmp_path)
    source = tmp_path / "dir with # and ?" / "bron buurten.gpkg"
    source.parent.mkdir()
    gdal.VectorTranslate(str(source), str(joined), layerName="bron buurten",
                         layerCreationOptions=[f"SPATIAL_INDEX={spatial_index}"])
    out = tmp_path / "dir with # and ?" / "score's output.gpkg"
    run_alg("score", {"INPUT": str(source), "OUTPUT": str(out)}, feedback=feedback)
    assert FAST in feedback.infos
    validate_geopackage(out)
    check_rtree_triggers(out, "score's output")

    layer = QgsVectorLayer(str(out), "out", "ogr")
    assert layer.isValid() and layer.featureCount() == 95
    source_layer = QgsVectorLayer(str(source), "source", "ogr")
    assert layer.extent() == source_layer.extent()
    box = centre_box(source_layer)
    expected = {f.id() for f in source_layer.getFeatures(QgsRectangle(*box)) if
                f.geometry().boundingBox().intersects(QgsRectangle(*box))}
    assert 0 < len(expected) < 95
    assert rtree_ids(out, "score's output", box) >= expected
    request = QgsFeatureRequest().setFilterRect(QgsRectangle(*box))
    assert {f.id() for f in layer.getFeatures(request)} == {f.id() for f in source_layer.getFeatures(request)}
    # the default style: as QGIS stores it, and QGIS can add more styles next to it
    count, ids, names, _descriptions, error = layer.listStylesInDatabase()
    assert count == 1 and names == ["1 Signaleringskaart (absoluut)"], error
    assert layer.renderer().type() == "RuleRenderer"
    run_alg("applystyle", {"INPUT": str(out), "MAP": 8})  # map 9, focus: stored next to the signal map
    names = QgsVectorLayer(str(out), "again", "ogr").listStylesInDatabase()[2]
    assert set(names) == {"1 Signaleringskaart (absoluut)", "9 Focuskaart"}, names
    # the source is untouched and still has (or lacks) its own index
    with sqlite3.connect(str(source)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert ("rtree_bron buurten_geom" in tables) == (spatial_index == "YES")
    assert "layer_styles" not in tables


def test_unsaved_edits_are_read_through_qgis(run_alg, feedback, tmp_path):
    """A layer with unsaved edits: the file is not what the user sees, so the sink path is used."""
    source = prepared_gpkg(run_alg, tmp_path)
    layer = QgsVectorLayer(str(source), "joined", "ogr")
    first = next(layer.getFeatures())
    population = layer.fields().indexFromName("inwoners_t1")
    assert layer.startEditing()
    try:
        assert layer.changeAttributeValue(first.id(), population, 10)  # below the minimum: 'klein'
        out = tmp_path / "edited.gpkg"
        run_alg("score", {"INPUT": layer, "OUTPUT": str(out)}, feedback=feedback)
        assert FAST not in feedback.infos
        scored = {f.id(): f for f in QgsVectorLayer(str(out), "s", "ogr").getFeatures()}
        assert scored[first.id()]["vk_reden"] == "klein"
    finally:
        layer.rollBack()


def test_balance_fast_path_equals_the_sink_path(run_alg, tmp_path):
    import csv

    from tests.qgis.conftest import RecordingFeedback

    source = prepared_gpkg(run_alg, tmp_path)
    scored = tmp_path / "scored.gpkg"
    run_alg("score", {"INPUT": str(source), "OUTPUT": str(scored)})
    layer = QgsVectorLayer(str(scored), "scored", "ogr")
    codes = [f["buurtcode"] for f in layer.getFeatures() if f["vk_klasse"] not in (None, "geen_gegevens")][:6]
    measures = tmp_path / "m.csv"
    with open(measures, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["scenario", "buurtcode", "maatregel", "segment", "aantal", "aandeel"])
        writer.writerow(["s", codes[0], "sloop", "sociale_huur", 20, ""])
        writer.writerow(["s", codes[1], "nieuwbouw", "sociale_huur", 30, ""])
        writer.writerow(["s", codes[2], "verkoop", "", 10, ""])
    common = {"MEASURES": str(measures), "VULNERABLE_SHARE_FIELD": "p_laag_inkomen_t1",
              "DWELLINGS_FIELD": "huishoudens_t1", "OUTPUT_SUMMARY": "memory:"}
    fast_feedback, slow_feedback = RecordingFeedback(), RecordingFeedback()
    fast_out = tmp_path / "balans.gpkg"
    fast = run_alg("balance", {**common, "INPUT": str(scored), "OUTPUT": str(fast_out)}, fast_feedback)
    slow = run_alg("balance", {**common, "INPUT": str(scored), "OUTPUT": "memory:"}, slow_feedback)
    assert FAST in fast_feedback.infos and FAST not in slow_feedback.infos
    assert (fast["HAALBAAR"], fast["COMPENSATIE_NODIG"], fast["TEKORT"]) == (
        slow["HAALBAAR"], slow["COMPENSATIE_NODIG"], slow["TEKORT"])
    fast_rows, slow_rows = rows(QgsVectorLayer(str(fast_out), "f", "ogr")), rows(slow["OUTPUT"])
    assert set(fast_rows) == set(slow_rows) and len(fast_rows) == 95
    names = [n for n in slow["OUTPUT"].fields().names() if n.startswith("vk_")]
    assert {"vk_soc_voor", "vk_soc_na", "vk_kantelt", "vk_compensatie", "vk_klasse"} <= set(names)
    for code, slow_feature in slow_rows.items():
        for name in names:
            assert same(fast_rows[code][name], slow_feature[name]), (code, name)
    assert fast_rows[codes[0]]["vk_soc_na"] == fast_rows[codes[0]]["vk_soc_voor"] - 20


def test_an_rtree_spelled_differently_is_still_copied(run_alg, feedback, tmp_path, monkeypatch):
    """Writers spell the R-tree's CREATE statement differently (quotes, case, spaces): still the same tree."""
    from veerkracht_plugin.qgisio import gpkg_copy

    source = prepared_gpkg(run_alg, tmp_path)
    with sqlite3.connect(str(source)) as connection:
        table = connection.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchone()[0]
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?",
                           (f"create virtual table rtree_{table}_geom using rtree(id,minx,maxx,miny,maxy)",
                            f"rtree_{table}_geom"))
    rebuilt = []
    monkeypatch.setattr(gpkg_copy, "_rebuild_spatial_index", lambda *args: rebuilt.append(args))
    out = tmp_path / "copied.gpkg"
    run_alg("score", {"INPUT": str(source), "OUTPUT": str(out)}, feedback=feedback)
    assert FAST in feedback.infos and rebuilt == []
    source_layer = QgsVectorLayer(str(source), "source", "ogr")
    box = centre_box(source_layer)
    expected = {f.id() for f in source_layer.getFeatures(QgsRectangle(*box))
                if f.geometry().boundingBox().intersects(QgsRectangle(*box))}
    assert rtree_ids(out, "copied", box) >= expected


def test_paths_for_sqlite_and_which_destinations_are_files():
    from veerkracht_plugin.qgisio import gpkg_copy

    uri = gpkg_copy._sqlite_uri
    assert uri("C:/Users/Gemeente/buurten #1?.gpkg", "ro") == (
        "file:C:/Users/Gemeente/buurten%20%231%3F.gpkg?mode=ro")
    assert uri("C:\\Data\\veerkracht.gpkg", "rw") == "file:C:/Data/veerkracht.gpkg?mode=rw"
    assert uri("\\\\server\\gis\\buurten.gpkg", "ro") == "file:////server/gis/buurten.gpkg?mode=ro"
    assert uri("/tmp/a b.gpkg", "ro") == "file:/tmp/a%20b.gpkg?mode=ro"
    for path in ("/tmp/out.gpkg", "C:/Users/x/out.gpkg", "C:\\x\\out.gpkg", "out.gpkg"):
        assert gpkg_copy.is_plain_path(path), path
    for uri_text in ('ogr:dbname=\'/tmp/x.gpkg\' table="t" (geom)', "postgres://dbname=x", "/tmp/x.gpkg|layername=t"):
        assert not gpkg_copy.is_plain_path(uri_text), uri_text


def test_an_unreadable_geopackage_uses_the_sink(run_alg, feedback, tmp_path, monkeypatch):
    from veerkracht_plugin.qgisio import gpkg_copy

    source = prepared_gpkg(run_alg, tmp_path)
    monkeypatch.setattr(gpkg_copy, "gpkg_readable", lambda path: False)
    out = tmp_path / "sink.gpkg"
    run_alg("score", {"INPUT": str(source), "OUTPUT": str(out)}, feedback=feedback)
    assert FAST not in feedback.infos
    assert QgsVectorLayer(str(out), "s", "ogr").featureCount() == 95


def test_an_output_that_cannot_be_replaced_falls_back_to_the_sink(run_alg, feedback, tmp_path, monkeypatch):
    """E.g. a file held open by another program on Windows: the fast path gives way, no traceback."""
    from veerkracht_plugin.qgisio import gpkg_copy

    source = prepared_gpkg(run_alg, tmp_path)

    def locked(path):
        raise PermissionError(13, "The process cannot access the file", path)

    monkeypatch.setattr(gpkg_copy, "_remove_database", locked)
    out = tmp_path / "locked.gpkg"
    run_alg("score", {"INPUT": str(source), "OUTPUT": str(out)}, feedback=feedback)
    assert FAST not in feedback.infos
    assert any("Fast GeoPackage copy not possible" in info for info in feedback.infos)
    assert QgsVectorLayer(str(out), "s", "ogr").featureCount() == 95


def test_joinleefbaarometer_fast_path_equals_the_sink_path(run_alg, tmp_path):
    import processing

    from tests.qgis.conftest import RecordingFeedback

    t0 = QgsVectorLayer(f"{APELDOORN_GPKG}|layername=buurten_2016", "t0", "ogr")
    t1 = QgsVectorLayer(f"{APELDOORN_GPKG}|layername=buurten_2022", "t1", "ogr")
    prepared = run_alg("preparecbs", {"BUURTEN_T0": t0, "BUURTEN_T1": t1, "OUTPUT": "memory:"})["OUTPUT"]
    source = tmp_path / "prepared.gpkg"
    processing.run("native:savefeatures", {"INPUT": prepared, "OUTPUT": str(source)})
    common = {"LEEFBAAROMETER": str(APELDOORN_LBM), "YEAR_T0": 2014, "YEAR_T1": 2022, "DIMENSIONS": [0, 3]}
    fast_feedback, slow_feedback = RecordingFeedback(), RecordingFeedback()
    fast_out = tmp_path / "joined.gpkg"
    run_alg("joinleefbaarometer", {**common, "INPUT": str(source), "OUTPUT": str(fast_out)}, fast_feedback)
    slow = run_alg("joinleefbaarometer", {**common, "INPUT": str(source), "OUTPUT": "memory:"}, slow_feedback)
    assert FAST in fast_feedback.infos and FAST not in slow_feedback.infos
    fast_rows, slow_rows = rows(QgsVectorLayer(str(fast_out), "f", "ogr")), rows(slow["OUTPUT"])
    assert set(fast_rows) == set(slow_rows) and len(fast_rows) == 95
    lbm_fields = [n for n in slow["OUTPUT"].fields().names() if n.startswith("lbm_")]
    assert set(lbm_fields) == {"lbm_lbm_t0", "lbm_lbm_t1", "lbm_onv_t0", "lbm_onv_t1"}, lbm_fields
    filled = 0
    for code, slow_feature in slow_rows.items():
        for name in lbm_fields:
            assert same(fast_rows[code][name], slow_feature[name]), (code, name)
            filled += slow_feature[name] is not None and not (hasattr(slow_feature[name], "isNull")
                                                                and slow_feature[name].isNull())
    assert filled > 300  # real values were joined, not only NULLs
