"""Handelingsperspectieven panel: the four strategies as a 2x2 grid, the wijkschets texts, saving.

Widget objectNames (public, used by tests and by other panels): ``vkHpSociaal``, ``vkHpLeefomgeving``,
``vkHpWoningprogramma``, ``vkHpHerpositionering`` (QComboBox, index = intensity 0-3),
``vkProbleemanalyse``, ``vkSucces``, ``vkPartners`` (QPlainTextEdit), ``vkSave``, ``vkUndo``,
``vkRedo``, ``vkSaveAgain`` (QPushButton), ``vkTagStatus`` (QLabel: the state of the buurten shown),
``vkPendingBar`` (changes not saved yet, of any buurt). Combo entries: 0-3 the intensities, 4 "not
discussed yet" (NULL), and, only while the selected buurten differ, a last entry "(different)".
How values are stored (and conflicts detected): see ``tagstore`` and ``tagwriter``.
An intensity is saved as soon as it is chosen; a text 1.5 s after the last keystroke, when the field
loses focus, when *Save* is clicked, and always before the dock moves to other buurten.

Public for other panels (the presentation side card): :meth:`HandelingsPanel.set_values` (write tags
through the same path), the signals ``statusChanged(state, message)`` and ``tagsSaved(list of fids)``.
"""

from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.fields import HP_FIELDS, STAMP_FIELD, TAG_FIELDS, TEXT_FIELDS
from ..core.palette import STRATEGY_COLORS
from ..i18n import tr
from ..qgisio.frames import python_value
from .tagconflict import resolve_conflicts
from .taglabels import (
    NOT_DISCUSSED_INDEX,
    different_label,
    intensity_labels,
    intensity_text,
    not_discussed_label,
    strategy_hint,
    strategy_title,
    text_caption,
)
from .tagstore import (
    TagStore,
    add_fields,
    default_copy_path,
    missing_fields,
    save_gpkg_copy,
    storage_problem,
)
from .tagwriter import parse_stamp
from .widgets import FocusOutFilter, title_label

TEXT_SAVE_DELAY_MS = 1500

#: field -> (objectName, row, column); rows: omgaan met | tegengaan van, columns: mens | fysiek
STRATEGIES = {
    "vk_hp_sociaal": ("vkHpSociaal", 0, 0),
    "vk_hp_leefomgeving": ("vkHpLeefomgeving", 0, 1),
    "vk_hp_herpositionering": ("vkHpHerpositionering", 1, 0),
    "vk_hp_woningprogramma": ("vkHpWoningprogramma", 1, 1),
}
TEXTS = {
    "vk_probleemanalyse": "vkProbleemanalyse",
    "vk_succes": "vkSucces",
    "vk_partners": "vkPartners",
}


