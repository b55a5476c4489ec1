"""Writing tag values to the buurt layer's data source: atomic, bounded in time, with conflict detection.

Every write is a *compare-and-set* per buurt: it carries, for each field it changes, the value the dock
showed (the *base*). Inside one database transaction the writer reads the stored row, writes only the
buurten whose stored values still equal the base (or already equal the new value) and returns the
others as conflicts, with their stored values. Fields the write does not change are never touched, so
two planners tagging different fields of one buurt do not conflict. What was stored before the write
comes back as ``written[fid]`` (Undo writes it back).

* :class:`GpkgWriter` (GeoPackage through GDAL/OGR): its own short-lived GDAL connection,
  ``PRAGMA busy_timeout`` of :data:`BUSY_TIMEOUT_MS` and ``BEGIN IMMEDIATE`` (the write lock is taken
  before the row is read, so nobody can write in between). QGIS's own GeoPackage connection waits up to
  5 s for a lock and cannot be told otherwise (GDAL sets ``busy_timeout`` after ``OGR_SQLITE_PRAGMA``),
  which would freeze QGIS; this connection gives up after half a second and the store retries later.
* :class:`PostgresWriter` (PostGIS): one SQL statement through QGIS's provider connection: the rows are
  locked with ``FOR UPDATE NOWAIT`` (a row another session is changing fails at once instead of
  waiting) and updated in data-modifying CTEs, so read, check and write are one transaction.
* :class:`BufferWriter` (every other writable provider): reads the stored row from the provider (not
  the layer), then the layer's edit buffer and ``commitChanges``; a failed commit is rolled back, so
  nothing ever stays behind in the edit buffer. The read and the commit are two steps there.

After a direct write (GeoPackage, PostGIS) the layer is told what changed (``attributeValueChanged``, as
QGIS's own commit does, so an open attribute table follows) and repainted.
"""

import re

from qgis.core import NULL, QgsDataSourceUri, QgsFeatureRequest, QgsProviderRegistry
from qgis.PyQt.QtCore import QDateTime, Qt

from ..core.fields import STAMP_FIELD
from ..i18n import tr
from ..qgisio.compat import REQUEST_NO_GEOMETRY
from ..qgisio.frames import python_value

#: how long one GeoPackage write waits for another connection's write lock (the GUI waits with it)
BUSY_TIMEOUT_MS = 500

HP_PREFIX = "vk_hp_"

#: errors that go away when the other connection is done: retry later
TRANSIENT = re.compile(
    r"database is locked|database table is locked|sqlite_busy|database is busy|could not obtain lock|"
    r"lock timeout|deadlock detected|could not serialize|serialization failure|canceling statement due to|"
    r"cannot reopen datasource .* in update mode",
    re.IGNORECASE)


def is_transient(text):
    return bool(TRANSIENT.search(text or ""))


def normal(field, value):
    """A stored value in the form used to compare versions (NULL and '' are the same text)."""
    value = python_value(value)
    if field.startswith(HP_PREFIX):
        if value is None or value == "":
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            return value
    if field == STAMP_FIELD:
        return value
    if value is None:
        return ""
    return str(value).replace("\r\n", "\n")


def same(field, a, b):
    return normal(field, a) == normal(field, b)


def stamp_text(stamp):
    """``vk_bijgewerkt`` as written (local time, as QGIS writes a QDateTime into a GeoPackage)."""
    return stamp.toString("yyyy-MM-ddTHH:mm:ss.zzz")


def parse_stamp(value):
    """A stored ``vk_bijgewerkt`` as QDateTime (None when empty or unreadable)."""
    if isinstance(value, QDateTime):
        return value if value.isValid() else None
    value = python_value(value)
    if value is None:
        return None
    text = str(value).strip().replace(" ", "T").replace("/", "-")
    parsed = QDateTime.fromString(text, Qt.DateFormat.ISODateWithMs)
    if not parsed.isValid():
        parsed = QDateTime.fromString(text, Qt.DateFormat.ISODate)
    return parsed if parsed.isValid() else None


