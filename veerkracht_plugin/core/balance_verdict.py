"""The one verdict of a balance check (method.md v2 §3 step 4: "one verdict").

Every front end – the Processing log, the HTML summary, the summary table (``reden``), the report chapter
and the dock – shows the same three parts in this order, built here from the summary rows alone:

1. **feasibility** (`haalbaar`): feasible exactly when every placement of aandachtsgroepen has a place,
   with the reason in one sentence;
2. **the social-rent target**: met or not, with the share after and the gap (`tekort`) in place;
3. **the norms**: compensation needed (`compensatie_nodig`, explained in place) and the new-build
   programme against the two-thirds norm.

The parts are core Messages (English templates marked with ``N_``, numbers as Number/Count) so every
front end translates them and writes numbers with its own decimal mark. Households and dwellings are
whole numbers (:func:`.messages.format_count`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Iterable, List, Mapping

from .messages import N_, Count, Message, Number

#: how many areas a sentence names before it writes "…"
MAX_AREAS = 5
AFFORDABLE_NORM_PERCENT = 200.0 / 3.0


@dataclass
class Verdict:
    """The verdict of one scenario: ``feasible`` with ``reason``, ``target_met`` with ``target``, ``norms``."""

    feasible: bool
    reason: Message
    target_met: bool | None
    target: Message
    norms: List[Message] = field(default_factory=list)

    def messages(self) -> List[Message]:
        """The verdict's sentences in the order every front end shows them."""
        return [self.reason, self.target] + list(self.norms)

    def lines(self, translate=None, decimal=".") -> List[str]:
        return [m.format(translate, decimal) for m in self.messages()]


