"""The side card of presentation mode: the buurt in focus in large type (class, vroeg signaal, key
figures, its handelingsperspectieven – editable – and wijkschets), or the gemeente in the overview."""


from qgis.PyQt.QtWidgets import QComboBox, QLabel

from ..core.palette import CLASS_COLORS, text_color_on
from ..i18n import tr
from .classlabels import CLASS_MEANINGS, CLASS_ORDER, class_label
from .inspector import chip_style, fmt, is_true
from .presentation_views import CARD_TEXT_LIMIT, MIX, OWN, escape_html, fmt_number, maps_module
from .tags import STRATEGIES
from .tagstore import HP_FIELDS, missing_fields, storage_problem


class PresentationCard:
    """The card part of :class:`presentation.PresentationMode` (a mixin: it uses the mode's window,
    context, layer, fids and tags panel)."""

    def refresh_card(self):
        window = self.window
        if window is None or self.fid is None:
            return
        feature = self.context.feature(self.fid)
        if feature is None:
            return
        context, fields = self.context, self.context.fields
        value = context.value
        window.name.setText(context.display_name(feature))
        place = [str(value(feature, "wijk_name") or value(feature, "wijk_code") or ""),
                 str(value(feature, "gemeente_name") or value(feature, "gemeente") or "")]
        code = value(feature, "code")
        window.place.setText(" · ".join(p for p in [*place, str(code or "")] if p))
        klasse = value(feature, "vk_klasse")
        window.chip.setVisible(bool(fields.get("vk_klasse")))
        window.chip.setText(class_label(klasse) or "–")
        window.chip.setStyleSheet(chip_style(klasse).replace("border-radius: 9px", "border-radius: 12px"))
        window.chip.setToolTip(tr(CLASS_MEANINGS[klasse]) if klasse in CLASS_MEANINGS else "")
        window.signal.setVisible(is_true(value(feature, "vk_signaal")))
        window.figures.setText(self._figures_html(feature))
        window.tags_title.show()
        window.tags_box.show()
        self._fill_tags(feature)
        window.texts_title.show()
        window.texts.setText(self._texts_html(feature))
        for index, fid in enumerate(self.fids):
            if fid == self.fid:
                window.counter.setText(f"{index + 1} / {len(self.fids)}")
                break
        else:
            window.counter.setText(f"– / {len(self.fids)}" if self.fids else "")

    def _figures_html(self, feature):
        """The key figures, two per row; the figure the map shows in bold."""
        fields = self.context.fields
        value = self.context.value
        highlight = None if self.view in (MIX, OWN) else maps_module().MAPS[self.view].field
        cells = []

        def cell(caption, text, field=None):
            strong = field is not None and field == highlight
            cells.append((caption, f"<b>{text}</b>" if strong else text))

        if fields.inwoners:
            cell(tr("Inhabitants"), fmt(value(feature, "inwoners"), 0))
        if fields.huishoudens:
            cell(tr("Households"), fmt(value(feature, "huishoudens"), 0))
        if fields.corporation:
            cell(tr("Corporation"), fmt(value(feature, "corporation"), 0, " %"), "p_corporatie_t1")
        wijk = " " + tr("(wijk)") if self.context.p_level == "wijk" else ""
        for key, caption in (("vk_dk", "ΔK"), ("vk_dp", "ΔP"), ("vk_k_niveau", tr("K level")),
                             ("vk_p_niveau", tr("P level")), ("vk_score", tr("Score"))):
            if fields.get(key):
                text = fmt(value(feature, key))
                cell(caption, text + (wijk if key in ("vk_dp", "vk_p_niveau") and text != "–" else ""), key)
        rows = []
        for start in range(0, len(cells), 2):
            pair = cells[start:start + 2]
            rows.append("<tr>" + "".join(f"<td>{caption}</td><td align='right' style='padding-right:18px'>"
                                         f"{text}</td>" for caption, text in pair) + "</tr>")
        return "<table width='100%' cellspacing='2'>" + "".join(rows) + "</table>"

    def _fill_tags(self, feature):
        window = self.window
        layer = self.layer
        names = {field.name() for field in layer.fields()}
        problem = storage_problem(layer)
        missing = [name for name in missing_fields(layer) if name in HP_FIELDS]
        editable = self.tags_panel is not None and problem is None and not missing
        for field, combo in window.tag_combos.items():
            current = self.context.value(feature, field) if field in names else None
            combo.blockSignals(True)
            try:
                combo.setCurrentIndex(-1 if current is None else min(max(int(current), 0), 3))
            except (TypeError, ValueError):
                combo.setCurrentIndex(-1)
            combo.blockSignals(False)
            combo.setEnabled(editable)
        if editable:
            window.tag_note.setText("")
            window.tag_note.hide()
        else:
            window.tag_note.setText(problem or tr("Tags are set in the dock's Perspectieven tab first (the layer "
                                                  "has no tag fields yet)."))
            window.tag_note.show()

    def _texts_html(self, feature):
        parts = []
        for key, caption in (("vk_probleemanalyse", tr("Problem analysis")), ("vk_succes", tr("Success")),
                             ("vk_partners", tr("Partners"))):
            text = self.context.value(feature, key) if self.context.fields.get(key) else None
            if text:
                text = str(text).strip()
                if len(text) > CARD_TEXT_LIMIT:
                    text = text[:CARD_TEXT_LIMIT].rsplit(" ", 1)[0] + " …"
                parts.append(f"<b>{caption}:</b> {escape_html(text)}")
        return "<br>".join(parts) if parts else "<i>{}</i>".format(tr("No wijkschets yet."))

    def gemeente_card(self, features, reference):
        """The overview card: the gemeente's buurten per class, inhabitants, early warnings, discussed."""
        window = self.window
        fields = self.context.fields
        value = self.context.value
        gemeente = self._gemeente_name(reference.id() if reference is not None else None)
        window.name.setText(gemeente or tr("Overview"))
        window.place.setText(tr("{n} buurten").format(n=fmt(len(features), 0)))
        window.chip.hide()
        window.signal.hide()
        counts = {}
        inhabitants = 0.0
        signals = discussed = 0
        for feature in features:
            counts[value(feature, "vk_klasse")] = counts.get(value(feature, "vk_klasse"), 0) + 1
            if fields.inwoners:
                inhabitants += fmt_number(value(feature, "inwoners"))
            signals += is_true(value(feature, "vk_signaal"))
            discussed += any(value(feature, field) is not None for field in HP_FIELDS)
        rows = []
        if fields.get("vk_klasse"):
            for code in CLASS_ORDER:
                if counts.get(code):
                    color = CLASS_COLORS[code] if code != "geen_gegevens" else "#E0E0E0"
                    rows.append(f"<tr><td><span style='background:{color};color:{text_color_on(color)}'>"
                                f"&nbsp;{class_label(code)}&nbsp;</span></td><td align='right'>"
                                f"{fmt(counts[code], 0)}</td></tr>")
        if fields.inwoners:
            rows.append(f"<tr><td>{tr('Inhabitants')}</td><td align='right'>{fmt(inhabitants, 0)}</td></tr>")
        if fields.get("vk_signaal"):
            rows.append(f"<tr><td>▲ {tr('Vroeg signaal')}</td><td align='right'>{fmt(signals, 0)}</td></tr>")
        rows.append(f"<tr><td>{tr('Buurten discussed')}</td><td align='right'>{fmt(discussed, 0)}</td></tr>")
        window.figures.setText("<table width='100%'>" + "".join(rows) + "</table>")
        window.tags_title.hide()
        window.tags_box.hide()
        for combo in window.tag_combos.values():
            combo.setEnabled(False)
            combo.blockSignals(True)
            combo.setCurrentIndex(-1)
            combo.blockSignals(False)
        window.tag_note.setText(tr("Choose a buurt (→, a name or a click) to see and set its tags."))
        window.tag_note.show()
        window.texts_title.hide()
        window.texts.setText("")
        window.counter.setText(tr("overview"))

    # --- tags ---------------------------------------------------------------------------------------
    def set_tag(self, field, value):
        """Set handelingsperspectief ``field`` of the buurt on the card to ``value`` (0–3) through the
        dock's tags panel (its saving and undo). True when the panel took it."""
        panel = self.tags_panel
        if not self.active or panel is None or self.fid is None or field not in STRATEGIES or value < 0:
            return False
        if self.context.fids != [self.fid]:
            self._selecting = True
            try:
                self.layer.selectByIds([self.fid])
            finally:
                self._selecting = False
        if self.context.fids != [self.fid]:
            return False
        combo = panel.findChild(QComboBox, STRATEGIES[field][0])
        if combo.currentIndex() != value:
            combo.setCurrentIndex(value)  # the panel saves it, as if chosen in the dock
        self.refresh_card()
        status = panel.findChild(QLabel, "vkTagStatus")
        if status is not None and status.text():
            self.window.say(status.text(), 4000)
        return True
