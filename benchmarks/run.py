#!/usr/bin/env python3
"""make bench: Veerkracht at national scale, side by side with what users would use instead.

Prints one table. Times are medians of repeated runs; because machines are noisy, every comparison is
also given as a ratio measured in the same run. Peak memory is the maximum resident set size of the
process that did the work.

    .venv/bin/python benchmarks/run.py [--smoke] [--repeat N]

--smoke runs everything on a small layer (for CI); the goals are only judged at national scale.
"""

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
OUT = ROOT / "out" / "bench"
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
BENCH_VENV = ROOT / ".venv-bench"
ANALYST_WARM = None  # the analyst script's read -> compute -> write, without Python start-up and imports
ANALYST_WHOLE = None  # the analyst script as a whole process, as it runs from a terminal


def run_measured(command, env=None, inner=None):
    """Run a command; returns (seconds, peak RSS in MB) of that child process.

    With ``inner``, a list, the child's own 'seconds=' report (work without start-up) is appended to it.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=out, stderr=err)
        _pid, status, usage = os.wait4(process.pid, 0)  # this child's own peak memory
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{stderr[-2000:]}")
    if inner is not None:
        inner.extend(float(line.split("=", 1)[1]) for line in stdout.splitlines() if line.startswith("seconds="))
    return seconds, usage.ru_maxrss / 1024.0


def repeat(function, times):
    results = [function() for _ in range(times)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def qgis_process_env(home):
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(ROOT))
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "veerkracht_plugin"], env=env, capture_output=True)
    return env


def ensure_bench_venv():
    python = BENCH_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run(["/usr/bin/python3", "-m", "venv", "--system-site-packages", str(BENCH_VENV)], check=True)
    probe = subprocess.run([str(python), "-c", "import geopandas, pyogrio"], capture_output=True)
    if probe.returncode != 0:
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", "-c",
                        str(ROOT / ".venv" / "constraints.txt"), "-r", str(ROOT / "benchmarks" / "requirements.txt")],
                       check=True)
    return python


class Table:
    def __init__(self):
        self.rows = []

    def add(self, name, plugin, baseline=None, baseline_name="", goal="", ok=None, memory=None, note=""):
        ratio = plugin / baseline if baseline else None
        self.rows.append((name, plugin, baseline_name, baseline, ratio, goal, ok, memory, note))

    def render(self):
        head = ["benchmark", "Veerkracht", "baseline", "ratio", "goal", "met", "peak MB", "note"]
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for name, plugin, bname, base, ratio, goal, ok, memory, note in self.rows:
            lines.append("| " + " | ".join([
                name,
                _seconds(plugin),
                f"{bname} {_seconds(base)}" if base is not None else "–",
                f"{ratio:.2f}×" if ratio is not None else "–",
                goal or "–",
                {True: "yes", False: "NO", None: "–"}[ok],
                f"{memory:.0f}" if memory else "–",
                note,
            ]) + " |")
        return "\n".join(lines)


def _seconds(value):
    if value is None:
        return "–"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def bench_score(table, layer, repeat_n, workdir, national, analyst=True):
    env = qgis_process_env(workdir / "home")

    def savefeatures():
        out = workdir / "copy.gpkg"
        out.unlink(missing_ok=True)
        return run_measured([QGIS_PROCESS, "run", "native:savefeatures", "--", f"INPUT={layer}", f"OUTPUT={out}"], env)

    def score():
        out = workdir / "scored.gpkg"
        out.unlink(missing_ok=True)
        return run_measured([QGIS_PROCESS, "run", "veerkracht:score", "--", f"INPUT={layer}", f"OUTPUT={out}"], env)

    floor, floor_mb = repeat(savefeatures, repeat_n)
    plugin, plugin_mb = repeat(score, repeat_n)
    ratio = plugin / floor
    table.add("score vs I/O floor (whole qgis_process runs)", plugin, floor, "native:savefeatures", "≤ 1.5×",
              ratio <= 1.5 if national else None, max(plugin_mb, floor_mb))
    if not analyst:
        return workdir / "scored.gpkg"
    python = ensure_bench_venv()

    inner = []

    def analyst():
        out = workdir / "analyst.gpkg"
        out.unlink(missing_ok=True)
        return run_measured([str(python), str(ROOT / "benchmarks" / "analyst_geopandas.py"), str(layer), str(out)],
                            dict(os.environ, PYTHONWARNINGS="ignore"), inner)

    base, base_mb = repeat(analyst, repeat_n)
    global ANALYST_WARM, ANALYST_WHOLE
    ANALYST_WARM, ANALYST_WHOLE = statistics.median(inner), base
    table.add("score vs geopandas+pyogrio script (whole processes)", plugin, base, "geopandas", "–",
              None, base_mb,
              "qgis_process starts all of QGIS and its Processing framework first (≈ 1.1 s before any algorithm)")
    return workdir / "scored.gpkg"


def bench_in_process(table, layer, scored, repeat_n, workdir, national):
    """Benchmarks inside one QGIS session (what a user in QGIS desktop waits for)."""
    from veerkracht_plugin.standalone import start_qgis

    start_qgis()
    import processing
    from qgis.core import QgsVectorLayer

    def timed(function):
        start = time.perf_counter()
        function()
        return time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0

    def save():
        processing.run("native:savefeatures", {"INPUT": str(layer), "OUTPUT": str(workdir / "ip_copy.gpkg")})

    def score():
        processing.run("veerkracht:score", {"INPUT": str(layer), "OUTPUT": str(workdir / "ip_scored.gpkg")})

    for target in ("ip_copy.gpkg", "ip_scored.gpkg"):
        (workdir / target).unlink(missing_ok=True)
    floor, _ = repeat(lambda: timed(save), repeat_n)
    plugin, memory = repeat(lambda: timed(score), repeat_n)
    table.add("score vs I/O floor (in one QGIS session)", plugin, floor, "native:savefeatures", "", None, memory,
              "what a QGIS desktop user waits for")
    if ANALYST_WHOLE is not None:
        table.add("score in QGIS vs the geopandas script run from a terminal", plugin, ANALYST_WHOLE, "geopandas",
                  "faster", plugin < ANALYST_WHOLE if national else None, None,
                  "what each user waits for: Run in QGIS (already open) against running the script")
        table.add("score vs geopandas+pyogrio (warm sessions)", plugin, ANALYST_WARM, "geopandas", "faster",
                  plugin < ANALYST_WARM if national else None, None,
                  "read → compute → write, start-up and imports excluded on both sides")

    # preparing two CBS years (the first step of the pipeline): the national layer as CBS would publish it
    cbs_path = make_cbs_years(layer, workdir)

    def prepare():
        out = workdir / "prepared.gpkg"
        out.unlink(missing_ok=True)
        processing.run("veerkracht:preparecbs", {"BUURTEN_T0": f"{cbs_path}|layername=buurten_t0",
                                                 "BUURTEN_T1": f"{cbs_path}|layername=buurten_t1",
                                                 "OUTPUT": str(out)})

    seconds, memory = repeat(lambda: timed(prepare), repeat_n)
    table.add("veerkracht:preparecbs, two CBS years (boundary check included)", seconds, memory=memory,
              note="CBS field names, the same boundaries in both years")

    # rendering the styled national layer
    from qgis.core import (
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsMapRendererParallelJob,
        QgsMapSettings,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    scored_layer = QgsVectorLayer(str(scored), "scored", "ogr")
    from veerkracht_plugin.qgisio import maps

    maps.apply_map_style(scored_layer, "signaal")
    note = "signal map style"

    def render():
        settings = QgsMapSettings()
        settings.setLayers([scored_layer])
        settings.setDestinationCrs(scored_layer.crs())
        settings.setExtent(scored_layer.extent())
        settings.setOutputSize(QSize(1600, 1600))
        settings.setBackgroundColor(QColor("white"))
        # the expression context a map canvas gives its layers (@map_scale: styles adapt to the scale)
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(scored_layer))
        context.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
        settings.setExpressionContext(context)
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        job.renderedImage().save(str(workdir / "national_signaal.png"))

    seconds, memory = repeat(lambda: timed(render), repeat_n)
    table.add("render styled layer to 1600×1600 PNG", seconds, memory=memory, note=note)
    return scored_layer


def make_cbs_years(layer, workdir):
    """The benchmark layer as two CBS Kerncijfers layers (shapefile-style names), t0 and t1."""
    from osgeo import gdal

    path = workdir / "cbs_years.gpkg"
    for year in (0, 1):
        sql = ("SELECT geom, buurtcode AS BU_CODE, buurtnaam AS BU_NAAM, wijkcode AS WK_CODE, gemeentecode AS "
               "GM_CODE, gemeentenaam AS GM_NAAM, inwoners_t1 AS AANT_INW, huishoudens_t1 AS AANT_HH, woningen_t1 "
               "AS WONINGEN, p_corporatie_t1 AS P_WCORPW, p_koopwoningen_t1 AS P_KOOPWON, "
               f"p_laag_inkomen_t{year} AS P_HH_LI FROM buurten")
        options = gdal.VectorTranslateOptions(format="GPKG", SQLStatement=sql, SQLDialect="SQLite",
                                              layerName=f"buurten_t{year}",
                                              accessMode="update" if year else None)
        if gdal.VectorTranslate(str(path), str(layer), options=options) is None:
            raise RuntimeError(gdal.GetLastErrorMsg())
    return path


def bench_balance(table, scored_layer, repeat_n, national):
    import numpy as np
    import pandas as pd

    from veerkracht_plugin.core import balance
    from veerkracht_plugin.qgisio import frames

    fields = ["buurtcode", "gemeentecode", "woningen_t1", "p_corporatie_t1", "p_koopwoningen_t1", "vk_klasse"]
    frame = frames.source_to_frame(scored_layer.dataProvider(), fields)
    buurten = pd.DataFrame({"code": frame["buurtcode"], "gemeente": frame["gemeentecode"],
                            "woningen": frame["woningen_t1"], "p_corporatie": frame["p_corporatie_t1"],
                            "p_koop": frame["p_koopwoningen_t1"], "klasse": frame["vk_klasse"]})
    rng = np.random.default_rng(100)
    candidates = buurten[(buurten["woningen"].astype(float) > 400) & (buurten["p_corporatie"].astype(float) > 30)]
    codes = rng.choice(candidates["code"].to_numpy(), min(100, len(candidates)), replace=False)
    kinds = ["sloop", "nieuwbouw", "verkoop", "liberalisatie", "aankoop", "toewijzing"]
    rows = []
    for i, code in enumerate(codes):
        kind = kinds[i % len(kinds)]
        segment = {"sloop": "sociale_huur", "nieuwbouw": "sociale_huur", "aankoop": "koop"}.get(kind, "")
        rows.append(("bench", code, kind, segment, "" if kind == "toewijzing" else "5",
                     "0.3" if kind == "toewijzing" else ""))
    measures = balance.read_measures(pd.DataFrame(rows, columns=["scenario", "buurtcode", "maatregel", "segment",
                                                                 "aantal", "aandeel"]))
    balance.evaluate(buurten, measures)  # warm-up

    def once():
        start = time.perf_counter()
        balance.evaluate(buurten, measures)
        return time.perf_counter() - start, 0.0

    seconds, _ = repeat(once, max(repeat_n, 10))
    table.add(f"balance engine, {len(measures)} measures on {len(buurten)} buurten", seconds, goal="< 100 ms",
              ok=seconds < 0.1 if national else None)

    # the whole algorithm, as the dock's "Scenario & balans" panel runs it: read, check, write a GeoPackage
    import csv
    import tempfile

    import processing

    workdir = Path(tempfile.mkdtemp(prefix="veerkracht_bench_"))
    csv_path = workdir / "maatregelen.csv"
    with open(csv_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["scenario", "buurtcode", "maatregel", "segment", "aantal", "aandeel"])
        writer.writerows(rows)

    def algorithm():
        out = workdir / "balans.gpkg"
        out.unlink(missing_ok=True)
        start = time.perf_counter()
        processing.run("veerkracht:balance", {"INPUT": scored_layer, "MEASURES": str(csv_path),
                                              "OUTPUT": str(out), "OUTPUT_SUMMARY": str(workdir / "s.csv"),
                                              "OUTPUT_HTML": str(workdir / "s.html")})
        return time.perf_counter() - start, 0.0

    seconds, _ = repeat(algorithm, repeat_n)
    table.add("veerkracht:balance end to end (read, check, write GeoPackage, HTML)", seconds,
              note="what the Scenario & balans panel waits for")


def bench_inspector(table, scored, national):
    inner = []
    command = [sys.executable, str(ROOT / "benchmarks" / "inspector_bench.py"), str(scored)]
    _seconds_total, memory = run_measured(command, dict(os.environ, QT_QPA_PLATFORM="offscreen"), inner)
    seconds = inner[0]
    table.add("dock inspector update on selection (median of 20)", seconds, goal="< 50 ms",
              ok=seconds < 0.05 if national else None, memory=memory)


def bench_quickscan(table, workdir):
    import processing

    demo = ROOT / "out" / "demo" / "veerstad_veerkracht.gpkg"
    if not demo.exists():
        table.add("QuickScan PDF, demo city", None, note="run make demo first")
        return
    try:
        start = time.perf_counter()
        processing.run("veerkracht:report", {"INPUT": str(demo), "MODE": 1, "OUTPUT": str(workdir / "quickscan.pdf")})
        seconds = time.perf_counter() - start
    except Exception as error:  # noqa: BLE001 - report, do not crash the table
        table.add("QuickScan PDF, demo city", None, note=f"failed: {error}")
        return
    table.add("QuickScan PDF, demo city", seconds, goal="< 20 s", ok=seconds < 20)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="a small layer, for CI")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-analyst", action="store_true",
                        help="leave out the geopandas baseline (it needs .venv-bench, installed from PyPI)")
    args = parser.parse_args(argv)
    import national

    OUT.mkdir(parents=True, exist_ok=True)
    rows, cols = (20, 20) if args.smoke else (120, 121)
    layer = OUT / ("smoke.gpkg" if args.smoke else "national.gpkg")
    if not layer.exists():
        count = national.write(layer, rows, cols)
        print(f"generated {layer} ({count} buurten)")
    table = Table()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        scored = bench_score(table, layer, args.repeat, workdir, not args.smoke, not args.no_analyst)
        scored_layer = bench_in_process(table, layer, scored, args.repeat, workdir, not args.smoke)
        bench_balance(table, scored_layer, args.repeat, not args.smoke)
        bench_inspector(table, scored, not args.smoke)
        bench_quickscan(table, workdir)
    machine = (f"{platform.node()}: {os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}, "
               f"load average {os.getloadavg()[0]:.2f}")
    report = f"{'Smoke run' if args.smoke else 'National scale'}: {rows * cols} buurten. {machine}\n\n{table.render()}"
    print(report)
    (OUT / ("results_smoke.md" if args.smoke else "results.md")).write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
