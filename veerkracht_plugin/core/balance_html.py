"""A one-page, self-contained HTML summary of a balance result (no external resources).

Every text is an English template marked with ``N_`` and passed through ``translate`` (the algorithm
passes ``tr``, so the page is Dutch when QGIS runs in Dutch). Numbers use ``decimal`` as decimal mark.
"""

import html
import math

from .balance import NORM_BREACH
from .messages import N_, Message, format_number

MAX_ROWS = 15


def _number(value, digits, decimal):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    try:
        value = float(value)
    except (TypeError, ValueError):
        return html.escape(str(value))
    return format_number(value, digits, decimal)


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
        f'{html.escape(t(N_("target")))} {_number(target, 0, decimal)} %</text>'
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
            parts.append(
                f'<rect x="{label_w}" y="{y + dy}" width="{w:.1f}" height="{bar - 2}" fill="{colour}"/>'
                f'<text x="{label_w + scale_w + 10}" y="{y + dy + bar - 4}">{_number(value, 1, decimal)} %</text>'
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
    t = translate or (lambda text: text)

    def num(value, digits=0):
        return _number(value, digits, decimal)

    def esc(text):
        return html.escape(str(text))

    p = result.parameters
    summary = result.summary.to_dict("records")
    scenario = result.scenario or t(N_("(unnamed)"))
    verdict = t(N_("The scenario is feasible.")) if result.haalbaar else t(N_("The scenario is NOT feasible."))
    def named(message):  # 'Gemeente Apeldoorn (GM0200): …' instead of 'Gemeente GM0200: …'
        if "area" not in message.values:
            return message
        return Message(message.template, **dict(message.values, area=_named(message.values["area"], names)))

    breaches = [named(m) for m in result.messages if m.template == NORM_BREACH]
    out = [
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">",
        f"<title>{esc(t(N_('Citywide balance')))} – {esc(scenario)}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:1.5em auto;color:#222;line-height:1.4}"
        "table{border-collapse:collapse;margin:.5em 0 1em}th,td{border:1px solid #bbb;padding:.2em .5em}"
        "td.n{text-align:right}th{background:#eee}.bad{color:#b2182b;font-weight:bold}"
        ".ok{color:#1b7837;font-weight:bold}.small{font-size:.85em;color:#555}</style></head><body>",
        f"<h1>{esc(t(N_('Citywide balance')))}: {esc(scenario)}</h1>",
        f"<p class=\"{'ok' if result.haalbaar else 'bad'}\">{esc(verdict)}</p>",
        "<p>"
        + esc(
            t(N_("{n} measure(s); compensation needed: {compensation} social dwellings; {k} buurt(en) cross the "
                 "concentration threshold within {years} years.")).format(
                n=len(result.measures),
                compensation=num(result.compensatie_nodig),
                k=num(result.buurten_kantelen),
                years=num(p.horizon),
            )
        )
        + "</p>",
        *[f"<p class=\"bad\">{esc(t(N_('Attention:')))} {esc(m.format(t, decimal))}</p>" for m in breaches],
        f"<h2>{esc(t(N_('Social rent per area')))}</h2>",
        _chart(summary, p.target_social_share, t, decimal, names),
    ]
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
    out.append("<table><tr>" + "".join(f"<th>{esc(t(label))}</th>" for label, _k in head) + "</tr>")
    for r in summary:
        cells = [f"<td>{esc(_area(r, t, names))}</td>"]
        for _label, key in head[1:]:
            cells.append(f"<td class=\"n\">{num(r[key], 1 if key in share_keys else 0)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    out.append(
        "<p class=\"small\">"
        + esc(
            t(N_("Target: {target} % social rent. New build: at least two thirds affordable (social rent plus "
                 "particuliere huur).")).format(target=num(p.target_social_share))
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

    out.append(f"<h2>{esc(t(N_('Allocation to aandachtsgroepen (waterbed)')))}</h2>")
    head2 = (
        (N_("Area"), None),
        (N_("Placements per year before"), "plaatsingen"),
        (N_("Placements per year after"), "plaatsingen_na"),
        (N_("Change elsewhere (percentage points)"), "delta_toewijzing"),
        (N_("Cannot be placed"), "niet_plaatsbaar"),
        (N_("Feasible"), "haalbaar"),
        (N_("Buurten crossing the threshold"), "buurten_kantelen"),
    )
    out.append("<table><tr>" + "".join(f"<th>{esc(t(label))}</th>" for label, _k in head2) + "</tr>")
    for r in summary:
        cells = [f"<td>{esc(_area(r, t, names))}</td>"]
        for _label, key in head2[1:]:
            if key == "haalbaar":
                cells.append(f"<td>{esc(t(N_('yes')) if r[key] else t(N_('no')))}</td>")
            else:
                cells.append(f"<td class=\"n\">{num(r[key], 0 if key == 'buurten_kantelen' else 1)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    if result.infeasibility:
        out.append("<ul>" + "".join(f"<li class=\"bad\">{esc(named(m).format(t, decimal))}</li>"
                                 for m in result.infeasibility)
                   + "</ul>")

    model = result.model
    shift = (model["P_na"] - model["P_voor"]).where(model["valid"])
    moved = shift[shift.abs() > 0.05].abs().sort_values(ascending=False).index[:10]
    if len(moved):
        out.append(f"<h3>{esc(t(N_('Where the placements shift (largest changes)')))}</h3><table><tr>"
                   f"<th>{esc(t(N_('Buurt')))}</th><th>{esc(t(N_('Placements per year before')))}</th>"
                   f"<th>{esc(t(N_('Placements per year after')))}</th>"
                   f"<th>{esc(t(N_('Allocation share before (%)')))}</th>"
                   f"<th>{esc(t(N_('Allocation share after (%)')))}</th></tr>")
        for key in moved:
            r = model.loc[key]
            out.append(f"<tr><td>{esc(_named(r['code'], names))}</td><td class=\"n\">{num(r['P_voor'], 1)}</td>"
                       f"<td class=\"n\">{num(r['P_na'], 1)}</td><td class=\"n\">{num(100 * r['a0'], 1)}</td>"
                       f"<td class=\"n\">{num(100 * r['a_na'], 1)}</td></tr>")
        out.append("</table>")
    tipping = model[model["kantelt"].fillna(False).astype(bool)]
    if len(tipping):
        out.append(f"<h2>{esc(t(N_('Buurten that cross the concentration threshold')))}</h2><table><tr>"
                   f"<th>{esc(t(N_('Buurt')))}</th><th>{esc(t(N_('Vulnerable now (%)')))}</th>"
                   f"<th>{esc(t(N_('Vulnerable after (%)')))}</th></tr>")
        for _i, r in tipping.head(MAX_ROWS).iterrows():
            out.append(f"<tr><td>{esc(_named(r['code'], names))}</td><td class=\"n\">{num(100 * r['v'], 1)}</td>"
                       f"<td class=\"n\">{num(100 * r['vH'], 1)}</td></tr>")
        out.append("</table>")
    candidates = model[model["compensatie"] > 0].sort_values(["gemeente", "rank"])
    if len(candidates):
        out.append(f"<h2>{esc(t(N_('Suggested compensation')))}</h2><table><tr>"
                   f"<th>{esc(t(N_('Buurt')))}</th><th>{esc(t(N_('Gemeente')))}</th>"
                   f"<th>{esc(t(N_('Room below the target')))}</th>"
                   f"<th>{esc(t(N_('Suggested extra social dwellings')))}</th></tr>")
        for _i, r in candidates.head(MAX_ROWS).iterrows():
            out.append(f"<tr><td>{esc(_named(r['code'], names))}</td><td>{esc(_named(r['gemeente'], names))}</td>"
                       f"<td class=\"n\">{num(r['room'], 0)}</td><td class=\"n\">{num(r['compensatie'])}</td></tr>")
        out.append("</table>")
        if len(candidates) > MAX_ROWS:
            out.append("<p class=\"small\">" + esc(t(N_("… and {n} more buurten.")).format(
                n=len(candidates) - MAX_ROWS)) + "</p>")

    if len(result.measures):
        out.append(f"<h2>{esc(t(N_('Measures')))}</h2><table><tr>"
                   + "".join(f"<th>{esc(t(label))}</th>" for label in (
                       N_("Row"), N_("Buurt"), N_("Measure"), N_("Segment"), N_("Number"), N_("Share"),
                       N_("Explanation")))
                   + "</tr>")
        for r in result.measures.head(50).to_dict("records"):
            r = dict(r, buurtcode=_named(r["buurtcode"], names))
            out.append("<tr>" + "".join(f"<td>{esc(r[k])}</td>" for k in (
                "row", "buurtcode", "maatregel", "segment", "aantal", "aandeel", "toelichting")) + "</tr>")
        out.append("</table>")
    warnings = [m for m in result.messages if m not in result.infeasibility and m.template != NORM_BREACH]
    if warnings:
        out.append(f"<h2>{esc(t(N_('Notes')))}</h2><ul>"
                   + "".join(f"<li>{esc(named(m).format(t, decimal))}</li>" for m in warnings) + "</ul>")
    out.append(
        "<p class=\"small\">"
        + esc(t(N_("Parameters: target {target} %, turnover {turnover} % per year, horizon {horizon} years, "
                   "threshold {threshold} %, relative risk {risk}, allocation share {allocation} %. "
                   "Method: Veerkracht, docs/balance.md.")).format(
            target=num(p.target_social_share, 1), turnover=num(p.turnover, 1), horizon=num(p.horizon),
            threshold=num(p.concentration_threshold, 1), risk=num(p.relative_risk, 1),
            allocation=num(p.allocation_share, 1)))
        + "</p></body></html>"
    )
    return "\n".join(out)
