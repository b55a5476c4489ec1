"""The one palette of the maps, the dock and the report: colour-blind safe (Okabe & Ito 2008).

``CLASS_COLORS`` follows the class codes of ``vk_klasse`` (method.md §1), in the legend order
(``method.LEGEND_ORDER``): warm colours for "problems rise", cool colours for "problems do not rise", so
the five classes stay distinguishable with protanopia, deuteranopia and on a washed-out projector
(docs/maps.md). ``geen_gegevens`` is white with a grey hatch (``NO_DATA_HATCH``) on the maps.

``scripts/make_styles.py`` writes these colours and the Dutch labels of ``method.CLASS_LABELS_NL`` into the
QML styles; ``tests/unit/test_map_palettes.py`` checks that the committed styles still equal them.
"""

#: vk_klasse code -> fill colour (hex), in legend order (method.LEGEND_ORDER)
CLASS_COLORS = {
    "onder_druk": "#D55E00",  # vermillion: vulnerability and problems both rising
    "problemen": "#E69F00",  # orange: problems rising, vulnerability not
    "veerkrachtig": "#0072B2",  # blue: vulnerability rising, problems not (resilient)
    "gunstig": "#009E73",  # bluish green: problems falling
    "stabiel": "#CFCFCF",  # light grey: nothing moves much
    "geen_gegevens": "#FFFFFF",  # white with the grey hatch NO_DATA_HATCH on maps
}

#: the diagonal hatch of "Onvoldoende gegevens" on every map (and its swatch in the focus legend and the dock)
NO_DATA_HATCH = "#7A7A7A"
#: buurt outlines: dark grey, visible on a projector but quieter than black
OUTLINE = "#404040"
#: the early-warning marker (vk_signaal) on the two signal maps: Okabe-Ito yellow
SIGNAL_MARKER = "#F0E442"

#: handelingsperspectief field -> glyph colour (Okabe-Ito), order = 2x2 grid row by row
STRATEGY_COLORS = {
    "vk_hp_sociaal": "#CC79A7",  # reddish purple: mens, omgaan met
    "vk_hp_leefomgeving": "#009E73",  # bluish green: fysiek, omgaan met
    "vk_hp_herpositionering": "#56B4E9",  # sky blue: mens, tegengaan van
    "vk_hp_woningprogramma": "#0072B2",  # blue: fysiek, tegengaan van
}

#: zoomed out beyond 1:SMALL_SCALE (a province, the country) buurt outlines become hairlines and markers
#: shrink, in the nine map styles (scripts/make_styles.py) and the mix map alike
SMALL_SCALE = 300000


def by_scale(zoomed_out, normal):
    """Expression for a data-defined size: ``zoomed_out`` beyond 1:SMALL_SCALE, else ``normal`` (also where
    there is no map scale, as in legends)."""
    return f"if(@map_scale > {SMALL_SCALE}, {zoomed_out}, {normal})"


def text_color_on(hex_color):
    """Black or white, whichever reads better on ``hex_color`` (WCAG relative luminance)."""
    value = hex_color.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#000000" if luminance > 0.25 else "#FFFFFF"
