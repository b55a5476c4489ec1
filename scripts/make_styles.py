#!/usr/bin/env python3
"""Generate the QML styles of the nine Veerkracht maps into veerkracht_plugin/styles/.

    /usr/bin/python3 scripts/make_styles.py          # or: .venv/bin/python scripts/make_styles.py

The committed .qml files are what ships; this script makes them reproducible. Every map is a
rule-based renderer, so that

* NULL (and the class code ``geen_gegevens``) always gets its own legend entry: hatched grey,
  "Onvoldoende gegevens";
* the early-warning signal ``vk_signaal`` is drawn on top of the class colour on the two signal maps
  (a bold dashed outline inside the buurt plus a yellow warning triangle), with its own legend entry;
* corporatiebuurten (corporation share above two thirds) get an outline on map 7.

Colours are Okabe-Ito (signal maps) and ColorBrewer colour-blind-safe schemes (PuOr, RdBu, BrBG,
YlGnBu); the focus map is a multiplicative blend of a blue (kwetsbare bewoners) and an orange (overlast)
ramp. tests/unit/test_map_palettes.py checks the shipped colours under simulated colour-vision
deficiencies (Machado et al. 2009); docs/maps.md explains the maps.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STYLES = ROOT / "veerkracht_plugin" / "styles"
sys.path.insert(0, str(ROOT))

# the one palette, class order and Dutch labels that the dock and the report use too, and the scale rule
# the mix map shares
from veerkracht_plugin.core.method import CLASS_LABELS_NL, LEGEND_ORDER, NO_DATA  # noqa: E402
from veerkracht_plugin.core.palette import (  # noqa: E402
    CLASS_COLORS,
    NO_DATA_HATCH,
    OUTLINE,
    SIGNAL_MARKER,
    by_scale,
)

# --- cartographic constants --------------------------------------------------------------------
OUTLINE_MM = 0.3
#: on the focus map's dark cells (6 brown, 8 deep blue, 9 nearly black) the dark grey outline
#: disappears: those cells get a light grey one
FOCUS_LIGHT_OUTLINE = "#B4B4B4"
NO_DATA_LABEL = f"{CLASS_LABELS_NL[NO_DATA]} (te weinig inwoners, cijfers ontbreken of grens gewijzigd)"
SIGNAL_LABEL = "Vroeg signaal: kwetsbare bewoners hoog en stijgend, overlast (nog) niet"
#: placeholder for the corporation share on map 7; maps.apply_map_style() swaps in the real field
CORPORATION_FIELD = "p_corporatie_t1"

SIGNAL_CLASSES = [  # code, Dutch label, Okabe-Ito colour, in legend order; no data is hatched (hatched())
    (code, CLASS_LABELS_NL[code], CLASS_COLORS[code]) for code in LEGEND_ORDER if code != NO_DATA
]

#: fixed class breaks on z-score-like values, so maps are comparable between cities; the inner
#: break equals the method's DEADBAND (0.25). Listed from high to low (legend order).
Z_CLASSES = [  # filter template ({f} = quoted field), range text
    ("{f} > 1", "> 1"),
    ("{f} > 0.25 AND {f} <= 1", "0,25 tot 1"),
    ("{f} >= -0.25 AND {f} <= 0.25", "−0,25 tot 0,25"),
    ("{f} >= -1 AND {f} < -0.25", "−1 tot −0,25"),
    ("{f} < -1", "< −1"),
]
LEVEL_WORDS = ["Veel hoger dan gemiddeld", "Hoger dan gemiddeld", "Rond het gemiddelde",
               "Lager dan gemiddeld", "Veel lager dan gemiddeld"]
CHANGE_WORDS = ["Sterke toename", "Toename", "Stabiel", "Afname", "Sterke afname"]
SCORE_WORDS = ["Veel beter dan verwacht", "Beter dan verwacht", "Zoals verwacht",
               "Slechter dan verwacht", "Veel slechter dan verwacht"]
# ColorBrewer diverging schemes (colour-blind safe), high value first
PUOR = ["#E66101", "#FDB863", "#F7F7F7", "#B2ABD2", "#5E3C99"]  # kwetsbare bewoners: high = orange
RDBU = ["#CA0020", "#F4A582", "#F7F7F7", "#92C5DE", "#0571B0"]  # overlast: high = red
BRBG = ["#018571", "#80CDC1", "#F5F5F5", "#DFC27D", "#A6611A"]  # score: better than expected = green

CORPORATION_CLASSES = [  # filter template, label, ColorBrewer YlGnBu
    ("{f} > 200.0 / 3", "Meer dan twee derde (corporatiebuurt)", "#253494"),
    ("{f} >= 50 AND {f} <= 200.0 / 3", "50% tot twee derde", "#2C7FB8"),
    ("{f} >= 30 AND {f} < 50", "30 tot 50%", "#41B6C4"),
    ("{f} >= 10 AND {f} < 30", "10 tot 30%", "#A1DAB4"),
    ("{f} >= 0 AND {f} < 10", "Minder dan 10%", "#FFFFCC"),
]
CORPORATION_OUTLINE = "#D55E00"

#: focus cell colour = blend (multiply) of a blue ramp (rows: kwetsbare bewoners) and an orange ramp
#: (columns: overlast en onveiligheid); cell = (row - 1) * 3 + column
FOCUS_ROWS = ["#F3F3F3", "#9ECAE1", "#2171B5"]
FOCUS_COLUMNS = ["#F3F3F3", "#F4B183", "#D95F02"]
LEVEL3 = ["laag", "midden", "hoog"]


def blend(a, b):
    ca = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x * y / 255):02X}" for x, y in zip(ca, cb))


FOCUS_COLOURS = {(r) * 3 + c + 1: blend(FOCUS_ROWS[r], FOCUS_COLUMNS[c]) for r in range(3) for c in range(3)}


def _lightness(hex_colour):
    """CIE L* (0 black .. 100 white) of '#RRGGBB'."""
    def linear(c):
        c /= 255.0
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(hex_colour[i:i + 2], 16)) for i in (1, 3, 5))
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return 116 * (y ** (1 / 3) if y > 216 / 24389 else (24389 / 27 * y + 16) / 116) - 16


def q(field):
    return '"' + field + '"'


# --- symbols -----------------------------------------------------------------------------------
def _core():
    from qgis import core

    return core


def _by_scale(symbol_layer, prop, zoomed_out, normal):
    """Data-defined ``prop``: ``zoomed_out`` (mm) beyond 1:SMALL_SCALE (a province, the country), else
    ``normal``. Without a map scale (legends, previews) the normal size is used."""
    c = _core()
    symbol_layer.setDataDefinedProperty(
        getattr(c.QgsSymbolLayer, prop), c.QgsProperty.fromExpression(by_scale(zoomed_out, normal))
    )
    return symbol_layer


def _thin_when_zoomed_out(symbol_layer):
    """Zoomed out beyond 1:SMALL_SCALE the buurt outline becomes a hairline: the map stays readable (0.3 mm
    outlines would cover buurten a few pixels wide) and draws four times faster."""
    return _by_scale(symbol_layer, "PropertyStrokeWidth", 0, OUTLINE_MM)


def fill(colour, outline=OUTLINE):
    c = _core()
    symbol = c.QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": outline, "outline_width": str(OUTLINE_MM),
         "outline_width_unit": "MM", "style": "solid", "outline_style": "solid"}
    )
    _thin_when_zoomed_out(symbol.symbolLayer(0))
    return symbol


def hatched():
    """Geen gegevens: white with dark grey diagonal hatching and the normal outline."""
    c = _core()
    symbol = c.QgsFillSymbol.createSimple(
        {"color": CLASS_COLORS[NO_DATA], "outline_style": "no", "style": "solid"}
    )
    hatch = c.QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.6)
    hatch.setDistanceUnit(c.QgsUnitTypes.RenderMillimeters)
    line = c.QgsLineSymbol.createSimple({"color": NO_DATA_HATCH, "width": "0.35", "width_unit": "MM"})
    hatch.setSubSymbol(line)
    symbol.appendSymbolLayer(hatch)
    outline = c.QgsSimpleLineSymbolLayer.create(
        {"line_color": OUTLINE, "line_width": str(OUTLINE_MM), "line_width_unit": "MM"}
    )
    symbol.appendSymbolLayer(_thin_when_zoomed_out(outline))
    return symbol


def signal_symbol():
    """vk_signaal: bold black dashed outline inside the buurt and a yellow warning triangle."""
    c = _core()
    symbol = c.QgsFillSymbol()
    symbol.deleteSymbolLayer(0)
    casing = c.QgsSimpleLineSymbolLayer.create(
        {"line_color": "#FFFFFF", "line_width": "2.0", "line_width_unit": "MM", "joinstyle": "miter"}
    )
    casing.setDrawInsidePolygon(True)
    dashed = c.QgsSimpleLineSymbolLayer.create(
        {"line_color": "#000000", "line_width": "1.5", "line_width_unit": "MM", "line_style": "dash",
         "joinstyle": "miter", "capstyle": "flat"}
    )
    dashed.setDrawInsidePolygon(True)
    marker = c.QgsMarkerSymbol.createSimple(
        {"name": "triangle", "color": SIGNAL_MARKER, "outline_color": "#000000", "outline_width": "0.5",
         "outline_width_unit": "MM", "size": "5.5", "size_unit": "MM"}
    )
    centroid = c.QgsCentroidFillSymbolLayer()
    centroid.setPointOnSurface(True)
    centroid.setSubSymbol(marker)
    # zoomed out (a province, the country) the markers shrink, so that the classes stay visible
    _by_scale(casing, "PropertyStrokeWidth", 0.6, 2.0)
    _by_scale(dashed, "PropertyStrokeWidth", 0.4, 1.5)
    _by_scale(marker.symbolLayer(0), "PropertySize", 2.4, 5.5)
    _by_scale(marker.symbolLayer(0), "PropertyStrokeWidth", 0.2, 0.5)
    for layer in (casing, dashed, centroid):
        layer.setRenderingPass(1)
        symbol.appendSymbolLayer(layer)
    return symbol


def corporation_outline():
    c = _core()
    symbol = c.QgsFillSymbol()
    symbol.deleteSymbolLayer(0)
    line = c.QgsSimpleLineSymbolLayer.create(
        {"line_color": CORPORATION_OUTLINE, "line_width": "1.6", "line_width_unit": "MM", "joinstyle": "miter"}
    )
    line.setDrawInsidePolygon(True)
    line.setRenderingPass(1)
    _by_scale(line, "PropertyStrokeWidth", 0.5, 1.6)
    symbol.appendSymbolLayer(line)
    return symbol


# --- renderers ---------------------------------------------------------------------------------
def rule_renderer(rules):
    """rules: [(symbol, label, filter)] in legend order; symbol levels on (signal/outline on top).

    Rule keys are fixed ("r0", "r1", ...) instead of random UUIDs, so the generated files are
    reproducible and map themes can refer to legend items.
    """
    c = _core()
    root = c.QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey("root")
    for i, (symbol, label, expression) in enumerate(rules):
        rule = c.QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label)
        rule.setRuleKey(f"r{i}")
        root.appendChild(rule)
    renderer = c.QgsRuleBasedRenderer(root)
    renderer.setUsingSymbolLevels(True)
    return renderer


def signal_renderer(field):
    codes = ", ".join(f"'{code}'" for code, _label, _colour in SIGNAL_CLASSES)
    rules = [(fill(colour), label, f"{q(field)} = '{code}'") for code, label, colour in SIGNAL_CLASSES]
    rules.append((hatched(), NO_DATA_LABEL, f"{q(field)} IS NULL OR {q(field)} NOT IN ({codes})"))
    rules.append((signal_symbol(), SIGNAL_LABEL, 'coalesce("vk_signaal", false)'))
    return rule_renderer(rules)


def z_renderer(field, words, colours):
    f = q(field)
    rules = [
        (fill(colour), f"{word} ({span})", template.format(f=f))
        for (template, span), word, colour in zip(Z_CLASSES, words, colours)
    ]
    rules.append((hatched(), NO_DATA_LABEL, f"{f} IS NULL"))
    return rule_renderer(rules)


def corporation_renderer():
    f = q(CORPORATION_FIELD)
    rules = [(fill(colour), label, template.format(f=f)) for template, label, colour in CORPORATION_CLASSES]
    rules.append((hatched(), NO_DATA_LABEL, f"{f} IS NULL OR {f} < 0 OR {f} > 100"))
    rules.append(
        (corporation_outline(), "Corporatiebuurt: meer dan twee derde corporatiebezit",
         f"{f} > 200.0 / 3 AND {f} <= 100")
    )
    return rule_renderer(rules)


def focus_renderer():
    rules = []
    for cell in range(9, 0, -1):
        row, column = (cell - 1) // 3, (cell - 1) % 3
        label = f"{cell}: kwetsbare bewoners {LEVEL3[row]}, overlast {LEVEL3[column]}"
        outline = FOCUS_LIGHT_OUTLINE if _lightness(FOCUS_COLOURS[cell]) < 40 else OUTLINE
        rules.append((fill(FOCUS_COLOURS[cell], outline), label, f'"vk_focus" = {cell}'))
    rules.append((hatched(), NO_DATA_LABEL, '"vk_focus" IS NULL OR "vk_focus" < 1 OR "vk_focus" > 9'))
    return rule_renderer(rules)


def renderers():
    """map key -> (renderer, fields the style refers to)."""
    return {
        "signaal": (signal_renderer("vk_klasse"), ["vk_klasse", "vk_signaal"]),
        "signaal_relatief": (signal_renderer("vk_klasse_rel"), ["vk_klasse_rel", "vk_signaal"]),
        "kwetsbaar_niveau": (z_renderer("vk_k_niveau", LEVEL_WORDS, PUOR), ["vk_k_niveau"]),
        "kwetsbaar_ontwikkeling": (z_renderer("vk_dk", CHANGE_WORDS, PUOR), ["vk_dk"]),
        "overlast_niveau": (z_renderer("vk_p_niveau", LEVEL_WORDS, RDBU), ["vk_p_niveau"]),
        "overlast_ontwikkeling": (z_renderer("vk_dp", CHANGE_WORDS, RDBU), ["vk_dp"]),
        "corporatiebezit": (corporation_renderer(), [CORPORATION_FIELD]),
        "score": (z_renderer("vk_score", SCORE_WORDS, BRBG), ["vk_score"]),
        "focus": (focus_renderer(), ["vk_focus"]),
    }


FIELD_TYPES = {"vk_klasse": "string", "vk_klasse_rel": "string", "vk_signaal": "boolean", "vk_focus": "integer"}


def main():
    import argparse

    parser = argparse.ArgumentParser(description="Generate the QML styles of the nine Veerkracht maps.")
    parser.add_argument("--out", default=str(STYLES), help="output folder (default: the plugin's styles/)")
    out = Path(parser.parse_args().out)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_HASH_SEED"] = "0"  # stable XML attribute order: reproducible files
    from qgis.core import QgsApplication, QgsMapLayer, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    out.mkdir(parents=True, exist_ok=True)
    for key, (renderer, fields) in renderers().items():
        spec = "&".join(f"field={name}:{FIELD_TYPES.get(name, 'double')}" for name in fields)
        layer = QgsVectorLayer(f"Polygon?crs=EPSG:28992&{spec}", key, "memory")
        layer.setRenderer(renderer)
        path = out / f"{key}.qml"
        message, ok = layer.saveNamedStyle(str(path), QgsMapLayer.StyleCategory.Symbology)
        if not ok:
            sys.exit(f"{path}: {message}")
        print(path)
        del layer, renderer
    sys.stdout.flush()
    os._exit(0)  # skip exitQgis(): tearing QGIS down after building symbols in Python can crash


if __name__ == "__main__":
    main()
