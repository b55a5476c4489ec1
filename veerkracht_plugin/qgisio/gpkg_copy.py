"""The GeoPackage fast path: copy a whole GeoPackage table into a new GeoPackage with computed columns.

When an algorithm reads a whole GeoPackage table and writes a new GeoPackage file, the features need not
pass through QGIS at all. GDAL creates the empty output layer (the source's fields plus the new ones, so
the file is a GeoPackage exactly as GDAL writes one); SQLite then copies the rows, geometry blobs as they
are, joined with the computed columns, and copies the source's spatial index. No geometry is parsed:
several times faster than ogr2ogr and ten times faster than a Python sink. The input is opened
read-only; the result is the same layer a sink would write (same fields, fids, CRS, layer name).
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence, Tuple
from urllib.parse import quote

from ..core.lazy import lazy_module
from .frames import plain_column

if TYPE_CHECKING:
    import pandas
    from qgis.core import QgsVectorLayer

pd = lazy_module("pandas")  # imported on first use: see core/lazy.py

#: (style name, description, QML, SLD): a default style row of a GeoPackage (see maps.default_style_row)
StyleRow = Tuple[str, str, str, str]

_OGR_KINDS = {"double": ("OFTReal", None), "int": ("OFTInteger", None), "int64": ("OFTInteger64", None),
              "bool": ("OFTInteger", "OFSTBoolean"), "string": ("OFTString", None),
              "datetime": ("OFTDateTime", None)}
#: the layer_styles table as QGIS creates it in a GeoPackage (QgsOgrProviderMetadata::saveStyle)
_STYLE_COLUMNS = (("f_table_catalog", "OFTString", 256), ("f_table_schema", "OFTString", 256),
                  ("f_table_name", "OFTString", 256), ("f_geometry_column", "OFTString", 256),
                  ("styleName", "OFTString", 30), ("styleQML", "OFTString", 0), ("styleSLD", "OFTString", 0),
                  ("useAsDefault", "OFTInteger", 0), ("description", "OFTString", 0), ("owner", "OFTString", 30),
                  ("ui", "OFTString", 30), ("update_time", "OFTDateTime", 0))
#: the standard GeoPackage R-tree (gpkg_rtree_index extension)
_RTREE_SQL = 'CREATE VIRTUAL TABLE "{name}" USING rtree(id, minx, maxx, miny, maxy)'


def _quote(name):
    return '"' + str(name).replace('"', '""') + '"'


def gpkg_table(layer: QgsVectorLayer | None) -> Tuple[str, str] | None:
    """(path, table name) when ``layer`` is a whole GeoPackage table read through OGR, else None."""
    from qgis.core import QgsProviderRegistry

    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, table = parts.get("path") or "", parts.get("layerName") or ""
    if not path.lower().endswith(".gpkg") or parts.get("subset") or not os.path.isfile(path):
        return None
    if not table:
        with _readonly(path) as connection:
            rows = connection.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchall()
        if len(rows) != 1:
            return None
        table = rows[0][0]
    return path, table


_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[/\\]")


def _sqlite_uri(path, mode):
    """A SQLite URI for a file path (any characters; Windows drives and UNC shares too), opened in
    ``mode`` ('ro' or 'rw')."""
    path = str(path)
    if _WINDOWS_DRIVE.match(path) or path.startswith(("\\\\", "//")):
        posix = path.replace("\\", "/")
    else:
        posix = Path(path).absolute().as_posix()
    if posix.startswith("//"):  # a UNC share: an empty URI authority, then the path //server/share/…
        posix = "//" + posix
    return f"file:{quote(posix, safe='/:')}?mode={mode}"


def is_plain_path(destination: str) -> bool:
    """True for a file path (also 'C:/…' on Windows), False for a provider URI such as 'ogr:…' or
    'postgres:…'."""
    if "|" in destination:
        return False
    scheme = destination.split(":", 1)[0] if ":" in destination else ""
    return not scheme or (len(scheme) == 1 and scheme.isalpha())


def gpkg_readable(path: str) -> bool:
    """True when SQLite can open the GeoPackage ``path`` read-only (the fast path needs that)."""
    try:
        with _readonly(path) as connection:
            connection.execute("SELECT 1 FROM gpkg_contents LIMIT 1").fetchall()
    except sqlite3.Error:
        return False
    return True


class _readonly:
    """A read-only SQLite connection to a GeoPackage (never modifies the input)."""

    def __init__(self, path):
        self.connection = sqlite3.connect(_sqlite_uri(path, "ro"), uri=True)

    def __enter__(self):
        return self.connection

    def __exit__(self, *_exc):
        self.connection.close()


def _fid_column(connection, table):
    for _cid, name, decltype, _notnull, _default, pk in connection.execute(f"PRAGMA table_info({_quote(table)})"):
        if pk == 1 and decltype.upper() == "INTEGER":
            return name
    return None


def gpkg_frame(path: str, table: str, names: Iterable[str]) -> pandas.DataFrame:
    """Attribute columns of a GeoPackage table as a DataFrame indexed by fid (as source_to_frame returns)."""
    names = [n for n in dict.fromkeys(names) if n]
    with _readonly(path) as connection:
        fid = _fid_column(connection, table)
        columns = ", ".join(_quote(n) for n in names) or "NULL AS nothing"
        cursor = connection.execute(f"SELECT {_quote(fid)}, {columns} FROM {_quote(table)}")
        rows = cursor.fetchall()
    ids = [row[0] for row in rows]
    frame = pd.DataFrame([row[1:] for row in rows], columns=names or ["nothing"], index=pd.Index(ids, name="fid"),
                         dtype=object)
    return frame[names] if names else frame.iloc[:, :0]


def _sqlite_column(series, kind):
    """A column as values for sqlite3 (which stores a float NaN as NULL by itself)."""
    if kind == "double" and pd.api.types.is_float_dtype(series.dtype):
        return series.to_numpy(dtype=float).tolist()
    if series.dtype == object and pd.api.types.infer_dtype(series, skipna=True) in ("string", "empty"):
        values = series.to_numpy(dtype=object, copy=True)
        values[pd.isna(values)] = None
        return values.tolist()
    return [None if v is None else (int(v) if kind == "bool" else v) for v in plain_column(series)]


def _remove_database(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def _canonical_sql(sql):
    """SQL without whitespace, quotes and case: writers differ in how they spell the same statement."""
    return re.sub(r"[\s\"'`\[\]]", "", sql).lower()


def _source_schema(path, table):
    """What the copy needs to know of the source table; raises RuntimeError when it cannot be copied."""
    with _readonly(path) as connection:
        fid = _fid_column(connection, table)
        geometry = connection.execute(
            "SELECT column_name FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)", (table,)).fetchone()
        extent = connection.execute(
            "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE lower(table_name) = lower(?)",
            (table,)).fetchone()
        rtree = None
        if geometry is not None:
            name = f"rtree_{table}_{geometry[0]}"
            row = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                                     (name,)).fetchone()
            if row is not None and _canonical_sql(row[0]) == _canonical_sql(_RTREE_SQL.format(name=name)):
                rtree = name
    if fid is None:
        raise RuntimeError(f"no integer primary key in {table}")
    if geometry is None or extent is None:
        raise RuntimeError(f"{table} is not a GeoPackage feature table")
    return fid, geometry[0], extent, rtree


def _create_layer(path, table, destination, fid, new_columns, style):
    """GDAL creates ``destination`` with an empty layer: the source's fields (minus the replaced ones) plus
    ``new_columns``, the source's geometry type and CRS, a spatial index; and the style row, if any.
    Returns (layer name, geometry column, the copied source column names in output order)."""
    from osgeo import gdal, ogr

    names = {name for name, _kind in new_columns}
    source = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    if source is None:
        raise RuntimeError(gdal.GetLastErrorMsg())
    source_layer = source.GetLayerByName(table)
    if source_layer is None:
        raise RuntimeError(f"no layer {table}")
    geometry = source_layer.GetGeometryColumn()
    driver = ogr.GetDriverByName("GPKG")
    output = driver.CreateDataSource(destination)
    if output is None:
        raise RuntimeError(gdal.GetLastErrorMsg())
    layer_name = Path(destination).stem
    layer = output.CreateLayer(layer_name, source_layer.GetSpatialRef(), source_layer.GetGeomType(),
                               [f"FID={fid}", f"GEOMETRY_NAME={geometry}"])
    if layer is None:
        raise RuntimeError(gdal.GetLastErrorMsg())
    definition = source_layer.GetLayerDefn()
    kept = []
    for i in range(definition.GetFieldCount()):
        field = definition.GetFieldDefn(i)
        if field.GetName() in names:
            continue
        if layer.CreateField(field) != 0:
            raise RuntimeError(gdal.GetLastErrorMsg())
        kept.append(field.GetName())
    for name, kind in new_columns:
        field_type, subtype = _OGR_KINDS[kind]
        field = ogr.FieldDefn(name, getattr(ogr, field_type))
        if subtype:
            field.SetSubType(getattr(ogr, subtype))
        if layer.CreateField(field) != 0:
            raise RuntimeError(gdal.GetLastErrorMsg())
    if style is not None:
        _create_style_row(output, layer_name, geometry, style)
    output = None  # noqa: F841 - closes the file: the spatial index and its triggers now exist
    source = None  # noqa: F841 - the source dataset stays alive until here
    return layer_name, geometry, kept


def _create_style_row(output, layer_name, geometry, style):
    """The layer_styles table exactly as QGIS makes it, with ``style`` as the layer's default style."""
    from osgeo import ogr

    name, description, qml, sld = style
    table = output.CreateLayer("layer_styles", None, ogr.wkbNone, ["FID=id"])
    for column, field_type, width in _STYLE_COLUMNS:
        field = ogr.FieldDefn(column, getattr(ogr, field_type))
        if width:
            field.SetWidth(width)
        if column == "useAsDefault":
            field.SetSubType(ogr.OFSTBoolean)
        if column == "update_time":
            field.SetDefault("CURRENT_TIMESTAMP")
        table.CreateField(field)
    row = ogr.Feature(table.GetLayerDefn())
    for column, value in (("f_table_catalog", ""), ("f_table_schema", ""), ("f_table_name", layer_name),
                          ("f_geometry_column", geometry), ("styleName", name), ("styleQML", qml),
                          ("styleSLD", sld), ("useAsDefault", 1), ("description", description), ("owner", "")):
        row.SetField(column, value)
    if table.CreateFeature(row) != 0:
        raise RuntimeError("cannot store the style")


