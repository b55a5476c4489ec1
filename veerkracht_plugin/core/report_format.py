"""Numbers, names and frame helpers of the report texts (:mod:`.report_text`), without QGIS.

Numbers go through the one number-or-dash formatter, :func:`.messages.format_number_or_dash`: ``lang``
``nl`` writes ``1.234`` and ``0,45``, otherwise ``1,234`` and ``0.45``; a missing value is '–'.
"""

import math

import numpy as np
import pandas as pd

from .messages import DASH, N_, format_number_or_dash
from .method import CLASSES, LEGEND_ORDER

#: class labels (English source; the Dutch translation is the label of method.md)
CLASS_LABELS = CLASSES

#: names listed in a sentence before "and {n} more"
MAX_NAMES = 8


def _identity(text):
    return text


def plural(n, one, many):
    """The template for ``n`` items: ``one`` for exactly 1, ``many`` otherwise (Dutch and English)."""
    return one if n == 1 else many


# --- numbers -------------------------------------------------------------------------------------


def _missing(value):
    if value is None or value is pd.NA:
        return True
    try:
        return math.isnan(float(value))
    except (TypeError, ValueError):
        return False


def _decimal(lang):
    return "," if lang == "nl" else "."


def fmt_int(value, lang="en"):
    """An integer with thousands separators: 12,345 (en) or 12.345 (nl); missing -> '–'."""
    return format_number_or_dash(value, 0, _decimal(lang))


def fmt_num(value, digits=2, lang="en"):
    """A decimal number: 0.45 (en) or 0,45 (nl); missing -> '–'."""
    return format_number_or_dash(value, digits, _decimal(lang))


def fmt_pct(value, digits=0, lang="en"):
    """A percentage (value in percent): 45% / 45,5%; missing -> '–'."""
    text = fmt_num(value, digits, lang)
    return text if text == DASH else text + "%"


def as_percent(values):
    """Shares as floats in percent (veerkracht:balance writes every share as a percentage 0–100)."""
    return pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").astype(float)


def hp_symbols(value):
    """A handelingsperspectief tag 0–3 as three dots: 0 '○○○', 2 '●●○', 3 '●●●'; missing -> ''."""
    if _missing(value):
        return ""
    level = max(0, min(3, int(round(float(value)))))
    return "●" * level + "○" * (3 - level)


def join_names(names, translate=_identity, limit=MAX_NAMES):
    """'A, B and C' (translated 'and'); beyond ``limit`` names: 'A, B and 5 more'."""
    names = [str(n) for n in names]
    if not names:
        return ""
    if len(names) > limit:
        rest = len(names) - limit
        more = translate(plural(rest, N_("{n} other"), N_("{n} others"))).format(n=rest)
        names = names[:limit] + [more]
    if len(names) == 1:
        return names[0]
    return translate(N_("{first} and {last}")).format(first=", ".join(names[:-1]), last=names[-1])


def class_label(code, translate=_identity):
    return translate(CLASS_LABELS.get(code, CLASS_LABELS["geen_gegevens"]))


# --- frame helpers -------------------------------------------------------------------------------


def _num(frame, column):
    if column not in frame:
        return pd.Series(np.nan, index=frame.index, dtype=float)
    return pd.to_numeric(frame[column], errors="coerce").astype(float)


def _klasse(frame, column="vk_klasse"):
    if column not in frame:
        return pd.Series("geen_gegevens", index=frame.index, dtype=object)
    values = frame[column].astype(object).where(frame[column].notna(), "geen_gegevens")
    return values.where(values.isin(LEGEND_ORDER), "geen_gegevens")


def _truthy(frame, column):
    if column not in frame:
        return pd.Series(False, index=frame.index)
    return frame[column].map(lambda v: _yes(v) is True)


def _names(frame):
    if "buurtnaam" in frame:
        names = frame["buurtnaam"].astype(object)
        return names.where(names.notna() & (names.astype(str).str.strip() != ""), frame.get("buurtcode"))
    return frame["buurtcode"].astype(object)


def _by_population(frame):
    """Rows sorted by inhabitants (largest first), ties by buurtcode."""
    order = pd.DataFrame({"pop": _num(frame, "inwoners").fillna(-1), "code": frame["buurtcode"].astype(str)})
    order = order.sort_values(["pop", "code"], ascending=[False, True], kind="mergesort")
    return frame.loc[order.index]


def _yes(value):
    if _missing(value):
        return None
    return str(value).strip().lower() in ("1", "true", "ja", "yes", "t")
