"""The result of a balance check in the "Scenario & balans" panel: traffic light, numbers side by side for
the checked scenarios, the buurten to note, and map highlights.

Traffic light for the social share after the scenario: green = at or above the target; orange = below
the target but not lower than before the scenario; red = below the target and lower than before.
"""

from qgis.core import QgsFeatureRequest
from qgis.gui import QgsHighlight
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..core import balance
from ..core.messages import format_number_or_dash
from ..i18n import decimal_mark, tr
from ..qgisio.compat import REQUEST_NO_GEOMETRY

LIGHT_COLORS = {"green": "#009E73", "orange": "#E69F00", "red": "#D55E00"}


def traffic_light(row):
    """'green', 'orange' or 'red' for one summary row (see the module docstring)."""
    after, before, target = float(row["aandeel_na"]), float(row["aandeel_voor"]), float(row["doel"])
    if after >= target - 1e-9:
        return "green"
    return "orange" if after >= before - 1e-9 else "red"


def _fmt(value, digits=1):
    return format_number_or_dash(value, digits, decimal_mark())


def gemeente_row(summary):
    """The first gemeente row of a summary table (the first row when it has none)."""
    rows = summary[summary["niveau"] == "gemeente"] if "niveau" in summary else summary
    return (rows if len(rows) else summary).iloc[0]


def result_html(results, order):
    """The numbers of the checked scenarios side by side, then the notes on the first one."""
    labels = [
        ("aandeel_voor", tr("Social share before (%)"), 1),
        ("aandeel_na", tr("Social share after (%)"), 1),
        ("doel", tr("Target (%)"), 1),
        ("tekort", tr("Shortfall to target (dwellings)"), 0),
        ("compensatie_nodig", tr("Compensation needed (dwellings)"), 0),
        ("plaatsingen", tr("Placements per year"), 1),
        ("delta_toewijzing", tr("Change in allocation elsewhere (pp)"), 2),
        ("buurten_kantelen", tr("Buurten that tip"), 0),
        ("nieuwbouw_betaalbaar_aandeel", tr("New build affordable (%)"), 1),
    ]
    head = "".join(f"<th align='right'>{name}</th>" for name in order)
    rows = []
    for column, label, digits in labels:
        cells = []
        for name in order:
            result = results[name]
            value = gemeente_row(result["summary"]).get(column) if "summary" in result else None
            cells.append(f"<td align='right'>{_fmt(value, digits)}</td>")
        rows.append(f"<tr><td>{label}</td>{''.join(cells)}</tr>")
    feasible = []
    for name in order:
        result = results[name]
        ok = bool(gemeente_row(result["summary"]).get("haalbaar")) if "summary" in result else False
        feasible.append(f"<td align='right'>{tr('yes') if ok else '<b>' + tr('no') + '</b>'}</td>")
    rows.append(f"<tr><td>{tr('Feasible')}</td>{''.join(feasible)}</tr>")
    html = [f"<table cellspacing='0' cellpadding='2'><tr><th></th>{head}</tr>{''.join(rows)}</table>"]
    return "".join(html + _notes_html(results[order[0]]))


def _notes_html(first):
    """Compensation candidates, tipping buurten, the new-build norm and infeasibility of one result."""
    html = []
    candidates, tipping = buurt_lists(first["buurten"])
    if candidates:
        html.append("<p><b>{}</b> {}</p>".format(tr("Compensation could go to:"), ", ".join(candidates[:6])))
    if tipping:
        html.append("<p><b>{}</b> {}</p>".format(tr("Buurten that tip:"), ", ".join(tipping[:10])))
    row = gemeente_row(first["summary"])
    affordable = row.get("nieuwbouw_betaalbaar_aandeel")
    if affordable is not None and affordable == affordable and affordable < 100 * balance.AFFORDABLE_NORM - 1e-9:
        html.append("<p style='color:#D55E00'><b>{}</b> {}</p>".format(
            tr("Attention:"),
            tr("{share} % of the new build is affordable (sociale or particuliere huur), below the two-thirds "
               "norm.").format(share=_fmt(affordable, 1))))
    if not bool(row.get("haalbaar")):
        html.append("<p style='color:#D55E00'><b>{}</b></p>".format(
            tr("Not feasible: the placements cannot all be made within the remaining buurten. "
               "Open the full summary for the details.")))
    return html


def buurt_lists(layer):
    """(compensation candidates 'name (n)' largest first, names of the buurten that tip) of an output layer."""
    if layer is None or not layer.isValid():
        return [], []
    names = layer.fields().names()
    label = next((n for n in ("buurtnaam", "BU_NAAM", "naam") if n in names), None)
    code = next((n for n in ("buurtcode", "BU_CODE") if n in names), None)
    candidates, tipping = [], []
    for feature in layer.getFeatures(QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)):
        text = str(feature[label] if label else feature[code])
        compensation = feature["vk_compensatie"] if "vk_compensatie" in names else None
        if compensation not in (None, 0) and not (hasattr(compensation, "isNull") and compensation.isNull()):
            candidates.append((float(compensation), f"{text} ({_fmt(compensation, 0)})"))
        if "vk_kantelt" in names and feature["vk_kantelt"] is True:
            tipping.append(text)
    return [text for _value, text in sorted(candidates, reverse=True)], tipping


class BalanceResultsView(QWidget):
    """The traffic light, the result text and the button to the full summary; the map highlights."""

    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.highlights = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.light = QLabel(self)
        self.light.setObjectName("vkBalansLight")
        self.light.setMinimumHeight(28)
        layout.addWidget(self.light)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("vkBalansResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.result_label)
        self.html_button = QPushButton(tr("Open the full summary"), self)
        self.html_button.setObjectName("vkBalansHtml")
        self.html_button.setEnabled(False)
        layout.addWidget(self.html_button)

    def show_results(self, results, order):
        """Show the results of ``order`` (scenarios with a result); True when the first one has numbers."""
        if not order:
            return False
        first = results[order[0]]
        if "error" in first:
            self.light.setText("")
            self.result_label.setText("<b>{}</b><br>{}".format(tr("The check did not run:"),
                                                                 first["error"].replace("\n", "<br>")))
            self.html_button.setEnabled(False)
            return False
        color = traffic_light(gemeente_row(first["summary"]))
        words = {"green": tr("On target"), "orange": tr("Below target, not worse than before"),
                 "red": tr("Below target and worse than before")}[color]
        self.light.setText(
            f'<span style="background:{LIGHT_COLORS[color]};color:white;padding:4px 10px;font-weight:bold">'
            f"&nbsp;{words}&nbsp;</span>")
        self.light.setProperty("light", color)
        self.result_label.setText(result_html(results, order))
        self.html_button.setEnabled(True)
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
