"""The tags of the buurten as a table for the wijkteam: one row per buurt, Dutch column headings.

:func:`tag_table` takes the buurt layer's attributes (a DataFrame, any field names) and ``columns``, the
field that holds each :data:`COLUMNS` entry (``None``: not in the layer, the column stays empty). The
numbers are those of method.md §1 (the score's output fields) and the tags of method.md §4; nothing is
recomputed. The headings are Dutch in every interface language: the table is for the wijkteam.
"""

from .fields import HP_FIELDS, STAMP_FIELD, TEXT_FIELDS
from .lazy import lazy_module
from .method import CLASS_LABELS_NL

pd = lazy_module("pandas")

#: (key, Dutch heading, kind) in column order; kind: "text", "int" (whole numbers), "real", "bool"
COLUMNS = (
    ("buurtcode", "Buurtcode", "text"),
    ("buurtnaam", "Buurtnaam", "text"),
    ("wijknaam", "Wijk", "text"),
    ("gemeentenaam", "Gemeente", "text"),
    ("vk_klasse", "Klasse", "text"),
    ("vk_signaal", "Vroeg signaal", "bool"),
    ("inwoners", "Inwoners", "int"),
    ("huishoudens", "Huishoudens", "int"),
    ("vk_dk", "Verandering kwetsbaarheid (ΔK)", "real"),
    ("vk_dp", "Verandering problemen (ΔP)", "real"),
    ("vk_k_niveau", "Niveau kwetsbaarheid (K)", "real"),
    ("vk_p_niveau", "Niveau problemen (P)", "real"),
    ("vk_score", "Score", "real"),
    ("vk_hp_sociaal", "Sociale aanpak (0-3)", "int"),
    ("vk_hp_leefomgeving", "Leefomgeving (0-3)", "int"),
    ("vk_hp_woningprogramma", "Woningprogramma (0-3)", "int"),
    ("vk_hp_herpositionering", "Herpositionering bestaande voorraad (0-3)", "int"),
    ("vk_probleemanalyse", "Probleemanalyse", "text"),
    ("vk_succes", "Succes", "text"),
    ("vk_partners", "Partners", "text"),
    (STAMP_FIELD, "Bijgewerkt", "text"),
)
HEADINGS = {key: heading for key, heading, _kind in COLUMNS}
KINDS = {heading: kind for _key, heading, kind in COLUMNS}
TAG_KEYS = (*HP_FIELDS, *TEXT_FIELDS)



def _class_label(code):
    return CLASS_LABELS_NL.get(code, code) if code not in (None, "") else None


def _missing(value):
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _convert(value, kind):
    if _missing(value) or (isinstance(value, str) and not value.strip() and kind != "text"):
        return None
    if kind == "int":
        try:
            number = float(value)
        except (TypeError, ValueError):
            return None
        return None if number <= -99990 else int(round(number))  # a CBS sentinel is no number
    if kind == "real":
        try:
            number = float(value)
        except (TypeError, ValueError):
            return None
        return None if number <= -99990 else number
    if kind == "bool":
        if isinstance(value, str):
            return "ja" if value.strip().lower() in ("1", "true", "t", "ja", "yes") else "nee"
        return "ja" if bool(value) else "nee"
    text = str(value).strip()
    return text or None


def tag_table(frame, columns, only_tagged=False):
    """One row per buurt (in the order of ``frame``) with the Dutch headings of :data:`COLUMNS`.

    ``columns``: key of :data:`COLUMNS` -> field of ``frame`` (or None). ``only_tagged``: only the buurten
    with at least one handelingsperspectief or text. The class is the legend's label ("Veerkracht onder
    druk"); an intensity not yet discussed stays empty (not 0); the early warning is "ja"/"nee"."""
    rows = {}
    dtypes = {"int": "Int64", "real": "float64"}  # whole numbers stay whole, missing stays missing
    for key, heading, kind in COLUMNS:
        field = columns.get(key)
        if field is None or field not in frame.columns:
            values = [None] * len(frame)
        else:
            values = [_convert(value, kind) for value in frame[field]]
        if key == "vk_klasse":
            values = [_class_label(value) for value in values]
        rows[heading] = pd.Series(values, dtype=dtypes.get(kind, object))
    table = pd.DataFrame(rows, columns=[heading for _key, heading, _kind in COLUMNS])
    if only_tagged:
        tagged = table[[HEADINGS[key] for key in TAG_KEYS]].notna().any(axis=1)
        table = table[tagged.to_numpy()]
    return table.reset_index(drop=True)


def tagged_count(table):
    """How many rows of a :func:`tag_table` hold at least one tag."""
    if table.empty:
        return 0
    return int(table[[HEADINGS[key] for key in TAG_KEYS]].notna().any(axis=1).sum())


def write_csv(table, path):
    """The table as CSV the way Dutch spreadsheets open it: ';' between fields, decimal comma, UTF-8 with
    a byte order mark (Excel then reads ΔK and ë right)."""
    table.to_csv(path, sep=";", decimal=",", index=False, encoding="utf-8-sig", float_format="%.3f")
