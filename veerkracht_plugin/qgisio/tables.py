"""Tables out of QGIS: an XLSX workbook through GDAL's XLSX driver (what QGIS ships), written atomically.

:func:`write_atomically` writes a file under a temporary name in the destination folder and renames it into
place only when complete: a cancelled or killed run leaves the previous file or nothing, never half a file.
"""

import os
import tempfile
from pathlib import Path

#: column kind -> OGR field type name (see core.tag_export.COLUMNS)
_OGR_TYPES = {"text": "OFTString", "int": "OFTInteger", "real": "OFTReal", "bool": "OFTString"}


def write_atomically(path, writer, suffix=""):
    """Call ``writer(temporary_path)`` and move the result to ``path`` when it returns; on any error the
    temporary file goes and ``path`` is left as it was. ``suffix``: the temporary name's extension (GDAL
    chooses nothing by it, but a reader may)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=suffix or path.suffix, dir=path.parent)
    os.close(handle)
    os.unlink(temporary)  # GDAL creates the file itself
    try:
        writer(temporary)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    return str(path)


def write_xlsx(table, kinds, path, sheet="Buurten"):
    """``table`` (a DataFrame) as one sheet of an XLSX workbook at ``path``; ``kinds``: column -> "text",
    "int", "real" or "bool" (the cell type). Missing values stay empty cells."""
    from osgeo import ogr

    driver = ogr.GetDriverByName("XLSX")
    if driver is None:
        raise RuntimeError("GDAL has no XLSX driver")
    source = driver.CreateDataSource(str(path))
    if source is None:
        raise RuntimeError(f"cannot create {path}")
    layer = source.CreateLayer(sheet, geom_type=ogr.wkbNone)
    columns = list(table.columns)
    for column in columns:
        field = ogr.FieldDefn(column, getattr(ogr, _OGR_TYPES[kinds.get(column, "text")]))
        layer.CreateField(field)
    definition = layer.GetLayerDefn()
    for row in table.itertuples(index=False, name=None):
        feature = ogr.Feature(definition)
        for index, value in enumerate(row):
            if _missing(value):
                continue
            kind = kinds.get(columns[index], "text")
            feature.SetField(index, int(value) if kind == "int" else float(value) if kind == "real"
                             else str(value))
        layer.CreateFeature(feature)
        feature = None
    layer = None
    source = None  # closes and writes the workbook


def _missing(value):
    if value is None:
        return True
    try:
        return bool(value != value) or str(value) == "<NA>"  # NaN, pandas' NA
    except TypeError:  # pandas' NA refuses a truth value
        return True


def read_xlsx(path, sheet="Buurten"):
    """[{heading: value}] of one sheet (for tests and checks), headings as the workbook's first row."""
    from osgeo import gdal, ogr

    gdal.SetConfigOption("OGR_XLSX_HEADERS", "FORCE")
    gdal.SetConfigOption("OGR_XLSX_FIELD_TYPES", "AUTO")
    source = ogr.Open(str(path))
    try:
        layer = source.GetLayerByName(sheet)
        definition = layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        rows = [{name: feature.GetField(name) for name in names} for feature in layer]
    finally:
        gdal.SetConfigOption("OGR_XLSX_HEADERS", None)
        gdal.SetConfigOption("OGR_XLSX_FIELD_TYPES", None)
    source = None
    return rows