class WriteResult:
    """What a write did: ``written`` {fid: {field: value stored before}}, ``conflicts`` {fid: {field:
    stored value, incl. vk_bijgewerkt}}, ``missing`` fids, ``error`` (text) and whether it is
    ``transient`` (locked: try again later)."""

    def __init__(self):
        self.written = {}
        self.conflicts = {}
        self.missing = []
        self.error = None
        self.transient = False

    def fail(self, error):
        self.error = str(error).strip() or tr("unknown error")
        self.transient = is_transient(self.error)
        self.written, self.conflicts = {}, {}
        return self


def _decide(fields, rows, base, stored):
    """Split ``rows`` into (fids to write, conflicts) given the stored rows {fid: {field: value}}."""
    writable, conflicts = [], {}
    for fid, values in rows.items():
        current = stored.get(fid)
        if current is None:
            continue
        expected = base.get(fid, {})
        clash = [name for name in values
                 if name in expected and not same(name, current.get(name), expected[name])
                 and not same(name, current.get(name), values[name])]
        if clash:
            conflicts[fid] = dict(current)
        else:
            writable.append(fid)
    return writable, conflicts


# --- GeoPackage ---------------------------------------------------------------------------------
class _SqlError(Exception):
    pass


def _sqlite_literal(value):
    value = python_value(value)
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, QDateTime):
        value = stamp_text(value)
    return "'" + str(value).replace("\x00", "").replace("'", "''") + "'"


def _quote_name(name):
    return '"' + name.replace('"', '""') + '"'


class GpkgWriter:
    kind = "gpkg"

    def __init__(self, path, table, busy_ms=BUSY_TIMEOUT_MS, index=0):
        self.path = path
        self.table = table  # None: the layer number ``index`` of the file
        self.index = index
        self.busy_ms = busy_ms
        self._fid_column = None

    @staticmethod
    def for_layer(layer):
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path = parts.get("path")
        if not path:
            return None
        return GpkgWriter(path, parts.get("layerName") or None, index=parts.get("layerId") or 0)

    def _sql(self, ds, sql):
        from osgeo import gdal

        gdal.ErrorReset()
        try:
            result = ds.ExecuteSQL(sql)
        except RuntimeError as error:  # a plugin may have switched GDAL exceptions on
            raise _SqlError(str(error)) from None
        rows = []
        if result is not None:
            try:
                for feature in result:
                    rows.append([feature.GetField(i) for i in range(feature.GetFieldCount())])
            finally:
                ds.ReleaseResultSet(result)
        if gdal.GetLastErrorType() >= gdal.CE_Failure:
            raise _SqlError(gdal.GetLastErrorMsg())
        return rows

    def write(self, rows, base, stamp, read_fields):
        """``rows`` {fid: {field: new value}}, ``base`` {fid: {field: value the dock showed}}."""
        from osgeo import gdal

        result = WriteResult()
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        ds = None
        try:
            gdal.ErrorReset()
            ds = gdal.OpenEx(self.path, gdal.OF_VECTOR | gdal.OF_UPDATE)
            if ds is None:
                return result.fail(gdal.GetLastErrorMsg() or tr("Could not open {path}.").format(path=self.path))
            if self._fid_column is None:
                layer = ds.GetLayerByName(self.table) if self.table else ds.GetLayer(int(self.index))
                if layer is None:
                    return result.fail(tr("The table {table} is missing.").format(table=self.table or self.index))
                self.table = layer.GetName()
                self._fid_column = layer.GetFIDColumn() or "fid"
            table, key = _quote_name(self.table), _quote_name(self._fid_column)
            self._sql(ds, f"PRAGMA busy_timeout = {int(self.busy_ms)}")
            self._sql(ds, "BEGIN IMMEDIATE TRANSACTION")
            try:
                columns = ", ".join(f"{_quote_name(name)} || ''" if name == STAMP_FIELD else _quote_name(name)
                                    for name in read_fields)
                fids = ", ".join(str(int(fid)) for fid in rows)
                stored = {}
                for row in self._sql(ds, f"SELECT CAST({key} AS INTEGER) AS vk_key, {columns} FROM {table} "
                                         f"WHERE {key} IN ({fids})"):
                    stored[int(row[0])] = dict(zip(read_fields, row[1:]))
                result.missing = [fid for fid in rows if fid not in stored]
                writable, result.conflicts = _decide(read_fields, rows, base, stored)
                for fid in writable:
                    assignments = [f"{_quote_name(name)} = {_sqlite_literal(value)}"
                                   for name, value in rows[fid].items()]
                    assignments.append(f"{_quote_name(STAMP_FIELD)} = {_sqlite_literal(stamp_text(stamp))}")
                    self._sql(ds, f"UPDATE {table} SET {', '.join(assignments)} WHERE {key} = {int(fid)}")
                self._sql(ds, "COMMIT TRANSACTION")
                result.written = {fid: {name: stored[fid].get(name) for name in rows[fid]} for fid in writable}
            except _SqlError:
                try:
                    self._sql(ds, "ROLLBACK TRANSACTION")
                except _SqlError:
                    pass
                raise
        except _SqlError as error:
            return result.fail(error)
        finally:
            ds = None  # noqa: F841  (closes the connection)
            gdal.PopErrorHandler()
        return result


