"""Storing the handelingsperspectieven tags in the buurt layer's own data source (method.md §4).

Design ("nothing said in the room may get lost", also with two planners tagging at once):

* Every change (one intensity, one text, for one or many buurten) is written at once, in one
  transaction, together with ``vk_bijgewerkt`` (see ``tagwriter``). The dock says "saved" only after the
  transaction committed: the values are then in the GeoPackage / PostGIS table, readable by any other
  connection, also when QGIS crashes a second later.
* Conflicts: the store remembers, per buurt, the values the dock showed (:meth:`TagStore.remember`).
  A write only succeeds where the stored values of the fields it changes are still those (a
  compare-and-set inside the transaction). Where someone else changed them meanwhile, nothing is
  overwritten: :attr:`TagStore.resolve` is asked (the dock shows both versions: keep mine, take theirs,
  merge texts); undecided changes stay pending ("Save again").
* A locked data source (another user saving) makes a write wait at most half a second; then the
  change stays pending, visible as "not saved yet", and is retried by a timer (:data:`RETRY_DELAYS_MS`);
  when the retries are used up it is reported as NOT saved and kept for *Save again*. Changes are
  written in the order they were made. Nothing is left in an edit buffer.
* Undo/Redo are per buurt: :meth:`TagStore.undo` takes the latest change of the buurten in scope (the
  ones shown) and writes their old values back as a new change - with the same compare-and-set, so an
  Undo never overwrites a newer change by someone else (that buurt is then reported as not undone).
  An unsaved pending change is simply dropped by Undo.
* When the user already has the layer in edit mode (editing geometries, say), the store does not
  commit the user's other pending edits behind their back: the command goes into the edit buffer,
  Ctrl+Z in QGIS undoes it, and the dock says "not saved yet" until *Save* (``vkSave``) commits the
  buffer (the layer stays in edit mode). No conflict check is made in that case (QGIS's rules apply).
"""

import os
import time

from qgis.core import QgsMapLayerStyle, QgsProject, QgsVectorFileWriter, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QObject, QTimer, pyqtSignal

from ..core.fields import HP_FIELDS, STAMP_FIELD, TAG_FIELDS
from ..i18n import tr
from ..qgisio.compat import CAN_ADD_ATTRIBUTES, CAN_CHANGE_ATTRIBUTE_VALUES
from ..qgisio.frames import make_field, python_value
from .tagwriter import WriteResult, announce, parse_stamp, writer_for

#: ogr drivers that hold long field names, text and timestamps and are updated in place
WRITABLE_OGR_DRIVERS = {"GPKG", "SQLite"}
WRITABLE_PROVIDERS = {"ogr", "postgres", "spatialite", "oracle", "mssql", "hana"}


def _new_field(name):
    """The field to add; the SQL type name is set because database providers (PostGIS) need it."""
    kind, type_name = ("int", "integer") if name in HP_FIELDS else \
        ("datetime", "timestamp") if name == STAMP_FIELD else ("string", "text")
    field = make_field(name, kind)
    field.setTypeName(type_name)
    return field


def missing_fields(layer):
    names = {field.name().lower() for field in layer.fields()}
    return [name for name in TAG_FIELDS if name not in names]


def field_index(layer, name):
    index = layer.fields().lookupField(name)
    return index


def source_path(layer):
    """The file behind an ogr layer (None for databases)."""
    if layer.providerType() != "ogr":
        return None
    return layer.source().split("|")[0]


