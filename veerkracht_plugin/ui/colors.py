"""Colours shared by the dock and the map styles: one place, colour-blind safe (Okabe-Ito based).

``CLASS_COLORS`` follows the class codes of ``vk_klasse`` (method.md §1). The palette is Okabe & Ito
(2008), chosen so that the five classes stay distinguishable with protanopia, deuteranopia and on a
washed-out projector: warm colours for "problems rise", cool colours for "problems do not rise".
``geen_gegevens`` is drawn as a hatched grey on maps (see ``NO_DATA_HATCH``).

The map styles (``styles/``) should import these constants instead of repeating hex codes.
"""

from ..core.messages import N_
from ..core.method import CLASS_LABELS_NL, CLASSES, LEGEND_ORDER

#: vk_klasse code -> fill colour (hex)
CLASS_COLORS = {
    "onder_druk": "#D55E00",  # vermillion: vulnerability and problems both rising
    "problemen": "#E69F00",  # orange: problems rising, vulnerability not
    "veerkrachtig": "#0072B2",  # blue: vulnerability rising, problems not (resilient)
    "gunstig": "#009E73",  # bluish green: problems falling
    "stabiel": "#CFCFCF",  # light grey: nothing moves much (same as styles/signaal.qml)
    "geen_gegevens": "#FFFFFF",  # white with grey hatch (NO_DATA_HATCH) on maps
}
NO_DATA_HATCH = "#8C8C8C"

#: order in legends
CLASS_ORDER = LEGEND_ORDER

#: vk_klasse code -> label (English source, Dutch labels of method.md in the translation)
CLASS_LABELS = CLASSES

#: vk_klasse code -> what the class means, in the interface language (tooltips)
CLASS_MEANINGS = {
    "onder_druk": N_("Vulnerable residents and problems both increase"),
    "veerkrachtig": N_("Vulnerable residents increase, problems do not"),
    "problemen": N_("Problems increase, vulnerable residents do not"),
    "gunstig": N_("Problems decrease"),
    "stabiel": N_("Little change in vulnerable residents or problems"),
    "geen_gegevens": N_("Too few inhabitants, missing figures or a changed boundary"),
}


def class_label(code):
    """The label of class ``code`` wherever the dock or presentation shows it: the label of the map legends
    (styles/signaal.qml, Dutch as the maps are: 'Veerkracht onder druk'), in every interface language, so
    that a chip next to a legend always reads the same. The class names are the method's own terms
    (method.md §1), like buurt and wijk; :data:`CLASS_MEANINGS` explains them in the interface language.
    Unknown codes are shown as they are; no code gives ''."""
    if code in CLASS_LABELS_NL:
        return CLASS_LABELS_NL[code]
    return str(code) if code not in (None, "") else ""

#: vk_reden code -> explanation
REASON_LABELS = {
    "klein": N_("too few inhabitants or households"),
    "ontbreekt": N_("an indicator is missing"),
    "indeling": N_("boundary changed"),
}

#: handelingsperspectief field -> glyph colour (Okabe-Ito), order = 2x2 grid row by row
STRATEGY_COLORS = {
    "vk_hp_sociaal": "#CC79A7",  # reddish purple: mens, omgaan met
    "vk_hp_leefomgeving": "#009E73",  # bluish green: fysiek, omgaan met
    "vk_hp_herpositionering": "#56B4E9",  # sky blue: mens, tegengaan van
    "vk_hp_woningprogramma": "#0072B2",  # blue: fysiek, tegengaan van
}


def text_color_on(hex_color):
    """Black or white, whichever reads better on ``hex_color`` (WCAG relative luminance)."""
    value = hex_color.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#000000" if luminance > 0.25 else "#FFFFFF"


#: zoomed out beyond 1:SMALL_SCALE (a province, the country) buurt outlines become hairlines and markers
#: shrink, in the nine map styles (scripts/make_styles.py) and the mix map alike
SMALL_SCALE = 300000


def by_scale(zoomed_out, normal):
    """Expression for a data-defined size: ``zoomed_out`` beyond 1:SMALL_SCALE, else ``normal`` (also where
    there is no map scale, as in legends)."""
    return f"if(@map_scale > {SMALL_SCALE}, {zoomed_out}, {normal})"
