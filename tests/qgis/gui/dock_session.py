"""Run inside a real QGIS (``qgis --code``): open a buurt layer, the Veerkracht dock and presentation
mode as a facilitator would, save screenshots and a small JSON report to $VK_OUT, then quit. Driven by
test_dock_gui.py.

The session: the dock beside the Processing toolbox, the Buurt tab, tags, the mix map; then presentation
mode on the projector (the second screen when the display has two): keys 1–9 (each map), Tab (mix), 0
(overview), typing a buurt name, a tag set on the side card, Ctrl+2 (must not reach QGIS), → and Esc.
"""

import json
import os
import traceback

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QDockWidget, QPlainTextEdit, QToolBar
from qgis.utils import iface, plugins

OUT = os.environ["VK_OUT"]
GPKG = os.environ["VK_GPKG"]
LAYER = os.environ.get("VK_LAYER", "veerstad")
CODE = os.environ.get("VK_CODE", "BU99990302")  # Vogelbuurt, onder druk
report = {"steps": [], "errors": []}
state = {}


def grab(name, screen=None):
    QApplication.processEvents()
    screen = screen or QGuiApplication.primaryScreen()
    pixmap = screen.grabWindow(0)
    pixmap.save(os.path.join(OUT, name + ".png"))
    report["steps"].append(name)


def projector():
    window = state["dock"].presentation.mode.window
    return window.windowHandle().screen() if window is not None and window.windowHandle() else None


def layout_of(window):
    return sorted((w.objectName(), not w.isHidden(), tuple(w.geometry().getRect()))
                  for w in window.findChildren(QDockWidget) + window.findChildren(QToolBar) if w.parent() is window)


