import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.paths import APELDOORN_GPKG, APELDOORN_LBM


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
