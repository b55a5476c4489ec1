"""A table without geometry written straight into a new GeoPackage: GDAL creates the empty table, SQLite
inserts the rows in one transaction (the monitor's long tables hold a row per buurt and period: 72,600 rows
at national scale with five years, too many to pass one by one through a QGIS sink)."""

from __future__ import annotations

import os
import sqlite3
from typing import TYPE_CHECKING, Sequence, Tuple

from ..core.lazy import lazy_module
from .frames import plain_column

pd = lazy_module("pandas")

if TYPE_CHECKING:
    import pandas

_OGR_TYPES = {"double": "OFTReal", "int": "OFTInteger", "int64": "OFTInteger64", "bool": "OFTInteger",
              "string": "OFTString"}


def write_gpkg_table(path: str, table_name: str, table: pandas.DataFrame,
                     columns: Sequence[Tuple[str, str]]) -> str:
    """Write ``table`` (``columns``: (name, kind) in order) as table ``table_name`` of a new GeoPackage ``path``
    (an existing file is replaced); returns the layer uri ``path|layername=table_name``. On failure the file
    is removed and RuntimeError raised."""
    from osgeo import ogr

    ogr.UseExceptions()
    if os.path.exists(path):
        os.remove(path)
    try:
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        layer = dataset.CreateLayer(table_name, geom_type=ogr.wkbNone)
        for name, kind in columns:
            definition = ogr.FieldDefn(name, getattr(ogr, _OGR_TYPES[kind]))
            if kind == "bool":
                definition.SetSubType(ogr.OFSTBoolean)
            layer.CreateField(definition)
        layer = None
        dataset = None
        lists = [_values(table[name]) for name, _kind in columns]
        names = ", ".join(f'"{name}"' for name, _kind in columns)
        marks = ", ".join("?" for _column in columns)
        with sqlite3.connect(path) as db:
            # GDAL's feature-count triggers would update gpkg_ogr_contents once per row: count once instead
            triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                  "lower(tbl_name) = lower(?)", (table_name,)).fetchall()
            for trigger, _sql in triggers:
                db.execute(f'DROP TRIGGER "{trigger}"')
            db.executemany(f'INSERT INTO "{table_name}" ({names}) VALUES ({marks})', zip(*lists))
            db.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                       (len(table), table_name))
            for _trigger, sql in triggers:
                db.execute(sql)
        db.close()
    except (RuntimeError, sqlite3.Error, OSError) as error:
        if os.path.exists(path):
            os.remove(path)
        raise RuntimeError(str(error)) from None
    return f"{path}|layername={table_name}"


def _values(series):
    """A column as plain Python values for SQLite (missing -> None); text columns without a per-cell check."""
    if series.dtype == object:
        return series.where(series.notna(), None).tolist()
    return plain_column(series)
