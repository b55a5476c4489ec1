"""Run inside a real QGIS (``qgis --code``): open the demo project and the Veerkracht dock, then trigger the
dock's report actions (Stadsbrede notitie, QuickScan) twice each with the layout designer open, change the
layer tree, trigger both again, save and reopen the project; after each step export every report layout
to PNG and record what the legends hold. Writes $VK_OUT/report.json and quits. Driven by
test_dock_report_gui.py.

The script keeps no reference to the layouts between steps: like a click in the dock, it lets the
layouts' Python wrappers go, so that only what QGIS itself owns keeps them alive.
"""

import faulthandler
import gc
import json
import os
import traceback

from qgis.core import QgsLayoutExporter, QgsLayoutItemLegend, QgsProject
from qgis.PyQt.QtCore import QSize, QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QAction
from qgis.utils import iface, plugins

OUT = os.environ["VK_OUT"]
PROJECT = os.environ["VK_PROJECT"]
PAUSE = 3000  # ms for the designer to paint
faulthandler.enable(open(os.path.join(OUT, "fault.txt"), "w"), all_threads=True)  # noqa: SIM115 - lives on
report = {"steps": [], "messages": []}
state = {"shot": 0}
LOG = open(os.path.join(OUT, "log.txt"), "w", encoding="utf-8")  # noqa: SIM115 - the test reads it on a crash


def log(*parts):
    print(*parts, file=LOG, flush=True)


def finish(error=None):
    if error:
        report["error"] = error
    with open(os.path.join(OUT, "report.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1)
    os._exit(0)


def guarded(function):
    def run():
        try:
            log("->", function.__name__)
            function()
        except Exception:  # noqa: BLE001 - report everything to the test
            finish(traceback.format_exc())
    return run


def dock():
    return plugins["veerkracht_plugin"].dock


def report_layouts():
    return sorted(QgsProject.instance().layoutManager().printLayouts(), key=lambda layout: layout.name())


def export(layout, path):
    """Page 1 of ``layout`` as a PNG (an atlas layout: its first wijk), rendered by QGIS's exporter."""
    atlas = layout.atlas()
    atlas_on = atlas.enabled() and atlas.coverageLayer() is not None and atlas.beginRender()
    try:
        if atlas_on:
            atlas.seekTo(0)
        image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(1188, 840))
    finally:
        if atlas_on:
            atlas.endRender()
    return bool(not image.isNull() and image.save(path, "PNG"))


def legend_layers(layout):
    """[[layer names]] of every legend in ``layout`` (its own layer tree), None for a layer that is gone."""
    out = []
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLegend):
            root = item.model().rootGroup()
            out.append({"own_tree": root is not QgsProject.instance().layerTreeRoot() and not item.autoUpdateModel(),
                        "layers": [node.layer().name() if node.layer() is not None else None
                                   for node in root.findLayers()]})
    return out


def record(step):
    """Screenshot, PNG of each report layout, the open designers and the legends, after ``step``."""
    QGuiApplication.processEvents()
    state["shot"] += 1
    name = f"{state['shot']:02d}_{step}"
    QGuiApplication.primaryScreen().grabWindow(0).save(os.path.join(OUT, name + ".png"))
    entry = {"step": step, "screen": name + ".png", "layouts": [],
             "designers": [d.masterLayout().name() for d in iface.openLayoutDesigners()],
             "project_layers": sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())}
    for i, layout in enumerate(report_layouts()):
        png = f"{name}_layout{i}.png"
        entry["layouts"].append({"name": layout.name(), "png": png if export(layout, os.path.join(OUT, png)) else None,
                                 "legends": legend_layers(layout)})
    report["steps"].append(entry)
    log("recorded", name, [layout["name"] for layout in entry["layouts"]])


def trigger(action_name):
    """Click the dock's report action (no reference to the layouts is kept, as after a real click)."""
    action = dock().findChild(QAction, action_name)
    if action is None:
        raise RuntimeError(f"no action {action_name} in the dock")
    action.trigger()
    gc.collect()  # let the Python wrappers go now, not at some later moment


@guarded
def open_project():
    if not QgsProject.instance().read(PROJECT):
        raise RuntimeError(f"cannot read {PROJECT}")
    iface.mainWindow().showMaximized()
    plugins["veerkracht_plugin"].set_dock_visible(True)
    dock().inform = lambda title, text: report["messages"].append(text)
    report["tree_before"] = [node.name() for node in QgsProject.instance().layerTreeRoot().children()]
    QTimer.singleShot(2000, run_next)


def change_layer_tree():
    """Between the reports: the report group's layers removed (the open layouts show them), the scored
    layer renamed, a new group holding the measures table."""
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    layer = dock().context.layer
    report["dock_layer"] = layer.name() if layer is not None else None
    for group in root.findGroups():
        if group.name() not in report["tree_before"]:  # the report's group
            project.removeMapLayers([node.layerId() for node in group.findLayers()])
            root.removeChildNode(group)
    layer.setName(layer.name() + " (hernoemd)")
    new_group = root.insertGroup(0, "Nieuwe groep")
    for other in project.mapLayers().values():
        if other is not layer and root.findLayer(other.id()) is not None:
            node = root.findLayer(other.id())
            new_group.addChildNode(node.clone())
            node.parent().removeChildNode(node)
    report["tree_changed"] = [node.name() for node in root.children()]


def save_and_reopen():
    """The project with the report layouts saved and opened again (the legends' trees come from the file).

    Opened as Project > Open does (iface.addProject closes the designers first): QgsProject.clear() and
    read() straight after each other with a designer open crash QGIS 3.22 by themselves, plugin or not.
    """
    path = os.path.join(OUT, "saved.qgz")
    if not QgsProject.instance().write(path):
        raise RuntimeError("cannot write the project")
    if not iface.addProject(path):
        raise RuntimeError("cannot open the saved project")
    gc.collect()
    layouts = report_layouts()
    if layouts:
        iface.openLayoutDesigner(layouts[0])


PLAN = [
    ("notitie_1", lambda: trigger("vkMakeNotitie")),
    ("notitie_2", lambda: trigger("vkMakeNotitie")),
    ("quickscan_1", lambda: trigger("vkMakeQuickScan")),
    ("quickscan_2", lambda: trigger("vkMakeQuickScan")),
    ("tree_changed", change_layer_tree),
    ("notitie_3", lambda: trigger("vkMakeNotitie")),
    ("quickscan_3", lambda: trigger("vkMakeQuickScan")),
    ("reopened", save_and_reopen),
]
if os.environ.get("VK_PLAN"):  # a part of the plan, e.g. "notitie_1,reopened" (for debugging)
    PLAN = [step for step in PLAN if step[0] in os.environ["VK_PLAN"].split(",")]


@guarded
def run_next():
    if state.get("pending"):
        record(state.pop("pending"))
    if not PLAN:
        report["alive"] = True
        report["tree_after"] = [node.name() for node in QgsProject.instance().layerTreeRoot().children()]
        finish()
        return
    step, action = PLAN.pop(0)
    log("step", step)
    action()
    state["pending"] = step
    QTimer.singleShot(PAUSE, run_next)


QTimer.singleShot(3000, open_project)
QTimer.singleShot(200000, lambda: finish("timeout inside QGIS"))
