"""The shipped QML styles: colour-blind-safe class colours, hatched no-data, Dutch legends, signal marker.

Reads veerkracht_plugin/styles/*.qml as XML (no QGIS needed), so it checks exactly what ships.
"""

import xml.etree.ElementTree as ET

import pytest

from tests.paths import PLUGIN_DIR
from tests.unit.cvd import MACHADO_2009, hex_to_linear, lab, min_distance, simulate

STYLES = PLUGIN_DIR / "styles"
KEYS = ["signaal", "signaal_relatief", "kwetsbaar_niveau", "kwetsbaar_ontwikkeling", "overlast_niveau",
        "overlast_ontwikkeling", "corporatiebezit", "score", "focus"]
MIN_DELTA_E = 15.0  # CIE76; ~2.3 is a just-noticeable difference, 15+ is clearly distinct on a projector


def rules(key):
    """[(label, filter, [symbol layer (class, props)])] of a rule-based QML, in legend order."""
    root = ET.parse(STYLES / f"{key}.qml").getroot()
    renderer = root.find("renderer-v2")
    assert renderer.get("type") == "RuleRenderer"
    symbols = {}
    for symbol in renderer.find("symbols").findall("symbol"):
        layers = []
        for layer in symbol.findall("layer"):
            props = {p.get("k"): p.get("v") for p in layer.findall("prop")}
            for option in layer.findall("data_defined_properties/Option/Option[@name='properties']/Option"):
                expression = option.find("Option[@name='expression']")
                if expression is not None:
                    props["dd:" + option.get("name")] = expression.get("value")
            layers.append((layer.get("class"), props))
        symbols[symbol.get("name")] = layers
    return [(rule.get("label"), rule.get("filter"), symbols[rule.get("symbol")])
            for rule in renderer.find("rules").findall("rule")]