def write_gpkg_copy(path: str, table: str, destination: str, values: pandas.DataFrame,
                    new_columns: Sequence[Tuple[str, str]], style: StyleRow | None = None) -> str:
    """Write ``destination`` (a new GeoPackage file): the table at ``path`` with ``values`` joined on fid.

    ``new_columns``: (name, kind) pairs in output order; a new column replaces a source column of the same
    name. ``style``: None or (name, description, QML, SLD), stored as the layer's default style. Returns
    the destination path. Raises RuntimeError when the table cannot be copied this way (the caller then
    uses a sink); a partly written destination is removed.
    """
    fid, geometry, extent, rtree = _source_schema(path, table)
    try:
        _remove_database(destination)  # an output file of the same name is replaced, as a sink does
    except OSError as error:  # e.g. open in another program (Windows)
        raise RuntimeError(str(error)) from None
    try:
        layer_name, geometry, kept = _create_layer(path, table, destination, fid, new_columns, style)
        _copy_rows(path, table, destination, layer_name, fid, geometry, kept, values, new_columns, extent, rtree)
        if rtree is None:  # the source has no (standard) spatial index: GDAL builds one from the geometries
            _rebuild_spatial_index(destination, layer_name, geometry)
    except (RuntimeError, sqlite3.Error, OSError) as error:
        try:
            _remove_database(destination)
        except OSError:
            pass
        raise RuntimeError(str(error)) from None
    return destination