def _value(row, key, default=math.nan):
    value = row.get(key, default)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def _truth(value) -> bool | None:
    """A bool from a table cell (True, 'true', 1, 'ja' …); None when missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("true", "1", "yes", "ja", "t"):
            return True
        if text in ("false", "0", "no", "nee", "f"):
            return False
        return None
    try:
        return bool(value)
    except (TypeError, ValueError):
        return None


def _area(row) -> str:
    if str(row.get("niveau", "")) == "regio":
        return str(row.get("regio", "") or "")
    return str(row.get("gemeente", "") or "")


def _areas(rows, names=None) -> str:
    names = names or {}
    shown = [names.get(_area(r), _area(r)) for r in rows[:MAX_AREAS]]
    return ", ".join(shown) + (" …" if len(rows) > MAX_AREAS else "")


def row_reason(row) -> Message:
    """The feasibility of one summary row in one sentence."""
    placements = _value(row, "plaatsingen", 0.0)
    if _truth(row.get("haalbaar")) is not False:
        return Message(N_("Feasible: every placement of aandachtsgroepen ({n} per year) still finds a social "
                          "vacancy."), n=Count(placements))
    stuck = _value(row, "niet_plaatsbaar", 0.0)
    if stuck > 0:
        return Message(N_("Not feasible: {n} of the {total} placements of aandachtsgroepen per year find no social "
                          "vacancy, even with every buurt without toewijzing at 100 % of its vacancies."),
                       n=Count(stuck), total=Count(placements))
    return Message(N_("Not feasible: the toewijzing measures place more aandachtsgroepen per year than there are "
                      "today, and no other buurt can take fewer."))


def row_target(row) -> Message:
    """The social-rent target of one summary row in one sentence, with the gap (tekort) explained."""
    target, after, before = _value(row, "doel"), _value(row, "aandeel_na"), _value(row, "aandeel_voor")
    gap = _value(row, "tekort", 0.0)
    if gap <= 0:
        return Message(N_("Social-rent target {target} %: met – {after} % social rent after the scenario "
                          "({before} % before)."),
                       target=Number(target, 0), after=Number(after, 1), before=Number(before, 1))
    return Message(N_("Social-rent target {target} %: not met – {after} % social rent after the scenario ({before} % "
                      "before); {gap} social dwellings short of the target (tekort)."),
                   target=Number(target, 0), after=Number(after, 1), before=Number(before, 1), gap=Count(gap))


def verdict(rows: Iterable[Mapping], names: Mapping[str, str] | None = None) -> Verdict:
    """The verdict of one scenario from its summary rows (gemeente rows, with a regio field also regio rows).

    Feasibility is decided by the pools: the regio rows when there are any, else the gemeente rows. The target
    and the norms are per gemeente (the 30 % aim is per gemeente). ``names``: optional {code: name}.
    """
    rows = [dict(r) for r in rows]
    gemeenten = [r for r in rows if str(r.get("niveau", "gemeente")) != "regio"]
    regios = [r for r in rows if str(r.get("niveau", "")) == "regio"]
    pools = regios or gemeenten
    feasible = all(_truth(r.get("haalbaar")) is not False for r in pools)
    reason = _reason(pools, feasible, names)
    target_met, target = _target(gemeenten, names)
    return Verdict(feasible=feasible, reason=reason, target_met=target_met, target=target,
                   norms=_norms(gemeenten, names))


def _reason(pools, feasible, names):
    if len(pools) == 1:
        return row_reason(pools[0])
    placements = sum(_value(r, "plaatsingen", 0.0) for r in pools)
    if feasible:
        return Message(N_("Feasible: every placement of aandachtsgroepen ({n} per year) still finds a social "
                          "vacancy."), n=Count(placements))
    bad = [r for r in pools if _truth(r.get("haalbaar")) is False]
    stuck = sum(_value(r, "niet_plaatsbaar", 0.0) for r in bad)
    if stuck > 0:
        return Message(N_("Not feasible in {k} of {n} areas ({areas}): {stuck} placements of aandachtsgroepen per "
                          "year find no social vacancy, even with every buurt without toewijzing at 100 % of its "
                          "vacancies."), k=len(bad), n=len(pools), areas=_areas(bad, names), stuck=Count(stuck))
    return Message(N_("Not feasible in {k} of {n} areas ({areas}): the toewijzing measures place more "
                      "aandachtsgroepen per year than there are today."), k=len(bad), n=len(pools),
                   areas=_areas(bad, names))


def _target(gemeenten, names):
    if not gemeenten:
        return None, Message(N_("Social-rent target: no gemeente with data."))
    if len(gemeenten) == 1:
        return _value(gemeenten[0], "tekort", 0.0) <= 0, row_target(gemeenten[0])
    short = [r for r in gemeenten if _value(r, "tekort", 0.0) > 0]
    target = _value(gemeenten[0], "doel")
    if not short:
        return True, Message(N_("Social-rent target {target} %: met in all {n} gemeenten."), target=Number(target, 0),
                             n=len(gemeenten))
    return False, Message(N_("Social-rent target {target} %: not met in {k} of {n} gemeenten ({areas}); together "
                             "{gap} social dwellings short of the target (tekort)."),
                          target=Number(target, 0), k=len(short), n=len(gemeenten), areas=_areas(short, names),
                          gap=Count(sum(_value(r, "tekort", 0.0) for r in short)))


def _norms(gemeenten, names):
    norms = []
    need = sum(_value(r, "compensatie_nodig", 0.0) for r in gemeenten)
    if need > 0:
        norms.append(Message(N_("Compensation needed: the measures remove {n} social dwellings more than they add; "
                                "these should come back elsewhere in the city, also when the target is met "
                                "(compensatie nodig)."), n=Count(need)))
    below = [r for r in gemeenten if _value(r, "nieuwbouw", 0.0) > 0
             and _value(r, "nieuwbouw_betaalbaar_aandeel") < AFFORDABLE_NORM_PERCENT - 1e-9]
    for r in below[:MAX_AREAS]:
        norms.append(Message(N_("New build in {area}: {share} % affordable (sociale or particuliere huur), below the "
                                "two-thirds norm."), area=(names or {}).get(_area(r), _area(r)),
                             share=Number(_value(r, "nieuwbouw_betaalbaar_aandeel"), 1)))
    return norms
