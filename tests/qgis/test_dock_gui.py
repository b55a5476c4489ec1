"""A real QGIS window under Xvfb with the plugin: dock, tags, mix map, presentation mode, screenshots."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from qgis.PyQt.QtGui import QImage

from tests.paths import ROOT
from tests.qgis import dock_data

SCRIPT = ROOT / "tests" / "qgis" / "gui" / "dock_session.py"


def distinct_colours(path):
    image = QImage(str(path)).scaled(320, 180)
    return len({image.pixel(x, y) for x in range(image.width()) for y in range(image.height())})


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_real_qgis_window(tmp_path, qgis_app):
    assert shutil.which("xvfb-run") and shutil.which("qgis"), "xvfb and qgis come from scripts/setup.sh"
    gpkg = tmp_path / "buurten.gpkg"
    dock_data.gpkg_layer(gpkg, add=False)
    out = tmp_path / "shots"
    out.mkdir()
    keep = os.environ.get("VK_SCREENSHOTS")  # set to a folder to keep the screenshots
    profiles = tmp_path / "profiles"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "enable_plugin.py"), str(profiles / "profiles" / "vk")],
                   check=True)
    ini = profiles / "profiles" / "vk" / "QGIS" / "QGIS3.ini"
    locale = os.environ.get("VK_GUI_LOCALE", "nl_NL")
    ini.write_text(ini.read_text(encoding="utf-8") + f"\n[locale]\noverrideFlag=true\nuserLocale={locale}\n\n"
                   "[qgis]\ncheckVersion=false\nallowVersionCheck=false\nshowTips322=false\n",
                   encoding="utf-8")
    env = dict(os.environ, QGIS_PLUGINPATH=str(ROOT), VK_OUT=str(out), VK_GPKG=str(gpkg))
    env.pop("QT_QPA_PLATFORM", None)
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x900x24", "qgis", "--profiles-path", str(profiles),
               "--profile", "vk", "--nologo", "--noversioncheck", "--code", str(SCRIPT)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)
    report_path = out / "report.json"
    assert report_path.exists(), result.stdout[-2000:] + result.stderr[-3000:]
    report = json.loads(report_path.read_text(encoding="utf-8"))
    if keep:
        shutil.copytree(out, keep, dirs_exist_ok=True)
    assert "error" not in report, report["error"]
    assert report["title"] == "Oost"
    assert report["dock_visible"] and report["dock_visible_after"]
    assert report["fullscreen"] and report["menubar_hidden"]
    assert report["index_after_right"] == 1 and report["active_after_escape"] is False
    assert report["restored_state"] and report["restored_maximized"]
    assert report["combos"] == [3, 1, 2]
    assert report["status"].startswith(("Saved at", "Opgeslagen om"))
    connection = sqlite3.connect(str(gpkg))
    assert connection.execute("SELECT vk_hp_sociaal, vk_hp_leefomgeving, vk_hp_woningprogramma FROM buurten "
                              "WHERE buurtcode = 'BU03630001'").fetchall() == [(3, 1, 2)]
    connection.close()
    for name in report["steps"]:
        colours = distinct_colours(out / f"{name}.png")
        assert colours > 20, f"{name}.png looks blank ({colours} colours)"
