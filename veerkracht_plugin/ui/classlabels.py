"""The class labels the dock and the presentation show: one source with the map legends.

The label of a class is the label of the map legends (styles/signaal.qml, written by scripts/make_styles.py
from ``method.CLASS_LABELS_NL``), in every interface language, so that a chip next to a legend always reads
the same. :data:`CLASS_MEANINGS` explains each class in the interface language (tooltips).
"""

from ..core.messages import N_
from ..core.method import CLASS_LABELS_NL, CLASSES, LEGEND_ORDER

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
    (Dutch as the maps are: 'Veerkracht onder druk'), in every interface language. The class names are the
    method's own terms (method.md §1), like buurt and wijk. Unknown codes are shown as they are; no code
    gives ''."""
    if code in CLASS_LABELS_NL:
        return CLASS_LABELS_NL[code]
    return str(code) if code not in (None, "") else ""
