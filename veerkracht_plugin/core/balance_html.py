"""A one-page, self-contained HTML summary of a balance result (no external resources).

Every text is an English template marked with ``N_`` and passed through ``translate`` (the algorithm
passes ``tr``, so the page is Dutch when QGIS runs in Dutch). Numbers use ``decimal`` as decimal mark.
"""

import html
import math

from .balance import NORM_BREACH
from .balance_verdict import verdict
from .messages import N_, Message, format_count, format_number_or_dash

MAX_ROWS = 15


def _named(code, names):
    """'Apeldoorn (GM0200)' when the name is known, else the code."""
    code = "" if code is None else str(code)
    name = (names or {}).get(code.strip())
    return f"{name} ({code})" if name else code


def _area(row, t, names=None):
    """'Apeldoorn (GM0200)' for a gemeente row, 'regio R1' for a regio row."""
    if row.get("niveau") == "regio":
        return t(N_("regio {name}")).format(name=row["regio"])
    return _named(row["gemeente"], names)


def _chart(rows, target, t, decimal, names=None):
    """Inline SVG: social share before/after per area as bars, the target as a dashed line."""
    if not rows:
        return ""
    bar, gap, label_w, width = 14, 14, 150, 560
    scale_w = width - label_w - 60
    top = max([target] + [r["aandeel_voor"] or 0 for r in rows] + [r["aandeel_na"] or 0 for r in rows])
    top = max(10.0, math.ceil(top / 10.0) * 10.0)
    height = 30 + len(rows) * (2 * bar + gap) + 30
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="{html.escape(t(N_("Social-rent share before and after, against the target")))}">',
        '<style>text{font:12px sans-serif;fill:#222}</style>',
    ]
    x = label_w + scale_w * target / top
    y_end = 24 + len(rows) * (2 * bar + gap)
    parts.append(
        f'<line x1="{x:.1f}" y1="16" x2="{x:.1f}" y2="{y_end}" stroke="#d95f02" stroke-width="2" '
        f'stroke-dasharray="5,3"/>'
        f'<text x="{x + 3:.1f}" y="12" fill="#d95f02" style="fill:#d95f02">'
        f'{html.escape(t(N_("target")))} {format_number_or_dash(target, 0, decimal)} %</text>'
    )
    y = 24
    for r in rows:
        name = html.escape(_area(r, t, names))
        parts.append(f'<text x="0" y="{y + bar + 4}">{name}</text>')
        for key, colour, dy in (("aandeel_voor", "#9e9e9e", 0), ("aandeel_na", "#1f78b4", bar)):
            value = r[key]
            if value is None or (isinstance(value, float) and math.isnan(value)):
                continue
            w = scale_w * value / top
            shown = format_number_or_dash(value, 1, decimal)
            parts.append(
                f'<rect x="{label_w}" y="{y + dy}" width="{w:.1f}" height="{bar - 2}" fill="{colour}"/>'
                f'<text x="{label_w + scale_w + 10}" y="{y + dy + bar - 4}">{shown} %</text>'
            )
        y += 2 * bar + gap
    legend_y = y + 16
    parts.append(
        f'<rect x="{label_w}" y="{legend_y - 10}" width="12" height="12" fill="#9e9e9e"/>'
        f'<text x="{label_w + 16}" y="{legend_y}">{html.escape(t(N_("before")))}</text>'
        f'<rect x="{label_w + 90}" y="{legend_y - 10}" width="12" height="12" fill="#1f78b4"/>'
        f'<text x="{label_w + 106}" y="{legend_y}">{html.escape(t(N_("after")))}</text>'
    )
    parts.append("</svg>")
    return "".join(parts)