def _copy_rows(path, table, destination, layer_name, fid, geometry, kept, values, new_columns, extent, rtree):
    names = [name for name, _kind in new_columns]
    connection = sqlite3.connect(_sqlite_uri(destination, "rw"), uri=True, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = OFF")  # a new file: nothing to roll back to
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("ATTACH DATABASE ? AS vk_source", (_sqlite_uri(path, "ro"),))  # never modified
        connection.execute("BEGIN")
        definitions = ", ".join(f"{_quote(n)}" for n in names)
        connection.execute(f"CREATE TEMP TABLE vk_values (vk_fid INTEGER PRIMARY KEY, {definitions})")
        columns = [values.index.tolist()] + [_sqlite_column(values[n], k) if n in values.columns
                                              else [None] * len(values) for n, k in new_columns]
        connection.executemany(
            f"INSERT INTO temp.vk_values VALUES ({', '.join('?' * (len(new_columns) + 1))})", zip(*columns))
        # the triggers that keep the R-tree and feature count up to date are replaced by bulk copies
        triggers = connection.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' "
                                      "AND tbl_name = ?", (layer_name,)).fetchall()
        for name, _sql in triggers:
            connection.execute(f"DROP TRIGGER main.{_quote(name)}")
        target = ", ".join(_quote(c) for c in [fid, geometry, *kept, *names])
        select = ", ".join([f"b.{_quote(c)}" for c in [fid, geometry, *kept]] + [f"v.{_quote(n)}" for n in names])
        connection.execute(
            f"INSERT INTO main.{_quote(layer_name)} ({target}) SELECT {select} FROM vk_source.{_quote(table)} b "
            f"LEFT JOIN temp.vk_values v ON b.{_quote(fid)} = v.vk_fid ORDER BY b.{_quote(fid)}")
        if rtree is not None:
            # the same fids, so the source's R-tree is the output's: copy its three shadow tables
            for part in ("node", "rowid", "parent"):
                shadow = f"rtree_{layer_name}_{geometry}_{part}"
                connection.execute(f"DELETE FROM main.{_quote(shadow)}")
                connection.execute(
                    f"INSERT INTO main.{_quote(shadow)} SELECT * FROM vk_source.{_quote(rtree + '_' + part)}")
        for _name, sql in triggers:
            connection.execute(sql)
        connection.execute("UPDATE main.gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                           "WHERE table_name = ?", (*extent, layer_name))
        connection.execute(f"UPDATE main.gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM "
                           f"main.{_quote(layer_name)}) WHERE table_name = ?", (layer_name,))
        connection.execute("COMMIT")
    finally:
        connection.close()


def _rebuild_spatial_index(destination, layer_name, geometry):
    from osgeo import gdal

    output = gdal.OpenEx(destination, gdal.OF_VECTOR | gdal.OF_UPDATE)
    if output is None:
        raise RuntimeError(gdal.GetLastErrorMsg())
    for function in ("DisableSpatialIndex", "CreateSpatialIndex"):
        output.ExecuteSQL(f"SELECT {function}('{layer_name.replace(chr(39), chr(39) * 2)}', "
                          f"'{geometry.replace(chr(39), chr(39) * 2)}')")
    output = None  # noqa: F841 - closes and flushes
