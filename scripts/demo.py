#!/usr/bin/env python3
"""make demo: the whole Veerkracht pipeline, headless, on the fictional demo city Veerstad.

Runs the plugin's own Processing algorithms on the generated data in veerkracht_plugin/resources/demo/:

    veerkracht:preparecbs (2016 -> 2022) -> veerkracht:joinleefbaarometer (buurt level, onv, 2014 -> 2022)
    -> veerkracht:score -> the nine maps -> veerkracht:balance (the two demo scenarios)

and writes to the output folder (default out/demo/):

    veerstad_veerkracht.gpkg   the scored buurten; the nine maps are stored in it as named styles, the
                               signal map as its default style
    maps/NN_<key>.png          the nine maps (1800 px wide, title, legend, scale bar, source)
    veerkracht_demo.qgz        a QGIS project with the nine maps as map themes and the demo measures
                               (table vk_maatregelen in the GeoPackage) for the dock (make qgis opens it)
    balans_<scenario>.html     the one-page balance summary per scenario

The pipeline is a list of steps (STEPS). Each step names the algorithms it needs; a step whose algorithms
are missing is skipped with a message, and so are the steps that depend on it. To add a step
(a report, a wijkschets), write a function ``step_x(state)`` and append a ``Step`` to STEPS.
"""

import argparse
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veerkracht_plugin.core.leefbaarometer import DIMENSIONS  # noqa: E402
from veerkracht_plugin.core.method import CLASS_LABELS_NL  # noqa: E402

DEMO_DATA = ROOT / "veerkracht_plugin" / "resources" / "demo"
#: the data behind the maps, per source: the subtitle names only what the map shows (see MapSpec.sources)
SOURCE_PERIODS = {"CBS": "CBS 2016–2022", "Leefbaarometer": "Leefbaarometer (overlast en onveiligheid) 2014–2022"}
GPKG_NAME = "veerstad_veerkracht.gpkg"
PROJECT_NAME = "veerkracht_demo.qgz"
YEAR_T0, YEAR_T1 = 2016, 2022
LEEFBAAROMETER_T0, LEEFBAAROMETER_T1 = 2014, 2022

CLASS_LABELS = CLASS_LABELS_NL  # the demo speaks Dutch, like its maps


class StepSkipped(Exception):
    """A step cannot run (a requirement is missing); the message says why."""


@dataclass
class State:
    """What the steps share: the output folder, intermediate layers and what was written."""

    out: Path
    log: callable = print
    layers: dict = field(default_factory=dict)  # name -> layer or path of an intermediate result
    written: list = field(default_factory=list)  # paths written
    skipped: list = field(default_factory=list)  # (step, reason)
    summary: dict = field(default_factory=dict)
    context: object = None
    feedback: object = None


@dataclass
class Step:
    name: str
    function: callable
    algorithms: tuple = ()  # Processing algorithm ids the step needs
    after: tuple = ()  # steps whose results this step needs


# --- helpers ---------------------------------------------------------------------------------------
def algorithm_missing(algorithm_id):
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().algorithmById(algorithm_id) is None


def run_algorithm(state, algorithm_id, parameters):
    import processing

    return processing.run(algorithm_id, parameters, context=state.context, feedback=state.feedback)


def demo_layer(year):
    return f"{DEMO_DATA / f'veerstad_buurten_{year}.gpkg'}|layername=buurten_{year}"


def buurten_uri(state):
    """The scored buurten inside the demo GeoPackage (which also holds the measures table)."""
    return f"{state.out / GPKG_NAME}|layername={Path(GPKG_NAME).stem}"


def load_result(state):
    from qgis.core import QgsVectorLayer

    path = state.out / GPKG_NAME
    layer = QgsVectorLayer(buurten_uri(state), "Veerstad – veerkracht", "ogr")
    if not layer.isValid():
        raise StepSkipped(f"cannot open {path}")
    return layer


# --- the steps -------------------------------------------------------------------------------------
def step_prepare(state):
    """CBS 2016 and 2022 -> one normalised buurt layer."""
    result = run_algorithm(state, "veerkracht:preparecbs", {
        "BUURTEN_T0": demo_layer(YEAR_T0), "BUURTEN_T1": demo_layer(YEAR_T1), "OUTPUT": "TEMPORARY_OUTPUT",
    })
    state.layers["buurten"] = result["OUTPUT"]
    count = result["OUTPUT"].featureCount()
    state.log(f"  preparecbs: {count} buurten ({YEAR_T0} -> {YEAR_T1}), water removed")


def step_leefbaarometer(state):
    """Join Leefbaarometer onv (overlast en onveiligheid) at buurt level, 2014 and 2022."""
    source = state.layers.get("buurten", demo_layer(YEAR_T1))
    result = run_algorithm(state, "veerkracht:joinleefbaarometer", {
        "INPUT": source, "LEEFBAAROMETER": str(DEMO_DATA / "veerstad_leefbaarometer.csv"),
        "YEAR_T0": LEEFBAAROMETER_T0, "YEAR_T1": LEEFBAAROMETER_T1, "DIMENSIONS": [DIMENSIONS.index("onv")],
        "OUTPUT": "TEMPORARY_OUTPUT",
    })
    state.layers["buurten_lbm"] = result["OUTPUT"]
    state.log(f"  joinleefbaarometer: lbm_onv_t0/_t1 ({LEEFBAAROMETER_T0}, {LEEFBAAROMETER_T1})")


