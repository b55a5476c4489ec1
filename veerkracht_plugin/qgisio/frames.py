"""Move attribute data between QGIS feature sources and pandas, and write output copies.

Algorithms read the fields they need into a DataFrame (index = feature id), let ``core`` compute new
columns, and write a copy of the input with those columns added. Inputs are never modified. The dock
uses the same field and value helpers (``make_field``, ``python_value``).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Iterable, Sequence, Tuple

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..core.lazy import lazy_module
from ..i18n import tr

if TYPE_CHECKING:
    import pandas
    from qgis.core import QgsFeatureSource, QgsFeedback

np = lazy_module("numpy")  # imported on first use: see core/lazy.py
pd = lazy_module("pandas")

#: (field name, kind) of a new output column; kinds: see :func:`make_field`
Column = Tuple[str, str]

_USE_METATYPE = Qgis.versionInt() >= 33800


def _type(kind):
    """The QGIS field type for a kind: 'double', 'int', 'int64', 'bool', 'string', 'datetime'."""
    if _USE_METATYPE:  # QGIS >= 3.38 / QGIS 4: QMetaType
        from qgis.PyQt.QtCore import QMetaType

        table = {
            "double": QMetaType.Type.Double,
            "int": QMetaType.Type.Int,
            "int64": QMetaType.Type.LongLong,
            "bool": QMetaType.Type.Bool,
            "string": QMetaType.Type.QString,
            "datetime": QMetaType.Type.QDateTime,
        }
    else:
        table = {
            "double": QVariant.Double,
            "int": QVariant.Int,
            "int64": QVariant.LongLong,
            "bool": QVariant.Bool,
            "string": QVariant.String,
            "datetime": QVariant.DateTime,
        }
    return table[kind]


def make_field(name: str, kind: str, length: int = 0, precision: int = 0) -> QgsField:
    """A QgsField of ``kind`` ('double', 'int', 'int64', 'bool', 'string', 'datetime'), QVariant or QMetaType
    typed as the QGIS version wants."""
    field = QgsField(name, _type(kind))
    if length:
        field.setLength(length)
    if precision:
        field.setPrecision(precision)
    return field


def kind_of(series):
    """Guess the field kind for a pandas Series."""
    if pd.api.types.is_bool_dtype(series):
        return "bool"
    if pd.api.types.is_integer_dtype(series):
        return "int64" if len(series) and series.abs().max() > 2**31 - 1 else "int"
    if pd.api.types.is_float_dtype(series):
        return "double"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "datetime"
    values = series.dropna()
    if len(values) and all(isinstance(v, (bool, np.bool_)) for v in values):
        return "bool"
    return "string"


_PLAIN = {float, int, str, bool}


def python_value(value):
    """A QGIS attribute as plain Python: NULL/invalid -> None, QDate(Time) -> ISO text."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, (QDate, QDateTime)):
        return value.toString("yyyy-MM-ddTHH:mm:ss") if value.isValid() else None
    return value


def field_names(source) -> list:
    """The field names of a feature source or layer, in order."""
    return [field.name() for field in source.fields()]


def is_polygon_source(source) -> bool:
    """True when a feature source (or layer) holds polygons."""
    return QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry


def has_geometry(source) -> bool:
    """False for a table without geometry (a CSV, a GeoPackage attribute table)."""
    return QgsWkbTypes.geometryType(source.wkbType()) not in (QgsWkbTypes.GeometryType.NullGeometry,
                                                              QgsWkbTypes.GeometryType.UnknownGeometry)


def geometry_kind(source) -> str:
    """'points', 'lines', 'polygons' or 'no geometry' (translated) for a message."""
    kinds = {
        QgsWkbTypes.GeometryType.PointGeometry: tr("points"),
        QgsWkbTypes.GeometryType.LineGeometry: tr("lines"),
        QgsWkbTypes.GeometryType.PolygonGeometry: tr("polygons"),
    }
    return kinds.get(QgsWkbTypes.geometryType(source.wkbType()), tr("no geometry"))


def require_fields(source, names, parameter_labels=None):
    """Fail clearly when a named field does not exist in the source."""
    existing = set(field_names(source))
    for name in names:
        if name and name not in existing:
            label = (parameter_labels or {}).get(name, "")
            raise QgsProcessingException(
                tr("Field '{field}' does not exist in the input layer{label}.").format(
                    field=name, label=f" ({label})" if label else ""
                )
            )


