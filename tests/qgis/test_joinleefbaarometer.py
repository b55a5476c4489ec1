import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.paths import APELDOORN_GPKG, APELDOORN_LBM
from veerkracht_plugin.qgisio.frames import python_value


@pytest.fixture
def apeldoorn_2022():
    layer = QgsVectorLayer(f"{APELDOORN_GPKG}|layername=buurten_2022", "buurten_2022", "ogr")
    assert layer.isValid()
    return layer


def test_join_wijk_level_file_on_wk_code(run_alg, apeldoorn_2022):
    result = run_alg(
        "joinleefbaarometer",
        {"INPUT": apeldoorn_2022, "LEEFBAAROMETER": str(APELDOORN_LBM), "YEAR_T0": 2014, "YEAR_T1": 2022,
         "OUTPUT": "memory:"},
    )
    out = result["OUTPUT"]
    assert out.featureCount() == apeldoorn_2022.featureCount()
    names = out.fields().names()
    assert "lbm_onv_t0" in names and "lbm_onv_t1" in names
    values = [f["lbm_onv_t1"] for f in out.getFeatures()]
    assert all(isinstance(v, float) for v in values)
    # every buurt of a wijk gets its wijk's score
    by_wijk = {}
    for feature in out.getFeatures():
        by_wijk.setdefault(feature["WK_CODE"], set()).add(round(feature["lbm_onv_t1"], 9))
    assert all(len(v) == 1 for v in by_wijk.values())
    # the input is not modified
    assert "lbm_onv_t1" not in apeldoorn_2022.fields().names()


def test_unknown_year_is_a_clear_error(run_alg, apeldoorn_2022):
    with pytest.raises(QgsProcessingException, match="2013"):
        run_alg(
            "joinleefbaarometer",
            {"INPUT": apeldoorn_2022, "LEEFBAAROMETER": str(APELDOORN_LBM), "YEAR_T0": 2013, "YEAR_T1": 2022,
             "OUTPUT": "memory:"},
        )


def join_error(run_alg, parameters):
    with pytest.raises(QgsProcessingException) as info:
        run_alg("joinleefbaarometer", {"YEAR_T0": 2014, "YEAR_T1": 2022, "OUTPUT": "memory:", **parameters})
    text = str(info.value)
    assert "Traceback" not in text
    return text


def test_a_year_without_scores_is_an_error_listing_the_years_with_scores(run_alg, apeldoorn_2022):
    text = join_error(run_alg, {"INPUT": apeldoorn_2022, "LEEFBAAROMETER": str(APELDOORN_LBM), "YEAR_T0": 2016})
    assert "no scores for onv in 2016; years with scores: 2014, 2018, 2020, 2022" in text


@pytest.mark.parametrize("content, expected", [
    (b"", "is empty"),
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "not a text (CSV) file"),
    (b"wk_code,jaar,onv\nWK020001,2014,0.1\nWK020001,2014,0.2\nWK020001,2022,0.3\n", "different values: WK020001"),
])
def test_bad_files_are_a_clear_error(run_alg, apeldoorn_2022, tmp_path, content, expected):
    path = tmp_path / "lbm.csv"
    path.write_bytes(content)
    assert expected in join_error(run_alg, {"INPUT": apeldoorn_2022, "LEEFBAAROMETER": str(path)})


def test_cp1252_file_with_one_text_cell(run_alg, apeldoorn_2022, tmp_path):
    from tests.qgis.conftest import RecordingFeedback

    text = APELDOORN_LBM.read_text(encoding="utf-8").splitlines()
    header = text[0].split(",")
    onv = header.index("onv")
    rows = [line.split(",") for line in text[1:]]
    target = next(r for r in rows if r[header.index("jaar")] == "2022")
    target[onv] = "n.v.t. – geheim"
    target[header.index("wk_naam")] = "Zuidbroek – café"
    path = tmp_path / "lbm_excel.csv"
    path.write_bytes(("\r\n".join([",".join(header)] + [",".join(r) for r in rows]) + "\r\n").encode("cp1252"))
    feedback = RecordingFeedback()
    result = run_alg("joinleefbaarometer", {"INPUT": apeldoorn_2022, "LEEFBAAROMETER": str(path), "YEAR_T0": 2014,
                                            "YEAR_T1": 2022, "OUTPUT": "memory:"}, feedback)
    assert any("'onv': 1 cell(s) hold no number" in w for w in feedback.warnings)
    values = {f["WK_CODE"]: python_value(f["lbm_onv_t1"]) for f in result["OUTPUT"].getFeatures()}
    assert values[target[header.index("wk_code")]] is None  # that wijk only
    assert sum(1 for v in values.values() if isinstance(v, float)) == len(values) - 1 == 15


def test_a_leefbaarometer_table_layer_loaded_in_qgis(run_alg, apeldoorn_2022):
    table = QgsVectorLayer(f"file://{APELDOORN_LBM}?delimiter=,", "lbm", "delimitedtext")
    assert table.isValid()
    from_layer = run_alg("joinleefbaarometer", {"INPUT": apeldoorn_2022, "LEEFBAAROMETER_LAYER": table,
                                                "YEAR_T0": 2014, "YEAR_T1": 2022, "OUTPUT": "memory:"})["OUTPUT"]
    from_file = run_alg("joinleefbaarometer", {"INPUT": apeldoorn_2022, "LEEFBAAROMETER": str(APELDOORN_LBM),
                                               "YEAR_T0": 2014, "YEAR_T1": 2022, "OUTPUT": "memory:"})["OUTPUT"]
    assert [f["lbm_onv_t1"] for f in from_layer.getFeatures()] == [f["lbm_onv_t1"] for f in from_file.getFeatures()]


def test_no_file_and_no_layer_is_a_clear_error(run_alg, apeldoorn_2022):
    assert "Choose a Leefbaarometer file or a Leefbaarometer table layer" in join_error(
        run_alg, {"INPUT": apeldoorn_2022})