def finish(error=None):
    if error:
        report["error"] = error
    with open(os.path.join(OUT, "report.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, default=str)
    os._exit(0)


def guarded(function):
    def run():
        try:
            function()
        except Exception:  # noqa: BLE001 - report everything to the test
            finish(traceback.format_exc())
    return run


def later(ms, function):
    QTimer.singleShot(ms, guarded(function))


def key(qt_key, modifier=Qt.KeyboardModifier.NoModifier, widget=None):
    """A key press as the user types it: to the window that has the keyboard focus."""
    target = widget or QApplication.focusWidget() or QApplication.activeWindow() or state["dock"]
    QTest.keyClick(target, qt_key, modifier)
    QApplication.processEvents()


@guarded
def open_layer():
    layer = QgsVectorLayer(f"{GPKG}|layername={LAYER}", "Veerstad", "ogr")
    QgsProject.instance().addMapLayer(layer)
    window = iface.mainWindow()
    toolbox = window.findChild(QDockWidget, "ProcessingToolbox")
    if toolbox is not None:
        toolbox.show()  # the dock must keep a usable height beside it
    plugin = plugins["veerkracht_plugin"]
    plugin.toolbar_action.setChecked(True)
    dock = plugin.dock
    dock.set_layer(layer)
    dock.tags.ask = lambda title, text: True
    iface.mapCanvas().setExtent(layer.extent())
    layer.selectByExpression(f"\"buurtcode\" = '{CODE}'")
    window.showMaximized()
    state.update(layer=layer, dock=dock)
    report["screens"] = [s.geometry().getRect() for s in QGuiApplication.screens()]
    later(2500, shot_inspector)


@guarded
def shot_inspector():
    dock = state["dock"]
    report["dock_visible"] = dock.isVisible()
    report["dock_height"] = dock.height()
    report["dock_min_height"] = dock.widget().minimumHeight()
    report["line_spacing"] = dock.fontMetrics().lineSpacing()
    toolbox = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
    report["toolbox_visible"] = toolbox is not None and toolbox.isVisible()
    report["title"] = dock.inspector.title.text()
    report["inspector"] = {key: dock.inspector.text(key) for key in dock.inspector.labels}
    report["chip"] = dock.inspector.chip.text()
    tabs = dock.tabs
    report["tabs_fit"] = tabs.tabBar().sizeHint().width() <= tabs.width()
    report["tab_titles"] = [tabs.tabText(i) for i in range(tabs.count())]
    grab("01_inspector")
    dock.show_panel("handelingsperspectieven")
    dock.findChild(QComboBox, "vkHpSociaal").setCurrentIndex(3)
    dock.findChild(QComboBox, "vkHpLeefomgeving").setCurrentIndex(1)
    dock.findChild(QComboBox, "vkHpWoningprogramma").setCurrentIndex(2)
    dock.findChild(QPlainTextEdit, "vkProbleemanalyse").setPlainText(
        "Veel verloop en weinig ontmoeting; de portiekflats worden in 2026 gerenoveerd.")
    dock.tags.save()
    report["status"] = dock.tags.status.text()
    report["combos"] = [dock.findChild(QComboBox, name).currentIndex()
                        for name in ("vkHpSociaal", "vkHpLeefomgeving", "vkHpWoningprogramma")]
    later(1000, shot_tags)


@guarded
def shot_tags():
    grab("02_tags")
    dock = state["dock"]
    dock.show_panel("presentatie")
    dock.presentation.apply_mix()
    later(2000, shot_mix)


@guarded
def shot_mix():
    grab("03_mix")
    window = iface.mainWindow()
    layer = state["layer"]
    browser = window.findChild(QDockWidget, "Browser")
    state["before"] = {
        "state": bytes(window.saveState()), "geometry": bytes(window.saveGeometry()),
        "maximized": window.isMaximized(), "layout": layout_of(window),
        "browser": browser.isVisible() if browser is not None else None,
        "selection": sorted(layer.selectedFeatureIds()), "style": layer.styleManager().currentStyle(),
        "extent": iface.mapCanvas().extent().toString(2),
    }
    dock = state["dock"]
    panel = dock.presentation
    panel.list_mode.setCurrentIndex(panel.list_mode.findData("onder_druk"))
    panel.start()
    later(3000, shot_presentation)


@guarded
def shot_presentation():
    mode = state["dock"].presentation.mode
    window = mode.window
    report["presenting"] = mode.active
    report["presentation_fullscreen"] = window.isFullScreen()
    report["presentation_screen"] = window.windowHandle().screen().geometry().getRect()
    report["main_window_untouched"] = bytes(iface.mainWindow().saveState()) == state["before"]["state"]
    report["first"] = window.name.text()
    report["view"] = mode.view
    report["label_size"] = mode.styles.label_size
    report["glyph_size"] = mode.styles.glyph_size * 2
    grab("04_presentation", projector())
    grab("04_laptop")
    state["map"] = 1
    later(200, press_map)


@guarded
def press_map():
    mode = state["dock"].presentation.mode
    number = state["map"]
    key(getattr(Qt.Key, f"Key_{number}"))
    report.setdefault("views", []).append(mode.view)
    report.setdefault("titles", []).append(mode.window.title.text())
    report.setdefault("legends", []).append(mode.window.legend_layout.count())
    later(1800, shot_map)


@guarded
def shot_map():
    number = state["map"]
    grab(f"05_map_{number}", projector())
    if number < 9:
        state["map"] = number + 1
        later(100, press_map)
    else:
        later(100, press_mix)


@guarded
def press_mix():
    mode = state["dock"].presentation.mode
    key(Qt.Key.Key_Tab)
    report["view_after_tab"] = mode.view
    later(1800, shot_mix_presentation)


@guarded
def shot_mix_presentation():
    grab("06_presentation_mix", projector())
    mode = state["dock"].presentation.mode
    key(Qt.Key.Key_0)
    report["overview_card"] = mode.window.name.text()
    report["overview_fid"] = mode.fid
    later(1800, shot_overview)


@guarded
def shot_overview():
    grab("07_overview", projector())
    mode = state["dock"].presentation.mode
    key(Qt.Key.Key_1)
    for character in "Bloemen":  # typing a name, anywhere in the presentation
        QTest.keyClick(QApplication.focusWidget() or mode.window, character)
    QApplication.processEvents()
    report["search_text"] = mode.window.search.text()
    later(600, choose_search)


@guarded
def choose_search():
    mode = state["dock"].presentation.mode
    key(Qt.Key.Key_Return, widget=mode.window.search)
    later(1500, shot_search)


@guarded
def shot_search():
    mode = state["dock"].presentation.mode
    report["after_search"] = mode.window.name.text()
    report["signal_visible"] = mode.window.signal.isVisible()
    grab("08_search", projector())
    combo = mode.window.tag_combos["vk_hp_herpositionering"]
    report["side_combo_enabled"] = combo.isEnabled()
    combo.setCurrentIndex(2)
    combo.activated.emit(2)  # as a click in its list does
    later(1500, shot_tag)


@guarded
def shot_tag():
    mode = state["dock"].presentation.mode
    grab("09_side_card_tag", projector())
    report["side_tag_fid"] = mode.fid
    report["side_tag_status"] = state["dock"].tags.status.text()
    browser = iface.mainWindow().findChild(QDockWidget, "Browser")
    key(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # QGIS: toggle the Browser panel
    report["browser_after_ctrl2"] = browser.isVisible() if browser is not None else None
    report["active_after_ctrl2"] = mode.active
    report["view_after_ctrl2"] = mode.view
    key(Qt.Key.Key_Right)
    report["index_after_right"] = mode.index
    report["after_right"] = mode.window.name.text()
    later(1500, shot_next)


@guarded
def shot_next():
    grab("10_presentation_next", projector())
    mode = state["dock"].presentation.mode
    key(Qt.Key.Key_Escape)
    report["active_after_escape"] = mode.active
    later(2500, shot_restored)


@guarded
def shot_restored():
    grab("11_restored")
    window = iface.mainWindow()
    layer = state["layer"]
    before = state["before"]
    browser = window.findChild(QDockWidget, "Browser")
    report["restored_state"] = bytes(window.saveState()) == before["state"]
    report["restored_geometry"] = bytes(window.saveGeometry()) == before["geometry"]
    report["layout_before"] = before["layout"]
    report["layout_after"] = layout_of(window)
    report["layout_restored"] = report["layout_after"] == report["layout_before"]
    report["restored_maximized"] = window.isMaximized() == before["maximized"]
    report["browser_restored"] = (browser.isVisible() if browser is not None else None) == before["browser"]
    report["selection_restored"] = sorted(layer.selectedFeatureIds()) == before["selection"]
    report["style_restored"] = layer.styleManager().currentStyle() == before["style"]
    report["extent_restored"] = iface.mapCanvas().extent().toString(2) == before["extent"]
    report["dock_visible_after"] = state["dock"].isVisible()
    finish()


later(3000, open_layer)
QTimer.singleShot(150000, lambda: finish("timeout inside QGIS"))
