"""Storing the handelingsperspectieven tags in the buurt layer's own data source (method.md §4).

Design ("nothing said in the room may get lost"):

* Every change (one intensity, one text, for one or many buurten) is ONE edit command on the layer
  (``beginEditCommand``/``endEditCommand``) that also sets ``vk_bijgewerkt``.
* When the layer is not in edit mode (the normal case in a session) the store opens the edit buffer,
  records the command and **commits** it at once. Only when the commit succeeded the dock says
  "saved": the values are then in the GeoPackage / PostGIS table, readable by any other connection,
  also when QGIS crashes a second later. Committing clears QGIS's own undo stack, so the store keeps
  its own history of committed changes (old and new values per buurt); :meth:`TagStore.undo` writes
  the old values back as a new committed change (and :meth:`TagStore.redo` the new ones again).
* When the user already has the layer in edit mode (editing geometries, say), the store does not
  commit the user's other pending edits behind their back: the command goes into the edit buffer,
  Ctrl+Z in QGIS undoes it, and the dock says "not saved yet" until *Save* (``vkSave``) commits the
  buffer (the layer stays in edit mode).
* A failed commit keeps the changes in the edit buffer (nothing is thrown away) and reports the
  provider's error.
"""

import os

from qgis.core import QgsMapLayerStyle, QgsProject, QgsVectorDataProvider, QgsVectorFileWriter, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime

from ..core.fields import HP_FIELDS, STAMP_FIELD, TAG_FIELDS
from ..i18n import tr
from ..qgisio.frames import make_field, python_value

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
    if name not in WRITABLE_PROVIDERS or not caps & QgsVectorDataProvider.Capability.ChangeAttributeValues:
        return tr("This layer is read-only: tags cannot be stored in it.")
    if name == "ogr":
        driver = provider.storageType()
        if driver not in WRITABLE_OGR_DRIVERS:
            return tr("The {format} format cannot hold the tag fields reliably (long names, text, "
                      "timestamps).").format(format=driver)
        path = source_path(layer)
        if path and os.path.exists(path) and not os.access(path, os.W_OK):
            return tr("The file {path} is not writable.").format(path=path)
    if missing_fields(layer) and not caps & QgsVectorDataProvider.Capability.AddAttributes:
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


class TagStore:
    """Writes tag changes (see module docstring for the design) and keeps the undo history."""

    def __init__(self):
        self.history = []  # committed changes: (layer_id, {fid: {field: old}}, {fid: {field: new}}, text)
        self.redo_stack = []

    # returns (state, message): state in {"saved", "buffered", "failed"}
    def write(self, layer, fids, changes, description, _record=True):
        fields = layer.fields()
        indexes = {name: fields.lookupField(name) for name in (*changes, STAMP_FIELD)}
        missing = [name for name, index in indexes.items() if index < 0]
        if missing:
            return "failed", tr("The field {field} is missing.").format(field=missing[0])
        old, new = {}, {}
        for fid in fids:
            feature = layer.getFeature(fid)
            if not feature.isValid():
                continue
            old[fid] = {name: python_value(feature[name]) for name in changes}
            new[fid] = dict(changes)
        if not old:
            return "failed", tr("The selected buurten no longer exist.")
        started = not layer.isEditable()
        if started and not layer.startEditing():
            return "failed", tr("The layer cannot be edited.")
        stamp = QDateTime.currentDateTime()
        layer.beginEditCommand(description)
        ok = True
        for fid in old:
            for name, value in changes.items():
                ok &= layer.changeAttributeValue(fid, indexes[name], value)
            ok &= layer.changeAttributeValue(fid, indexes[STAMP_FIELD], stamp)
        if not ok:
            layer.destroyEditCommand()
            if started:
                layer.rollBack()
            return "failed", tr("The layer refused the change.")
        layer.endEditCommand()
        if not started:
            return "buffered", tr("Changed in the edit buffer, not saved yet: click Save.")
        if not layer.commitChanges():
            error = "; ".join(layer.commitErrors())
            return "failed", tr("NOT saved, the change stays in the edit buffer: {error}").format(error=error)
        if _record:
            self.history.append((layer.id(), old, new, description))
            self.redo_stack.clear()
        return "saved", tr("Saved at {time}").format(time=stamp.toString("HH:mm:ss"))

    def commit(self, layer):
        """Save the pending edit buffer of a layer the user had in edit mode (stays in edit mode)."""
        if layer is None or not layer.isEditable() or not layer.isModified():
            return "saved", tr("Everything is saved.")
        stamp = QDateTime.currentDateTime()
        if not layer.commitChanges(False):
            error = "; ".join(layer.commitErrors())
            return "failed", tr("NOT saved, the change stays in the edit buffer: {error}").format(error=error)
        return "saved", tr("Saved at {time}").format(time=stamp.toString("HH:mm:ss"))

    def can_undo(self, layer):
        if layer is None:
            return False
        if layer.isEditable():
            return layer.undoStack().canUndo()
        return any(entry[0] == layer.id() for entry in self.history)

    def can_redo(self, layer):
        if layer is None:
            return False
        if layer.isEditable():
            return layer.undoStack().canRedo()
        return any(entry[0] == layer.id() for entry in self.redo_stack)

    def _step(self, layer, source, target, restore_old):
        if layer.isEditable():
            (layer.undoStack().undo if restore_old else layer.undoStack().redo)()
            return "buffered", tr("Changed in the edit buffer, not saved yet: click Save.")
        for position in range(len(source) - 1, -1, -1):
            if source[position][0] == layer.id():
                entry = source.pop(position)
                break
        else:
            return "failed", tr("Nothing to undo.")
        _layer_id, old, new, description = entry
        values = old if restore_old else new
        groups = {}  # the old values may differ between buurten: one write per distinct set of values
        for fid, changes in values.items():
            groups.setdefault(tuple(sorted(changes.items())), []).append(fid)
        state, message = "saved", ""
        for key, fids in groups.items():
            state, message = self.write(layer, fids, dict(key), description, _record=False)
            if state != "saved":
                source.append(entry)
                return state, message
        target.append(entry)
        return state, message

    def undo(self, layer):
        return self._step(layer, self.history, self.redo_stack, True)

    def redo(self, layer):
        return self._step(layer, self.redo_stack, self.history, False)
