"""Buurt inspector: the values of the buurt in focus and a small chart against its gemeente.

Fast by design: the per-gemeente values are cached in :class:`context.GemeenteStats` (built once per
layer and rebuilt only after an edit of the gemeente or ΔK/ΔP/level fields); an update reads one feature
by id and sets a few labels, well under 50 ms on a national layer of 15,000 buurten.
The numbers shown are the layer's own method.md §1 output fields; nothing is recomputed here.
"""

import datetime

from qgis.PyQt.QtCore import QDateTime, QLocale, QPointF, QRectF, Qt, QTimer
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygonF
from qgis.PyQt.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.messages import DASH, N_
from ..core.palette import CLASS_COLORS, NO_DATA_HATCH, SIGNAL_MARKER, text_color_on
from ..i18n import format_number, tr, user_locale
from .classlabels import CLASS_MEANINGS
from .classlabels import class_label as legend_label
from .context import STAT_FIELDS, to_float
from .widgets import title_label

#: vk_reden code -> explanation, after "Reason without data"
REASON_LABELS = {
    "klein": N_("too few inhabitants or households"),
    "ontbreekt": N_("an indicator is missing"),
    "indeling": N_("boundary changed"),
}
SIGNAL_COLOR = SIGNAL_MARKER  # the warning triangle of the signal maps


def fmt(value, decimals=2, suffix=""):
    """A number in the interface language ('1,56' in Dutch), '–' when missing."""
    number = to_float(value)
    if number is None:
        return DASH
    return format_number(number, decimals) + suffix


def class_label(code):
    """The chip's text: the label of the map legend (one source, ``classlabels.class_label``)."""
    return legend_label(code) or DASH


def timestamp_text(value):
    """``vk_bijgewerkt`` as a date and time in the interface language, or None."""
    if isinstance(value, QDateTime):
        stamp = value
    elif isinstance(value, datetime.datetime):
        stamp = QDateTime(value)
    elif isinstance(value, str) and value.strip():
        stamp = QDateTime.fromString(value.strip(), Qt.DateFormat.ISODate)
    else:
        return None
    if not stamp.isValid():
        return str(value)
    return QLocale(user_locale()).toString(stamp.toLocalTime(), QLocale.FormatType.ShortFormat)


def is_true(value):
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "t", "ja", "yes")
    return bool(value) if value is not None else False


def chip_style(code):
    color = CLASS_COLORS.get(code, "#FFFFFF")
    border = f"2px dashed {NO_DATA_HATCH}" if code in (None, "", "geen_gegevens") or code not in CLASS_COLORS \
        else f"2px solid {QColor(color).darker(130).name()}"
    return (f"QLabel {{ background: {color}; color: {text_color_on(color)}; border: {border}; border-radius: 9px; "
            "padding: 3px 10px; font-weight: bold; }")


