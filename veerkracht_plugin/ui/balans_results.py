"""The result of a balance check in the "Scenario & balans" panel: the one verdict as two labelled lines
(feasibility with its reason, the social-rent target), the numbers of the checked scenarios side by side,
the buurten to note, and map highlights.

The verdict comes from :func:`..core.balance_verdict.verdict` on the summary table the algorithm wrote, the
same sentences as the log, the HTML summary and the report: the two lines can never disagree, and there
is no traffic light.
"""

from qgis.core import QgsFeatureRequest
from qgis.gui import QgsHighlight
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.balance_verdict import verdict
from ..core.messages import format_count, format_number_or_dash
from ..i18n import decimal_mark, tr
from ..qgisio.compat import REQUEST_NO_GEOMETRY

#: colours of the words "feasible" / "not feasible" (Okabe-Ito: bluish green, vermillion)
VERDICT_COLORS = {True: "#009E73", False: "#D55E00"}
#: how many compensation candidates the panel names
MAX_CANDIDATES = 6
#: a buurt at or above this allocation share (%) gives all its social vacancies to aandachtsgroepen
FULL_SHARE = 99.95


def _fmt(value, digits=1):
    return format_number_or_dash(value, digits, decimal_mark())


def _count(value):
    return format_count(value, decimal_mark())


def gemeente_row(summary):
    """The first gemeente row of a summary table (the first row when it has none)."""
    rows = summary[summary["niveau"] == "gemeente"] if "niveau" in summary else summary
    return (rows if len(rows) else summary).iloc[0]


def verdict_of(result):
    """The :class:`~..core.balance_verdict.Verdict` of one scenario's result (its summary rows)."""
    return verdict(result["summary"].to_dict("records"))


def _labelled(sentence, colour=None):
    """'Feasible: every …' as rich text with the part before the first colon as the line's bold label."""
    head, sep, tail = sentence.partition(": ")
    if not sep:
        return sentence
    style = f" style='color:{colour}'" if colour else ""
    return f"<b{style}>{head}:</b> {tail}"


def verdict_lines(result):
    """(feasibility line, target line, verdict): two labelled lines of rich text, each one sentence of the
    verdict with its label in bold ('Feasible:' / 'Not feasible:' in colour, 'Social-rent target 30 %:')."""
    judged = verdict_of(result)
    decimal = decimal_mark()
    feasibility = _labelled(judged.reason.format(tr, decimal), VERDICT_COLORS[judged.feasible])
    target = _labelled(judged.target.format(tr, decimal))
    return feasibility, target, judged


def result_html(results, order):
    """The numbers of the checked scenarios side by side (households and dwellings as whole numbers), the
    norms of the verdict, then the notes on the first one."""
    labels = [
        ("aandeel_voor", tr("Social share before (%)"), 1),
        ("aandeel_na", tr("Social share after (%)"), 1),
        ("doel", tr("Target (%)"), 1),
        ("tekort", tr("Short of the target (tekort, dwellings)"), None),
        ("compensatie_nodig", tr("Compensation needed (dwellings)"), None),
        ("plaatsingen", tr("Placements per year"), None),
        ("niet_plaatsbaar", tr("Placements without a vacancy"), None),
        ("delta_toewijzing", tr("Change in allocation elsewhere (pp)"), 1),
        ("buurten_kantelen", tr("Buurten that tip"), None),
        ("nieuwbouw_betaalbaar_aandeel", tr("New build affordable (%)"), 1),
    ]
    head = "".join(f"<th align='right'>{name}</th>" for name in order)
    rows = []
    for column, label, digits in labels:
        cells = []
        for name in order:
            result = results[name]
            value = gemeente_row(result["summary"]).get(column) if "summary" in result else None
            shown = _count(value) if digits is None else _fmt(value, digits)
            cells.append(f"<td align='right'>{shown}</td>")
        rows.append(f"<tr><td>{label}</td>{''.join(cells)}</tr>")
    feasible = []
    for name in order:
        result = results[name]
        ok = verdict_of(result).feasible if "summary" in result else False
        feasible.append(f"<td align='right'>{tr('yes') if ok else '<b>' + tr('no') + '</b>'}</td>")
    rows.insert(0, f"<tr><td>{tr('Feasible')}</td>{''.join(feasible)}</tr>")
    html = [f"<table cellspacing='0' cellpadding='2'><tr><th></th>{head}</tr>{''.join(rows)}</table>",
            "<p><small>{}</small></p>".format(tr(
                "Tekort: the social dwellings still missing after the scenario to reach the target (0: the target "
                "is met). Compensation needed: the social dwellings the measures remove on balance; they should "
                "come back elsewhere, also when the target is met. Households and dwellings are rounded to whole "
                "numbers for display."))]
    return "".join(html + _notes_html(results[order[0]]))


