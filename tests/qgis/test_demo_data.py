"""The committed demo GeoPackages: valid, non-overlapping polygons equal to a fresh generation."""

import re

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsVectorLayer

from tests.paths import PLUGIN_DIR
from veerkracht_dev import demo_city

pytestmark = pytest.mark.slow  # generates the demo city

DEMO_DIR = PLUGIN_DIR / "resources" / "demo"


@pytest.fixture(scope="module")
def city():
    return demo_city.generate()


def layer(year):
    path = DEMO_DIR / f"veerstad_buurten_{year}.gpkg"
    result = QgsVectorLayer(f"{path}|layername=buurten_{year}", f"buurten_{year}", "ogr")
    assert result.isValid(), path
    return result


def numbers(wkt):
    return np.array(re.findall(r"-?\d+(?:\.\d+)?", wkt), dtype=float)


@pytest.mark.parametrize("year", demo_city.YEARS)
def test_committed_gpkg_equals_a_fresh_generation(qgis_app, city, year):
    features = sorted(layer(year).getFeatures(), key=lambda f: f["BU_CODE"])
    expected = city.buurten[year]
    assert layer(year).crs().authid() == "EPSG:28992"
    assert [f["BU_CODE"] for f in features] == list(expected["BU_CODE"])
    for feature, record in zip(features, expected.to_dict("records")):
        for name in demo_city.BUURT_FIELDS:
            assert feature[name] == pytest.approx(record[name]), (record["BU_CODE"], name)
        assert np.allclose(numbers(feature.geometry().asWkt(3)), numbers(record["geometry"]), atol=1e-3)


@pytest.mark.parametrize("year", demo_city.YEARS)
def test_polygons_valid_and_not_overlapping(qgis_app, year):
    geometries = [f.geometry() for f in layer(year).getFeatures()]
    assert all(g.isGeosValid() for g in geometries)
    union = QgsGeometry.unaryUnion(geometries)
    total = sum(g.area() for g in geometries)
    assert union.area() == pytest.approx(total, abs=10.0)  # m2; rounding to cm at the split
    assert union.area() > 60e6  # about 77 km2
    for a in range(len(geometries)):
        for b in range(a + 1, len(geometries)):
            if geometries[a].boundingBoxIntersects(geometries[b]):
                assert geometries[a].intersection(geometries[b]).area() < 1.0