def storage_problem(layer):
    """Why tags cannot be stored safely in this layer (a translated sentence), or None."""
    if layer is None:
        return None
    provider = layer.dataProvider()
    name = layer.providerType()
    caps = provider.capabilities()
    if name == "memory":
        return tr("This layer lives only in memory: tags would be lost when QGIS closes.")
    if name not in WRITABLE_PROVIDERS or not caps & CAN_CHANGE_ATTRIBUTE_VALUES:
        return tr("This layer is read-only: tags cannot be stored in it.")
    if name == "ogr":
        driver = provider.storageType()
        if driver not in WRITABLE_OGR_DRIVERS:
            return tr("The {format} format cannot hold the tag fields reliably (long names, text, "
                      "timestamps).").format(format=driver)
        path = source_path(layer)
        if path and os.path.exists(path) and not os.access(path, os.W_OK):
            return tr("The file {path} is not writable.").format(path=path)
    if missing_fields(layer) and not caps & CAN_ADD_ATTRIBUTES:
        return tr("The tag fields are missing and this layer cannot get new fields.")
    return None


def add_fields(layer, names):
    """Add the missing tag fields; returns an error text or None. Stored at once (not undoable)."""
    fields = [_new_field(name) for name in names]
    if layer.isEditable():
        for field in fields:
            if not layer.addAttribute(field):
                return tr("Could not add the field {field}.").format(field=field.name())
        return None
    if not layer.dataProvider().addAttributes(fields):
        errors = "; ".join(layer.dataProvider().errors()) or tr("unknown error")
        return tr("Could not add the tag fields: {error}").format(error=errors)
    layer.updateFields()
    missing = missing_fields(layer)
    if missing:
        return tr("Could not add the field {field}.").format(field=missing[0])
    return None


