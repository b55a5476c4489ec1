#!/usr/bin/env python3
"""Write veerkracht_plugin/styles/traject.qml, the trajectory map of the veerkracht:monitor output.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_traject_style.py

The classes of the signal map (styles/signaal.qml: same colours, hatch and Dutch legend) applied to the
last period's class, the last code of ``vk_traject``; buurten with persistent pressure (``vk_aanhoudend``:
the last two periods onder druk or problemen) outlined thick black with a black triangle on the buurt.
"""

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCentroidFillSymbolLayer,
    QgsFillSymbol,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "veerkracht_plugin" / "styles" / "signaal.qml"
TARGET = ROOT / "veerkracht_plugin" / "styles" / "traject.qml"
#: the last period's class code: the part of vk_traject after the last '>'
LAST_CLASS = "regexp_substr(\"vk_traject\", '([a-z_]+)$')"
PERSISTENT = "Aanhoudende druk: de laatste twee perioden onder druk of problemen nemen toe"


def build(signal_renderer):
    root = QgsRuleBasedRenderer.Rule(None)
    for rule in signal_renderer.rootRule().children():
        if "vk_signaal" in rule.filterExpression():
            continue
        expression = rule.filterExpression().replace('"vk_klasse"', LAST_CLASS)
        root.appendChild(QgsRuleBasedRenderer.Rule(rule.symbol().clone(), 0, 0, expression, rule.label()))
    outline = QgsSimpleFillSymbolLayer(QColor(0, 0, 0, 0), Qt.BrushStyle.NoBrush, QColor("#000000"))
    outline.setStrokeWidth(0.9)
    marker = QgsMarkerSymbol.createSimple({})
    marker_layer = marker.symbolLayer(0)
    marker_layer.setShape(QgsSimpleMarkerSymbolLayerBase.Shape.Triangle)
    marker_layer.setColor(QColor("#1a1a1a"))
    marker_layer.setStrokeColor(QColor("#ffffff"))
    marker_layer.setStrokeWidth(0.5)
    marker_layer.setSize(4.0)
    centroid = QgsCentroidFillSymbolLayer()
    centroid.setSubSymbol(marker)
    centroid.setPointOnSurface(True)
    persistent = QgsFillSymbol()
    persistent.changeSymbolLayer(0, outline)
    persistent.appendSymbolLayer(centroid)
    root.appendChild(QgsRuleBasedRenderer.Rule(persistent, 0, 0, 'coalesce("vk_aanhoudend", false)', PERSISTENT))
    return QgsRuleBasedRenderer(root)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    fields = "&field=vk_traject:string&field=vk_aanhoudend:boolean&field=vk_klasse:string&field=vk_signaal:boolean"
    signal = QgsVectorLayer(f"Polygon?crs=EPSG:28992{fields}", "signaal", "memory")
    signal.loadNamedStyle(str(SOURCE))
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:28992{fields}", "traject", "memory")
    layer.setRenderer(build(signal.renderer()))
    message, ok = layer.saveNamedStyle(str(TARGET), categories=QgsMapLayer.StyleCategory.Symbology)
    print(TARGET, ok, message)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
