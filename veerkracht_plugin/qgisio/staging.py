"""Atomic outputs: a file is written under a temporary name in its destination folder and moved into place
(``os.replace``) only when it is complete.

A killed or cancelled run leaves the previous file, or nothing, under the final name; never a half file.
A new layer for an existing GeoPackage (:class:`StagedLayer`) is written whole into a temporary GeoPackage
and copied into the file in one SQLite transaction, so it appears complete or not at all, and the file's
other tables (tags, measures) are never copied or replaced.
The temporary file lives in a hidden folder ``.veerkracht-partial-<pid>-<random>`` beside the destination,
under the destination's own file name (so a GeoPackage layer or a shapefile gets its final name). A folder
left behind by a killed run is removed by the next write into the same folder.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time

from .outputs import SHAPEFILE_PARTS, SQLITE_COMPANIONS

PARTIAL_PREFIX = ".veerkracht-partial-"
#: on Windows (no cheap test whether a process lives) a partial folder this old is abandoned
STALE_SECONDS = 24 * 3600


def can_stage(destination: str) -> bool:
    """True for a destination that is a plain file path (not 'ogr:…', 'memory:', 'x.gpkg|layername=…', a
    temporary output or a database)."""
    destination = (destination or "").strip()
    if not destination or destination == "TEMPORARY_OUTPUT" or "|" in destination:
        return False
    scheme = destination.split(":", 1)[0] if ":" in destination else ""
    return not scheme or (len(scheme) == 1 and scheme.isalpha())


def _process_alive(pid):
    if os.name == "nt":
        return True  # decided by age instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # e.g. another user's process
    return True


def remove_abandoned(folder: str) -> None:
    """Remove the partial folders that killed runs left in ``folder`` (their process is gone)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if not name.startswith(PARTIAL_PREFIX):
            continue
        path = os.path.join(folder, name)
        try:
            pid = int(name[len(PARTIAL_PREFIX):].split("-", 1)[0])
        except ValueError:
            continue
        try:
            old = time.time() - os.path.getmtime(path) > STALE_SECONDS
        except OSError:
            continue
        if pid != os.getpid() and (old or not _process_alive(pid)):
            shutil.rmtree(path, ignore_errors=True)


def _fsync(path, directory=False):
    """Flush a file (or a folder's entries) to disk, where the platform allows it."""
    try:
        descriptor = os.open(path, os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def companions(path: str) -> list:
    """The files that belong to ``path`` besides itself: SQLite's journals, a shapefile's other parts."""
    root, extension = os.path.splitext(path)
    found = [path + suffix for suffix in SQLITE_COMPANIONS]
    if extension.lower() == ".shp":
        found += [root + part for part in SHAPEFILE_PARTS if part != ".shp"]
        found += [root + part.upper() for part in SHAPEFILE_PARTS if part != ".shp"]
    return found


class StagedFile:
    """A destination file written at :attr:`path` (a temporary name) and moved into place by :meth:`commit`.

    As a context manager: committed at the end of the block, discarded when the block raises. Files
    written beside :attr:`path` in its folder (a shapefile's .dbf, .shx, ...) are moved too, the main
    file last, so that it appears only when its parts are in place.
    """

    def __init__(self, destination: str):
        self.destination = os.path.abspath(os.fspath(destination))
        self.folder, self.name = os.path.split(self.destination)
        os.makedirs(self.folder, exist_ok=True)
        remove_abandoned(self.folder)
        self.partial = tempfile.mkdtemp(prefix=f"{PARTIAL_PREFIX}{os.getpid()}-", dir=self.folder)
        self.path = os.path.join(self.partial, self.name)
        self.done = False

    def final_source(self, source: str, written: str) -> str:
        """The source of the committed output, given the temporary ``source`` that names ``written``."""
        return self.destination + source[len(written):]

    def commit(self, main: str | None = None) -> str:
        """Move the complete file(s) into place; returns the destination path.

        ``main``: the file actually written in the temporary folder, when the writer chose its name
        (e.g. QGIS adds '.gpkg' to a name without extension); the destination then takes that name.
        """
        if self.done:
            raise OSError(f"{self.destination}: already committed or discarded")
        if main is not None:
            self.name = os.path.basename(main)
            self.destination = os.path.join(self.folder, self.name)
        written = sorted(os.listdir(self.partial))
        if self.name not in written:
            raise OSError(f"{self.destination} was not written")
        parts = [name for name in written if name != self.name]
        for name in written:
            _fsync(os.path.join(self.partial, name))
        # a journal or a shapefile part of the previous file would not belong to the new one
        keep = {os.path.normcase(os.path.join(self.folder, name)) for name in parts}
        for stale in companions(self.destination):
            if os.path.normcase(stale) not in keep and os.path.lexists(stale):
                os.remove(stale)
        for name in parts + [self.name]:
            os.replace(os.path.join(self.partial, name), os.path.join(self.folder, name))
        _fsync(self.folder, directory=True)
        self.discard()
        return self.destination

    def discard(self) -> None:
        """Remove the temporary file(s); the destination stays as it was."""
        shutil.rmtree(self.partial, ignore_errors=True)
        self.done = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, _exc, _tb):
        if exc_type is not None:
            self.discard()
        elif not self.done:
            self.commit()
        return False


