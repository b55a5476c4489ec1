"""No output may harm an input: where a run's destinations and input sources are, and whether a destination
would replace an input, another destination of the same run, or a file of another kind.

The path logic is pure Python (testable without QGIS); only :func:`layer_location` asks QGIS' provider
registry where a layer's data lives. The algorithms' base class calls :func:`check` before anything is
written (docs/development.md, "Outputs").

- Two paths are the same file after symlinks (``os.path.realpath``), case on Windows (``os.path.normcase``),
  hard links (``os.path.samefile``) and companions: ``x.gpkg-wal``/``-shm``/``-journal`` belong to
  ``x.gpkg``, ``x.dbf``/``x.shx``/... to ``x.shp``.
- A destination without a layer name replaces its whole file (what QGIS' file writer does), so it may not
  be an input file. A destination with a layer name (``ogr:dbname='x.gpkg' table="new"``) adds a layer to
  the file and leaves its other tables alone: allowed into an input GeoPackage, unless it is the input
  layer itself or the file holds a single layer only.
- A file that exists under a destination's name must be of the destination's own kind (a PDF for a PDF,
  text for an HTML page or CSV table, a SQLite file for a GeoPackage): never replace a file of another kind.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..core.messages import N_, VeerkrachtError

#: files SQLite keeps beside a database while it is open or after a crash
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
#: the files of one shapefile
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd")
#: formats that hold several tables: a new layer may be written into such an input file
MULTI_LAYER = (".gpkg", ".sqlite", ".db")

REPLACE_INPUT = N_(
    "The output '{output}' would replace the input file {path}, and everything in it would be lost. Choose "
    "another file name, or write a new layer into the GeoPackage: in the dialog 'Save to GeoPackage…', in a "
    "script ogr:dbname='{path}' table=\"new_layer\".")
REPLACE_INPUT_FILE = N_(
    "The output '{output}' would replace the input file {path}. Choose another file name.")
SAME_LAYER = N_(
    "The output '{output}' would overwrite the input layer '{layer}' in {path}. Choose another layer name "
    "(e.g. ogr:dbname='{path}' table=\"{layer}_new\") or another file.")
SINGLE_LAYER_FILE = N_(
    "The output '{output}' would write into the input file {path}, which holds only one layer. Choose "
    "another file name.")
OUTPUTS_CLASH = N_(
    "The outputs '{first}' and '{second}' would both write {path}: the second would destroy the first. "
    "Choose different file names (or different layers in one GeoPackage).")
OTHER_KIND = N_(
    "The output '{output}' would replace {path}, which is not a {kind} file. Choose another file name.")


@dataclass(frozen=True)
class Location:
    """Where a source or destination lives: a file, and a layer in it (None: the whole file, or unknown)."""

    path: str
    layer: str | None = None
    label: str = ""
    #: a destination written by QGIS' layer writer ("layer") or a document such as a PDF ("file")
    kind: str = "layer"


# --- paths ------------------------------------------------------------------------------------------------
def dataset_key(path: str) -> str:
    """The file a path belongs to, comparable: companions folded onto their database or shapefile,
    symlinks resolved, case folded where the file system ignores it (Windows)."""
    path = os.fspath(path)
    for suffix in SQLITE_COMPANIONS:
        if path.endswith(suffix):
            path = path[: -len(suffix)]
            break
    real = os.path.realpath(path)
    root, extension = os.path.splitext(real)
    if extension.lower() in SHAPEFILE_PARTS:
        real = root + ".shp"
    return os.path.normcase(real)


def same_file(a: str, b: str) -> bool:
    """True when paths ``a`` and ``b`` are (parts of) the same file: see :func:`dataset_key`; also a hard
    link, or the same file on a case-insensitive file system."""
    key_a, key_b = dataset_key(a), dataset_key(b)
    if key_a == key_b:
        return True
    try:
        return os.path.samefile(key_a, key_b)
    except OSError:  # one of them does not exist (yet)
        return False


def split_source(source: str) -> Location:
    """An OGR-style source 'path|layername=x|subset=...' as a Location (layer None when not named)."""
    path, *options = str(source).split("|")
    layer = None
    for option in options:
        key, _sep, value = option.partition("=")
        if key.strip().lower() == "layername" and value:
            layer = value
    return Location(path, layer)


_DBNAME = re.compile(r"""(?:^|\s)dbname\s*=\s*(?:'((?:[^'\\]|\\.)*)'|(\S+))""")
_TABLE = re.compile(r"""(?:^|\s)table\s*=\s*(?:"((?:[^"\\]|\\.|"")*)"|(\S+))""")
_DRIVE = re.compile(r"^[A-Za-z]:[/\\]")


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text.replace('""', '"'))


