#!/usr/bin/env python3
"""veerkracht:monitor at national scale (issue: 14,520 buurten, 5 years within 3x one national score run in
the same QGIS session).

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 benchmarks/bench_monitor.py [WORKDIR]

Makes the synthetic national layer of ``national.py`` and adds five years (2016-2024) of inwoners,
huishoudens, p_laag_inkomen and lbm_onv as ``<stem>_<year>`` fields (a random walk from the layer's own
t0/t1 values), then times, in one QGIS session, ``veerkracht:score`` on t0/t1 and ``veerkracht:monitor``
on the five years (four periods and the span), both GeoPackage to GeoPackage; medians of 3 runs.
"""

import sqlite3
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

YEARS = (2016, 2018, 2020, 2022, 2024)


def add_years(path):
    rng = np.random.default_rng(18)
    with sqlite3.connect(path) as db:
        # the R-tree triggers name these functions (they only run when a geometry or fid changes, never here)
        for function in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
            db.create_function(function, 1, lambda _geometry: 0)
        rows = db.execute("SELECT fid, inwoners_t1, huishoudens_t1, p_laag_inkomen_t0, lbm_onv_t0 "
                          "FROM buurten").fetchall()
        fid = np.array([r[0] for r in rows])
        base = {name: np.array([np.nan if r[i] is None else r[i] for r in rows], dtype=float)
                for i, name in enumerate(("inwoners", "huishoudens", "p_laag_inkomen", "lbm_onv"), start=1)}
        n = len(fid)
        columns = {}
        for j, year in enumerate(YEARS):
            growth = 1 + 0.01 * j + rng.normal(0, 0.02, n)
            columns[f"inwoners_{year}"] = np.round(base["inwoners"] * growth)
            columns[f"huishoudens_{year}"] = np.round(base["huishoudens"] * growth)
            columns[f"p_laag_inkomen_{year}"] = np.clip(base["p_laag_inkomen"] + j * rng.normal(0.3, 1.0, n), 0, 100)
            columns[f"lbm_onv_{year}"] = base["lbm_onv"] + j * rng.normal(0, 0.03, n)
        for name in columns:
            db.execute(f'ALTER TABLE buurten ADD COLUMN "{name}" REAL')
        names = list(columns)
        assignments = ", ".join(f'"{c}" = ?' for c in names)
        values = [[None if np.isnan(columns[c][i]) else float(columns[c][i]) for c in names] + [int(fid[i])]
                  for i in range(n)]
        db.executemany(f"UPDATE buurten SET {assignments} WHERE fid = ?", values)
    return n


def main(argv):
    workdir = Path(argv[1] if len(argv) > 1 else "out/bench_monitor")
    workdir.mkdir(parents=True, exist_ok=True)
    import national

    layer = workdir / "national_years.gpkg"
    national.write(layer)
    n = add_years(layer)
    from veerkracht_plugin.standalone import start_qgis

    start_qgis()
    import processing

    def timed(algorithm, parameters):
        start = time.perf_counter()
        processing.run(algorithm, parameters)
        return time.perf_counter() - start

    runs = {"score": [], "monitor": []}
    for i in range(3):
        runs["score"].append(timed("veerkracht:score", {"INPUT": str(layer), "OUTPUT": str(workdir / f"s{i}.gpkg")}))
        runs["monitor"].append(timed("veerkracht:monitor", {
            "INPUT": str(layer), "YEARS": ", ".join(map(str, YEARS)), "OUTPUT": str(workdir / f"m{i}.gpkg"),
            "OUTPUT_MONITOR": str(workdir / f"m{i}_monitor.gpkg"),
            "OUTPUT_TRANSITIONS": str(workdir / f"m{i}_overgangen.gpkg")}))
    score, monitor = statistics.median(runs["score"]), statistics.median(runs["monitor"])
    print(f"{n} buurten, {len(YEARS)} years: score {score:.2f} s, monitor {monitor:.2f} s, "
          f"ratio {monitor / score:.2f}x (goal <= 3x); runs {runs}")
    return 0 if monitor <= 3 * score else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
