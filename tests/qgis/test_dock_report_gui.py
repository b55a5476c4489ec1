"""The dock's report actions in a real QGIS window under Xvfb, with the demo project: both modes, twice each,
with the layout designer open and after the layer tree changed; QGIS stays alive and the layouts paint."""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections import Counter

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QColor, QImage

from tests.paths import ROOT
from veerkracht_plugin.core.palette import CLASS_COLORS

SCRIPT = ROOT / "tests" / "qgis" / "gui" / "report_session.py"
DEMO_STEPS = ("prepare", "leefbaarometer", "score", "project")


def demo_project(folder):
    """The demo project (scored Veerstad and the measures table) built by scripts/demo.py in ``folder``."""
    from veerkracht_plugin.standalone import register_provider

    register_provider()
    spec = importlib.util.spec_from_file_location("veerkracht_demo_script", ROOT / "scripts" / "demo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert all(QgsApplication.processingRegistry().algorithmById(a) for s in module.STEPS for a in s.algorithms)
    lines = []
    state = module.run(folder, steps=[s for s in module.STEPS if s.name in DEMO_STEPS], log=lines.append)
    assert state.skipped == [], "\n".join(lines)
    return folder / module.PROJECT_NAME


def colours(path):
    """{colour name: pixel count} of the image at 400 px wide."""
    image = QImage(str(path)).scaled(400, 283)
    return Counter(QColor(image.pixel(x, y)).name() for x in range(image.width()) for y in range(image.height()))


def run_session(tmp_path):
    project = demo_project(tmp_path / "demo")
    out = tmp_path / "shots"
    out.mkdir()
    profiles = tmp_path / "profiles"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "enable_plugin.py"), str(profiles / "profiles" / "vk")],
                   check=True)
    ini = profiles / "profiles" / "vk" / "QGIS" / "QGIS3.ini"
    ini.write_text(ini.read_text(encoding="utf-8") + "\n[locale]\noverrideFlag=true\nuserLocale=nl_NL\n\n"
                   "[qgis]\ncheckVersion=false\nallowVersionCheck=false\nshowTips322=false\n", encoding="utf-8")
    env = dict(os.environ, QGIS_PLUGINPATH=str(ROOT), VK_OUT=str(out), VK_PROJECT=str(project))
    env.pop("QT_QPA_PLATFORM", None)
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x900x24", "qgis", "--profiles-path", str(profiles),
               "--profile", "vk", "--nologo", "--noversioncheck", "--code", str(SCRIPT)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=400)
    keep = os.environ.get("VK_SCREENSHOTS")  # set to a folder to keep the screenshots
    if keep:
        shutil.copytree(out, keep, dirs_exist_ok=True)
    report_path = out / "report.json"
    if not report_path.exists():
        log = (out / "log.txt").read_text(encoding="utf-8") if (out / "log.txt").exists() else ""
        fault = (out / "fault.txt").read_text(encoding="utf-8") if (out / "fault.txt").exists() else ""
        pytest.fail(f"QGIS died (exit code {result.returncode}).\nsteps:\n{log[-1500:]}\nfault:\n{fault[-3000:]}\n"
                    f"stderr:\n{result.stderr[-2000:]}")
    return json.loads(report_path.read_text(encoding="utf-8")), out


@pytest.mark.slow
@pytest.mark.timeout(480)
def test_dock_report_actions_in_a_real_window(tmp_path, qgis_app, qgis_processing):
    assert shutil.which("xvfb-run") and shutil.which("qgis"), "xvfb and qgis come from scripts/setup.sh"
    report, out = run_session(tmp_path)
    assert "error" not in report, report["error"]
    assert report["alive"]
    assert report["messages"] == []
    steps = {step["step"]: step for step in report["steps"]}
    assert list(steps) == ["notitie_1", "notitie_2", "quickscan_1", "quickscan_2", "tree_changed", "notitie_3",
                           "quickscan_3", "reopened"]
    # the user's layer tree: the report group beside it, nothing of the user's lost
    assert report["tree_before"] == ["vk_maatregelen", "Veerstad – veerkracht"]
    assert report["tree_changed"] == ["Nieuwe groep", "Veerstad – veerkracht (hernoemd)"]
    assert report["tree_after"][:2] == ["Nieuwe groep", "Veerstad – veerkracht (hernoemd)"]
    assert len(report["tree_after"]) == 3  # and the report group again
    # the class colours as the maps draw them (the legend's swatches alone are a few hundred pixels)
    classes = {QColor(colour).name() for code, colour in CLASS_COLORS.items() if code != "geen_gegevens"}
    for name, step in steps.items():
        if name == "tree_changed":
            continue
        # the notitie and the QuickScan keep three layouts each (a rerun replaces them)
        expected = 3 if name in ("notitie_1", "notitie_2") else 6
        assert len(step["layouts"]) == expected, (name, [layout["name"] for layout in step["layouts"]])
        assert step["designers"], f"{name}: no layout designer open"
        for layout in step["layouts"]:
            assert layout["png"], (name, layout["name"])
            seen = colours(out / layout["png"])
            assert len(seen) > 20, f"{name}: {layout['png']} looks blank"
            if not layout["name"].endswith(("– 1", "– wijken")):
                continue
            if name != "reopened":  # QGIS keeps no features of the report's memory layers in a saved project
                painted = sum(seen[colour] for colour in classes)
                assert painted > 2000, f"{name}: the map in {layout['png']} shows no buurten ({painted} pixels)"
            # one legend, on its own tree holding only the report's buurt layer (still in the project)
            assert len(layout["legends"]) == 1, (name, layout)
            legend = layout["legends"][0]
            assert legend["own_tree"] and len(legend["layers"]) == 1, (name, layout["name"], legend)
            # layouts made before the tree change lost their report layers: the legend is empty, QGIS alive
            stale = name == "tree_changed" or (name == "notitie_3" and layout["name"].startswith("QuickScan"))
            expected = [None] if stale else step["project_layers"]
            assert legend["layers"][0] in expected, (name, layout["name"], legend)
