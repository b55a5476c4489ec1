#!/usr/bin/env python3
"""Write veerkracht_plugin/styles/balans.qml, the map style of the veerkracht:balance output.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_balans_style.py

Rule-based: the change in social-rent share (percentage points, PuOr diverging – colour-blind safe),
buurten without data hatched grey, buurten that tip over the concentration threshold outlined thick
black, buurten that give all their social vacancies to aandachtsgroepen (vk_toewijzing_na = 100 %) hatched
dark red, compensation candidates (vk_compensatie > 0) marked with a plus and labelled with their suggested
extra social dwellings ("+53"). Dutch legend.
"""

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCentroidFillSymbolLayer,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "veerkracht_plugin" / "styles" / "balans.qml"
CHANGE = '("vk_socaandeel_na" - "vk_socaandeel_voor")'
#: a buurt at 100 % of its social vacancies for aandachtsgroepen after the scenario
FULL = 'coalesce("vk_toewijzing_na", 0) >= 99.95'
#: the compensation label: the suggested extra social dwellings
LABEL = 'CASE WHEN coalesce("vk_compensatie", 0) > 0 THEN \'+\' || to_string("vk_compensatie") END'
#: (label, filter, colour) – PuOr, orange = less social rent, purple = more
CLASSES = (
    ("Veel minder sociale huur (meer dan 5 procentpunt)", f"{CHANGE} < -5", "#b35806"),
    ("Minder sociale huur (1 tot 5 procentpunt)", f"{CHANGE} >= -5 AND {CHANGE} < -1", "#f1a340"),
    ("Gelijk (minder dan 1 procentpunt verschil)", f"{CHANGE} >= -1 AND {CHANGE} <= 1", "#f7f7f7"),
    ("Meer sociale huur (1 tot 5 procentpunt)", f"{CHANGE} > 1 AND {CHANGE} <= 5", "#998ec3"),
    ("Veel meer sociale huur (meer dan 5 procentpunt)", f"{CHANGE} > 5", "#542788"),
)


def fill(colour, outline="#6b6b6b", width=0.2):
    layer = QgsSimpleFillSymbolLayer(QColor(colour), Qt.BrushStyle.SolidPattern, QColor(outline))
    layer.setStrokeWidth(width)
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, layer)
    return symbol


def build():
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, colour in CLASSES:
        root.appendChild(QgsRuleBasedRenderer.Rule(fill(colour), 0, 0, expression, label))
    nodata = fill("#d9d9d9", "#9e9e9e")
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.6)
    hatch.setColor(QColor("#8c8c8c"))
    hatch.setLineWidth(0.2)
    nodata.appendSymbolLayer(hatch)
    root.appendChild(QgsRuleBasedRenderer.Rule(
        nodata, 0, 0, '"vk_socaandeel_na" IS NULL OR "vk_socaandeel_voor" IS NULL', "Geen gegevens"))
    outline = QgsSimpleFillSymbolLayer(QColor(0, 0, 0, 0), Qt.BrushStyle.NoBrush, QColor("#000000"))
    outline.setStrokeWidth(0.9)
    tipping = QgsFillSymbol()
    tipping.changeSymbolLayer(0, outline)
    root.appendChild(QgsRuleBasedRenderer.Rule(
        tipping, 0, 0, 'coalesce("vk_kantelt", false)',
        "Kantelt: komt binnen de horizon boven de concentratiegrens"))
    full = QgsFillSymbol()
    full_hatch = QgsLinePatternFillSymbolLayer()
    full_hatch.setLineAngle(-45)
    full_hatch.setDistance(2.2)
    full_hatch.setColor(QColor("#7f0000"))
    full_hatch.setLineWidth(0.35)
    full.changeSymbolLayer(0, full_hatch)
    root.appendChild(QgsRuleBasedRenderer.Rule(
        full, 0, 0, FULL,
        "Vol: alle vrijkomende sociale huurwoningen gaan naar aandachtsgroepen (100 %)"))
    marker = QgsMarkerSymbol.createSimple({})
    marker_layer = marker.symbolLayer(0)
    marker_layer.setShape(QgsSimpleMarkerSymbolLayerBase.Shape.CrossFill)
    marker_layer.setColor(QColor("#1a1a1a"))
    marker_layer.setStrokeColor(QColor("#ffffff"))
    marker_layer.setStrokeWidth(0.6)
    marker_layer.setSize(4.5)
    centroid = QgsCentroidFillSymbolLayer()
    centroid.setSubSymbol(marker)
    centroid.setPointOnSurface(True)
    candidate = QgsFillSymbol()
    candidate.changeSymbolLayer(0, centroid)
    root.appendChild(QgsRuleBasedRenderer.Rule(
        candidate, 0, 0, 'coalesce("vk_compensatie", 0) > 0',
        "Kandidaat voor compensatie (extra sociale huur)"))
    return QgsRuleBasedRenderer(root)


def labeling():
    """'+53' on each compensation candidate: its suggested extra social dwellings."""
    settings = QgsPalLayerSettings()
    settings.fieldName = LABEL
    settings.isExpression = True
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    settings.yOffset = -3.5
    text = QgsTextFormat()
    text.setColor(QColor("#1a1a1a"))
    text.setSize(9)
    font = text.font()
    font.setBold(True)
    text.setFont(font)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setColor(QColor("#ffffff"))
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:28992&field=vk_socaandeel_voor:double&field=vk_socaandeel_na:double"
        "&field=vk_kantelt:boolean&field=vk_compensatie:integer&field=vk_toewijzing_na:double",
        "balans",
        "memory",
    )
    layer.setRenderer(build())
    layer.setLabeling(labeling())
    layer.setLabelsEnabled(True)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    categories = QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
    message, ok = layer.saveNamedStyle(str(TARGET), categories=categories)
    print(TARGET, ok, message)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
