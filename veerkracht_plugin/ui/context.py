"""The state the dock's panels share: the buurt layer, the buurten in focus, field lookup, statistics.

Every panel receives the same :class:`BuurtContext`. A panel reads ``context.layer`` and
``context.fids`` and connects to ``layerChanged(layer)`` and ``buurtenChanged(list_of_fids)``; it never
listens to the map itself. ``context.flush_requested`` is emitted *before* the focus moves to other
buurten (or another layer), so a panel with unsaved input can save it to the buurten it belongs to.
"""

import math

import numpy as np
from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.cbs import SENTINEL_MAX, find_field
from ..core.fields import SCORE_FIELDS
from ..qgisio.compat import GEOMETRY_POLYGON, REQUEST_NO_GEOMETRY
from ..qgisio.frames import python_value

#: fields the inspector shows (method.md §1 output fields)
STAT_FIELDS = ("vk_dk", "vk_dp", "vk_k_niveau", "vk_p_niveau")


def is_buurt_layer(layer):
    return (
        isinstance(layer, QgsVectorLayer)
        and layer.isValid()
        and layer.geometryType() == GEOMETRY_POLYGON
    )


def to_float(value):
    """A numeric attribute as float, or None (NULL, text, NaN, CBS sentinel <= cbs.SENTINEL_MAX)."""
    value = python_value(value)
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if math.isnan(number) or number <= SENTINEL_MAX:
        return None
    return number


class FieldMap:
    """Which field of the layer holds what (None when absent)."""

    def __init__(self, layer):
        names = [field.name() for field in layer.fields()] if layer is not None else []
        self.names = names
        self.code = find_field(names, "buurtcode")
        self.name = find_field(names, "buurtnaam")
        self.gemeente_code = find_field(names, "gemeentecode")
        self.gemeente_name = find_field(names, "gemeentenaam")
        self.gemeente = self.gemeente_code or self.gemeente_name
        self.corporation = find_field(names, "p_corporatie_t1") or find_field(names, "p_corporatie")
        lower = {n.lower(): n for n in names}
        self.vk = {name: lower.get(name) for name in SCORE_FIELDS}  # what veerkracht:score writes

    def get(self, key):
        return self.vk.get(key)


class GemeenteStats:
    """Per gemeente: the values of ΔK, ΔP and the two levels of its buurten (NaN-free arrays) and
    their means. Built once per layer state, in one pass without geometry."""

    def __init__(self, layer, fields):
        self.values = {}
        if layer is None or fields.gemeente is None:
            return
        wanted = [f for f in (fields.gemeente, *(fields.get(k) for k in STAT_FIELDS)) if f]
        request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)
        request.setSubsetOfAttributes(wanted, layer.fields())
        collected = {}
        keys = [(k, fields.get(k)) for k in STAT_FIELDS]
        for feature in layer.getFeatures(request):
            gemeente = python_value(feature[fields.gemeente])
            bucket = collected.setdefault(gemeente, {k: [] for k in STAT_FIELDS})
            for key, name in keys:
                if name:
                    number = to_float(feature[name])
                    if number is not None:
                        bucket[key].append(number)
        for gemeente, bucket in collected.items():
            self.values[gemeente] = {k: np.asarray(v, dtype=float) for k, v in bucket.items()}

    def of(self, gemeente):
        """{field: array} for a gemeente (empty arrays when unknown)."""
        return self.values.get(gemeente) or {k: np.zeros(0) for k in STAT_FIELDS}


class BuurtContext(QObject):
    layerChanged = pyqtSignal(object)  # noqa: N815 (Qt signal naming)
    buurtenChanged = pyqtSignal(list)  # noqa: N815
    flush_requested = pyqtSignal()
    fieldsChanged = pyqtSignal()  # noqa: N815

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layer = None
        self.fids = []
        self.fields = FieldMap(None)
        self._stats = None
        QgsProject.instance().layerWillBeRemoved.connect(self._layer_removed)

    # --- layer ------------------------------------------------------------------------------
    def set_layer(self, layer):
        if layer is self.layer:
            return
        if not is_buurt_layer(layer):
            layer = None
        self.flush_requested.emit()
        self._disconnect()
        self.layer = layer
        self.fields = FieldMap(layer)
        self._stats = None
        self.fids = []
        if layer is not None:
            layer.selectionChanged.connect(self._selection_changed)
            layer.updatedFields.connect(self._fields_updated)
            layer.attributeValueChanged.connect(self._value_changed)
            layer.featureAdded.connect(self.invalidate)
            layer.featuresDeleted.connect(self.invalidate)
            layer.afterRollBack.connect(self.invalidate)
            self.fids = list(layer.selectedFeatureIds())
        self.layerChanged.emit(layer)
        self.buurtenChanged.emit(list(self.fids))

    def _disconnect(self):
        if self.layer is None:
            return
        for signal, slot in ((self.layer.selectionChanged, self._selection_changed),
                             (self.layer.updatedFields, self._fields_updated),
                             (self.layer.attributeValueChanged, self._value_changed),
                             (self.layer.featureAdded, self.invalidate),
                             (self.layer.featuresDeleted, self.invalidate),
                             (self.layer.afterRollBack, self.invalidate)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    def _layer_removed(self, layer_id):
        if self.layer is not None and self.layer.id() == layer_id:
            self.set_layer(None)

    def _fields_updated(self):
        self.fields = FieldMap(self.layer)
        self._stats = None
        self.fieldsChanged.emit()

    def _value_changed(self, _fid, index, _value):
        fields = self.layer.fields() if self.layer is not None else None
        if fields is None or not 0 <= index < fields.count():
            return
        name = fields.at(index).name()
        if name in {self.fields.gemeente, *(self.fields.get(k) for k in STAT_FIELDS)}:
            self._stats = None

    def invalidate(self, *_args):
        """Drop the cached statistics (they are rebuilt on the next use)."""
        self._stats = None

    @property
    def stats(self):
        if self._stats is None:
            self._stats = GemeenteStats(self.layer, self.fields)
        return self._stats

    # --- buurten in focus ----------------------------------------------------------------------
    def _selection_changed(self, selected, _deselected, _clear):
        self.set_fids(list(self.layer.selectedFeatureIds()) if self.layer is not None else [])

    def set_fids(self, fids):
        fids = sorted(int(f) for f in fids)
        if fids == self.fids:
            return
        self.flush_requested.emit()
        self.fids = fids
        self.buurtenChanged.emit(list(fids))

    def feature(self, fid):
        if self.layer is None:
            return None
        feature = self.layer.getFeature(fid)
        return feature if feature.isValid() else None

    def value(self, feature, key):
        """Attribute ``key`` (a vk_ field or a FieldMap attribute name) of a feature as Python."""
        name = self.fields.get(key) or getattr(self.fields, key, None)
        if not name or feature is None:
            return None
        return python_value(feature[name])