def layer_destination(location) -> tuple | None:
    """(GeoPackage path, layer name) when a destination :class:`~.outputs.Location` names a layer in a
    GeoPackage that exists: that layer is added to the file (see :class:`StagedLayer`)."""
    if location is None or not location.layer or not location.path.lower().endswith(".gpkg"):
        return None
    return (location.path, location.layer) if os.path.isfile(location.path) else None


#: how long the copy into the destination waits for another connection's write lock (a tag save)
COPY_BUSY_MS = 15000


class StagedLayer:
    """A new layer for the existing GeoPackage ``path``: written whole at :attr:`path` (a temporary
    GeoPackage in a partial folder beside it) and, on :meth:`commit`, copied into the file as layer
    ``layer`` in one SQLite transaction (a layer of that name is replaced in the same transaction). A killed
    or cancelled run leaves the file as it was (SQLite rolls the transaction back on the next open); the
    other tables of the file are never touched. Same interface as :class:`StagedFile`."""

    def __init__(self, destination: str, layer: str):
        self.destination = os.path.abspath(os.fspath(destination))
        self.layer = layer
        self.folder = os.path.dirname(self.destination)
        remove_abandoned(self.folder)
        self.partial = tempfile.mkdtemp(prefix=f"{PARTIAL_PREFIX}{os.getpid()}-", dir=self.folder)
        self.path = os.path.join(self.partial, "layer.gpkg")
        self.done = False

    def final_source(self, _source: str, _written: str) -> str:
        return f"{self.destination}|layername={self.layer}"

    def commit(self, main: str | None = None) -> str:
        """Copy the complete layer into the destination file; returns the destination path."""
        if self.done:
            raise OSError(f"{self.destination}: already committed or discarded")
        try:
            copy_layer_into(main or self.path, self.destination, self.layer)
        finally:
            self.discard()
        return self.destination

    def discard(self) -> None:
        shutil.rmtree(self.partial, ignore_errors=True)
        self.done = True


def copy_layer_into(source_path: str, destination: str, name: str, busy_ms: int = COPY_BUSY_MS) -> None:
    """Copy the first layer of GeoPackage ``source_path`` into GeoPackage ``destination`` as ``name``,
    replacing a layer of that name, all in one transaction; OSError when that fails (nothing changed)."""
    from osgeo import gdal, ogr

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    source = target = None
    try:
        gdal.ErrorReset()
        source = gdal.OpenEx(source_path, gdal.OF_VECTOR)
        target = gdal.OpenEx(destination, gdal.OF_VECTOR | gdal.OF_UPDATE)
        if source is None or target is None or source.GetLayerCount() < 1:
            raise OSError(gdal.GetLastErrorMsg() or f"cannot open {destination}")
        target.ExecuteSQL(f"PRAGMA busy_timeout = {int(busy_ms)}")
        if target.StartTransaction() != ogr.OGRERR_NONE:
            raise OSError(gdal.GetLastErrorMsg() or f"cannot write {destination}")
        try:
            _copy_layer(source.GetLayer(0), target, name)
        except BaseException:
            target.RollbackTransaction()
            raise
        if target.CommitTransaction() != ogr.OGRERR_NONE:
            raise OSError(gdal.GetLastErrorMsg() or f"cannot write {destination}")
    except RuntimeError as error:  # GDAL exceptions switched on by someone else
        raise OSError(str(error)) from None
    finally:
        source = target = None  # noqa: F841  (closes both files)
        gdal.PopErrorHandler()


def _copy_layer(layer, target, name):
    from osgeo import gdal, ogr

    for index in range(target.GetLayerCount()):
        if target.GetLayer(index).GetName() == name:
            if target.DeleteLayer(index) != ogr.OGRERR_NONE:
                raise OSError(gdal.GetLastErrorMsg() or f"cannot replace the layer {name}")
            break
    options = ["FID=" + (layer.GetFIDColumn() or "fid")]
    if layer.GetGeomType() != ogr.wkbNone:
        options.append("GEOMETRY_NAME=" + (layer.GetGeometryColumn() or "geom"))
    out = target.CreateLayer(name, layer.GetSpatialRef(), layer.GetGeomType(), options)
    if out is None:
        raise OSError(gdal.GetLastErrorMsg() or f"cannot create the layer {name}")
    definition = layer.GetLayerDefn()
    for index in range(definition.GetFieldCount()):
        if out.CreateField(definition.GetFieldDefn(index)) != ogr.OGRERR_NONE:
            raise OSError(gdal.GetLastErrorMsg() or f"cannot create the layer {name}")
    out_definition = out.GetLayerDefn()
    layer.ResetReading()
    for feature in layer:
        copy = ogr.Feature(out_definition)
        copy.SetFrom(feature)
        copy.SetFID(feature.GetFID())
        if out.CreateFeature(copy) != ogr.OGRERR_NONE:
            raise OSError(gdal.GetLastErrorMsg() or f"cannot write the layer {name}")


def write_text(destination: str, text: str, encoding: str = "utf-8") -> str:
    """Write a text file atomically (see :class:`StagedFile`); returns the destination path."""
    with StagedFile(destination) as staged:
        with open(staged.path, "w", encoding=encoding) as handle:
            handle.write(text)
    return staged.destination