def _notes_html(first):
    """The norms of the verdict, then compensation candidates, saturated and tipping buurten of one result."""
    html = []
    judged = verdict_of(first)
    for message in judged.norms:
        html.append("<p style='color:#D55E00'><b>{}</b> {}</p>".format(tr("Attention:"),
                                                                         message.format(tr, decimal_mark())))
    lists = buurt_lists(first["buurten"])
    candidates = lists["candidates"]
    if candidates:
        shown = candidates[:MAX_CANDIDATES]
        names = ", ".join(f"{text} (+{_count(value)})" for value, text in shown)
        total = sum(value for value, _text in candidates)
        if len(candidates) > len(shown):
            intro = tr("Compensation could go to the {shown} of {n} candidate buurten with the most room "
                       "({part} of {total} social dwellings; the full summary lists the rest):").format(
                shown=len(shown), n=len(candidates), part=_count(sum(v for v, _t in shown)), total=_count(total))
        else:
            intro = tr("Compensation could go to all {n} candidate buurten ({total} social dwellings):").format(
                n=len(candidates), total=_count(total))
        html.append(f"<p><b>{intro}</b> {names}</p>")
    if lists["full"]:
        html.append("<p><b>{}</b> {}</p>".format(
            tr("At 100 % of their social vacancies for aandachtsgroepen (take nothing extra, no compensation "
               "target):"), ", ".join(lists["full"][:10]) + (" …" if len(lists["full"]) > 10 else "")))
    if lists["tipping"]:
        html.append("<p><b>{}</b> {}</p>".format(tr("Buurten that tip:"), ", ".join(lists["tipping"][:10])))
    return html


def buurt_lists(layer):
    """{'candidates': [(compensation, name)] largest first, 'tipping': names, 'full': names of the buurten at
    100 % of their social vacancies} of an output layer."""
    lists = {"candidates": [], "tipping": [], "full": []}
    if layer is None or not layer.isValid():
        return lists
    names = layer.fields().names()
    label = next((n for n in ("buurtnaam", "BU_NAAM", "naam") if n in names), None)
    code = next((n for n in ("buurtcode", "BU_CODE") if n in names), None)

    def value(feature, name):
        raw = feature[name] if name in names else None
        return None if raw is None or (hasattr(raw, "isNull") and raw.isNull()) else raw

    for feature in layer.getFeatures(QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)):
        text = str(feature[label] if label else feature[code])
        compensation = value(feature, "vk_compensatie")
        if compensation not in (None, 0):
            lists["candidates"].append((float(compensation), text))
        if value(feature, "vk_kantelt") is True:
            lists["tipping"].append(text)
        share = value(feature, "vk_toewijzing_na")
        if share is not None and float(share) >= FULL_SHARE:
            lists["full"].append(text)
    lists["candidates"].sort(key=lambda item: (-item[0], item[1]))
    return lists


