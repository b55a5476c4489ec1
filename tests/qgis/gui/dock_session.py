"""Run inside a real QGIS (``qgis --code``): open a buurt layer, the Veerkracht dock and presentation
mode, save screenshots and a small JSON report to $VK_OUT, then quit. Driven by test_dock_gui.py."""

import json
import os
import traceback

from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.utils import iface, plugins

OUT = os.environ["VK_OUT"]
GPKG = os.environ["VK_GPKG"]
report = {"steps": []}
state = {}


def grab(name):
    QGuiApplication.processEvents()
    pixmap = QGuiApplication.primaryScreen().grabWindow(0)
    path = os.path.join(OUT, name + ".png")
    pixmap.save(path)
    report["steps"].append(name)


def layout_of(window):
    from qgis.PyQt.QtWidgets import QDockWidget, QToolBar

    return sorted((w.objectName(), not w.isHidden(), tuple(w.geometry().getRect()))
                  for w in window.findChildren(QDockWidget) + window.findChildren(QToolBar) if w.parent() is window)


def finish(error=None):
    if error:
        report["error"] = error
    with open(os.path.join(OUT, "report.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle)
    os._exit(0)


def guarded(function):
    def run():
        try:
            function()
        except Exception:  # noqa: BLE001 - report everything to the test
            finish(traceback.format_exc())
    return run


@guarded
def open_layer():
    from veerkracht_plugin.core.palette import CLASS_COLORS

    layer = QgsVectorLayer(GPKG + "|layername=buurten", "Buurten", "ogr")
    categories = [QgsRendererCategory(code, QgsFillSymbol.createSimple({"color": color, "outline_color": "#333333"}),
                                      code) for code, color in CLASS_COLORS.items()]
    layer.setRenderer(QgsCategorizedSymbolRenderer("vk_klasse", categories))
    from qgis.core import QgsProject

    QgsProject.instance().addMapLayer(layer)
    plugin = plugins["veerkracht_plugin"]
    plugin.toolbar_action.setChecked(True)
    dock = plugin.dock
    dock.set_layer(layer)
    dock.tags.ask = lambda title, text: True
    iface.mapCanvas().setExtent(layer.extent())
    layer.selectByExpression("\"buurtcode\" = 'BU03630001'")
    iface.mainWindow().showMaximized()
    state.update(layer=layer, dock=dock)
    report["dock_visible"] = dock.isVisible()
    report["title"] = dock.inspector.title.text()
    QTimer.singleShot(2500, shot_inspector)


@guarded
def shot_inspector():
    grab("1_inspector")
    dock = state["dock"]
    dock.show_panel("handelingsperspectieven")
    from qgis.PyQt.QtWidgets import QComboBox, QPlainTextEdit

    dock.findChild(QComboBox, "vkHpSociaal").setCurrentIndex(3)
    dock.findChild(QComboBox, "vkHpLeefomgeving").setCurrentIndex(1)
    dock.findChild(QComboBox, "vkHpWoningprogramma").setCurrentIndex(2)
    dock.findChild(QPlainTextEdit, "vkProbleemanalyse").setPlainText("Veel verloop en weinig ontmoeting.")
    dock.tags.save()
    report["status"] = dock.tags.status.text()
    report["combos"] = [dock.findChild(QComboBox, name).currentIndex()
                        for name in ("vkHpSociaal", "vkHpLeefomgeving", "vkHpWoningprogramma")]
    QTimer.singleShot(1000, shot_tags)


@guarded
def shot_tags():
    grab("2_tags")
    dock = state["dock"]
    dock.show_panel("presentatie")
    dock.presentation.apply_mix()
    QTimer.singleShot(2000, shot_mix)


@guarded
def shot_mix():
    grab("3_mix")
    window = iface.mainWindow()
    state["before"] = (bytes(window.saveState()), window.isMaximized())
    report["layout_before"] = layout_of(window)
    dock = state["dock"]
    dock.presentation.list_mode.setCurrentIndex(dock.presentation.list_mode.findData("onder_druk"))
    dock.presentation.start()
    QTimer.singleShot(2500, shot_presentation)


@guarded
def shot_presentation():
    grab("4_presentation")
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    report["fullscreen"] = iface.mainWindow().isFullScreen()
    report["menubar_hidden"] = iface.mainWindow().menuBar().isHidden()
    iface.mapCanvas().setFocus()
    QTest.keyClick(iface.mapCanvas(), Qt.Key.Key_Right)  # a real key press, as a presenter clicker sends
    report["index_after_right"] = state["dock"].presentation.mode.index
    QTimer.singleShot(2000, shot_next)


@guarded
def shot_next():
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    grab("5_presentation_next")
    QTest.keyClick(iface.mapCanvas(), Qt.Key.Key_Escape)
    report["active_after_escape"] = state["dock"].presentation.mode.active
    QTimer.singleShot(2500, shot_restored)


@guarded
def shot_restored():
    grab("6_restored")
    window = iface.mainWindow()
    report["restored_state"] = bytes(window.saveState()) == state["before"][0]
    report["layout_after"] = layout_of(window)
    report["layout_restored"] = report["layout_after"] == report["layout_before"]
    report["restored_maximized"] = window.isMaximized() == state["before"][1]
    report["dock_visible_after"] = state["dock"].isVisible()
    finish()


QTimer.singleShot(3000, open_layer)
QTimer.singleShot(90000, lambda: finish("timeout inside QGIS"))
