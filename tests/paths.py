"""Paths shared by the tests (no QGIS imports here)."""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_DIR = ROOT / "veerkracht_plugin"


def _shared_data():
    """The real open data, read in place (never copied into the repository): ``$VEERKRACHT_SHARED_DATA``, else
    ``../shared/data`` beside this checkout, else beside the repository this one was cloned from."""
    if os.environ.get("VEERKRACHT_SHARED_DATA"):
        return Path(os.environ["VEERKRACHT_SHARED_DATA"])
    beside = ROOT.parent / "shared" / "data"
    if beside.is_dir():
        return beside
    try:
        origin = subprocess.run(["git", "-C", str(ROOT), "config", "--get", "remote.origin.url"],
                                capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        origin = ""
    if origin and "://" not in origin and ":" not in origin.split("/")[0]:  # a local clone
        candidate = Path(origin).resolve().parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return beside


SHARED_DATA = _shared_data()
APELDOORN_GPKG = SHARED_DATA / "apeldoorn_GM0200_buurten_2016_2022_rd.gpkg"
APELDOORN_LBM = SHARED_DATA / "apeldoorn_GM0200_lbm_wijken_2002_2022.csv"
BAARN_GEOJSON = SHARED_DATA / "baarn_GM0308_buurten_2024_pdok_wgs84.geojson"