# --- PostGIS ------------------------------------------------------------------------------------
def _pg_literal(value):
    value = python_value(value)
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, QDateTime):
        value = stamp_text(value)
    text = str(value).replace("\x00", "")
    return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def _pg_same(name, column, value):
    """SQL: the stored ``column`` equals ``value`` as :func:`same` compares them."""
    value = normal(name, value)
    if name.startswith(HP_PREFIX):
        return f"{column} IS NOT DISTINCT FROM {_pg_literal(value)}"
    return f"coalesce({column}, '') = {_pg_literal(value)}"


class PostgresWriter:
    kind = "postgres"

    def __init__(self, source, schema, table, key):
        self.source = source
        self.schema = schema
        self.table = table
        self.key = key
        self._connection = None

    @staticmethod
    def for_layer(layer):
        uri = QgsDataSourceUri(layer.source())
        key = uri.keyColumn().strip().strip('"')
        table = uri.table()
        if not key or "," in key or not table or table.startswith("("):
            return None
        index = layer.fields().lookupField(key)
        if index < 0:
            return None
        sample = next(iter(layer.dataProvider().getFeatures(QgsFeatureRequest().setLimit(1))), None)
        value = python_value(sample[key]) if sample is not None else None
        if sample is not None and (not isinstance(value, int) or value != sample.id()):
            return None  # the feature ids are not the key's values (text or composite keys)
        return PostgresWriter(layer.source(), uri.schema() or "public", table, key)

    def _execute(self, sql):
        if self._connection is None:
            metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
            self._connection = metadata.createConnection(self.source, {})
        return self._connection.executeSql(sql)

    def write(self, rows, base, stamp, read_fields):
        result = WriteResult()
        table = f"{_quote_name(self.schema)}.{_quote_name(self.table)}"
        key = _quote_name(self.key)
        columns = ", ".join(f"cur.{_quote_name(name)}::text" if name == STAMP_FIELD else f"cur.{_quote_name(name)}"
                            for name in read_fields)
        fids = ", ".join(str(int(fid)) for fid in rows)
        parts = [f"cur AS (SELECT {key}, {', '.join(_quote_name(n) for n in read_fields)} FROM {table} "
                 f"WHERE {key} IN ({fids}) FOR UPDATE NOWAIT)"]
        groups = {}  # buurten with the same new values and the same base: one UPDATE
        for fid, values in rows.items():
            key_values = (tuple(sorted((n, repr(v)) for n, v in values.items())),
                          tuple(sorted((n, repr(v)) for n, v in base.get(fid, {}).items() if n in values)))
            groups.setdefault(key_values, []).append(fid)
        names = []
        for number, fids_of_group in enumerate(groups.values()):
            fid = fids_of_group[0]
            values = rows[fid]
            checks = []
            for name, value in values.items():
                if name in base.get(fid, {}):
                    column = f"cur.{_quote_name(name)}"
                    checks.append(f"({_pg_same(name, column, base[fid][name])} OR {_pg_same(name, column, value)})")
            assignments = [f"{_quote_name(name)} = {_pg_literal(value)}" for name, value in values.items()]
            assignments.append(f"{_quote_name(STAMP_FIELD)} = {_pg_literal(stamp_text(stamp))}")
            members = ", ".join(str(int(f)) for f in fids_of_group)
            condition = " AND ".join([f"t.{key} = cur.{key}", f"cur.{key} IN ({members})", *checks])
            parts.append(f"u{number} AS (UPDATE {table} AS t SET {', '.join(assignments)} FROM cur "
                         f"WHERE {condition} RETURNING t.{key} AS k)")
            names.append(f"SELECT k FROM u{number}")
        sql = (f"WITH {', '.join(parts)} SELECT cur.{key}, {columns}, cur.{key} IN ({' UNION ALL '.join(names)}) "
               f"FROM cur")
        try:
            answer = self._execute(sql)
        except Exception as error:  # QgsProviderConnectionException / QgsException carry the server's text
            return result.fail(str(error).split("[ERROR:", 1)[-1].strip(" ]\n") or str(error))
        stored, updated = {}, set()
        for row in answer:
            fid = int(python_value(row[0]))
            stored[fid] = dict(zip(read_fields, row[1:-1]))
            if python_value(row[-1]):
                updated.add(fid)
        result.missing = [fid for fid in rows if fid not in stored]
        result.written = {fid: {name: stored[fid].get(name) for name in rows[fid]} for fid in updated}
        result.conflicts = {fid: stored[fid] for fid in stored if fid not in updated}
        return result


