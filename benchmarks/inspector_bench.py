#!/usr/bin/env python3
"""Dock inspector update on selection, on a scored layer (GUI-enabled QGIS, offscreen).

    python benchmarks/inspector_bench.py SCORED.gpkg   ->  prints seconds=<median of 20 updates>
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class Iface:
    """The part of QgisInterface the dock uses."""

    def __init__(self):
        from qgis.gui import QgsMapCanvas
        from qgis.PyQt.QtWidgets import QMainWindow

        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)

    def mainWindow(self):  # noqa: N802
        return self.window

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def __getattr__(self, name):
        return lambda *args, **kwargs: None


def main(path):
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    app = QgsApplication([], True)
    app.initQgis()
    from veerkracht_plugin.ui.dock import VeerkrachtDock

    layer = QgsVectorLayer(str(path), "scored", "ogr")
    QgsProject.instance().addMapLayer(layer)
    dock = VeerkrachtDock(Iface(), None)
    dock.set_layer(layer)
    fids = [f.id() for f in layer.getFeatures()]
    layer.selectByIds([fids[0]])  # builds the per-gemeente statistics once
    timings = []
    for fid in fids[:: max(1, len(fids) // 20)][:20]:
        start = time.perf_counter()
        layer.selectByIds([fid])  # selection signal -> context -> inspector + tag panel
        timings.append(time.perf_counter() - start)
    print(f"seconds={statistics.median(timings):.5f}")
    print(f"code={dock.inspector.text('code')}")
    dock.close_and_cleanup()
    sys.stdout.flush()  # os._exit does not flush: without this the report is lost when stdout is a file
    os._exit(0)  # skip QGIS teardown (not what is measured)


if __name__ == "__main__":
    main(sys.argv[1])