def rgb_to_hex(value):
    r, g, b = (int(v) for v in value.split(",")[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


def class_colours(key):
    """Label -> fill colour of the solid class rules (not the hatched no-data or outline-only rules)."""
    colours = {}
    for label, _filter, layers in rules(key):
        classes = [c for c, _p in layers]
        if classes == ["SimpleFill"]:
            colours[label] = rgb_to_hex(layers[0][1]["color"])
    return colours


def test_simulation_matches_known_values():
    # pure red under protanopia becomes a dark olive/brown, pure blue keeps its blue under deuteranopia
    red = simulate(hex_to_linear("#ff0000"), "protanopia")
    assert red[0] == pytest.approx(0.152286) and red[1] == pytest.approx(0.114503)
    assert simulate((1.0, 1.0, 1.0), "deuteranopia") == pytest.approx((1.0, 1.0, 1.0), abs=1e-3)
    assert lab((1.0, 1.0, 1.0))[0] == pytest.approx(100.0, abs=0.1)
    # red and green collapse for a deuteranope: the check can fail
    distance, _a, _b = min_distance({"red": "#d62728", "green": "#2ca02c"}, "deuteranopia")
    assert distance < 15


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("deficiency", ["normal", *MACHADO_2009])
def test_class_colours_stay_distinct_under_colour_vision_deficiencies(key, deficiency):
    colours = class_colours(key)
    assert len(colours) == (9 if key == "focus" else 5)
    distance, a, b = min_distance(colours, deficiency)
    assert distance >= MIN_DELTA_E, f"{key}, {deficiency}: '{a}' and '{b}' differ by only ΔE {distance:.1f}"


@pytest.mark.parametrize("key", KEYS)
def test_no_data_is_hatched_grey_and_explained(key):
    no_data = [(label, layers) for label, _f, layers in rules(key) if label.startswith("Onvoldoende gegevens")]
    assert len(no_data) == 1
    label, layers = no_data[0]
    assert "(" in label  # explained: why a buurt has no data
    assert [c for c, _p in layers] == ["SimpleFill", "LinePatternFill", "SimpleLine"]


@pytest.mark.parametrize("key", ["signaal", "signaal_relatief"])
def test_signal_maps_mark_the_early_warning(key):
    signal = [(label, f, layers) for label, f, layers in rules(key) if "vk_signaal" in (f or "")]
    assert len(signal) == 1
    label, _f, layers = signal[0]
    assert label.startswith("Vroeg signaal")
    assert "CentroidFill" in [c for c, _p in layers]
    dashed = [p for c, p in layers if c == "SimpleLine" and p.get("line_style") == "dash"]
    assert dashed and float(dashed[0]["line_width"]) >= 1.0


@pytest.mark.parametrize("key", KEYS)
def test_outlines_are_not_thin_or_pale(key):
    """Buurt borders stay visible on a projector: dark outlines, or light ones on the darkest fills."""
    for label, _f, layers in rules(key):
        for cls, props in layers:
            if cls == "SimpleFill" and props.get("outline_style") != "no":
                assert float(props["outline_width"]) >= 0.26
                outline = lab(hex_to_linear(rgb_to_hex(props["outline_color"])))[0]
                fill = lab(hex_to_linear(rgb_to_hex(props["color"])))[0]
                assert outline < 50 or (fill < 40 and outline - fill >= 35), (label, outline, fill)


def test_dark_focus_cells_have_a_light_outline():
    outlines = {}
    for label, _f, layers in rules("focus"):
        for cls, props in layers:
            if cls == "SimpleFill" and label[:1].isdigit():
                fill = lab(hex_to_linear(rgb_to_hex(props["color"])))[0]
                outline = lab(hex_to_linear(rgb_to_hex(props["outline_color"])))[0]
                outlines[int(label[0])] = (fill, outline)
    assert set(outlines) == set(range(1, 10))
    for cell in (8, 9):  # the near-black cells: the border must be lighter than the fill
        fill, outline = outlines[cell]
        assert outline - fill >= 35, (cell, fill, outline)
    assert outlines[1][1] < 50  # the light cells keep the dark outline


def test_legend_labels_are_dutch_and_fixed_breaks():
    assert list(class_colours("signaal")) == [
        "Veerkracht onder druk", "Problemen nemen toe", "Veerkrachtig", "Gunstige ontwikkeling", "Stabiel"]
    filters = [f for _l, f, _layers in rules("kwetsbaar_niveau")]
    assert filters[:5] == ['"vk_k_niveau" > 1', '"vk_k_niveau" > 0.25 AND "vk_k_niveau" <= 1',
                           '"vk_k_niveau" >= -0.25 AND "vk_k_niveau" <= 0.25',
                           '"vk_k_niveau" >= -1 AND "vk_k_niveau" < -0.25', '"vk_k_niveau" < -1']
    assert list(class_colours("score"))[0].startswith("Veel beter dan verwacht")
    assert list(class_colours("overlast_ontwikkeling"))[2].startswith("Stabiel")


def rgb(hex_colour):
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def props_rgb(props, name="color"):
    return tuple(int(v) for v in props[name].split(",")[:3])


@pytest.mark.parametrize("key, field", [("signaal", "vk_klasse"), ("signaal_relatief", "vk_klasse_rel")])
def test_committed_signal_styles_are_the_one_palette(key, field):
    """styles/signaal*.qml are core.palette: its class colours in method.LEGEND_ORDER, with the Dutch labels
    of method.CLASS_LABELS_NL, so the maps, the dock and the report show the same colours."""
    from veerkracht_plugin.core.method import CLASS_LABELS_NL, LEGEND_ORDER
    from veerkracht_plugin.core.palette import CLASS_COLORS, OUTLINE, SIGNAL_MARKER

    found = rules(key)
    classes = [code for code in LEGEND_ORDER if code != "geen_gegevens"]
    for (label, expression, layers), code in zip(found, classes):
        assert expression == f'"{field}" = \'{code}\''
        assert label == CLASS_LABELS_NL[code]
        assert [c for c, _p in layers] == ["SimpleFill"]
        assert props_rgb(layers[0][1]) == rgb(CLASS_COLORS[code]), code
        assert props_rgb(layers[0][1], "outline_color") == rgb(OUTLINE), code
    label, _expression, layers = found[len(classes)]
    assert label.startswith(CLASS_LABELS_NL["geen_gegevens"] + " (")
    assert props_rgb(layers[0][1]) == rgb(CLASS_COLORS["geen_gegevens"])
    marker = ",".join(str(v) for v in rgb(SIGNAL_MARKER))
    assert f'<prop k="color" v="{marker},255"/>' in (STYLES / f"{key}.qml").read_text(encoding="utf-8")


@pytest.mark.parametrize("key", KEYS)
def test_committed_no_data_hatch_is_the_palette(key):
    """Every map hatches "Onvoldoende gegevens" in core.palette.NO_DATA_HATCH (also the focus legend's swatch)."""
    from veerkracht_plugin.core.palette import NO_DATA_HATCH

    root = ET.parse(STYLES / f"{key}.qml").getroot()
    hatches = [layer for layer in root.iter("layer") if layer.get("class") == "LinePatternFill"]
    assert hatches
    for hatch in hatches:
        lines = [{p.get("k"): p.get("v") for p in line.findall("prop")} for line in hatch.iter("layer")
                 if line.get("class") == "SimpleLine"]
        assert [props_rgb(props, "line_color") for props in lines] == [rgb(NO_DATA_HATCH)]


def test_dock_chip_colours_match_the_signal_map_style():
    """The class chip in the dock must show the colour the room sees on the projected map."""
    import re

    from tests.paths import PLUGIN_DIR
    from veerkracht_plugin.core.palette import CLASS_COLORS

    qml = (PLUGIN_DIR / "styles" / "signaal.qml").read_text(encoding="utf-8")
    for code in ("onder_druk", "problemen", "veerkrachtig", "gunstig", "stabiel"):
        rule = re.search(rf'<rule [^>]*filter="[^"]*{code}[^"]*"[^>]*symbol="(\d+)"', qml)
        assert rule, code
        symbol = re.search(rf'<symbol [^>]*name="{rule.group(1)}"[^>]*>(.*?)</symbol>', qml, re.S).group(1)
        colors = re.findall(r'(?:k|name)="color" v(?:alue)?="(\d+),(\d+),(\d+),\d+"', symbol)
        expected = tuple(int(CLASS_COLORS[code][i:i + 2], 16) for i in (1, 3, 5))
        assert expected in {tuple(map(int, c)) for c in colors}, (code, colors[:3])


@pytest.mark.parametrize("key", KEYS)
def test_buurt_outlines_become_hairlines_when_zoomed_out(key):
    """Beyond 1:300,000 (a province, the country) buurt outlines are hairlines: readable and fast."""
    outlines = 0
    for label, _f, layers in rules(key):
        for cls, props in layers:
            buurt_outline = (cls == "SimpleFill" and props.get("outline_style") != "no") or (
                cls == "SimpleLine" and props.get("line_width") == "0.3")
            if buurt_outline:
                outlines += 1
                assert props.get("dd:outlineWidth") == "if(@map_scale > 300000, 0, 0.3)", (key, label, cls)
    assert outlines >= 2


@pytest.mark.parametrize("key", ["signaal", "signaal_relatief", "corporatiebezit"])
def test_markers_shrink_when_zoomed_out(key):
    """Nationally the early-warning markers (and corporatiebuurt outlines) would cover the classes."""
    text = (STYLES / f"{key}.qml").read_text(encoding="utf-8")
    expected = ["if(@map_scale > 300000, 0.5, 1.6)"] if key == "corporatiebezit" else [
        "if(@map_scale > 300000, 2.4, 5.5)", "if(@map_scale > 300000, 0.4, 1.5)",
        "if(@map_scale > 300000, 0.6, 2.0)"]
    for expression in expected:
        assert expression in text, (key, expression)


def test_the_palette_follows_the_legend_order_and_the_tag_fields():
    from veerkracht_plugin.core.fields import HP_FIELDS
    from veerkracht_plugin.core.method import LEGEND_ORDER
    from veerkracht_plugin.core.palette import CLASS_COLORS, STRATEGY_COLORS

    assert tuple(CLASS_COLORS) == LEGEND_ORDER
    assert sorted(STRATEGY_COLORS) == sorted(HP_FIELDS)