def step_score(state):
    """The veerkracht signal (method.md section 1) -> the styled GeoPackage."""
    path = state.out / GPKG_NAME
    if path.exists():
        path.unlink()
    result = run_algorithm(state, "veerkracht:score", {
        "INPUT": state.layers["buurten_lbm"],
        "VULNERABILITY_T0": ["p_laag_inkomen_t0", "p_sociaal_minimum_t0"],
        "VULNERABILITY_T1": ["p_laag_inkomen_t1", "p_sociaal_minimum_t1"],
        "PROBLEMS_T0": ["lbm_onv_t0"], "PROBLEMS_T1": ["lbm_onv_t1"], "PROBLEMS_HIGHER_IS_BETTER": True,
        "OUTPUT": str(path),
    })
    state.written.append(path)
    fit = ", ".join(f"{k.lower()} = {result[k]:.3g}" for k in ("A", "B", "R2") if result.get(k) is not None)
    state.log(f"  score: {path}" + (f" (expected-vs-actual fit: {fit}, n = {result.get('N')})" if fit else ""))


def step_maps(state):
    """The nine maps as PNG, and all nine as named styles in the GeoPackage (the signal map as default)."""
    from osgeo import gdal

    from veerkracht_plugin.qgisio import maps

    layer = load_result(state)
    folder = state.out / "maps"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for spec in maps.MAPS.values():
        maps.apply_map_style(layer, spec.key, corporation_field="p_corporatie_t1")
        path = folder / f"{spec.number:02d}_{spec.key}.png"
        subtitle = " · ".join(["Fictieve demogemeente Veerstad"] + [SOURCE_PERIODS[s] for s in spec.sources])
        maps.export_map_png(layer, spec.key, str(path), f"Veerstad – {spec.title}", width_px=1800,
                            source_text="Bron: " + ", ".join(spec.sources), subtitle=subtitle)
        state.written.append(path)
    # GDAL warns that style names are longer than the 30 characters the layer_styles table declares;
    # SQLite stores them in full, so keep the demo's output readable
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        maps.store_styles(buurten_uri(state), default="signaal", corporation_field="p_corporatie_t1")
    finally:
        gdal.PopErrorHandler()
    state.log(f"  maps: {len(maps.MAPS)} PNG in {folder}")


def step_project(state):
    """A QGIS project with the scored layer and the nine maps as map themes."""
    from qgis.core import QgsProject, QgsReferencedRectangle

    from veerkracht_plugin.qgisio import maps

    layer = load_result(state)
    project = QgsProject()
    project.setTitle("Veerstad – Veerkracht (demo)")
    project.setCrs(layer.crs())
    project.addMapLayer(layer)
    measures = _measures_table(state)
    if measures is not None:
        project.addMapLayer(measures)  # the Scenario & balans panel opens with the demo scenarios
    maps.add_map_themes(project, layer)
    extent = layer.extent()
    extent.scale(1.05)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, layer.crs()))
    path = state.out / PROJECT_NAME
    if not project.write(str(path)):
        raise StepSkipped(f"cannot write {path}: {project.error()}")
    themes = project.mapThemeCollection().mapThemes()
    state.written.append(path)
    state.summary["themes"] = list(themes)
    state.log(f"  project: {path} with {len(themes)} map themes")