class BalanceResultsView(QWidget):
    """The verdict (two labelled lines), the vulnerable-share field used, the result text, the buttons to
    the full summary and to the map; the map highlights."""

    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.highlights = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.light = self._label("vkBalansLight")  # line 1: feasibility (the name is kept from the traffic light)
        self.target_label = self._label("vkBalansTarget")  # line 2: the social-rent target
        self.field_label = self._label("vkBalansField")
        self.result_label = self._label("vkBalansResult")
        for widget in (self.light, self.target_label, self.field_label, self.result_label):
            layout.addWidget(widget)
        buttons = QVBoxLayout()  # one above the other: side by side they do not fit a narrow dock in Dutch
        self.html_button = QPushButton(tr("Open the full summary"), self)
        self.html_button.setObjectName("vkBalansHtml")
        self.html_button.setEnabled(False)
        buttons.addWidget(self.html_button)
        self.map_button = QPushButton(tr("Show on the map"), self)
        self.map_button.setObjectName("vkBalansMap")
        self.map_button.setToolTip(tr("Adds the balance of the checked scenario as a styled layer: buurten that "
                                      "tip, compensation targets with their suggested extra social dwellings, "
                                      "buurten at 100 % of their social vacancies"))
        self.map_button.setEnabled(False)
        buttons.addWidget(self.map_button)
        layout.addLayout(buttons)

    def _label(self, name):
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def show_results(self, results, order):
        """Show the results of ``order`` (scenarios with a result); True when the first one has numbers."""
        if not order:
            return False
        first = results[order[0]]
        if "error" in first:
            for label in (self.light, self.target_label, self.field_label):
                label.setText("")
            self.light.setProperty("feasible", None)
            self.result_label.setText("<b>{}</b><br>{}".format(tr("The check did not run:"),
                                                                 first["error"].replace("\n", "<br>")))
            self.html_button.setEnabled(False)
            self.map_button.setEnabled(False)
            return False
        feasibility, target, judged = verdict_lines(first)
        self.light.setText(feasibility)
        self.light.setProperty("feasible", judged.feasible)
        self.target_label.setText(target)
        self.target_label.setProperty("target_met", judged.target_met)
        field = first.get("vulnerable_field") or ""
        if field:
            self.field_label.setText(tr("Vulnerable share: field '{field}'.").format(field=field))
        else:
            self.field_label.setText(tr("No vulnerable-share field: the share of social vacancies to "
                                        "aandachtsgroepen (ALLOCATION_SHARE) is used."))
        self.result_label.setText(result_html(results, order))
        self.html_button.setEnabled(True)
        self.map_button.setEnabled(True)
        return True

    def highlight(self, layer, code_field, affected, out):
        """Outline the buurten of ``layer`` with measures (codes in ``affected``, blue) and those that tip in
        the output layer ``out`` (red) on the map; returns the number outlined."""
        self.clear_highlights()
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is None or layer is None or out is None:
            return 0
        tipping = set()
        out_code = next((n for n in ("buurtcode", "BU_CODE") if n in out.fields().names()), None)
        if out_code and "vk_kantelt" in out.fields().names():
            tipping = {str(f[out_code]) for f in out.getFeatures() if f["vk_kantelt"] is True}
        for feature in layer.getFeatures():
            code = str(feature[code_field])
            if code in affected or code in tipping:
                highlight = QgsHighlight(canvas, feature.geometry(), layer)
                color = QColor("#D55E00" if code in tipping else "#0072B2")
                highlight.setColor(color)
                highlight.setWidth(4)
                fill = QColor(color)
                fill.setAlpha(40)
                highlight.setFillColor(fill)
                highlight.show()
                self.highlights.append(highlight)
        canvas.refresh()
        return len(self.highlights)

    def clear_highlights(self):
        for highlight in self.highlights:
            highlight.hide()
            scene = highlight.scene()
            if scene is not None:
                scene.removeItem(highlight)
        self.highlights = []
