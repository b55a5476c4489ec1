"""The state the dock's panels share: the buurt layer, the buurten in focus, field lookup, statistics.

Every panel receives the same :class:`BuurtContext`. A panel reads ``context.layer`` and
``context.fids`` and connects to ``layerChanged(layer)`` and ``buurtenChanged(list_of_fids)``; it never
listens to the map itself. ``context.flush_requested`` is emitted *before* the focus moves to other
buurten (or another layer), so a panel with unsaved input can save it to the buurten it belongs to.
"""

import math
import re

import numpy as np
from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.cbs import SENTINEL_MAX, find_field
from ..core.fields import SCORE_FIELDS, TAG_FIELDS
from ..i18n import tr
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
        self.wijk_code = find_field(names, "wijkcode")
        self.wijk_name = find_field(names, "wijknaam")
        # the later year of veerkracht:preparecbs, else a CBS layer's own field
        self.inwoners = find_field(names, "inwoners_t1") or find_field(names, "inwoners")
        self.huishoudens = find_field(names, "huishoudens_t1") or find_field(names, "huishoudens")
        lower = {n.lower(): n for n in names}
        # what veerkracht:score writes and the tags of the dock
        self.vk = {name: lower.get(name) for name in dict.fromkeys((*SCORE_FIELDS, *TAG_FIELDS))}
        #: Leefbaarometer pairs joined by veerkracht:joinleefbaarometer (lbm_<dimension>_t0/_t1)
        self.leefbaarometer = sorted(n for n in names if re.fullmatch(r"lbm_[a-z]+_t[01]", n.lower()))

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


def wijk_of(code):
    """The wijk code of a CBS buurt code: BU03630104 -> WK036301 (None for other codes)."""
    text = str(code or "").strip().upper()
    return "WK" + text[2:8] if re.fullmatch(r"BU\d{8}", text) else None


def problem_level(layer, fields):
    """'wijk' when the layer's Leefbaarometer figures (lbm_*_t0/_t1, the problem indicators of the
    score) are per wijk, 'buurt' when they are per buurt, None when the layer does not tell.

    veerkracht:joinleefbaarometer gives every buurt of a wijk its wijk's score when the Leefbaarometer file
    is per wijk (``wk_code``); the layer keeps no other trace of that. So: the figures are per wijk when,
    in every wijk with two or more buurten with a value, those buurten share the same values (and there is
    at least one such wijk); one wijk whose buurten differ makes them per buurt. The wijk of a buurt is its
    wijkcode, else the wijk part of its CBS buurtcode.
    """
    if layer is None or not fields.leefbaarometer or not (fields.wijk_code or fields.code):
        return None
    key_field = fields.wijk_code or fields.code
    request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)
    request.setSubsetOfAttributes([key_field, *fields.leefbaarometer], layer.fields())
    seen = {}
    for feature in layer.getFeatures(request):
        raw = python_value(feature[key_field])
        wijk = (str(raw).strip().upper() if raw is not None else None) if fields.wijk_code else wijk_of(raw)
        values = tuple(to_float(feature[name]) for name in fields.leefbaarometer)
        if wijk is None or all(value is None for value in values):
            continue
        bucket = seen.setdefault(wijk, [values, 0])
        if bucket[0] != values:
            return "buurt"
        bucket[1] += 1
    return "wijk" if any(count >= 2 for _values, count in seen.values()) else None


class BuurtContext(QObject):
    layerChanged = pyqtSignal(object)  # noqa: N815 (Qt signal naming)
    buurtenChanged = pyqtSignal(list)  # noqa: N815
    flush_requested = pyqtSignal()
    fieldsChanged = pyqtSignal()  # noqa: N815
    valuesChanged = pyqtSignal()  # noqa: N815 (an attribute of the layer changed, e.g. a tag was saved)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layer = None
        self.fids = []
        self.fields = FieldMap(None)
        self._stats = None
        self._p_level = False  # not computed yet
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
        self.invalidate()
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
        self.invalidate()
        self.fieldsChanged.emit()

    def _value_changed(self, _fid, index, _value):
        fields = self.layer.fields() if self.layer is not None else None
        if fields is None or not 0 <= index < fields.count():
            return
        name = fields.at(index).name()
        if name in {self.fields.gemeente, *(self.fields.get(k) for k in STAT_FIELDS)}:
            self._stats = None
        if name in {self.fields.wijk_code, self.fields.code, *self.fields.leefbaarometer}:
            self._p_level = False
        self.valuesChanged.emit()

    def invalidate(self, *_args):
        """Drop the cached statistics (they are rebuilt on the next use)."""
        self._stats = None
        self._p_level = False

    @property
    def p_level(self):
        """'wijk' or 'buurt': the level of the problem figures (see :func:`problem_level`), or None."""
        if self._p_level is False:
            self._p_level = problem_level(self.layer, self.fields)
        return self._p_level

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

    def display_name(self, feature):
        """The buurt's name, else its code, else 'Buurt <fid>'."""
        name = self.value(feature, "name") or self.value(feature, "code")
        return str(name) if name not in (None, "") else tr("Buurt {fid}").format(fid=feature.id())

    def value(self, feature, key):
        """Attribute ``key`` (a vk_ field or a FieldMap attribute name) of a feature as Python."""
        name = self.fields.get(key) or getattr(self.fields, key, None)
        if not name or feature is None:
            return None
        return python_value(feature[name])
