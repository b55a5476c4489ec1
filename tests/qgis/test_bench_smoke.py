"""Smoke test of the benchmark tooling (make bench itself is not a timed test): the national generator."""

import sys
from collections import Counter

import pytest
from qgis.core import QgsVectorLayer

from tests.paths import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import national  # noqa: E402
import run as bench_run  # noqa: E402


def test_generator_is_deterministic_and_topological(tmp_path):
    path = tmp_path / "small.gpkg"
    assert national.write(path, rows=12, cols=14) == 168
    layer = QgsVectorLayer(str(path), "small", "ogr")
    features = list(layer.getFeatures())
    assert len({f["buurtcode"] for f in features}) == 168
    assert all(f.geometry().isGeosValid() for f in features)
    vertices = [len(f.geometry().asPolygon()[0]) for f in features]
    assert min(vertices) > 100  # realistic complexity, not squares
    # a tessellation: the buurten cover their union without overlaps
    total = sum(f.geometry().area() for f in features)
    union = features[0].geometry()
    for feature in features[1:]:
        union = union.combine(feature.geometry())
    assert abs(total - union.area()) / total < 1e-6
    # several gemeenten, and the same data again from the same seed
    assert len(Counter(f["gemeentecode"] for f in features)) >= 4
    again = tmp_path / "again.gpkg"
    national.write(again, rows=12, cols=14)
    first = [(f["buurtcode"], f["p_laag_inkomen_t1"], f.geometry().asWkt(3)) for f in features]
    second = [(f["buurtcode"], f["p_laag_inkomen_t1"], f.geometry().asWkt(3))
              for f in QgsVectorLayer(str(again), "again", "ogr").getFeatures()]
    assert first == second


def test_score_runs_on_the_generated_layer_and_the_table_renders(run_alg, tmp_path):
    path = tmp_path / "small.gpkg"
    national.write(path, rows=12, cols=14)
    result = run_alg("score", {"INPUT": str(path), "OUTPUT": str(tmp_path / "scored.gpkg")})
    assert result["N"] > 100
    table = bench_run.Table()
    table.add("score", 0.5, 0.4, "savefeatures", "≤ 1.5×", True, 300.0)
    table.add("inspector", 0.001, goal="< 50 ms", ok=True)
    text = table.render()
    assert "| score | 500 ms | savefeatures 400 ms | 1.25× | ≤ 1.5× | yes | 300 |" in text
    assert "| inspector | 1 ms |" in text


@pytest.mark.slow  # runs the benchmark script in a subprocess
def test_make_bench_smoke_prints_every_benchmark():
    """`benchmarks/run.py --smoke` (what CI can afford): every benchmark runs and lands in the table."""
    import os
    import subprocess

    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--smoke", "--repeat", "1", "--no-analyst"],
        capture_output=True, text=True, timeout=300, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    rows = {line.split(" | ")[0].lstrip("| "): line.split(" | ") for line in completed.stdout.splitlines()
            if line.startswith("| ") and not line.startswith("| benchmark")}
    assert set(rows) >= {
        "score vs I/O floor (whole qgis_process runs)",
        "score vs I/O floor (in one QGIS session)",
        "veerkracht:preparecbs, two CBS years (boundary check included)",
        "veerkracht:balance end to end (read, check, write GeoPackage, HTML)",
        "render styled layer to 1600×1600 PNG",
        "balance engine, 100 measures on 400 buurten",
        "dock inspector update on selection (median of 20)",
    }, completed.stdout
    floor = rows["score vs I/O floor (whole qgis_process runs)"]
    assert floor[2].startswith("native:savefeatures ") and floor[3].endswith("×")
    assert float(floor[3].rstrip("×")) > 0
    assert rows["balance engine, 100 measures on 400 buurten"][4] == "< 100 ms"