def source_to_frame(source: QgsFeatureSource, names: Iterable[str], feedback: QgsFeedback | None = None,
                    request: QgsFeatureRequest | None = None) -> pandas.DataFrame:
    """Read the named attribute fields of a feature source into a DataFrame indexed by feature id ('fid').

    Values are plain Python (NULL -> None, dates as ISO text), dtype object; empty names are skipped and
    duplicates read once. ``request`` narrows the features (its geometry flag is overridden). Progress
    runs from 0 to 10 %; a cancelled read returns the features read so far.
    """
    names = [n for n in dict.fromkeys(names) if n]
    request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    fields = source.fields()
    indices = [fields.indexFromName(n) for n in names]
    if names:
        request.setSubsetOfAttributes(indices)
    total = source.featureCount() or 0
    ids, rows = [], []
    for i, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and feedback.isCanceled():
            break
        attributes = feature.attributes()
        ids.append(feature.id())
        rows.append([v if type(v) in _PLAIN else python_value(v) for v in (attributes[j] for j in indices)])
        if feedback is not None and total and i % 1000 == 0:
            feedback.setProgress(10.0 * i / total)
    frame = pd.DataFrame(rows, columns=names, index=pd.Index(ids, name="fid"), dtype=object)
    return frame


def output_fields(source_fields: Iterable[QgsField], new_columns: Sequence[Column]) -> QgsFields:
    """Source fields plus new ones; a new column replaces an existing field of the same name."""
    fields = QgsFields()
    replaced = {name for name, _kind in new_columns}
    for field in source_fields:
        if field.name() not in replaced:
            fields.append(field)
    for name, kind in new_columns:
        fields.append(make_field(name, kind))
    return fields


def plain_column(series: pandas.Series) -> list:
    """A pandas column as a list of plain Python values, missing -> None (vectorised, no per-cell checks)."""
    if pd.api.types.is_bool_dtype(series.dtype) or str(series.dtype) == "boolean":
        return [None if v is pd.NA or v is None else bool(v) for v in series.astype(object)]
    if pd.api.types.is_integer_dtype(series.dtype):
        if series.isna().any():
            return [None if v is pd.NA else int(v) for v in series.astype(object)]
        return series.astype("int64").tolist()
    if pd.api.types.is_float_dtype(series.dtype):
        values = series.to_numpy(dtype=float)
        out = values.tolist()
        for i in np.flatnonzero(np.isnan(values)):
            out[i] = None
        return out
    return [plain_value(v) for v in series.tolist()]


def plain_value(value):
    """A numpy/pandas scalar as plain Python: NaN, NA and NaT -> None, numpy numbers -> int/float/bool."""
    if value is None:
        return None
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if value is pd.NA or value is pd.NaT:
        return None
    return value


def write_copy(source: QgsFeatureSource, sink: QgsFeatureSink, fields: QgsFields, values: pandas.DataFrame,
               feedback: QgsFeedback | None = None, progress: Tuple[float, float] = (50.0, 100.0)) -> bool:
    """Copy every feature of ``source`` (geometry and attributes) into ``sink`` with ``values`` added.

    ``values`` is a DataFrame indexed by feature id whose columns are fields of ``fields``; features
    missing from ``values`` get NULL in the new fields. Returns False when cancelled.
    """
    source_names = field_names(source)
    target_names = [f.name() for f in fields]
    computed = set(values.columns)
    # target fields copied from the source, and the new ones (from values, or NULL)
    kept = {n: source_names.index(n) for n in target_names if n in source_names and n not in computed}
    new_names = [n for n in target_names if n not in kept]
    n_rows = len(values)
    column_lists = [plain_column(values[n]) if n in computed else [None] * n_rows for n in new_names]
    rows = dict(zip(values.index.tolist(), zip(*column_lists))) if new_names else {}
    empty = (None,) * len(new_names)
    kept_indices = [kept[n] for n in target_names if n in kept]
    standard = target_names == [n for n in target_names if n in kept] + new_names
    simple = standard and kept_indices == list(range(len(source_names)))  # append only
    if not standard:  # general layout: place every value by name
        slots = [("src", kept[n]) if n in kept else ("new", new_names.index(n)) for n in target_names]
    total = source.featureCount() or 1
    start, end = progress
    batch = []
    for i, feature in enumerate(source.getFeatures()):
        attributes = feature.attributes()
        row = rows.get(feature.id(), empty)
        if simple:
            attributes.extend(row)
        elif standard:
            attributes = [attributes[j] for j in kept_indices]
            attributes.extend(row)
        else:
            attributes = [attributes[j] if kind == "src" else row[j] for kind, j in slots]
        feature.setFields(fields, False)
        feature.setAttributes(attributes)
        batch.append(feature)
        if len(batch) >= 2000:
            if feedback is not None:
                if feedback.isCanceled():
                    return False
                feedback.setProgress(start + (end - start) * i / total)
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
            batch = []
    if feedback is not None and feedback.isCanceled():
        return False
    if batch:
        sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
    return True

