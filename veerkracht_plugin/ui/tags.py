"""Handelingsperspectieven panel: the four strategies as a 2x2 grid, the wijkschets texts, saving.

Widget objectNames (public, used by tests and by other panels): ``vkHpSociaal``, ``vkHpLeefomgeving``,
``vkHpWoningprogramma``, ``vkHpHerpositionering`` (QComboBox, index = intensity 0-3),
``vkProbleemanalyse``, ``vkSucces``, ``vkPartners`` (QPlainTextEdit), ``vkSave``, ``vkUndo``,
``vkRedo`` (QPushButton), ``vkTagStatus`` (QLabel). How values are stored: see ``tagstore``.
An intensity is saved as soon as it is chosen; a text 1.5 s after the last keystroke, when the field
loses focus, when *Save* is clicked, and always before the dock moves to other buurten.
"""

from qgis.PyQt.QtCore import QEvent, QObject, Qt, QTimer, pyqtSignal
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

from ..core.fields import HP_FIELDS, TAG_FIELDS, TEXT_FIELDS
from ..core.palette import STRATEGY_COLORS
from ..i18n import tr
from ..qgisio.frames import python_value
from .tagstore import (
    TagStore,
    add_fields,
    default_copy_path,
    missing_fields,
    save_gpkg_copy,
    storage_problem,
)
from .widgets import title_label

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


def strategy_title(field):
    return {
        "vk_hp_sociaal": tr("Sociale aanpak"),
        "vk_hp_leefomgeving": tr("Leefomgeving"),
        "vk_hp_herpositionering": tr("Herpositionering bestaande voorraad"),
        "vk_hp_woningprogramma": tr("Woningprogramma"),
    }[field]


def strategy_hint(field):
    return {
        "vk_hp_sociaal": tr("Safety, social support, talent development"),
        "vk_hp_leefomgeving": tr("Amenities, public space, building quality, sustainability"),
        "vk_hp_herpositionering": tr("Rent policy, allocation, arrangements for existing dwellings"),
        "vk_hp_woningprogramma": tr("Demolish, replace or add dwellings"),
    }[field]


def intensity_labels():
    return [tr("0 none"), tr("1 limited"), tr("2 substantial"), tr("3 main effort")]


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


class _FocusOut(QObject):
    """Calls ``callback`` when the watched widget loses focus."""

    def __init__(self, callback, parent):
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