def parse_destination(destination: str, label: str = "", kind: str = "layer") -> Location | None:
    """The file a Processing destination writes, or None for one that writes no file of its own
    (a memory layer, a temporary output, a database such as PostGIS).

    Accepted: a file path ('C:/x.gpkg' too; QGIS replaces the whole file), 'ogr:dbname=\\'x.gpkg\\'
    table="new" (geom)' (a new layer in the file, the form of 'Save to GeoPackage…') and 'x.gpkg|layername=new'.
    """
    destination = (destination or "").strip()
    if not destination or destination == "TEMPORARY_OUTPUT" or destination.startswith("memory:"):
        return None
    scheme, sep, rest = destination.partition(":")
    if sep and not _DRIVE.match(destination):
        if scheme.lower() != "ogr":
            return None  # postgres:, spatialite:, ... : not a file this check can compare
        match = _DBNAME.search(rest)
        if match is None:
            location = split_source(rest)
            return Location(location.path, location.layer, label, kind)
        path = _unescape(match.group(1)) if match.group(1) is not None else match.group(2)
        table = _TABLE.search(rest)
        layer = None
        if table is not None:
            layer = _unescape(table.group(1)) if table.group(1) is not None else table.group(2)
        return Location(path, layer or None, label, kind)
    location = split_source(destination)
    return Location(location.path, location.layer, label, kind)


# --- the kind of an existing file -------------------------------------------------------------------------
_KINDS = {".pdf": "PDF", ".html": "HTML", ".htm": "HTML", ".csv": "CSV", ".txt": "text", ".tsv": "text",
          ".gpkg": "GeoPackage", ".sqlite": "SQLite"}


def file_kind(path: str) -> str | None:
    """The kind a file of this name must be ('PDF', 'HTML', 'CSV', 'GeoPackage', ...), or None when any
    file may be replaced (an extension this check does not know)."""
    return _KINDS.get(os.path.splitext(str(path))[1].lower())


def is_own_kind(path: str) -> bool:
    """True when ``path`` does not exist, is empty, or its first bytes fit its extension (see :func:`file_kind`)."""
    kind = file_kind(path)
    if kind is None or not os.path.isfile(path):
        return True
    try:
        with open(path, "rb") as handle:
            head = handle.read(65536)
    except OSError:
        return True  # unreadable: the writer will say so itself
    if not head:
        return True
    if kind == "PDF":
        return head.startswith(b"%PDF-")
    if kind in ("GeoPackage", "SQLite"):
        return head.startswith(b"SQLite format 3\x00")
    if b"\x00" in head:
        return False  # a binary file is no text
    if kind == "HTML":
        text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
        return text.startswith("<")
    return True


# --- the check --------------------------------------------------------------------------------------------
def _against_input(output: Location, source: Location) -> VeerkrachtError | None:
    values = {"output": output.label, "path": source.path}
    if output.kind == "file":
        return VeerkrachtError(REPLACE_INPUT_FILE, **values)
    multi = os.path.splitext(source.path)[1].lower() in MULTI_LAYER
    if output.layer is None:
        return VeerkrachtError(REPLACE_INPUT if multi else REPLACE_INPUT_FILE, **values)
    if not multi:
        return VeerkrachtError(SINGLE_LAYER_FILE, **values)
    if source.layer is None or source.layer.lower() == output.layer.lower():
        return VeerkrachtError(SAME_LAYER, layer=output.layer, **values)
    return None  # a new layer beside the input layer: the file's other tables stay as they are


def _against_output(first: Location, second: Location) -> VeerkrachtError | None:
    whole = first.layer is None or second.layer is None or "file" in (first.kind, second.kind)
    if whole or first.layer.lower() == second.layer.lower():
        return VeerkrachtError(OUTPUTS_CLASH, first=first.label, second=second.label, path=second.path)
    return None


def check(inputs: Iterable[Location], outputs: Sequence[Location]) -> VeerkrachtError | None:
    """The first way in which ``outputs`` would harm ``inputs`` (or each other, or a file of another kind),
    as a user error to raise; None when every output is safe to write."""
    inputs = [source for source in inputs if source is not None and source.path]
    outputs = [output for output in outputs if output is not None and output.path]
    for output in outputs:
        for source in inputs:
            if same_file(output.path, source.path):
                problem = _against_input(output, source)
                if problem is not None:
                    return problem
    for i, first in enumerate(outputs):
        for second in outputs[i + 1:]:
            if same_file(first.path, second.path):
                problem = _against_output(first, second)
                if problem is not None:
                    return problem
    for output in outputs:
        if (output.kind == "file" or output.layer is None) and not is_own_kind(output.path):
            return VeerkrachtError(OTHER_KIND, output=output.label, path=output.path, kind=file_kind(output.path))
    return None


# --- QGIS layers ------------------------------------------------------------------------------------------
def layer_location(layer, label: str = "") -> Location | None:
    """Where the data of a QGIS map layer lives (None for a memory layer or a database table)."""
    from qgis.core import QgsProviderRegistry

    if layer is None:
        return None
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path") or ""
    if not path:
        return None
    name = parts.get("layerName") or None
    if name is None and os.path.splitext(path)[1].lower() in MULTI_LAYER:
        name = _ogr_layer_name(path, parts.get("layerId"))
    return Location(path, name, label)


def _ogr_layer_name(path, layer_id):
    """The name of layer number ``layer_id`` (default: the first, as OGR opens it) of a multi-layer file."""
    try:
        from osgeo import gdal

        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        if dataset is None:
            return None
        layer = dataset.GetLayer(int(layer_id or 0))
        name = layer.GetName() if layer is not None else None
        dataset = None  # noqa: F841 - the dataset stays alive while its layer is used
        return name
    except (RuntimeError, ValueError, TypeError):
        return None