def save_gpkg_copy(layer, path):
    """Write ``layer`` to a new GeoPackage at ``path``, add it to the project with the same style
    and return it (or raise RuntimeError with a translated message)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.fileEncoding = "UTF-8"
    options.layerName = "buurten"
    context = QgsProject.instance().transformContext()
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, context, options)
    if result[0] != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError(tr("Could not write {path}: {error}").format(path=path, error=result[1]))
    copy = QgsVectorLayer(f"{path}|layername=buurten", tr("{name} (editable)").format(name=layer.name()), "ogr")
    if not copy.isValid():
        raise RuntimeError(tr("Could not open {path}.").format(path=path))
    style = QgsMapLayerStyle()
    style.readFromLayer(layer)
    style.writeToLayer(copy)
    project = QgsProject.instance()
    project.addMapLayer(copy)
    node = project.layerTreeRoot().findLayer(layer.id())
    if node is not None:
        node.setItemVisibilityChecked(False)
    return copy


def default_copy_path(layer):
    path = source_path(layer)
    if path and os.path.isdir(os.path.dirname(path)) and os.access(os.path.dirname(path), os.W_OK):
        base = os.path.splitext(path)[0]
    else:
        base = os.path.join(os.path.expanduser("~"), layer.name() or "buurten")
    candidate = f"{base}_veerkracht.gpkg"
    number = 2
    while os.path.exists(candidate):
        candidate = f"{base}_veerkracht_{number}.gpkg"
        number += 1
    return candidate


#: delays of the automatic retries after a locked data source (about 25 s in all), then "NOT saved"
RETRY_DELAYS_MS = (500, 1000, 2000, 3000, 5000, 5000, 8000)

_NO_BASE = object()


class Outcome:
    """The result of a write, undo or redo: ``state`` ("saved", "buffered", "retrying", "failed",
    "conflict", "info") and ``message``; unpacks as ``state, message``."""

    def __init__(self, state, message, fids=(), layer_id=None, change=None):
        self.state = state
        self.message = message
        self.fids = list(fids)
        self.layer_id = layer_id
        self.change = change  # the Change, when one was queued (its .state follows later retries)

    def __iter__(self):
        return iter((self.state, self.message))

    def __repr__(self):
        return f"Outcome({self.state!r}, {self.message!r})"


class Conflict:
    """One buurt whose stored tags changed since the dock showed them: ``mine`` and ``theirs`` for the
    changed ``fields``, ``base`` (what the dock showed) and ``stamp`` (their ``vk_bijgewerkt``)."""

    def __init__(self, layer_id, fid, label, mine, theirs, base, stamp):
        self.layer_id = layer_id
        self.fid = fid
        self.label = label
        self.fields = list(mine)
        self.mine = mine
        self.theirs = theirs
        self.base = base
        self.stamp = stamp


class Change:
    """Values waiting to be written: {fid: {field: value}} with the base they were made on."""

    def __init__(self, layer, writer, values, base, description, kind="edit", parts=None):
        self.layer = layer
        self.layer_id = layer.id()
        self.writer = writer
        self.values = values
        self.base = base
        self.description = description
        self.kind = kind  # edit | undo | redo
        self.parts = parts  # undo/redo: (seq, description, old, new) of the history step moved
        self.attempts = 0
        self.state = "pending"
        self.error = ""
        self.conflicts = {}
        self.outcome = None

    @property
    def fids(self):
        return sorted(self.values)

    def drop(self, fids):
        for fid in fids:
            self.values.pop(fid, None)
            self.base.pop(fid, None)
            self.conflicts.pop(fid, None)


class Step:
    """A committed change in the history: per buurt the values before (``old``) and after (``new``)."""

    def __init__(self, seq, layer_id, description, old, new):
        self.seq = seq
        self.layer_id = layer_id
        self.description = description
        self.old = old
        self.new = new


class TagStore(QObject):
    """Writes tag changes (see the module docstring for the design), retries, keeps the undo history."""

    #: an Outcome of work done later (a retry by the timer, Save again)
    outcome = pyqtSignal(object)
    #: pending changes or history changed
    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.history = []  # Steps, oldest first
        self.redo_stack = []  # Steps undone, oldest undo first
        self.pending = []  # Changes waiting to be written, in the order they were made
        self.parked = []  # Changes with a conflict nobody decided yet
        self.seen = {}  # (layer_id, fid) -> {field: value} the dock showed
        self.saved_at = {}  # (layer_id, fid) -> QDateTime of this session's last save
        self.retry_delays = list(RETRY_DELAYS_MS)
        #: callable([Conflict]) -> [(choice, values)] with choice "mine", "theirs", "merge" or None (later)
        self.resolve = None
        #: callable(layer, fids) -> a short text naming the buurten
        self.describe = lambda layer, fids: tr("buurt {fid}").format(fid=fids[0]) if len(fids) == 1 else \
            tr("{n} buurten").format(n=len(fids))
        self._seq = 0
        self._running = False
        self._finished = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._retry)

    # --- what the dock showed -------------------------------------------------------------------
    def remember(self, layer, fid, values):
        """The stored values of ``fid`` the dock shows now (the base a later change is made on)."""
        self.seen.setdefault((layer.id(), fid), {}).update({k: python_value(v) for k, v in values.items()})

    def _expected(self, layer_id, fid, field):
        for change in reversed(self.pending):
            if change.layer_id == layer_id and fid in change.values and field in change.values[fid]:
                return change.values[fid][field]
        return self.seen.get((layer_id, fid), {}).get(field, _NO_BASE)

    def pending_values(self, layer, fid):
        """{field: value} of changes to ``fid`` not saved yet (the latest per field)."""
        values = {}
        for change in (*self.parked, *self.pending):
            if change.layer_id == layer.id() and fid in change.values and change.kind == "edit":
                values.update(change.values[fid])
        return values

    def unsaved(self, layer=None):
        """Changes not saved yet (of ``layer``, or all)."""
        return [c for c in (*self.pending, *self.parked) if layer is None or c.layer_id == layer.id()]

    def state_of(self, layer, fids):
        """The unsaved Change that concerns ``fids`` of ``layer`` (the first), or None."""
        wanted = set(fids)
        for change in (*self.pending, *self.parked):
            if change.layer_id == layer.id() and wanted & set(change.values):
                return change
        return None

    # --- writing --------------------------------------------------------------------------------
    def write(self, layer, fids, changes, description, _record=True):
        """Write ``changes`` {field: value} to every buurt in ``fids``; returns an Outcome."""
        fields = layer.fields()
        missing = [name for name in (*changes, STAMP_FIELD) if fields.lookupField(name) < 0]
        if missing:
            return Outcome("failed", tr("The field {field} is missing.").format(field=missing[0]))
        fids = [int(fid) for fid in fids]
        if not fids:
            return Outcome("failed", tr("The selected buurten no longer exist."))
        if layer.isEditable():
            return self._write_buffered(layer, fids, changes, description)
        values, base = {}, {}
        for fid in fids:
            values[fid] = dict(changes)
            base[fid] = {}
            for name in changes:
                expected = self._expected(layer.id(), fid, name)
                if expected is not _NO_BASE:
                    base[fid][name] = expected
        self._clear_redo(layer.id(), fids)
        change = Change(layer, writer_for(layer), values, base, description)
        return self._enqueue(change)

    def _enqueue(self, change):
        """Queue a change and write it now, unless an earlier one is waiting for a locked data source (then
        it follows that one when the timer retries: the GUI does not wait again for every change)."""
        waiting = bool(self.pending) and self.pending[0].state == "retrying" and self._timer.isActive()
        self.pending.append(change)
        if waiting:
            self.changed.emit()
            return Outcome("retrying", tr("Not saved yet: an earlier change is waiting for the data source."),
                           change.fids, change.layer_id, change)
        return self._run(change)

    def _write_buffered(self, layer, fids, changes, description):
        """The user's own edit session: one command in the edit buffer, QGIS's undo stack, no commit."""
        fields = layer.fields()
        existing = [fid for fid in fids if layer.getFeature(fid).isValid()]
        if not existing:
            return Outcome("failed", tr("The selected buurten no longer exist."))
        stamp = QDateTime.currentDateTime()
        layer.beginEditCommand(tr("Veerkracht: {change}").format(change=description))
        ok = True
        for fid in existing:
            for name, value in changes.items():
                ok &= layer.changeAttributeValue(fid, fields.lookupField(name), value)
            ok &= layer.changeAttributeValue(fid, fields.lookupField(STAMP_FIELD), stamp)
        if not ok:
            layer.destroyEditCommand()
            return Outcome("failed", tr("The layer refused the change."))
        layer.endEditCommand()
        return Outcome("buffered", tr("Changed in the edit buffer, not saved yet: click Save."), existing, layer.id())

    def _read_fields(self, layer):
        names = set(layer.fields().names())
        return [name for name in TAG_FIELDS if name in names]

    def _run(self, target=None):
        """Write the pending changes in order until one has to wait; the Outcome of ``target``."""
        if self._running:  # a resolve dialog is open and something asked to write: it waits its turn
            return Outcome("retrying", tr("Not saved yet: waiting for the previous change."))
        self._running = True
        self._timer.stop()
        self._finished = []
        try:
            while self.pending:
                head = self.pending[0]
                self._attempt(head)
                self._finished.append(head.outcome)
                if head.state in ("retrying", "failed"):
                    break
                self.pending.pop(0)
                if head.state == "conflict":
                    self.parked.append(head)
            if self.pending and self.pending[0].state == "retrying":
                head = self.pending[0]
                self._timer.start(self.retry_delays[min(head.attempts, len(self.retry_delays)) - 1])
        finally:
            self._running = False
        self.changed.emit()
        if target is None:
            return None
        if target.outcome is None:  # still waiting behind an earlier change
            head = self.pending[0] if self.pending else None
            state = head.state if head is not None else "retrying"
            return Outcome(state, tr("Not saved yet: an earlier change is waiting for the data source."),
                           target.fids, target.layer_id, target)
        target.outcome.change = target
        return target.outcome

    def _retry(self):
        self._run()
        for outcome in self._finished:
            self.outcome.emit(outcome)

    def retry_now(self):
        """*Save again*: the failed and the undecided changes are tried (and decided) now."""
        for change in self.parked:
            change.state, change.attempts = "pending", 0
        self.pending[0:0] = self.parked
        self.parked = []
        for change in self.pending:
            if change.state == "failed":
                change.state, change.attempts = "pending", 0
        first = self.pending[0] if self.pending else None
        outcome = self._run(first)
        return outcome if outcome is not None else Outcome("saved", tr("Everything is saved."))

    def drain(self, seconds):
        """Keep trying the pending changes for up to ``seconds`` (closing QGIS, scripts); True when all
        are saved (undecided conflicts count as not saved)."""
        deadline = time.monotonic() + seconds
        while self.pending and time.monotonic() < deadline:
            for change in self.pending:
                if change.state == "failed":
                    change.state = "pending"
            self._run(self.pending[0])
            if self.pending:
                QCoreApplication.processEvents()
                time.sleep(0.1)
        return not self.pending and not self.parked

    def discard(self, change):
        """Forget an unsaved change (the user chose so)."""
        for queue in (self.pending, self.parked):
            if change in queue:
                queue.remove(change)
        self.changed.emit()

    def _attempt(self, change, depth=0):
        change.attempts += 1
        fids = change.fids
        stamp = QDateTime.currentDateTime()
        stamp = stamp.addMSecs(-stamp.time().msec())  # whole seconds, as QGIS writes them
        try:
            read_fields = self._read_fields(change.layer)
        except RuntimeError:  # the layer was deleted: write what the writer knows
            read_fields = [name for name in TAG_FIELDS]
        try:
            result = change.writer.write(change.values, change.base, stamp, read_fields)
        except RuntimeError:  # the layer of an edit-buffer writer was removed from the project
            result = WriteResult().fail(tr("The layer was removed from the project."))
        label = self.describe(change.layer, change.fids)
        if result.error:
            change.error = result.error
            if result.transient and change.attempts <= len(self.retry_delays):
                change.state = "retrying"
                message = tr("Not saved yet: the data source is busy (someone else is saving). Trying again…")
            else:
                change.state = "failed"
                why = tr("the data source is still locked by someone else") if result.transient else result.error
                message = tr("NOT saved ({buurten}): {error}. Your change is kept: click Save again.").format(
                    buurten=label, error=why)
            change.outcome = Outcome(change.state, message, fids, change.layer_id)
            return
        notes = []
        if result.written:
            self._record(change, result, stamp)
        if result.missing:
            notes.append(tr("{buurten} no longer exist in the data source: not saved.").format(
                buurten=self.describe(change.layer, result.missing)))
            change.drop(result.missing)
        if result.conflicts:
            if change.kind != "edit":
                notes.append(tr("Not undone in {buurten}: someone else changed it after you; their version is "
                                "kept.").format(buurten=self.describe(change.layer, sorted(result.conflicts))))
                for fid, stored in result.conflicts.items():
                    self.seen[(change.layer_id, fid)] = dict(stored)
                change.drop(list(result.conflicts))
            else:
                again, kept = self._settle(change, result.conflicts)
                if kept:
                    notes.append(tr("{buurten}: the other version is kept (yours was not saved).").format(
                        buurten=self.describe(change.layer, kept)))
                if again and depth < 3:
                    self._attempt(change, depth + 1)
                    if change.outcome is not None and notes:
                        change.outcome.message = " ".join([change.outcome.message, *notes])
                    return
        if change.values and change.conflicts:
            change.state = "conflict"
            first = change.conflicts[min(change.conflicts)]
            when = first.stamp.toString("HH:mm:ss") if first.stamp is not None else tr("an unknown time")
            notes.insert(0, tr("NOT saved ({buurten}): someone else changed it at {time}. Click Save again to "
                               "choose which version to keep.").format(
                buurten=self.describe(change.layer, sorted(change.conflicts)), time=when))
            change.outcome = Outcome("conflict", " ".join(notes), fids, change.layer_id)
            return
        change.state = "saved"
        change.values, change.base = {}, {}
        if result.written or depth:
            text = tr("Saved at {time}").format(time=stamp.toString("HH:mm:ss"))
            if change.kind == "undo":
                text = tr("Undone in {buurten}: {change}. {saved}").format(
                    buurten=self.describe(change.layer, sorted(result.written)), change=change.description,
                    saved=text)
            elif change.kind == "redo":
                text = tr("Redone in {buurten}: {change}. {saved}").format(
                    buurten=self.describe(change.layer, sorted(result.written)), change=change.description,
                    saved=text)
            notes.insert(0, text)
            state = "saved"
        else:
            state = "info" if notes else "saved"
        change.outcome = Outcome(state, " ".join(notes) or tr("Everything is saved."), fids, change.layer_id)

    def _settle(self, change, conflicts):
        """Ask :attr:`resolve` about conflicting buurten; True when something must be written again."""
        items = []
        for fid, stored in sorted(conflicts.items()):
            mine = dict(change.values[fid])
            theirs = {name: stored.get(name) for name in mine}
            items.append(Conflict(change.layer_id, fid, self.describe(change.layer, [fid]), mine, theirs,
                                  dict(change.base.get(fid, {})), parse_stamp(stored.get(STAMP_FIELD))))
            self.seen[(change.layer_id, fid)] = dict(stored)
        decisions = self.resolve(items) if self.resolve is not None else None
        decisions = list(decisions or [])
        again, kept = False, []
        for number, conflict in enumerate(items):
            choice, values = decisions[number] if number < len(decisions) else (None, None)
            fid = conflict.fid
            if choice in ("mine", "merge"):
                if choice == "merge" and values:
                    change.values[fid].update(values)
                change.base[fid] = dict(conflict.theirs)
                change.conflicts.pop(fid, None)
                again = True
            elif choice == "theirs":
                change.drop([fid])
                kept.append(fid)
            else:
                change.conflicts[fid] = conflict
        return again, kept

    def _record(self, change, result, stamp):
        layer_id = change.layer_id
        written = {fid: dict(change.values[fid]) for fid in result.written}
        try:
            announce(change.layer, written, stamp)
        except RuntimeError:
            pass
        for fid, values in written.items():
            self.seen.setdefault((layer_id, fid), {}).update(values)
            self.seen[(layer_id, fid)][STAMP_FIELD] = stamp
            self.saved_at[(layer_id, fid)] = stamp
        old = {fid: dict(result.written[fid]) for fid in written}
        if change.kind == "edit":
            self._seq += 1
            self.history.append(Step(self._seq, layer_id, change.description, old, written))
        else:
            seq, description, _old, _new = change.parts
            target = self.redo_stack if change.kind == "undo" else self.history
            step = next((s for s in target if s.seq == seq and s.layer_id == layer_id), None)
            if step is None:
                step = Step(seq, layer_id, description, {}, {})
                target.append(step)
                target.sort(key=lambda s: s.seq)
            for fid in written:  # the step as it was: old = before the original change, new = after it
                if change.kind == "undo":
                    step.old[fid], step.new[fid] = written[fid], old[fid]
                else:
                    step.old[fid], step.new[fid] = old[fid], written[fid]
        change.drop(list(written))

    # --- undo / redo ----------------------------------------------------------------------------
    def _scope(self, layer, fids):
        return set(int(f) for f in fids) if fids else None

    def _latest(self, steps, layer, scope):
        """The step to undo (the latest change) or to redo (the change undone last: the earliest)."""
        candidates = [s for s in steps if s.layer_id == layer.id() and s.old and (scope is None or scope & set(s.old))]
        if not candidates:
            return None
        return (min if steps is self.redo_stack else max)(candidates, key=lambda s: s.seq)

    def _pending_edit(self, layer, scope):
        for change in reversed([*self.pending, *self.parked]):
            if change.layer_id == layer.id() and change.kind == "edit" and \
                    (scope is None or scope & set(change.values)):
                return change
        return None

    def _clear_redo(self, layer_id, fids):
        for step in list(self.redo_stack):
            if step.layer_id == layer_id:
                for fid in fids:
                    step.old.pop(fid, None)
                    step.new.pop(fid, None)
                if not step.old:
                    self.redo_stack.remove(step)

    def can_undo(self, layer, fids=None):
        if layer is None:
            return False
        if layer.isEditable():
            return layer.undoStack().canUndo()
        scope = self._scope(layer, fids)
        return self._pending_edit(layer, scope) is not None or self._latest(self.history, layer, scope) is not None

    def can_redo(self, layer, fids=None):
        if layer is None:
            return False
        if layer.isEditable():
            return layer.undoStack().canRedo()
        return self._latest(self.redo_stack, layer, self._scope(layer, fids)) is not None

    def undo_text(self, layer, fids=None, redo=False):
        """What Undo (Redo) would do for these buurten, e.g. "Sociale aanpak = 3 – Oost", or ""."""
        if layer is None or layer.isEditable():
            stack = layer.undoStack() if layer is not None else None
            if stack is None:
                return ""
            return stack.redoText() if redo else stack.undoText()
        scope = self._scope(layer, fids)
        if not redo:
            change = self._pending_edit(layer, scope)
            if change is not None:
                return tr("{change} – {buurten} (not saved yet)").format(
                    change=change.description, buurten=self.describe(layer, sorted(
                        set(change.values) & scope if scope else set(change.values))))
        step = self._latest(self.redo_stack if redo else self.history, layer, scope)
        if step is None:
            return ""
        part = sorted(set(step.old) & scope) if scope else sorted(step.old)
        return tr("{change} – {buurten}").format(change=step.description, buurten=self.describe(layer, part))

    def _step(self, layer, fids, redo):
        if layer.isEditable():
            stack = layer.undoStack()
            (stack.redo if redo else stack.undo)()
            return Outcome("buffered", tr("Changed in the edit buffer, not saved yet: click Save."))
        scope = self._scope(layer, fids)
        if not redo:
            change = self._pending_edit(layer, scope)
            if change is not None:
                part = sorted(set(change.values) & scope) if scope else change.fids
                change.drop(part)
                if not change.values:
                    self.discard(change)
                self.changed.emit()
                return Outcome("info", tr("Undone in {buurten}: {change} (it had not been saved yet).").format(
                    buurten=self.describe(layer, part), change=change.description), part, layer.id())
        source = self.redo_stack if redo else self.history
        step = self._latest(source, layer, scope)
        if step is None:
            return Outcome("failed", tr("Nothing to redo.") if redo else tr("Nothing to undo."))
        part = sorted(set(step.old) & scope) if scope else sorted(step.old)
        old = {fid: step.old.pop(fid) for fid in part}
        new = {fid: step.new.pop(fid) for fid in part}
        if not step.old:
            source.remove(step)
        values, base = (new, old) if redo else (old, new)
        change = Change(layer, writer_for(layer), values, {fid: dict(v) for fid, v in base.items()},
                        step.description, kind="redo" if redo else "undo",
                        parts=(step.seq, step.description, old, new))
        return self._enqueue(change)

    def undo(self, layer, fids=None):
        """Undo the latest change of the buurten ``fids`` (all buurten of the layer when None)."""
        return self._step(layer, fids, redo=False)

    def redo(self, layer, fids=None):
        return self._step(layer, fids, redo=True)

    def commit(self, layer):
        """Save the pending edit buffer of a layer the user had in edit mode (stays in edit mode)."""
        if layer is None or not layer.isEditable() or not layer.isModified():
            return Outcome("saved", tr("Everything is saved."))
        stamp = QDateTime.currentDateTime()
        if not layer.commitChanges(False):
            error = "; ".join(layer.commitErrors())
            return Outcome("failed", tr("NOT saved, the change stays in the edit buffer: {error}").format(error=error))
        return Outcome("saved", tr("Saved at {time}").format(time=stamp.toString("HH:mm:ss")))
