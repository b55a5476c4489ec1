"""Paths shared by the tests (no QGIS imports here).

The tests read small real-data excerpts committed in ``tests/data`` (see its README: sources, licences and
``scripts/make_test_data.py``, which makes them), so they pass in any clone. The full open-data folder
(``SHARED_DATA``) is only for benchmarks and extended checks, which skip when it is absent.
"""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_DIR = ROOT / "veerkracht_plugin"
DATA = ROOT / "tests" / "data"

APELDOORN_GPKG = DATA / "apeldoorn_GM0200_buurten_2016_2022_rd.gpkg"
APELDOORN_LBM = DATA / "apeldoorn_GM0200_lbm_wijken_2002_2022.csv"
APELDOORN_LONG = DATA / "apeldoorn_GM0200_kwb_2016_2025_long.csv"
BAARN_GEOJSON = DATA / "baarn_GM0308_buurten_2024_pdok_wgs84.geojson"
BAARN_STATLINE = DATA / "baarn_GM0308_statline_2016_2025_long.csv"
GROTE_STEDEN = DATA / "grote_steden_buurten_kwb_en.csv"  # the buurten of Almere only
UTRECHT_STATLINE_2019 = DATA / "utrecht_GM0344_statline_84583NED_2019.csv"
UTRECHT_STATLINE_2021 = DATA / "utrecht_GM0344_statline_84583NED_2021.csv"


def _shared_data():
    """The full open data, read in place: ``$VEERKRACHT_SHARED_DATA``, else ``../shared/data`` beside this
    checkout, else beside the repository this one was cloned from (a local clone). May not exist."""
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


def shared_data(name):
    """A file of the full open data for an extended check; the test is skipped when it is not there."""
    import pytest

    path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(f"extended check: {name} not found in {SHARED_DATA} (set VEERKRACHT_SHARED_DATA)")
    return path