def _measures_table(state):
    """The demo measures as the table vk_maatregelen inside the demo GeoPackage (what the dock edits)."""
    import csv

    from veerkracht_plugin.ui.balans import create_measures_table

    with (DEMO_DATA / "veerstad_maatregelen.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    table = create_measures_table(str(state.out / GPKG_NAME), rows)
    if table is None:
        state.skipped.append(("project", "cannot write the measures table vk_maatregelen"))
        return None
    state.log(f"  measures: {table.featureCount()} rows in {GPKG_NAME}|vk_maatregelen")
    return table


def step_balance(state):
    """The citywide balance check (method.md section 3) for each scenario in the demo measures table."""
    import csv

    measures = DEMO_DATA / "veerstad_maatregelen.csv"
    with measures.open(encoding="utf-8") as handle:
        scenarios = list(dict.fromkeys(row["scenario"] for row in csv.DictReader(handle)))
    _balance_scenarios(state, measures, scenarios)  # LANGUAGE default: the HTML summaries are Dutch


def _balance_scenarios(state, measures, scenarios):
    for scenario in scenarios:
        slug = "".join(c if c.isalnum() else "_" for c in scenario.lower())
        path = state.out / f"balans_{slug}.html"
        result = run_algorithm(state, "veerkracht:balance", {
            "INPUT": buurten_uri(state), "MEASURES": str(measures), "SCENARIO": scenario,
            "VULNERABLE_SHARE_FIELD": "p_sociaal_minimum_t1", "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_SUMMARY": str(state.out / f"balans_{slug}.csv"), "OUTPUT_HTML": str(path),
            "LANGUAGE": 0,  # Dutch, whatever QGIS speaks
        })
        state.written.extend([path, state.out / f"balans_{slug}.csv"])
        state.summary.setdefault("balance_tables", {})[scenario] = state.out / f"balans_{slug}.csv"
        feasible = "feasible" if result.get("HAALBAAR") else "NOT feasible"
        state.summary.setdefault("balance", {})[scenario] = result
        state.log(f"  balance '{scenario}': {feasible}; compensation needed {result.get('COMPENSATIE_NODIG')} "
                  f"social dwellings; {result.get('BUURTEN_KANTELEN')} buurt(en) cross 45 % -> {path}")


def step_reports(state):
    """The stadsbrede notitie (with the first demo scenario) and the QuickScan, as PDFs in Dutch."""
    tables = state.summary.get("balance_tables", {})
    scenario, table = next(iter(tables.items()), (None, None))
    for mode, name in ((0, "stadsbrede_notitie.pdf"), (1, "quickscan.pdf")):
        parameters = {"INPUT": buurten_uri(state), "MODE": mode, "PERIOD": "2016–2022",
                      "LANGUAGE": 0, "OUTPUT": str(state.out / name)}  # Dutch, whatever QGIS speaks
        if mode == 0 and table is not None:
            parameters.update({"BALANCE_SUMMARY": str(table), "SCENARIO": scenario})
        result = run_algorithm(state, "veerkracht:report", parameters)
        state.written.append(state.out / name)
        state.log(f"  report {name}: {result.get('PAGES')} pages, {result.get('WIJKEN')} wijken")


def step_summary(state):
    """Count the buurten per class (vk_klasse)."""
    layer = load_result(state)
    counts = {}
    signal = 0
    names = layer.fields().names()
    for feature in layer.getFeatures():
        code = feature["vk_klasse"] if "vk_klasse" in names else None
        counts[code] = counts.get(code, 0) + 1
        if "vk_signaal" in names and feature["vk_signaal"] in (True, 1, "true"):
            signal += 1
    state.summary["classes"] = counts
    state.summary["signaal"] = signal


STEPS = [
    Step("prepare", step_prepare, algorithms=("veerkracht:preparecbs",)),
    Step("leefbaarometer", step_leefbaarometer, algorithms=("veerkracht:joinleefbaarometer",), after=("prepare",)),
    Step("score", step_score, algorithms=("veerkracht:score",), after=("leefbaarometer",)),
    Step("maps", step_maps, after=("score",)),
    Step("project", step_project, after=("score",)),
    Step("balance", step_balance, algorithms=("veerkracht:balance",), after=("score",)),
    Step("reports", step_reports, algorithms=("veerkracht:report",), after=("score",)),
    Step("summary", step_summary, after=("score",)),
]


# --- running ---------------------------------------------------------------------------------------
def run(out, steps=None, log=print):
    """Run the steps (QGIS and the Veerkracht provider must be running); returns the State."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    state = State(out=out, log=log)
    state.context = QgsProcessingContext()
    state.context.setProject(QgsProject.instance())
    state.feedback = QgsProcessingFeedback()
    done = set()
    for step in STEPS if steps is None else steps:
        missing = [a for a in step.algorithms if algorithm_missing(a)]
        missing += [f"step '{s}'" for s in step.after if s not in done]
        if missing:
            reason = "missing " + ", ".join(missing)
            state.skipped.append((step.name, reason))
            log(f"  {step.name}: SKIPPED ({reason})")
            continue
        try:
            step.function(state)
        except StepSkipped as error:
            state.skipped.append((step.name, str(error)))
            log(f"  {step.name}: SKIPPED ({error})")
            continue
        done.add(step.name)
    return state


def report(state, seconds, log=print):
    log("")
    log(f"Veerkracht demo (fictional gemeente Veerstad) in {seconds:.0f} s. Wrote:")
    for path in state.written:
        log(f"  {path}")
    classes = state.summary.get("classes")
    if classes:
        log(f"Buurten per class (vk_klasse), {sum(classes.values())} buurten:")
        for code in list(CLASS_LABELS) + sorted(str(c) for c in classes if c not in CLASS_LABELS):
            if code in classes:
                log(f"  {CLASS_LABELS.get(code, code):<25} {classes[code]:>4}")
        log(f"  vroegsignaal (vk_signaal): {state.summary.get('signaal', 0)}")
    if state.skipped:
        log("Skipped:")
        for name, reason in state.skipped:
            log(f"  {name}: {reason}")
    if state.summary.get("themes"):
        log("Open the project in QGIS: make qgis")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "out" / "demo"))
    args = parser.parse_args(argv)
    started = time.time()
    from veerkracht_plugin.standalone import start_qgis

    start_qgis()
    print(f"Veerkracht demo -> {args.out}")
    state = run(args.out)
    report(state, time.time() - started)
    return 1 if not state.written else 0


if __name__ == "__main__":
    sys.exit(main())
