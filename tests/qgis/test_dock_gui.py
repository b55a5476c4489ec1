"""A real QGIS window under Xvfb with the plugin: dock, tags, mix map and a whole presentation session on
a second screen, with screenshots (set VK_SCREENSHOTS to a folder to keep them)."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from qgis.PyQt.QtGui import QImage

from tests.paths import ROOT
from tests.qgis.veerstad import scored_veerstad

SCRIPT = ROOT / "tests" / "qgis" / "gui" / "dock_session.py"
LAPTOP, PROJECTOR = (1600, 900), (1920, 1080)


def distinct_colours(path):
    image = QImage(str(path)).scaled(320, 180)
    return len({image.pixel(x, y) for x in range(image.width()) for y in range(image.height())})


def run_session(tmp_path, gpkg, lang="nl"):
    """QGIS started with ``--lang`` (the language chosen on the command line, not in the settings) on a
    display with a laptop and a projector screen; returns the session's report and screenshot folder."""
    assert shutil.which("xvfb-run") and shutil.which("qgis"), "xvfb and qgis come from scripts/setup.sh"
    out = tmp_path / "shots"
    out.mkdir()
    profiles = tmp_path / "profiles"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "enable_plugin.py"), str(profiles / "profiles" / "vk")],
                   check=True)
    ini = profiles / "profiles" / "vk" / "QGIS" / "QGIS3.ini"
    ini.write_text(ini.read_text(encoding="utf-8") + "\n[qgis]\ncheckVersion=false\nallowVersionCheck=false\n"
                   "showTips322=false\n", encoding="utf-8")
    env = dict(os.environ, QGIS_PLUGINPATH=str(ROOT), VK_OUT=str(out), VK_GPKG=str(gpkg), LANG="C.UTF-8",
               LC_ALL="C.UTF-8")
    env.pop("QT_QPA_PLATFORM", None)
    server = ["-n", os.environ["VK_XVFB_SERVERNUM"]] if os.environ.get("VK_XVFB_SERVERNUM") else ["-a"]
    screens = f"-screen 0 {LAPTOP[0]}x{LAPTOP[1]}x24 -screen 1 {PROJECTOR[0]}x{PROJECTOR[1]}x24"
    command = ["xvfb-run", *server, "-s", screens, "qgis", "--lang", lang, "--profiles-path", str(profiles),
               "--profile", "vk", "--nologo", "--noversioncheck", "--code", str(SCRIPT)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=280)
    report_path = out / "report.json"
    assert report_path.exists(), result.stdout[-2000:] + result.stderr[-3000:]
    report = json.loads(report_path.read_text(encoding="utf-8"))
    keep = os.environ.get("VK_SCREENSHOTS")
    if keep:
        shutil.copytree(out, keep, dirs_exist_ok=True)
    assert "error" not in report, report["error"]
    return report, out


@pytest.mark.slow
@pytest.mark.timeout(330)
def test_real_qgis_window(tmp_path, run_alg):
    gpkg = scored_veerstad(run_alg, tmp_path / "veerstad.gpkg")
    report, out = run_session(tmp_path, gpkg)
    # the dock, in Dutch because QGIS was started with --lang nl (locale settings untouched)
    assert report["title"] == "Vogelbuurt"
    assert report["chip"] == "Veerkracht onder druk"
    assert report["tab_titles"] == ["Buurt", "Perspectieven", "Presentatie", "Balans"] and report["tabs_fit"]
    inspector = report["inspector"]
    assert inspector["inwoners"].replace(".", "").isdigit() and "," in inspector["vk_dk"], inspector
    assert inspector["p_level"] == "buurt" and inspector["vk_bijgewerkt"] == "nog niet getagd"
    assert report["dock_visible"] and report["toolbox_visible"]
    assert report["dock_height"] >= report["dock_min_height"] >= 20 * report["line_spacing"]  # beside the toolbox
    assert report["combos"] == [3, 1, 2]
    assert report["status"].startswith("Opgeslagen om")
    # presentation on the projector; the QGIS window stays as it was
    assert report["presenting"] and report["presentation_fullscreen"]
    assert tuple(report["presentation_screen"][2:]) == PROJECTOR
    assert report["main_window_untouched"]
    assert report["first"] == "Vogelbuurt" and report["view"] == "mix"  # the layer showed the mix
    assert report["label_size"] >= 24 and report["glyph_size"] >= 60
    assert report["views"] == ["signaal", "signaal_relatief", "kwetsbaar_niveau", "kwetsbaar_ontwikkeling",
                               "overlast_niveau", "overlast_ontwikkeling", "corporatiebezit", "score", "focus"]
    assert report["titles"][0] == "Signaleringskaart (absoluut)" and report["titles"][8] == "Focuskaart"
    assert all(count >= 4 for count in report["legends"]), report["legends"]
    assert report["view_after_tab"] == "mix"
    assert report["overview_card"] == "Veerstad" and report["overview_fid"] is None
    assert report["search_text"] == "Bloemen"
    assert report["after_search"] == "Bloemenbuurt" and report["signal_visible"]  # a vroeg signaal buurt
    assert report["side_combo_enabled"] and report["side_tag_status"].startswith("Opgeslagen om")
    assert report["browser_after_ctrl2"] is not None and report["active_after_ctrl2"]
    assert report["view_after_ctrl2"] == "signaal"  # Ctrl+2 is not map 2 either
    assert report["index_after_right"] == 0 and report["after_right"] == "Vogelbuurt"  # back to the list
    assert report["active_after_escape"] is False
    # Esc gives back exactly what was there
    assert report["restored_state"] and report["restored_geometry"] and report["layout_restored"]
    assert report["restored_maximized"] and report["browser_restored"] and report["dock_visible_after"]
    assert report["selection_restored"] and report["style_restored"] and report["extent_restored"]
    connection = sqlite3.connect(str(gpkg))
    rows = connection.execute("SELECT buurtcode, vk_hp_sociaal, vk_hp_leefomgeving, vk_hp_woningprogramma, "
                              "vk_hp_herpositionering FROM veerstad WHERE vk_hp_sociaal IS NOT NULL OR "
                              "vk_hp_herpositionering IS NOT NULL ORDER BY buurtcode").fetchall()
    connection.close()
    assert rows == [("BU99990301", None, None, None, 2), ("BU99990302", 3, 1, 2, None)]
    for name in report["steps"]:
        colours = distinct_colours(out / f"{name}.png")
        assert colours > 20, f"{name}.png looks blank ({colours} colours)"
