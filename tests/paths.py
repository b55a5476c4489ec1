"""Paths shared by the tests (no QGIS imports here)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_DIR = ROOT / "veerkracht_plugin"
SHARED_DATA = ROOT.parent / "shared" / "data"
APELDOORN_GPKG = SHARED_DATA / "apeldoorn_GM0200_buurten_2016_2022_rd.gpkg"
APELDOORN_LBM = SHARED_DATA / "apeldoorn_GM0200_lbm_wijken_2002_2022.csv"
BAARN_GEOJSON = SHARED_DATA / "baarn_GM0308_buurten_2024_pdok_wgs84.geojson"