def html_summary(result, translate=None, decimal=".", names=None):
    """The HTML page for a :class:`~veerkracht_plugin.core.balance.BalanceResult`.

    ``names``: optional {code: name} for buurten and gemeenten, shown as 'name (code)'.
    """
    page = _Page(translate, decimal, names)
    summary = result.summary.to_dict("records")
    out = _verdict(page, result, summary)
    out += _stock_table(page, summary, result.parameters.target_social_share)
    out += _allocation_table(page, result, summary)
    out += _shift_table(page, result.model)
    out += _tipping_table(page, result.model)
    out += _compensation_table(page, result.model)
    out += _measures_table(page, result.measures)
    out += _notes(page, result)
    p = result.parameters
    out.append(
        "<p class=\"small\">"
        + page.esc(page.t(N_("Parameters: target {target} %, turnover {turnover} % per year, horizon {horizon} years, "
                             "threshold {threshold} %, relative risk {risk}, allocation share {allocation} %. "
                             "Method: Veerkracht, docs/balance.md.")).format(
            target=page.num(p.target_social_share, 1), turnover=page.num(p.turnover, 1), horizon=page.num(p.horizon),
            threshold=page.num(p.concentration_threshold, 1), risk=page.num(p.relative_risk, 1),
            allocation=page.num(p.allocation_share, 1)))
        + "</p></body></html>"
    )
    return "\n".join(out)


class _Page:
    """The translation, decimal mark and names of one page, and its small text helpers."""

    def __init__(self, translate, decimal, names):
        self.t = translate or (lambda text: text)
        self.decimal = decimal
        self.names = names

    def num(self, value, digits=0):
        return format_number_or_dash(value, digits, self.decimal)

    @staticmethod
    def esc(text):
        return html.escape(str(text))

    def named(self, message):
        """'Gemeente Apeldoorn (GM0200): …' instead of 'Gemeente GM0200: …'."""
        if "area" not in message.values:
            return message
        return Message(message.template, **dict(message.values, area=_named(message.values["area"], self.names)))

    def message(self, message):
        return self.esc(self.named(message).format(self.t, self.decimal))

    def header_row(self, labels):
        return "<tr>" + "".join(f"<th>{self.esc(self.t(label))}</th>" for label in labels) + "</tr>"


def _verdict(page, result, summary):
    """The head of the page: title, the one verdict (feasibility, target, norms), the main numbers and the
    chart."""
    t, esc, num = page.t, page.esc, page.num
    p = result.parameters
    scenario = result.scenario or t(N_("(unnamed)"))
    names = {code: _named(code, page.names) for code in {str(r.get("gemeente") or "") for r in summary}}
    judged = verdict(summary, names)
    feasible_word = t(N_("Feasible")) if judged.feasible else t(N_("Not feasible"))
    target_word = {True: t(N_("met")), False: t(N_("not met")), None: "–"}[judged.target_met]
    return [
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">",
        f"<title>{esc(t(N_('Citywide balance')))} – {esc(scenario)}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:1.5em auto;color:#222;line-height:1.4}"
        "table{border-collapse:collapse;margin:.5em 0 1em}th,td{border:1px solid #bbb;padding:.2em .5em}"
        "td.n{text-align:right}th{background:#eee}.bad{color:#b2182b;font-weight:bold}"
        ".ok{color:#1b7837;font-weight:bold}.small{font-size:.85em;color:#555}"
        "table.verdict td,table.verdict th{border:none;text-align:left;vertical-align:top;padding:.2em .8em .2em 0}"
        "table.verdict th{background:none}</style></head><body>",
        f"<h1>{esc(t(N_('Citywide balance')))}: {esc(scenario)}</h1>",
        "<table class=\"verdict\">"
        f"<tr><th>{esc(t(N_('Feasibility')))}</th><td class=\"{'ok' if judged.feasible else 'bad'}\" "
        f"id=\"verdict\">{esc(feasible_word)}</td><td>{page.message(judged.reason)}</td></tr>"
        f"<tr><th>{esc(t(N_('Social-rent target')))}</th><td id=\"target\">{esc(target_word)}</td>"
        f"<td>{page.message(judged.target)}</td></tr>"
        + "".join(f"<tr><th>{esc(t(N_('Norm')))}</th><td></td><td>{page.message(m)}</td></tr>" for m in judged.norms)
        + "</table>",
        "<p>"
        + esc(
            t(N_("{n} measure(s); {k} buurt(en) cross the concentration threshold within {years} years.")).format(
                n=len(result.measures),
                k=num(result.buurten_kantelen),
                years=num(p.horizon),
            )
        )
        + "</p>",
        f"<h2>{esc(t(N_('Social rent per area')))}</h2>",
        _chart(summary, p.target_social_share, t, page.decimal, page.names),
    ]


