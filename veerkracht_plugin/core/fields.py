"""The vk_ fields the plugin writes into a buurt layer: one list per writer, for every reader.

Output field names are public contracts (method.md): ``veerkracht:score`` writes :data:`SCORE_FIELDS`
(``method.OUTPUT_FIELDS``), ``veerkracht:balance`` :data:`BALANCE_FIELDS` (``balance.BUURT_FIELDS``), and the
dock's handelingsperspectieven panel the tag fields (method.md §4). The dock's inspector and the report
read them from here instead of spelling them out again.
"""

from .balance import BUURT_FIELDS
from .method import OUTPUT_FIELDS

#: what veerkracht:score writes, in output order
SCORE_FIELDS = tuple(OUTPUT_FIELDS)
#: what veerkracht:balance adds to the buurten, in output order
BALANCE_FIELDS = tuple(name for name, _kind in BUURT_FIELDS)

#: the four handelingsperspectieven (intensity 0-3 per buurt), in the order of method.md §4
HP_FIELDS = ("vk_hp_sociaal", "vk_hp_leefomgeving", "vk_hp_woningprogramma", "vk_hp_herpositionering")
#: the free-text tags of a buurt
TEXT_FIELDS = ("vk_probleemanalyse", "vk_succes", "vk_partners")
#: when the tags of a buurt were last changed
STAMP_FIELD = "vk_bijgewerkt"
#: every field the tags panel writes
TAG_FIELDS = (*HP_FIELDS, *TEXT_FIELDS, STAMP_FIELD)
