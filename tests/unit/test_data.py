"""The committed real-data fixtures (tests/data): documented, small, real, and what scripts/make_test_data.py
makes from the full open data."""

import csv
import importlib.util
import json
import sqlite3

from tests import paths

README = paths.DATA / "README.md"


def load_script():
    spec = importlib.util.spec_from_file_location("make_test_data", paths.ROOT / "scripts" / "make_test_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_fixture_is_documented_small_and_made_by_the_script():
    files = sorted(p.name for p in paths.DATA.iterdir() if p.name != "README.md")
    readme = README.read_text(encoding="utf-8")
    script = load_script()
    assert sorted([*script.COPIES, *script.EXCERPTS]) == files
    for name in files:
        assert f"`{name}`" in readme, name
        assert (paths.DATA / name).stat().st_size < 400_000, name
    assert sum((paths.DATA / name).stat().st_size for name in files) < 1_000_000
    assert "CC BY 4.0" in readme and "Bron: CBS" in readme and "Leefbaarometer" in readme and "RIVM" in readme


def test_the_paths_point_at_the_fixtures():
    for name in dir(paths):
        value = getattr(paths, name)
        if name.isupper() and hasattr(value, "suffix") and value.suffix in (".gpkg", ".csv", ".geojson"):
            assert value.parent == paths.DATA and value.is_file(), name


def test_apeldoorn_geopackage_holds_both_years():
    with sqlite3.connect(f"file:{paths.APELDOORN_GPKG}?mode=ro", uri=True) as connection:
        layers = [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents ORDER BY 1")]
        assert layers == ["buurten_2016", "buurten_2022"]
        for layer in layers:
            assert connection.execute(f"SELECT count(*), count(DISTINCT BU_CODE) FROM {layer}").fetchone() == (95, 95)
            assert connection.execute(f"SELECT DISTINCT GM_CODE FROM {layer}").fetchall() == [("GM0200",)]


def test_baarn_keeps_its_sentinels():
    data = json.loads(paths.BAARN_GEOJSON.read_text(encoding="utf-8"))
    values = [v for f in data["features"] for v in f["properties"].values()]
    assert len(data["features"]) == 21
    assert (values.count(-99995), values.count(-99997)) == (3675, 9)


def test_grote_steden_excerpt_is_almere_with_the_english_header():
    with open(paths.GROTE_STEDEN, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 46 and {row["gm_naam"] for row in rows} == {"Almere"}
    assert "p_low_income_household" in rows[0] and all(len(row["gwb_code_10"]) == 8 for row in rows)


def test_utrecht_statline_files_are_raw_odata_csv():
    for path, year_has_education in ((paths.UTRECHT_STATLINE_2019, True), (paths.UTRECHT_STATLINE_2021, False)):
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # BOM
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))
        header, body = rows[0], rows[1:]
        assert len(header) == 22 and header[4] == "AantalInwoners_5"
        kinds = [row[2].strip() for row in body]
        assert (kinds.count("Gemeente"), kinds.count("Wijk"), kinds.count("Buurt")) == (1, 10, 111)
        education = [row[-1].strip() for row in body]
        assert (education.count(".") < len(body)) == year_has_education


def test_the_fixtures_are_what_the_script_makes_from_the_full_data(tmp_path):
    """Extended check: only where the full open data is (skipped elsewhere)."""
    script = load_script()
    source = paths.shared_data(script.COPIES[0]).parent
    written = script.make(source, tmp_path)
    for name in written:
        assert (tmp_path / name).read_bytes() == (paths.DATA / name).read_bytes(), name