def _stock_table(page, summary, target):
    """Social rent per area: stock before and after, gap to target, compensation, new build."""
    t, esc, num = page.t, page.esc, page.num
    head = (
        (N_("Area"), None),
        (N_("Dwellings before"), "woningen_voor"),
        (N_("Dwellings after"), "woningen_na"),
        (N_("Social rent before"), "sociale_huur_voor"),
        (N_("Social rent after"), "sociale_huur_na"),
        (N_("Share before (%)"), "aandeel_voor"),
        (N_("Share after (%)"), "aandeel_na"),
        (N_("Gap to target"), "tekort"),
        (N_("Compensation needed"), "compensatie_nodig"),
        (N_("New build social (%)"), "nieuwbouw_sociaal_aandeel"),
        (N_("New build affordable (%)"), "nieuwbouw_betaalbaar_aandeel"),
    )
    share_keys = {"aandeel_voor", "aandeel_na", "nieuwbouw_sociaal_aandeel", "nieuwbouw_betaalbaar_aandeel"}
    out = ["<table>" + page.header_row(label for label, _k in head)]
    for r in summary:
        cells = [f"<td>{esc(_area(r, t, page.names))}</td>"]
        for _label, key in head[1:]:
            cells.append(f"<td class=\"n\">{num(r[key], 1 if key in share_keys else 0)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    out.append(
        "<p class=\"small\">"
        + esc(
            t(N_("Target: {target} % social rent. New build: at least two thirds affordable (social rent plus "
                 "particuliere huur).")).format(target=num(target))
        )
        + "<br>"
        + esc(
            t(N_("Gap to target: the social dwellings missing after the scenario to reach the target share (0: the "
                 "target is met). Compensation needed: the social dwellings the measures remove on balance (sloop, "
                 "verkoop and liberalisatie minus nieuwbouw and aankoop of sociale huur); they should come back "
                 "elsewhere, also when the target is still met."))
        )
        + "</p>"
    )
    return out