def ask_question(parent, title, text):
    """Default question dialog (tests replace ``panel.ask``)."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def ask_save_path(parent, default):
    path, _filter = QFileDialog.getSaveFileName(parent, tr("Save an editable GeoPackage copy"), default,
                                                tr("GeoPackage (*.gpkg)"))
    if path and not path.lower().endswith(".gpkg"):
        path += ".gpkg"
    return path or None


class HandelingsPanel(QWidget):
    statusChanged = pyqtSignal(str, str)  # noqa: N815  (state, message)
    tagsSaved = pyqtSignal(list)  # noqa: N815  (fids whose tags were stored)

    def __init__(self, context, iface=None, parent=None):
        super().__init__(parent)
        self.context = context
        self.iface = iface
        self.store = TagStore(self)
        self.store.describe = self.describe
        self.store.resolve = lambda conflicts: self.resolve(conflicts)
        self.store.outcome.connect(self._later_outcome)
        self.store.changed.connect(self._store_changed)
        self.ask = lambda title, text: ask_question(self, title, text)
        self.ask_path = lambda default: ask_save_path(self, default)
        self.inform = lambda title, text: QMessageBox.warning(self, title, text)
        #: callable([Conflict]) -> [(choice, values)]; the dialog of ``tagconflict`` (tests replace it)
        self.resolve = lambda conflicts: resolve_conflicts(self, conflicts)
        self._loading = False
        self._writing = False
        self._dirty = set()  # text fields typed in but not saved
        self._dirty_fids = []  # the buurten those texts belong to
        self._mixed_texts = set()  # text fields that differ between the selected buurten
        self._replace_ok = set()  # ... and the user agreed to replace them all
        self._last = None  # (fids, state, message) of the last action, shown while those buurten are shown
        self._watched = None  # the layer whose edit sessions are followed
        self.combos = {}
        self.texts = {}
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        context.layerChanged.connect(self._layer_changed)
        context.buurtenChanged.connect(self.load)
        context.fieldsChanged.connect(self._fields_changed)
        context.flush_requested.connect(self.flush)
        self._layer_changed(context.layer)

    # --- UI -------------------------------------------------------------------------------------
    def _build(self):
        layout = QVBoxLayout(self)
        self.header = title_label(self, "vkTagHeader", 1.25)
        layout.addWidget(self.header)
        self.status = QLabel(self)
        self.status.setObjectName("vkTagStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.scope = QLabel(self)
        self.scope.setObjectName("vkUndoScope")
        self.scope.setWordWrap(True)
        self.scope.setStyleSheet("color: #555555;")
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.scope)
        layout.addWidget(self._build_pending_bar())
        layout.addWidget(self._build_banner())
        layout.addLayout(self._build_strategies())
        self._build_texts(layout)
        layout.addStretch(1)

    def _build_buttons(self):
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Save"), self)
        self.save_button.setObjectName("vkSave")
        self.save_button.setToolTip(tr("Save what was typed now (changes are also saved automatically)"))
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(tr("Undo"), self)
        self.undo_button.setObjectName("vkUndo")
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QPushButton(tr("Redo"), self)
        self.redo_button.setObjectName("vkRedo")
        self.redo_button.clicked.connect(self.redo)
        for button in (self.save_button, self.undo_button, self.redo_button):
            buttons.addWidget(button)
        return buttons

    def _build_pending_bar(self):
        """Shown while changes could not be saved yet: what is pending, and a button to try again now."""
        self.pending_bar = QFrame(self)
        self.pending_bar.setObjectName("vkPendingBar")
        self.pending_bar.setStyleSheet("#vkPendingBar { background: #FDECEA; border: 1px solid #B00020; }")
        pending_layout = QHBoxLayout(self.pending_bar)
        pending_layout.setContentsMargins(6, 4, 6, 4)
        self.pending_text = QLabel(self.pending_bar)
        self.pending_text.setObjectName("vkPendingText")
        self.pending_text.setWordWrap(True)
        pending_layout.addWidget(self.pending_text, 1)
        self.save_again_button = QPushButton(tr("Save again"), self.pending_bar)
        self.save_again_button.setObjectName("vkSaveAgain")
        self.save_again_button.setToolTip(tr("Try again now to save the changes that are not saved yet"))
        self.save_again_button.clicked.connect(self.save_again)
        pending_layout.addWidget(self.save_again_button)
        self.pending_bar.setVisible(False)
        return self.pending_bar

    def _build_banner(self):
        """Shown when the layer cannot hold the tags: why, and an offer to save an editable copy."""
        self.banner = QFrame(self)
        self.banner.setObjectName("vkStorageBanner")
        self.banner.setStyleSheet("#vkStorageBanner { background: #FFF4CE; border: 1px solid #E69F00; }")
        banner_layout = QVBoxLayout(self.banner)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        banner_layout.addWidget(self.banner_text)
        self.copy_button = QPushButton(tr("Save an editable GeoPackage copy…"), self.banner)
        self.copy_button.setObjectName("vkSaveCopy")
        self.copy_button.clicked.connect(self.offer_copy)
        banner_layout.addWidget(self.copy_button)
        return self.banner

    def _build_strategies(self):
        """The four handelingsperspectieven as a 2x2 grid: mens / fysiek, dealing with / reducing."""
        grid = QGridLayout()
        grid.setSpacing(4)
        for column, text in enumerate((tr("mens"), tr("fysiek"))):
            label = QLabel(f"<b>{text}</b>", self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, column)
        for row, text in enumerate((tr("dealing with the concentration"), tr("reducing the concentration"))):
            label = QLabel(f"<i>{text}</i>", self)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            label.setWordWrap(True)
            grid.addWidget(label, 1 + row * 2, 0, 1, 2)
        for field, (object_name, row, column) in STRATEGIES.items():
            grid.addWidget(self._strategy_cell(field, object_name), 2 + row * 2, column)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _strategy_cell(self, field, object_name):
        cell = QFrame(self)
        color = STRATEGY_COLORS[field]
        cell.setObjectName(object_name + "Cell")
        cell.setStyleSheet("#{name} {{ border: 1px solid #999; border-left: 6px solid {color}; }}".format(
            name=object_name + "Cell", color=color))
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(6, 4, 4, 4)
        title = QLabel(f"<b>{strategy_title(field)}</b>", cell)
        title.setWordWrap(True)
        title.setToolTip(strategy_hint(field))
        cell_layout.addWidget(title)
        combo = QComboBox(cell)
        combo.setObjectName(object_name)
        # as narrow as the dock: the longest choice shows in full in the open list
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.addItems(intensity_labels())
        combo.addItem(not_discussed_label())
        combo.setToolTip(strategy_hint(field))
        combo.currentIndexChanged.connect(lambda index, f=field: self._intensity_chosen(f, index))
        cell_layout.addWidget(combo)
        cell_layout.addStretch(1)
        cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.combos[field] = combo
        return cell

    def _build_texts(self, layout):
        heights = {"vk_probleemanalyse": 70, "vk_succes": 50, "vk_partners": 40}
        self._focus_filter = FocusOutFilter(self._text_focus_out, self)
        for field, object_name in TEXTS.items():
            layout.addWidget(QLabel(f"<b>{text_caption(field)}</b>", self))
            edit = QPlainTextEdit(self)
            edit.setObjectName(object_name)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(heights[field])
            edit.setMaximumHeight(int(heights[field] * 1.5))
            edit.textChanged.connect(lambda f=field: self._text_changed(f))
            edit.installEventFilter(self._focus_filter)
            layout.addWidget(edit)
            self.texts[field] = edit

    def describe(self, layer, fids):
        """The buurten ``fids`` of ``layer`` in a message: "Oost (BU03630001)", "Oost, West" or "5 buurten"."""
        fids = list(fids)
        if not fids:
            return ""
        if len(fids) > 3:
            return tr("{n} buurten").format(n=len(fids))
        names = []
        for fid in fids:
            name = code = None
            if layer is self.context.layer:
                feature = self.context.feature(fid)
                name = self.context.value(feature, "name")
                code = self.context.value(feature, "code")
            if name and code and len(fids) == 1:
                names.append(f"{name} ({code})")
            else:
                names.append(str(name or code or tr("buurt {fid}").format(fid=fid)))
        return ", ".join(names)

    def _set_status(self, state, message, fids=None):
        """Show ``message``; it belongs to ``fids`` (the buurten shown when None)."""
        self._last = (sorted(self.context.fids if fids is None else fids), state, message)
        self._show_status(state, message)

    def _show_status(self, state, message):
        colors = {"saved": "#006B3C", "buffered": "#8A5A00", "retrying": "#8A5A00", "failed": "#B00020",
                  "conflict": "#B00020", "info": "#444444"}
        self.status.setStyleSheet("color: {};".format(colors.get(state, "#444444")))
        self.status.setText(message)
        self.statusChanged.emit(state, message)
        self._update_buttons()

    def _update_buttons(self):
        layer = self.context.layer
        fids = self.context.fids or None
        self.undo_button.setEnabled(self.store.can_undo(layer, fids))
        self.redo_button.setEnabled(self.store.can_redo(layer, fids))
        undo = self.store.undo_text(layer, fids) if layer is not None else ""
        redo = self.store.undo_text(layer, fids, redo=True) if layer is not None else ""
        self.undo_button.setToolTip(tr("Undo: {change}").format(change=undo) if undo else
                                    tr("Nothing to undo for the buurten shown"))
        self.redo_button.setToolTip(tr("Redo: {change}").format(change=redo) if redo else
                                    tr("Nothing to redo for the buurten shown"))
        lines = []
        if undo:
            lines.append(tr("Undo: {change}").format(change=undo))
        if redo:
            lines.append(tr("Redo: {change}").format(change=redo))
        self.scope.setText("\n".join(lines))
        self.scope.setVisible(bool(lines))
        self._update_pending()

    def _update_pending(self):
        unsaved = self.store.unsaved()
        self.pending_bar.setVisible(bool(unsaved))
        if not unsaved:
            return
        failed = [c for c in unsaved if c.state in ("failed", "conflict")]
        buurten = ", ".join(dict.fromkeys(self.describe(c.layer, c.fids) for c in unsaved))
        if failed:
            text = tr("NOT saved: {buurten}. Kept here until it is saved: click Save again when the data source is "
                      "free (if QGIS must close first, copy your texts somewhere safe).").format(buurten=buurten)
        else:
            text = tr("Not saved yet: {buurten} – trying again…").format(buurten=buurten)
        self.pending_text.setText(text)

    def _store_changed(self):
        self._update_buttons()

    def _later_outcome(self, outcome):
        """A retry by the store's timer ended: show it (for the buurten it concerns)."""
        layer = self.context.layer
        if outcome.state == "saved" and layer is not None and outcome.layer_id == layer.id():
            self.tagsSaved.emit(list(outcome.fids))
        if layer is not None and outcome.layer_id == layer.id() and set(outcome.fids) & set(self.context.fids):
            if not self._dirty:
                self.load(self.context.fids)
            self._set_status(outcome.state, outcome.message, outcome.fids)
        else:
            self._update_buttons()

    def status_for_shown(self):
        """(state, message) for the buurten shown: a pending change of theirs, this session's last save
        of them, or their stored ``vk_bijgewerkt``."""
        layer, fids = self.context.layer, sorted(self.context.fids)
        if layer is None or not fids:
            return "info", ""
        change = self.store.state_of(layer, fids)
        if change is not None:
            if change.outcome is not None:
                return change.outcome.state, change.outcome.message
            return "retrying", tr("Not saved yet: an earlier change is waiting for the data source.")
        if self._last is not None and self._last[0] == fids:
            return self._last[1], self._last[2]
        saved = [self.store.saved_at.get((layer.id(), fid)) for fid in fids]
        if all(saved):
            return "saved", tr("Saved at {time}").format(time=max(saved).toString("HH:mm:ss"))
        stamps = []
        for fid in fids:
            feature = self.context.feature(fid)
            if feature is not None and layer.fields().lookupField(STAMP_FIELD) >= 0:
                stamp = parse_stamp(feature[STAMP_FIELD])
                if stamp is not None:
                    stamps.append(stamp)
        if not stamps:
            return "info", tr("No tags saved yet.") if len(fids) == 1 else ""
        newest = max(stamps).toString("dd-MM-yyyy HH:mm")
        if len(fids) == 1:
            return "info", tr("Last saved {time}.").format(time=newest)
        return "info", tr("Last saved {time} (the latest of these buurten).").format(time=newest)

    # --- reading --------------------------------------------------------------------------------
    def _layer_changed(self, layer):
        if self._watched is not None:
            for signal in ("afterCommitChanges", "afterRollBack"):
                try:
                    getattr(self._watched, signal).disconnect(self._edit_session_ended)
                except (TypeError, RuntimeError):
                    pass
        self._watched = layer
        if layer is not None:  # after the user's own edit session: show (and remember) what is stored now
            layer.afterCommitChanges.connect(self._edit_session_ended)
            layer.afterRollBack.connect(self._edit_session_ended)
        problem = storage_problem(layer)
        self.banner.setVisible(problem is not None)
        self.banner_text.setText((problem or "") + " " + tr("Save an editable GeoPackage copy to tag buurten."))
        self.load(self.context.fids)

    def _edit_session_ended(self):
        if not self._writing and not self._dirty:
            self.load(self.context.fids)

    def _fields_changed(self):
        if not self._writing:  # fields added by our own write: reloaded after the write
            self.load(self.context.fids)

    def load(self, fids, texts=True):
        """Show the tags of ``fids`` (several buurten: shared values, "(different)" where they differ;
        changes not saved yet are shown as they will be saved). ``texts=False`` refreshes all but the
        text fields (so typing is never disturbed)."""
        layer = self.context.layer
        features = [self.context.feature(fid) for fid in fids] if layer is not None else []
        features = [f for f in features if f is not None]
        names = {f.name() for f in layer.fields()} if layer is not None else set()
        editable = layer is not None and layer.isEditable()
        rows = []
        for feature in features:
            stored = {name: python_value(feature[name]) for name in TAG_FIELDS if name in names}
            if not editable:  # what the dock shows is the base a change is checked against
                self.store.remember(layer, feature.id(), {k: v for k, v in stored.items()
                                                          if texts or k not in TEXT_FIELDS})
                stored.update(self.store.pending_values(layer, feature.id()))
            rows.append(stored)
        self._loading = True
        try:
            enabled = bool(features)
            for widget in (*self.combos.values(), *self.texts.values()):
                widget.setEnabled(enabled)
            if not features:
                self.header.setText(tr("Select one or more buurten on the map.") if layer is not None
                                    else tr("Choose a buurt layer."))
            elif len(features) == 1:
                name = self.context.value(features[0], "name") or ""
                code = self.context.value(features[0], "code") or ""
                self.header.setText("{} {}".format(name, f"({code})" if code else "").strip()
                                    or tr("Buurt {fid}").format(fid=features[0].id()))
            else:
                self.header.setText(tr("{n} buurten selected: a change applies to all of them").format(
                    n=len(features)))
            for field, combo in self.combos.items():
                values = {_intensity(row.get(field)) for row in rows} if field in names else {None}
                _set_combo(combo, values.pop() if len(values) == 1 else "different")
            if texts:
                self._mixed_texts.clear()
                self._replace_ok.clear()
            for field, edit in self.texts.items() if texts else ():
                values = {(row.get(field) or "") for row in rows} if field in names else {""}
                # the placeholder before the text: Qt 5.15 shows a placeholder only if it was set when the
                # text last changed
                if len(values) <= 1:
                    value = values.pop() if values else ""
                    edit.setPlaceholderText("")
                    if edit.toPlainText() != value:  # an equal text is left alone (cursor, undo)
                        edit.setPlainText(value)
                else:
                    edit.setPlaceholderText(tr("(different) – the {n} buurten have different texts; typing "
                                               "replaces them all.").format(n=len(rows)))
                    edit.setPlainText("")
                    self._mixed_texts.add(field)
        finally:
            self._loading = False
        if texts:
            self._dirty.clear()
        state, message = self.status_for_shown()
        self._show_status(state, message)

    # --- writing --------------------------------------------------------------------------------
    def _intensity_chosen(self, field, index):
        if self._loading or index < 0 or index > NOT_DISCUSSED_INDEX:
            return
        combo = self.combos[field]
        if combo.count() > NOT_DISCUSSED_INDEX + 1:  # "(different)" is no longer true
            self._loading = True
            combo.removeItem(combo.count() - 1)
            self._loading = False
        value = None if index == NOT_DISCUSSED_INDEX else index
        self.flush()
        self._write({field: value}, tr("{strategy} = {value}").format(
            strategy=strategy_title(field), value=intensity_text(value)))

    def _text_changed(self, field):
        if self._loading:
            return
        if field in self._mixed_texts and field not in self._replace_ok:
            question = tr("The {n} selected buurten have different texts for “{field}”. What you type replaces "
                          "the text of every one of them. Replace them?\n\n(To change one buurt’s text, select "
                          "only that buurt.)").format(n=len(self.context.fids), field=text_caption(field))
            if not self.ask(tr("Replace different texts"), question):
                self._loading = True
                self.texts[field].setPlainText("")
                self._loading = False
                return
            self._replace_ok.add(field)
        if not self._dirty:
            self._dirty_fids = list(self.context.fids)
        self._dirty.add(field)
        self._set_status("buffered", tr("Typing… saved shortly."))
        self._timer.start()

    def _text_focus_out(self):
        if self._dirty:
            self.flush()

    def flush(self):
        """Save texts typed but not yet saved, to the buurten they were typed for."""
        self._timer.stop()
        if not self._dirty:
            return True
        changes = {field: self.texts[field].toPlainText() for field in TEXT_FIELDS if field in self._dirty}
        fids = self._dirty_fids or list(self.context.fids)
        self._dirty.clear()
        captions = ", ".join(text_caption(field) for field in changes)
        return self._write(changes, tr("text: {fields}").format(fields=captions), fids=fids)

    def save(self):
        """vkSave: save typed text now, commit a buffer the user had open, try unsaved changes again."""
        if not self.flush():
            return False
        layer = self.context.layer
        if layer is not None and layer.isEditable():
            state, message = self.store.commit(layer)
            self._set_status(state, message)
            return state == "saved"
        if self.store.unsaved():
            return self.save_again()
        return True

    def save_again(self):
        """vkSaveAgain: write the changes that are not saved yet now (a conflict asks again)."""
        self.flush()
        outcome = self.store.retry_now()
        if outcome.state == "saved":
            self.tagsSaved.emit(list(outcome.fids))
        if not self._dirty:
            self.load(self.context.fids)
        self._set_status(outcome.state, outcome.message, outcome.fids or None)
        return outcome.state == "saved"

    def set_values(self, changes, fids=None, description=None):
        """Write ``changes`` {field: value} (intensity 0-3 or None, text) to ``fids`` (default: the buurten
        shown) exactly as the panel's own widgets do; returns the state ("saved", "retrying", ...)."""
        self.flush()
        if description is None:
            description = ", ".join(tr("{strategy} = {value}").format(strategy=strategy_title(f),
                                                                      value=intensity_text(v))
                                    if f in HP_FIELDS else text_caption(f) for f, v in changes.items())
        self._write(dict(changes), description, fids=fids)
        return self._last[1] if self._last is not None else "failed"

    def _write(self, changes, description, fids=None):
        self._writing = True
        try:
            return self._write_now(changes, description, fids)
        finally:
            self._writing = False

    def _write_now(self, changes, description, fids=None):
        layer = self.context.layer
        fids = list(self.context.fids if fids is None else fids)
        if layer is None or not fids:
            return False
        problem = storage_problem(layer)
        switched = problem is not None
        if switched:
            if not self.offer_copy(problem):
                self._set_status("failed", tr("Not saved: {reason}").format(reason=problem))
                self._restore(fids)
                return False
            layer = self.context.layer
            fids = list(self.context.fids)
        missing = missing_fields(layer)
        switched = switched or bool(missing)
        if missing:
            question = tr("The layer {layer} has no fields for the handelingsperspectieven yet. Add these "
                          "fields to its data source?\n\n{fields}").format(layer=layer.name(),
                                                                           fields=", ".join(missing))
            if not self.ask(tr("Add Veerkracht fields"), question):
                self._set_status("failed", tr("Not saved: the fields were not added."))
                self._restore(fids)
                return False
            error = add_fields(layer, missing)
            if error:
                self._set_status("failed", error)
                self._restore(fids)
                return False
        outcome = self.store.write(layer, fids, changes, description)
        if outcome.state == "saved":
            self.tagsSaved.emit(list(outcome.fids or fids))
        if sorted(fids) == sorted(self.context.fids):
            # show what is stored now; texts not while typing goes on (an unchanged text is left alone)
            self.load(fids, texts=switched or not self._dirty)
        self._set_status(outcome.state, outcome.message, fids)
        return outcome.state in ("saved", "buffered", "retrying")

    def _restore(self, fids):
        if fids == self.context.fids:
            self.load(fids)

    def offer_copy(self, problem=None):
        """Offer an editable GeoPackage copy of the current layer; switches to it. True when done."""
        layer = self.context.layer
        if layer is None:
            return False
        problem = problem or storage_problem(layer) or ""
        question = tr("{problem}\n\nSave an editable GeoPackage copy of {layer} and continue tagging in "
                      "the copy?").format(problem=problem, layer=layer.name())
        if not self.ask(tr("Layer cannot store tags"), question):
            return False
        path = self.ask_path(default_copy_path(layer))
        if not path:
            return False
        codes_field = self.context.fields.code
        selected = [self.context.feature(fid) for fid in self.context.fids]
        codes = [self.context.value(f, "code") for f in selected if f is not None] if codes_field else []
        pending = {field: self.texts[field].toPlainText() for field in self._dirty}
        try:
            copy = save_gpkg_copy(layer, path)
        except RuntimeError as error:
            self.inform(tr("Layer cannot store tags"), str(error))
            return False
        self._dirty.clear()
        self.context.set_layer(copy)
        if codes:
            quoted = ",".join("'{}'".format(str(c).replace("'", "''")) for c in codes)
            copy.selectByExpression(f'"{codes_field}" IN ({quoted})')
        else:
            copy.selectByIds(list(self.context.fids or [f.id() for f in selected if f is not None]))
        if pending:
            self._dirty = set(pending)
            self._dirty_fids = list(self.context.fids)
            for field, text in pending.items():
                self.texts[field].setPlainText(text)
        self._set_status("info", tr("Now tagging in the copy {path}.").format(path=path))
        return True

    def undo(self):
        """vkUndo: undo the latest change of the buurten shown (says which buurten it changed)."""
        self.flush()
        layer = self.context.layer
        if layer is None:
            return
        outcome = self.store.undo(layer, self.context.fids or None)
        self._after_step(outcome, tr("Undone. {message}"))

    def redo(self):
        """vkRedo: redo the latest undone change of the buurten shown."""
        self.flush()
        layer = self.context.layer
        if layer is None:
            return
        outcome = self.store.redo(layer, self.context.fids or None)
        self._after_step(outcome, tr("Redone. {message}"))

    def _after_step(self, outcome, buffered_template):
        state, message = outcome
        if state == "buffered":
            message = buffered_template.format(message=message)
        if state == "saved":
            self.tagsSaved.emit(list(outcome.fids))
        self.load(self.context.fids)
        self._set_status(state, message)

    def close_and_cleanup(self):
        """Plugin unload / QGIS closing: save what is typed, try the unsaved changes for a few seconds and
        say which could not be saved (with their texts, so nothing said in the room is lost)."""
        self.flush()
        if self.store.unsaved() and not self.store.drain(3.0):
            lines = []
            for change in self.store.unsaved():
                values = next(iter(change.values.values()), {})
                shown = "; ".join(f"{field}: {value}" for field, value in values.items())
                lines.append(f"{self.describe(change.layer, change.fids)} – {shown}")
            self.inform(tr("Tags not saved"), tr("These changes could not be saved:\n\n{changes}").format(
                changes="\n".join(lines)))


def _intensity(value):
    value = python_value(value)
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return min(max(number, 0), 3)


def _set_combo(combo, value):
    """Show an intensity (None: not discussed yet) or "different" (a last, temporary entry)."""
    if combo.count() > NOT_DISCUSSED_INDEX + 1:
        combo.removeItem(combo.count() - 1)
    if value == "different":
        combo.addItem(different_label())
        combo.setCurrentIndex(combo.count() - 1)
    else:
        combo.setCurrentIndex(NOT_DISCUSSED_INDEX if value is None else value)


__all__ = ["HandelingsPanel", "STRATEGIES", "TEXTS", "TAG_FIELDS", "HP_FIELDS", "strategy_title",
           "strategy_hint", "intensity_labels"]