class HandelingsPanel(QWidget):
    statusChanged = pyqtSignal(str, str)  # noqa: N815  (state, message)

    def __init__(self, context, iface=None, parent=None):
        super().__init__(parent)
        self.context = context
        self.iface = iface
        self.store = TagStore()
        self.ask = lambda title, text: ask_question(self, title, text)
        self.ask_path = lambda default: ask_save_path(self, default)
        self.inform = lambda title, text: QMessageBox.warning(self, title, text)
        self._loading = False
        self._writing = False
        self._dirty = set()  # text fields typed in but not saved
        self._dirty_fids = []  # the buurten those texts belong to
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
        layout.addLayout(self._build_buttons())
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
            grid.addWidget(label, 1 + row * 2, 0, 1, 2)
        for field, (object_name, row, column) in STRATEGIES.items():
            grid.addWidget(self._strategy_cell(field, object_name), 2 + row * 2, column)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _strategy_cell(self, field, object_name):
        cell = QFrame(self)
        cell.setObjectName(object_name + "Cell")
        cell.setStyleSheet("#{name} {{ border: 1px solid #999; border-left: 6px solid {color}; }}".format(
            name=object_name + "Cell", color=STRATEGY_COLORS[field]))
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(6, 4, 4, 4)
        title = QLabel(f"<b>{strategy_title(field)}</b>", cell)
        title.setWordWrap(True)
        title.setToolTip(strategy_hint(field))
        cell_layout.addWidget(title)
        combo = QComboBox(cell)
        combo.setObjectName(object_name)
        combo.addItems(intensity_labels())
        combo.setPlaceholderText(tr("mixed"))
        combo.setToolTip(strategy_hint(field))
        combo.currentIndexChanged.connect(lambda index, f=field: self._intensity_chosen(f, index))
        cell_layout.addWidget(combo)
        cell_layout.addStretch(1)
        cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.combos[field] = combo
        return cell

    def _build_texts(self, layout):
        captions = {
            "vk_probleemanalyse": tr("Problem analysis (wijkschets)"),
            "vk_succes": tr("Definition of success"),
            "vk_partners": tr("Partners"),
        }
        heights = {"vk_probleemanalyse": 70, "vk_succes": 50, "vk_partners": 40}
        self._focus_filter = _FocusOut(self._text_focus_out, self)
        for field, object_name in TEXTS.items():
            layout.addWidget(QLabel(f"<b>{captions[field]}</b>", self))
            edit = QPlainTextEdit(self)
            edit.setObjectName(object_name)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(heights[field])
            edit.setMaximumHeight(int(heights[field] * 1.5))
            edit.textChanged.connect(lambda f=field: self._text_changed(f))
            edit.installEventFilter(self._focus_filter)
            layout.addWidget(edit)
            self.texts[field] = edit

    def _set_status(self, state, message):
        colors = {"saved": "#006B3C", "buffered": "#8A5A00", "failed": "#B00020", "info": "#444444"}
        self.status.setStyleSheet("color: {};".format(colors.get(state, "#444444")))
        self.status.setText(message)
        self.statusChanged.emit(state, message)
        self._update_buttons()

    def _update_buttons(self):
        layer = self.context.layer
        self.undo_button.setEnabled(self.store.can_undo(layer))
        self.redo_button.setEnabled(self.store.can_redo(layer))

    # --- reading --------------------------------------------------------------------------------
    def _layer_changed(self, layer):
        problem = storage_problem(layer)
        self.banner.setVisible(problem is not None)
        self.banner_text.setText((problem or "") + " " + tr("Save an editable GeoPackage copy to tag buurten."))
        self.load(self.context.fids)

    def _fields_changed(self):
        if not self._writing:  # fields added by our own write: reloaded after the write
            self.load(self.context.fids)

    def load(self, fids, texts=True):
        """Show the tags of ``fids`` (several buurten: shared values, 'mixed' where they differ).
        ``texts=False`` refreshes all but the text fields (so typing is never disturbed)."""
        layer = self.context.layer
        features = [self.context.feature(fid) for fid in fids] if layer is not None else []
        features = [f for f in features if f is not None]
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
            names = {f.name() for f in layer.fields()} if layer is not None else set()
            for field, combo in self.combos.items():
                values = {_intensity(python_value(f[field])) for f in features} if field in names else {0}
                combo.setCurrentIndex(values.pop() if len(values) == 1 else -1)
            for field, edit in self.texts.items() if texts else ():
                values = {python_value(f[field]) or "" for f in features} if field in names else {""}
                if len(values) == 1:
                    edit.setPlainText(values.pop())
                    edit.setPlaceholderText("")
                else:
                    edit.setPlainText("")
                    edit.setPlaceholderText(tr("Different texts in these buurten; typing replaces them all."))
        finally:
            self._loading = False
        if texts:
            self._dirty.clear()
        self._update_buttons()

    # --- writing --------------------------------------------------------------------------------
    def _intensity_chosen(self, field, index):
        if self._loading or index < 0:
            return
        self.flush()
        self._write({field: index}, tr("Veerkracht: {strategy} = {value}").format(
            strategy=strategy_title(field), value=index))

    def _text_changed(self, field):
        if self._loading:
            return
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
        return self._write(changes, tr("Veerkracht: texts"), fids=fids)

    def save(self):
        """vkSave: save typed text now and commit a buffer the user had open."""
        if not self.flush():
            return False
        layer = self.context.layer
        if layer is not None and layer.isEditable():
            state, message = self.store.commit(layer)
            self._set_status(state, message)
            return state == "saved"
        return True

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
        state, message = self.store.write(layer, fids, changes, description)
        if fids == self.context.fids:
            # show what is stored now; texts only after a layer switch or new fields (never while typing)
            self.load(fids, texts=switched)
        self._set_status(state, message)
        return state in ("saved", "buffered")

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
        self.flush()
        layer = self.context.layer
        if layer is None:
            return
        state, message = self.store.undo(layer)
        self._set_status(state, tr("Undone. {message}").format(message=message) if state != "failed" else message)
        self.load(self.context.fids)

    def redo(self):
        layer = self.context.layer
        if layer is None:
            return
        state, message = self.store.redo(layer)
        self._set_status(state, tr("Redone. {message}").format(message=message) if state != "failed" else message)
        self.load(self.context.fids)


def _intensity(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 0
    return min(max(number, 0), 3)


__all__ = ["HandelingsPanel", "STRATEGIES", "TEXTS", "TAG_FIELDS", "HP_FIELDS"]