def _allocation_table(page, result, summary):
    """Allocation to aandachtsgroepen per area (the waterbed), then the infeasibility messages."""
    t, esc, num = page.t, page.esc, page.num
    out = [f"<h2>{esc(t(N_('Allocation to aandachtsgroepen (waterbed)')))}</h2>"]
    head = (
        (N_("Area"), None),
        (N_("Placements per year before"), "plaatsingen"),
        (N_("Placements per year after"), "plaatsingen_na"),
        (N_("Change elsewhere (percentage points)"), "delta_toewijzing"),
        (N_("Cannot be placed"), "niet_plaatsbaar"),
        (N_("Feasible"), "haalbaar"),
        (N_("Buurten crossing the threshold"), "buurten_kantelen"),
    )
    out.append("<table>" + page.header_row(label for label, _k in head))
    for r in summary:
        cells = [f"<td>{esc(_area(r, t, page.names))}</td>"]
        for _label, key in head[1:]:
            if key == "haalbaar":
                cells.append(f"<td>{esc(t(N_('yes')) if r[key] else t(N_('no')))}</td>")
            else:
                shown = num(r[key], 1) if key == "delta_toewijzing" else format_count(r[key], page.decimal)
                cells.append(f"<td class=\"n\">{shown}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    if result.infeasibility:
        out.append("<ul>" + "".join(f"<li class=\"bad\">{page.message(m)}</li>" for m in result.infeasibility)
                   + "</ul>")
    return out


def _shift_table(page, model):
    """The ten buurten whose placements shift most."""
    esc, num = page.esc, page.num
    shift = (model["P_na"] - model["P_voor"]).where(model["valid"])
    moved = shift[shift.abs() > 0.05].abs().sort_values(ascending=False).index[:10]
    if not len(moved):
        return []
    out = [f"<h3>{esc(page.t(N_('Where the placements shift (largest changes)')))}</h3><table>"
           + page.header_row((N_("Buurt"), N_("Placements per year before"), N_("Placements per year after"),
                              N_("Allocation share before (%)"), N_("Allocation share after (%)")))]
    for key in moved:
        r = model.loc[key]
        out.append(f"<tr><td>{esc(_named(r['code'], page.names))}</td>"
                   f"<td class=\"n\">{format_count(r['P_voor'], page.decimal)}</td>"
                   f"<td class=\"n\">{format_count(r['P_na'], page.decimal)}</td>"
                   f"<td class=\"n\">{num(100 * r['a0'], 1)}</td>"
                   f"<td class=\"n\">{num(100 * r['a_na'], 1)}</td></tr>")
    out.append("</table>")
    return out


def _tipping_table(page, model):
    """The buurten that cross the concentration threshold (at most MAX_ROWS)."""
    esc, num = page.esc, page.num
    tipping = model[model["kantelt"].fillna(False).astype(bool)]
    if not len(tipping):
        return []
    out = [f"<h2>{esc(page.t(N_('Buurten that cross the concentration threshold')))}</h2><table>"
           + page.header_row((N_("Buurt"), N_("Vulnerable now (%)"), N_("Vulnerable after (%)")))]
    for _i, r in tipping.head(MAX_ROWS).iterrows():
        out.append(f"<tr><td>{esc(_named(r['code'], page.names))}</td><td class=\"n\">{num(100 * r['v'], 1)}</td>"
                   f"<td class=\"n\">{num(100 * r['vH'], 1)}</td></tr>")
    out.append("</table>")
    return out


def _compensation_table(page, model):
    """The suggested compensation per candidate buurt (at most MAX_ROWS)."""
    esc, num = page.esc, page.num
    candidates = model[model["compensatie"] > 0].sort_values(["gemeente", "rank"])
    if not len(candidates):
        return []
    out = [f"<h2>{esc(page.t(N_('Suggested compensation')))}</h2><table>"
           + page.header_row((N_("Buurt"), N_("Gemeente"), N_("Room below the target"),
                              N_("Suggested extra social dwellings")))]
    for _i, r in candidates.head(MAX_ROWS).iterrows():
        out.append(f"<tr><td>{esc(_named(r['code'], page.names))}</td>"
                   f"<td>{esc(_named(r['gemeente'], page.names))}</td>"
                   f"<td class=\"n\">{num(r['room'], 0)}</td><td class=\"n\">{num(r['compensatie'])}</td></tr>")
    out.append("</table>")
    total = int(candidates["compensatie"].sum())
    if len(candidates) > MAX_ROWS:
        shown = int(candidates.head(MAX_ROWS)["compensatie"].sum())
        note = page.t(N_("The {shown_n} candidate buurten with the most room, of {n}; they take {shown} of the "
                         "{total} social dwellings, the others the rest.")).format(
            shown_n=MAX_ROWS, n=len(candidates), shown=page.num(shown), total=page.num(total))
    else:
        note = page.t(N_("All {n} candidate buurten; together {total} social dwellings. Candidates: valid buurten "
                         "below the target, not under pressure and not at 100 % of their social vacancies for "
                         "aandachtsgroepen.")).format(n=len(candidates), total=page.num(total))
    out.append("<p class=\"small\">" + esc(note) + "</p>")
    return out


def _measures_table(page, measures):
    """The measures of the scenario as the user wrote them (the first 50 rows)."""
    if not len(measures):
        return []
    out = [f"<h2>{page.esc(page.t(N_('Measures')))}</h2><table>"
           + page.header_row((N_("Row"), N_("Buurt"), N_("Measure"), N_("Segment"), N_("Number"), N_("Share"),
                              N_("Explanation")))]
    for r in measures.head(50).to_dict("records"):
        r = dict(r, buurtcode=_named(r["buurtcode"], page.names))
        out.append("<tr>" + "".join(f"<td>{page.esc(r[k])}</td>" for k in (
            "row", "buurtcode", "maatregel", "segment", "aantal", "aandeel", "toelichting")) + "</tr>")
    out.append("</table>")
    return out


def _notes(page, result):
    """The warnings that are neither infeasibility nor a norm breach (those are shown above)."""
    warnings = [m for m in result.messages if m not in result.infeasibility and m.template != NORM_BREACH]
    if not warnings:
        return []
    return [f"<h2>{page.esc(page.t(N_('Notes')))}</h2><ul>"
            + "".join(f"<li>{page.message(m)}</li>" for m in warnings) + "</ul>"]