class GemeenteChart(QWidget):
    """ΔK, ΔP and the two levels of one buurt (big dot in its class colour) against the buurten of its
    gemeente (grey ticks) and the gemeente mean (black diamond, unweighted mean of the valid buurten)."""

    ROWS = (("vk_dk", "ΔK"), ("vk_dp", "ΔP"), ("vk_k_niveau", "K"), ("vk_p_niveau", "P"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("vkGemeenteChart")
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.values = {}
        self.distribution = {}
        self.color = QColor("#FFFFFF")
        self.gemeente = ""

    def set_data(self, values, distribution, color, gemeente):
        self.values = values
        self.distribution = distribution
        self.color = QColor(color)
        self.gemeente = gemeente or ""
        self.update()

    def means(self):
        return {key: float(array.mean()) if len(array) else None for key, array in self.distribution.items()}

    def paintEvent(self, _event):  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        width, height = self.width(), self.height()
        left, right, top, legend = 34, 14, 6, 14
        row_height = (height - top - legend) / len(self.ROWS)
        limit = 2.0
        for key, _label in self.ROWS:
            array = self.distribution.get(key)
            if array is not None and len(array):
                limit = max(limit, min(4.0, float(abs(array).max())))
            value = self.values.get(key)
            if value is not None:
                limit = max(limit, min(4.0, abs(value)))
        span = width - left - right

        def x_of(value):
            value = max(-limit, min(limit, value))
            return left + (value + limit) / (2 * limit) * span

        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        means = self.means()
        for row, (key, label) in enumerate(self.ROWS):
            y = top + row_height * (row + 0.5)
            painter.setPen(QPen(QColor("#333333")))
            painter.drawText(QRectF(0, y - 9, left - 4, 18),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            painter.setPen(QPen(QColor("#BBBBBB"), 1))
            painter.drawLine(QPointF(left, y), QPointF(width - right, y))
            painter.drawLine(QPointF(x_of(0), y - row_height * 0.35), QPointF(x_of(0), y + row_height * 0.35))
            array = self.distribution.get(key)
            if array is not None and len(array):
                painter.setPen(QPen(QColor(120, 120, 120, 110), 1.5))
                for number in array[:2000]:
                    x = x_of(float(number))
                    painter.drawLine(QPointF(x, y - 5), QPointF(x, y + 5))
            mean = means.get(key)
            if mean is not None:
                x = x_of(mean)
                painter.setPen(QPen(QColor("#000000"), 1))
                painter.setBrush(QBrush(QColor("#000000")))
                painter.drawPolygon(QPolygonF([QPointF(x, y - 6), QPointF(x + 5, y), QPointF(x, y + 6),
                                               QPointF(x - 5, y)]))
            value = self.values.get(key)
            if value is not None:
                painter.setPen(QPen(QColor("#000000"), 1.5))
                painter.setBrush(QBrush(self.color))
                painter.drawEllipse(QPointF(x_of(value), y), 6.5, 6.5)
        painter.setPen(QPen(QColor("#555555")))
        axis_y = height - legend
        for tick in (-limit, 0.0, limit):
            text = format_number(tick, 1)
            painter.drawText(QRectF(x_of(tick) - 20, axis_y, 40, 12), int(Qt.AlignmentFlag.AlignCenter), text)
        painter.end()


class InspectorPanel(QWidget):
    def __init__(self, context, iface=None, parent=None):
        super().__init__(parent)
        self.context = context
        self.iface = iface
        layout = QVBoxLayout(self)
        self.title = title_label(self, "vkBuurtTitle", 1.4)
        layout.addWidget(self.title)
        self.selection_note = QLabel(self)
        self.selection_note.setObjectName("vkSelectionNote")
        layout.addWidget(self.selection_note)
        chips = QHBoxLayout()
        self.chip = QLabel(self)
        self.chip.setObjectName("vkClassChip")
        self.chip.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.chip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        chips.addWidget(self.chip)
        self.signal_chip = QLabel("▲ " + tr("Vroeg signaal"), self)
        self.signal_chip.setObjectName("vkSignalChip")
        self.signal_chip.setToolTip(tr("Early warning (vk_signaal): vulnerable residents concentrated and "
                                       "increasing, problems not (yet) visible"))
        self.signal_chip.setStyleSheet(f"QLabel {{ background: {SIGNAL_COLOR}; color: #000000; border: 2px solid "
                                       "#000000; border-radius: 9px; padding: 3px 10px; font-weight: bold; }")
        self.signal_chip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        chips.addWidget(self.signal_chip)
        chips.addStretch(1)
        layout.addLayout(chips)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.labels = {}
        rows = (
            ("code", tr("Buurtcode")),
            ("name", tr("Name")),
            ("wijk", tr("Wijk")),
            ("gemeente", tr("Gemeente")),
            ("inwoners", tr("Inhabitants")),
            ("huishoudens", tr("Households")),
            ("vk_dk", tr("ΔK change in vulnerability")),
            ("vk_dp", tr("ΔP change in problems")),
            ("p_level", tr("Problems measured per")),
            ("vk_score", tr("Veerkracht score")),
            ("vk_k_niveau", tr("Level of vulnerability (z)")),
            ("vk_p_niveau", tr("Level of problems (z)")),
            ("corporation", tr("Corporation share")),
            ("vk_reden", tr("Reason without data")),
            ("vk_bijgewerkt", tr("Tags last updated")),
        )
        for key, caption in rows:
            label = QLabel(DASH, self)
            label.setObjectName("vkValue_" + key)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            form.addRow(caption, label)
            self.labels[key] = label
        layout.addLayout(form)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.chart = GemeenteChart(self)
        layout.addWidget(self.chart)
        self.chart_legend = QLabel(self)
        self.chart_legend.setObjectName("vkChartLegend")
        self.chart_legend.setWordWrap(True)
        self.chart_legend.setStyleSheet("color: #444444;")
        layout.addWidget(self.chart_legend)
        self.hint = QLabel(self)
        self.hint.setObjectName("vkMissingHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #8A5A00;")
        layout.addWidget(self.hint)
        layout.addStretch(1)
        context.buurtenChanged.connect(self.update_buurten)
        context.layerChanged.connect(lambda _layer: self.update_buurten(self.context.fids))
        context.fieldsChanged.connect(lambda: self.update_buurten(self.context.fids))
        self._refresh = QTimer(self)  # once after a burst of changed values (a tag for many buurten)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(lambda: self.update_buurten(self.context.fids))
        context.valuesChanged.connect(self._refresh.start)
        self.update_buurten(context.fids)

    def text(self, key):
        return self.labels[key].text()

    def _show_missing_fields(self):
        fields = self.context.fields
        missing = [name for name in ("vk_klasse", "vk_dk", "vk_dp", "vk_score", "vk_k_niveau", "vk_p_niveau",
                                     "vk_reden") if fields.get(name) is None]
        if self.context.layer is not None and missing:
            self.hint.setText(tr("Not in this layer: {fields}. Run veerkracht:score to compute them.").format(
                fields=", ".join(missing)))
            self.hint.show()
        else:
            self.hint.hide()

    def update_buurten(self, fids):
        context = self.context
        layer = context.layer
        fields = context.fields
        self._show_missing_fields()
        feature = context.feature(fids[0]) if fids and layer is not None else None
        if len(fids) > 1:
            self.selection_note.setText(tr("{n} buurten selected, showing the first").format(n=len(fids)))
            self.selection_note.show()
        else:
            self.selection_note.hide()
        if feature is None:
            self.title.setText(tr("Select a buurt on the map") if layer is not None else tr("Choose a buurt layer"))
            for label in self.labels.values():
                label.setText(DASH)
            self.chip.hide()
            self.signal_chip.hide()
            self.chart_legend.setText("")
            self.chart.set_data({}, {}, "#FFFFFF", "")
            return
        value = context.value
        name = value(feature, "name")
        code = value(feature, "code")
        gemeente_code = value(feature, "gemeente_code")
        gemeente_name = value(feature, "gemeente_name")
        gemeente_key = value(feature, "gemeente")
        self.title.setText(str(name or code or tr("Buurt {fid}").format(fid=feature.id())))
        klasse = value(feature, "vk_klasse")
        self.chip.setText(class_label(klasse) if fields.get("vk_klasse") else DASH)
        self.chip.setStyleSheet(chip_style(klasse))
        meaning = tr(CLASS_MEANINGS[klasse]) if klasse in CLASS_MEANINGS else ""
        self.chip.setToolTip(f"{meaning} ({klasse})" if meaning else str(klasse or ""))
        self.chip.show()
        self.signal_chip.setVisible(is_true(value(feature, "vk_signaal")))
        self.labels["code"].setText(str(code) if code is not None else DASH)
        self.labels["name"].setText(str(name) if name is not None else DASH)
        wijk_name, wijk_code = value(feature, "wijk_name"), value(feature, "wijk_code")
        if wijk_name and wijk_code:
            self.labels["wijk"].setText(f"{wijk_name} ({wijk_code})")
        else:
            self.labels["wijk"].setText(str(wijk_name or wijk_code or DASH))
        self.labels["inwoners"].setText(fmt(value(feature, "inwoners"), 0) if fields.inwoners else DASH)
        self.labels["huishoudens"].setText(fmt(value(feature, "huishoudens"), 0) if fields.huishoudens else DASH)
        level = context.p_level
        self.labels["p_level"].setText({
            "wijk": tr("wijk: the Leefbaarometer figures are per wijk, every buurt of the wijk shares ΔP and P"),
            "buurt": tr("buurt"),
        }.get(level, DASH))
        stamp = timestamp_text(value(feature, "vk_bijgewerkt")) if fields.get("vk_bijgewerkt") else None
        self.labels["vk_bijgewerkt"].setText(stamp or tr("not yet tagged"))
        if gemeente_name and gemeente_code:
            gemeente_text = f"{gemeente_name} ({gemeente_code})"
        else:
            gemeente_text = str(gemeente_name or gemeente_code or DASH)
        self.labels["gemeente"].setText(gemeente_text)
        for key in ("vk_dk", "vk_dp", "vk_score", "vk_k_niveau", "vk_p_niveau"):
            self.labels[key].setText(fmt(value(feature, key)) if fields.get(key) else DASH)
        if level == "wijk":
            for key in ("vk_dp", "vk_p_niveau"):
                if self.labels[key].text() != DASH:
                    self.labels[key].setText(self.labels[key].text() + " " + tr("(wijk)"))
        self.labels["corporation"].setText(fmt(value(feature, "corporation"), 1, " %") if fields.corporation
                                           else DASH)
        reason = value(feature, "vk_reden")
        if reason:
            self.labels["vk_reden"].setText(f"{tr(REASON_LABELS[reason])} ({reason})"
                                            if reason in REASON_LABELS else str(reason))
        else:
            self.labels["vk_reden"].setText(DASH)
        values = {key: to_float(value(feature, key)) for key in STAT_FIELDS}
        self.chart.set_data(values, context.stats.of(gemeente_key), CLASS_COLORS.get(klasse, "#FFFFFF"),
                            gemeente_name or gemeente_code)
        self.chart_legend.setText(tr("● this buurt   ◆ mean of {gemeente}   | its other buurten (ΔK, ΔP: change; "
                                     "K, P: level at t1)").format(gemeente=gemeente_name or gemeente_code or DASH))