# --- any other writable provider ----------------------------------------------------------------
class BufferWriter:
    """The layer's edit buffer, committed at once (read and commit are two steps here)."""

    kind = "buffer"

    def __init__(self, layer):
        self.layer = layer

    def write(self, rows, base, stamp, read_fields):
        layer = self.layer
        result = WriteResult()
        fields = layer.fields()
        request = QgsFeatureRequest().setFilterFids(list(rows)).setFlags(REQUEST_NO_GEOMETRY)
        request.setSubsetOfAttributes(list(read_fields), fields)
        stored = {feature.id(): {name: python_value(feature[name]) for name in read_fields}
                  for feature in layer.dataProvider().getFeatures(request)}
        result.missing = [fid for fid in rows if fid not in stored]
        writable, result.conflicts = _decide(read_fields, rows, base, stored)
        if not writable:
            return result
        if not layer.startEditing():
            return result.fail(tr("The layer cannot be edited."))
        stamp_index = fields.lookupField(STAMP_FIELD)
        ok = True
        for fid in writable:
            for name, value in rows[fid].items():
                ok &= layer.changeAttributeValue(fid, fields.lookupField(name), value)
            ok &= layer.changeAttributeValue(fid, stamp_index, stamp)
        if not ok:
            layer.rollBack()
            return result.fail(tr("The layer refused the change."))
        if not layer.commitChanges():
            error = "; ".join(e.strip() for e in layer.commitErrors() if e.strip())
            layer.rollBack()  # never leave the change behind in the edit buffer
            return result.fail(error)
        result.written = {fid: {name: stored[fid].get(name) for name in rows[fid]} for fid in writable}
        return result


def writer_for(layer):
    """The writer for a layer that is not in edit mode."""
    provider = layer.providerType()
    try:
        if provider == "ogr" and layer.dataProvider().storageType() == "GPKG":
            writer = GpkgWriter.for_layer(layer)
            if writer is not None:
                return writer
        if provider == "postgres":
            writer = PostgresWriter.for_layer(layer)
            if writer is not None:
                return writer
    except (RuntimeError, IndexError, ValueError):
        pass
    return BufferWriter(layer)


def announce(layer, written_rows, stamp):
    """Tell QGIS about values written behind the provider's back (attribute table, map, dock)."""
    try:
        fields = layer.fields()
    except RuntimeError:  # the layer was removed meanwhile
        return
    stamp_index = fields.lookupField(STAMP_FIELD)
    for fid, values in written_rows.items():
        for name, value in values.items():
            index = fields.lookupField(name)
            if index >= 0:
                layer.attributeValueChanged.emit(fid, index, value if value is not None else NULL)
        if stamp_index >= 0:
            layer.attributeValueChanged.emit(fid, stamp_index, stamp)
    layer.triggerRepaint()
