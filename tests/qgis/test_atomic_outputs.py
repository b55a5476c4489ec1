"""Atomic outputs: a run killed (kill -9) or cancelled at any point of a large write leaves under the final
name either nothing, the previous file untouched, or the complete new file; never a half file."""

import hashlib
import importlib.util
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from qgis.core import QgsProcessingOutputLayerDefinition, QgsProject, QgsVectorLayer

from tests.paths import ROOT
from veerkracht_plugin.qgisio.staging import PARTIAL_PREFIX

pytestmark = pytest.mark.slow  # a 20,000-buurt GeoPackage and QGIS subprocesses

ROWS, COLS = 140, 143  # 20,020 buurten
WRITER = Path(__file__).with_name("output_writer_process.py")


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def complete(path, count):
    """The GeoPackage at ``path`` is intact and holds every buurt with its scores."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        table = connection.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchone()[0]
        assert table == Path(path).stem
        rows, scored = connection.execute(
            f'SELECT count(*), count("vk_klasse") FROM "{table}"').fetchone()
        assert rows == count and scored == count
    finally:
        connection.close()
    assert QgsVectorLayer(f"{path}|layername={Path(path).stem}", "out", "ogr").featureCount() == count


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("veerkracht_national", ROOT / "benchmarks" / "national.py")
    national = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(national)
    path = tmp_path_factory.mktemp("big") / "buurten.gpkg"
    count = national.write(path, ROWS, COLS)
    assert count == ROWS * COLS
    return path, count


def run_writer(source, output, mode, kill_after=None):
    """Run the writer; with ``kill_after`` (seconds after its temporary file appeared) kill -9 it then.
    Returns (whether the run had finished, seconds from its temporary file's appearance to its end)."""
    process = subprocess.Popen([sys.executable, str(WRITER), str(source), str(output), mode],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        deadline = time.time() + 300
        while time.time() < deadline and process.poll() is None:
            if any(p.name.startswith(PARTIAL_PREFIX) for p in Path(output).parent.iterdir()):
                break
            time.sleep(0.002)
        appeared = time.time()
        if kill_after is None:
            out, _ = process.communicate(timeout=300)
            assert process.returncode == 0 and "done" in out
            return True, time.time() - appeared
        time.sleep(kill_after)
        finished = process.poll() is not None
        process.kill()
        process.wait(timeout=60)
        return finished, time.time() - appeared
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.parametrize("mode", ["fast", "sink"])
def test_a_killed_run_never_leaves_a_half_file(big, tmp_path, mode):
    source, count = big
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    output = out_dir / "veerkracht.gpkg"
    _finished, writing = run_writer(source, output, mode)  # a complete run: the previous output
    complete(output, count)
    previous = sha256(output)
    rng = random.Random(f"kill-{mode}")
    outcomes = []
    for run in range(5):
        if run == 2:
            output.unlink()  # also without a previous file
        had_previous = output.exists()
        finished, _seconds = run_writer(source, output, mode, kill_after=rng.uniform(0.0, writing))
        outcomes.append(finished)
        if output.exists() and sha256(output) != previous:
            complete(output, count)  # the new file, complete
        elif output.exists():
            assert had_previous  # the previous file, untouched
        assert not any(p.suffix in (".gpkg-journal", ".gpkg-wal") for p in out_dir.iterdir())
        assert sorted(p.name for p in out_dir.iterdir() if not p.name.startswith(PARTIAL_PREFIX)) in (
            [], ["veerkracht.gpkg"])
    assert outcomes.count(False) >= 2, f"too few runs killed mid-write: {outcomes}"
    # what killed runs left behind is hidden, and the next run into the folder removes it
    run_writer(source, output, mode)
    complete(output, count)
    assert [p.name for p in out_dir.iterdir()] == ["veerkracht.gpkg"]


def other_tables(path):
    """The content of every table of a GeoPackage except the layer ``nieuw`` and its index and metadata rows."""
    connection = sqlite3.connect(str(path))  # read-write: a killed transaction's journal is rolled back here
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%nieuw%' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'gpkg_%' ORDER BY name")]
        content = {name: connection.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall() for name in tables}
        content["gpkg_contents"] = connection.execute(
            "SELECT table_name, data_type FROM gpkg_contents WHERE table_name <> 'nieuw' ORDER BY 1").fetchall()
        layer = connection.execute("SELECT count(*) FROM gpkg_contents WHERE table_name = 'nieuw'").fetchone()[0]
        rows = None
        if layer:
            rows = connection.execute('SELECT count(*), count("vk_klasse") FROM "nieuw"').fetchone()
            assert connection.execute('SELECT count(*) FROM "rtree_nieuw_geom"').fetchone()[0] == rows[0]
    finally:
        connection.close()
    return content, rows


def test_a_killed_run_never_leaves_a_half_layer_in_an_existing_geopackage(big, tmp_path):
    """A new layer into an existing GeoPackage (the planner's file, with its other tables): a kill -9 at any
    point, also inside the copy's transaction, leaves the other tables as they were and the layer absent,
    the previous one, or complete."""
    source, count = big
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    output = out_dir / "stad.gpkg"
    connection = sqlite3.connect(str(source))
    try:  # the planner's file: the buurten (a small part) and a table of measures
        connection.execute("VACUUM INTO ?", (str(output),))
    finally:
        connection.close()
    connection = sqlite3.connect(str(output))
    try:
        connection.execute('DELETE FROM buurten WHERE fid > 50')
        connection.execute("CREATE TABLE vk_maatregelen (id INTEGER PRIMARY KEY, buurtcode TEXT, aantal INTEGER)")
        connection.executemany("INSERT INTO vk_maatregelen (buurtcode, aantal) VALUES (?, ?)",
                               [(f"BU{i:08d}", i) for i in range(30)])
        connection.commit()
    finally:
        connection.close()
    before, rows = other_tables(output)
    assert rows is None
    _finished, writing = run_writer(source, output, "layer")
    after, rows = other_tables(output)
    assert after == before and rows == (count, count)
    rng = random.Random("kill-layer")
    outcomes = []
    for run in range(4):
        if run < 2:
            finished, _seconds = run_writer(source, output, "layer", kill_after=rng.uniform(0.0, writing))
        else:  # inside the copy's transaction: its journal is there
            finished = run_until_journal(source, output, rng.uniform(0.0, 0.5))
        outcomes.append(finished)
        after, rows = other_tables(output)
        assert after == before, f"run {run}: another table of the file changed"
        assert rows in (None, (count, count)), f"run {run}: a half layer {rows}"
        assert sorted(p.name for p in out_dir.iterdir() if not p.name.startswith(PARTIAL_PREFIX)) == ["stad.gpkg"]
    assert outcomes.count(False) >= 2, f"too few runs killed mid-write: {outcomes}"
    run_writer(source, output, "layer")
    after, rows = other_tables(output)
    assert after == before and rows == (count, count)
    assert [p.name for p in out_dir.iterdir()] == ["stad.gpkg"]


def run_until_journal(source, output, delay):
    """Run the layer writer and kill -9 it ``delay`` s after the destination's journal appeared (the copy
    into the file has begun); returns whether the run had finished by then."""
    process = subprocess.Popen([sys.executable, str(WRITER), str(source), str(output), "layer"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    journals = [Path(f"{output}-journal"), Path(f"{output}-wal")]
    try:
        deadline = time.time() + 300
        while time.time() < deadline and process.poll() is None and not any(j.exists() for j in journals):
            time.sleep(0.001)
        time.sleep(delay)
        finished = process.poll() is not None
        process.kill()
        process.wait(timeout=60)
        return finished
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


class CancelAfter:
    """A feedback that cancels at its n-th isCanceled() call: a cancel at a chosen point of the run."""

    def __new__(cls, calls):
        from tests.qgis.conftest import RecordingFeedback

        class Feedback(RecordingFeedback):
            def __init__(self):
                super().__init__()
                self.calls = 0

            def isCanceled(self):  # noqa: N802
                self.calls += 1
                if calls is not None and self.calls >= calls:
                    self.cancel()
                return super().isCanceled()

        return Feedback()


@pytest.mark.parametrize("mode", ["fast", "sink"])
def test_a_cancelled_run_leaves_the_previous_file(run_alg, big, tmp_path, mode):
    source, count = big
    source = str(source) if mode == "fast" else f'{source}|layername=buurten|subset="fid" > 0'
    output = tmp_path / "veerkracht.gpkg"
    counting = CancelAfter(None)
    run_alg("score", {"INPUT": source, "OUTPUT": str(output)}, feedback=counting)
    assert ("GeoPackage copied directly, without passing the features through QGIS (fast path)."
            in counting.infos) == (mode == "fast")
    complete(output, count)
    previous = sha256(output)
    total = counting.calls
    rng = random.Random(f"cancel-{mode}")
    for calls in sorted(rng.randint(1, total) for _ in range(4)):
        feedback = CancelAfter(calls)
        try:
            run_alg("score", {"INPUT": source, "OUTPUT": str(output)}, feedback=feedback)
        except Exception:  # noqa: BLE001 - a cancelled run may also end in an error
            pass
        assert feedback.isCanceled()
        assert sha256(output) == previous  # untouched
        assert [p.name for p in tmp_path.iterdir()] == ["veerkracht.gpkg"]  # the temporary file is gone


def test_an_output_loaded_into_the_project_is_the_final_file(run_alg, big, tmp_path):
    """The GUI loads a sink output on completion: the final file, not the temporary one."""
    from qgis.core import QgsProcessingContext

    source, count = big
    output = tmp_path / "loaded.gpkg"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    definition = QgsProcessingOutputLayerDefinition(str(output), QgsProject.instance())
    results = run_alg("score", {"INPUT": f'{source}|layername=buurten|subset="fid" > 0', "OUTPUT": definition},
                      context=context)
    assert results["OUTPUT"].split("|")[0] == str(output)
    assert list(context.layersToLoadOnCompletion()) == [results["OUTPUT"]]
    complete(output, count)
