"""The dock against a real PostgreSQL + PostGIS server (Debian packages postgresql and its
postgresql-NN-postgis-3, see scripts/setup.sh).

A session fixture initdb's a throw-away cluster in a temporary directory (as the ``postgres`` user when
the tests run as root), on a free localhost port, creates a database with PostGIS and a small buurt table,
and removes everything at the end.
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time

import pytest
from qgis.core import Qgis, QgsDataSourceUri, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QComboBox, QPlainTextEdit, QPushButton

from tests.qgis import dock_data
from veerkracht_plugin.ui.dock import VeerkrachtDock

# Qgis.WkbType since QGIS 3.30; QgsWkbTypes.Type before. Newer QGIS takes only the enum, not its int value.
POLYGON = Qgis.WkbType.Polygon if hasattr(Qgis, "WkbType") else QgsWkbTypes.Polygon


def _bindir():
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    assert candidates, "PostgreSQL server binaries missing: run make setup (postgresql, postgis)"
    return os.path.dirname(candidates[-1])


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self):
        self.bindir = _bindir()
        self.root = tempfile.mkdtemp(prefix="vk_pg_")
        self.data = os.path.join(self.root, "data")
        self.port = _free_port()
        self.as_user = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
            os.chmod(self.root, 0o700)
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def run(self, *command):
        return subprocess.run([*self.as_user, *command], check=True, capture_output=True, text=True, timeout=120)

    def start(self):
        self.run(os.path.join(self.bindir, "initdb"), "-D", self.data, "-A", "trust", "-U", "postgres",
                 "--no-sync", "-E", "UTF8", "--locale=C.UTF-8")
        self.run(os.path.join(self.bindir, "pg_ctl"), "-D", self.data, "-w", "-t", "60", "-l",
                 os.path.join(self.root, "log.txt"), "-o",
                 f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
        self.psql("postgres", "CREATE DATABASE vk")

    def stop(self):
        try:
            self.run(os.path.join(self.bindir, "pg_ctl"), "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def psql(self, database, sql):
        """Run SQL with a fresh client connection (not QGIS's); returns rows as lists of text."""
        result = subprocess.run(
            ["psql", "-X", "-q", "-A", "-t", "-F", "|", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
             str(self.port), "-U", "postgres", "-d", database, "-c", sql],
            check=True, capture_output=True, text=True, timeout=60)
        return [line.split("|") for line in result.stdout.splitlines() if line]

    def uri(self, table):
        uri = QgsDataSourceUri()
        uri.setConnection("127.0.0.1", str(self.port), "vk", "postgres", "")
        uri.setDataSource("public", table, "geom", "", "id")
        uri.setSrid("28992")
        uri.setWkbType(POLYGON)
        return uri.uri(False)


@pytest.fixture(scope="session")
def postgis():
    server = Server()
    server.start()
    try:
        server.psql("vk", "CREATE EXTENSION postgis")
        yield server
    finally:
        server.stop()


@pytest.fixture
def buurt_table(postgis):
    name = f"buurten_{int(time.time() * 1000) % 10_000_000}"
    values = []
    for index, row in enumerate(dock_data.ROWS):
        cells = ["NULL" if v is None else (f"'{v}'" if isinstance(v, str) else str(v)) for v in row]
        wkt = dock_data.square(index).asWkt()
        values.append(f"({', '.join(cells)}, ST_GeomFromText('{wkt}', 28992))")
    postgis.psql("vk", f"""
        CREATE TABLE {name} (id serial PRIMARY KEY, buurtcode text, buurtnaam text, gemeentecode text,
            gemeentenaam text, vk_klasse text, vk_dk double precision, vk_dp double precision,
            vk_score double precision, vk_k_niveau double precision, vk_p_niveau double precision,
            vk_reden text, p_corporatie_t1 double precision, geom geometry(Polygon, 28992));
        INSERT INTO {name} (buurtcode, buurtnaam, gemeentecode, gemeentenaam, vk_klasse, vk_dk, vk_dp, vk_score,
            vk_k_niveau, vk_p_niveau, vk_reden, p_corporatie_t1, geom) VALUES {', '.join(values)};""")
    return name


def test_postgis_round_trip(qgis_iface, qgis_new_project, postgis, buurt_table):
    layer = QgsVectorLayer(postgis.uri(buurt_table), "buurten", "postgres")
    assert layer.isValid(), layer.error().summary()
    QgsProject.instance().addMapLayer(layer)
    dock = VeerkrachtDock(qgis_iface, qgis_iface.mainWindow())
    try:
        dock.set_layer(layer)
        asked = []
        dock.tags.ask = lambda title, text: asked.append(text) or True
        dock.tags.inform = lambda title, text: None
        assert dock.tags.banner.isHidden()
        layer.selectByExpression("\"buurtcode\" = 'BU03630001'")
        assert dock.inspector.text("vk_dk") == "0.80"
        dock.findChild(QComboBox, "vkHpSociaal").setCurrentIndex(3)
        assert len(asked) == 1
        assert dock.tags.status.text().startswith("Saved at")
        layer.selectByExpression("\"gemeentecode\" = 'GM0599'")
        dock.findChild(QComboBox, "vkHpWoningprogramma").setCurrentIndex(2)
        dock.findChild(QPlainTextEdit, "vkProbleemanalyse").setPlainText("Havenbuurten: veel instroom")
        dock.findChild(QPushButton, "vkSave").click()
        rows = postgis.psql("vk", f"""SELECT buurtcode, coalesce(vk_hp_sociaal::text, ''),
            coalesce(vk_hp_woningprogramma::text, ''), coalesce(vk_probleemanalyse, ''),
            vk_bijgewerkt IS NOT NULL FROM {buurt_table} ORDER BY buurtcode""")
        assert rows == [
            ["BU03630001", "3", "", "", "t"],
            ["BU03630002", "", "", "", "f"],
            ["BU03630003", "", "", "", "f"],
            ["BU03630004", "", "", "", "f"],
            ["BU05990001", "", "2", "Havenbuurten: veel instroom", "t"],
            ["BU05990002", "", "2", "Havenbuurten: veel instroom", "t"],
        ]
        types = dict(map(tuple, postgis.psql("vk", f"""SELECT column_name, data_type FROM information_schema.columns
            WHERE table_name = '{buurt_table}' AND column_name LIKE 'vk_hp_%' OR
            (table_name = '{buurt_table}' AND column_name IN ('vk_bijgewerkt', 'vk_partners'))""")))
        assert types["vk_hp_sociaal"] == "integer" and types["vk_partners"] == "text"
        assert types["vk_bijgewerkt"].startswith("timestamp")
        dock.tags.undo()  # the texts
        dock.tags.undo()  # the woningprogramma of two buurten
        assert postgis.psql("vk", f"SELECT count(*) FROM {buurt_table} WHERE vk_hp_woningprogramma IS NOT NULL "
                                  "OR vk_probleemanalyse IS NOT NULL") == [["0"]]
    finally:
        dock.close_and_cleanup()
        dock.deleteLater()
        QgsProject.instance().removeAllMapLayers()
        QCoreApplication.processEvents()


# --- tags with two sessions at once ----------------------------------------------------------------
TAG_COLUMNS = ("vk_hp_sociaal integer, vk_hp_leefomgeving integer, vk_hp_woningprogramma integer, "
               "vk_hp_herpositionering integer, vk_probleemanalyse text, vk_succes text, vk_partners text, "
               "vk_bijgewerkt timestamp")


@pytest.fixture
def tagged_table(postgis, buurt_table):
    postgis.psql("vk", f"ALTER TABLE {buurt_table} " + ", ".join(
        f"ADD COLUMN {column}" for column in TAG_COLUMNS.split(", ")))
    return buurt_table


class PgSession:
    """Another session (psql) that keeps a transaction open, e.g. holding row locks, until told."""

    def __init__(self, server, sql):
        self.process = subprocess.Popen(
            ["psql", "-X", "-q", "-A", "-t", "-h", "127.0.0.1", "-p", str(server.port), "-U", "postgres", "-d", "vk"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.process.stdin.write(f"BEGIN; {sql}; SELECT 'held';\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "held"

    def commit(self):
        self.process.stdin.write("COMMIT;\n\\q\n")
        self.process.stdin.flush()
        self.process.wait(timeout=30)


@pytest.fixture
def pg_dock(qgis_iface, qgis_new_project, postgis, tagged_table):
    layer = QgsVectorLayer(postgis.uri(tagged_table), "buurten", "postgres")
    assert layer.isValid(), layer.error().summary()
    QgsProject.instance().addMapLayer(layer)
    dock = VeerkrachtDock(qgis_iface, qgis_iface.mainWindow())
    dock.set_layer(layer)
    dock.tags.ask = lambda title, text: True
    dock.tags.inform = lambda title, text: None  # never a modal box in a test
    yield dock, layer
    dock.close_and_cleanup()
    dock.deleteLater()
    QgsProject.instance().removeAllMapLayers()
    QCoreApplication.processEvents()


def test_postgis_row_locked_by_another_session_is_retried(postgis, tagged_table, pg_dock):
    from qgis.PyQt.QtTest import QTest

    dock, layer = pg_dock
    layer.selectByExpression("\"buurtcode\" = 'BU03630001'")
    other = PgSession(postgis, f"UPDATE {tagged_table} SET vk_partners = 'Ymere' WHERE buurtcode = 'BU03630001'")
    try:
        began = time.monotonic()
        dock.findChild(QComboBox, "vkHpSociaal").setCurrentIndex(3)
        assert time.monotonic() - began < 1.0  # FOR UPDATE NOWAIT: no waiting for the other session
        assert dock.tags.status.text().startswith("Not saved yet: the data source is busy"), dock.tags.status.text()
        assert not layer.isEditable()
        assert dock.findChild(QComboBox, "vkHpSociaal").currentIndex() == 3
    finally:
        other.commit()
    QTest.qWait(1500)
    assert postgis.psql("vk", f"SELECT vk_hp_sociaal, vk_partners FROM {tagged_table} "
                              "WHERE buurtcode = 'BU03630001'") == [["3", "Ymere"]]  # both sessions' values
    assert dock.tags.status.text().startswith("Saved at")


def test_postgis_stale_write_is_detected_and_undo_keeps_the_newer_change(postgis, tagged_table, pg_dock):
    dock, layer = pg_dock
    layer.selectByExpression("\"buurtcode\" = 'BU05990002'")
    text = dock.findChild(QPlainTextEdit, "vkProbleemanalyse")
    text.setPlainText("Haven: veel instroom")
    dock.tags.flush()
    postgis.psql("vk", f"UPDATE {tagged_table} SET vk_probleemanalyse = 'Haven: instroom en verloop', "
                       "vk_bijgewerkt = '2030-05-01 10:15:00' WHERE buurtcode = 'BU05990002'")
    asked = []
    dock.tags.resolve = lambda conflicts: asked.extend(conflicts) or [("theirs", None)]
    text.setPlainText("Haven: veel instroom, weinig binding")
    dock.tags.flush()
    assert [(c.mine, c.theirs, c.stamp.toString("yyyy-MM-dd HH:mm")) for c in asked] == [
        ({"vk_probleemanalyse": "Haven: veel instroom, weinig binding"},
         {"vk_probleemanalyse": "Haven: instroom en verloop"}, "2030-05-01 10:15")]
    assert postgis.psql("vk", f"SELECT vk_probleemanalyse FROM {tagged_table} WHERE buurtcode = 'BU05990002'") == [
        ["Haven: instroom en verloop"]]
    assert text.toPlainText() == "Haven: instroom en verloop"
    # my first text was overwritten by the other session: Undo must not bring it back over theirs
    dock.tags.undo()
    assert "Not undone in Haven (BU05990002)" in dock.tags.status.text()
    assert postgis.psql("vk", f"SELECT vk_probleemanalyse FROM {tagged_table} WHERE buurtcode = 'BU05990002'") == [
        ["Haven: instroom en verloop"]]


@pytest.mark.slow
def test_two_sessions_tag_one_postgis_table(tmp_path, postgis, tagged_table, pg_dock):
    """A fast and a human-paced planner (other QGIS processes) and the dock on one table: every change is
    saved or reported, the table ends with the last saved values, no increment of a shared counter is lost."""
    from qgis.PyQt.QtTest import QTest

    from tests.qgis import tag_sessions

    dock, layer = pg_dock
    postgis.psql("vk", f"UPDATE {tagged_table} SET vk_partners = '0' WHERE buurtcode = 'BU03630004'")
    uri = postgis.uri(tagged_table)
    start = time.time() + 1.5
    fast = tag_sessions.start_writer(tmp_path, "fast", uri, "postgres", [
        ["set", "BU03630001", "vk_hp_sociaal", [0, 1, 2, 3], 0.01],
        ["count", "BU03630004", "vk_partners", 0.0]], start, duration=3.0)
    human = tag_sessions.start_writer(tmp_path, "human", uri, "postgres", [
        ["count", "BU03630004", "vk_partners", 0.3],
        ["set", "BU03630001", "vk_succes", ["Minder overlast", "Meer ontmoeting"], 0.4]], start, duration=3.0)
    while time.time() < start:
        QTest.qWait(20)
    for turn in range(8):
        layer.selectByExpression("\"buurtcode\" = 'BU03630001'")
        dock.findChild(QComboBox, "vkHpLeefomgeving").setCurrentIndex(turn % 4)
        QTest.qWait(150)
        layer.selectByExpression("\"buurtcode\" = 'BU03630003'")
        dock.findChild(QPlainTextEdit, "vkProbleemanalyse").setPlainText(f"Ronde {turn}")
        dock.tags.flush()
        QTest.qWait(150)
    fast_log = tag_sessions.finish(*fast)
    human_log = tag_sessions.finish(*human)
    assert dock.tags.store.drain(20)
    assert not layer.isEditable()
    for log in (fast_log, human_log):
        assert log[-1]["kind"] == "end" and not log[-1]["editable"] and log[-1]["unsaved"] == 0
        assert all(e["state"] == "saved" or "NOT saved" in e["message"] for e in log if e["kind"] in ("set", "count"))
    rows = {row[0]: row[1:] for row in postgis.psql("vk", f"""SELECT buurtcode, coalesce(vk_hp_sociaal::text, ''),
        coalesce(vk_hp_leefomgeving::text, ''), coalesce(vk_succes, ''), coalesce(vk_probleemanalyse, ''),
        coalesce(vk_partners, '') FROM {tagged_table}""")}
    assert rows["BU03630001"][0] == str(tag_sessions.last_saved(fast_log, "BU03630001", "vk_hp_sociaal"))
    assert rows["BU03630001"][1] == "3"  # the dock's last: 7 % 4
    assert rows["BU03630001"][2] == tag_sessions.last_saved(human_log, "BU03630001", "vk_succes")
    assert rows["BU03630003"][3] == "Ronde 7"
    increments = fast_log[-1]["counters"].get("BU03630004", 0) + human_log[-1]["counters"].get("BU03630004", 0)
    assert increments > 10 and tag_sessions.counted(rows["BU03630004"][4]) == increments  # no update lost
    # each saved increment read the one before it: the numbers written are 1 … n, each exactly once
    assert tag_sessions.saved_counts(fast_log, human_log, code="BU03630004") == list(range(1, increments + 1))
    assert any(entry["kind"] == "stale" for entry in human_log)


def test_postgis_multi_select_undo_restores_each_buurts_own_text(postgis, tagged_table, pg_dock):
    dock, layer = pg_dock
    text = dock.findChild(QPlainTextEdit, "vkSucces")
    for code, value in (("BU03630002", "West: meer groen"), ("BU03630003", "Noord: veilig")):
        layer.selectByExpression(f"\"buurtcode\" = '{code}'")
        text.setPlainText(value)
        dock.tags.flush()
    layer.selectByExpression("\"buurtcode\" IN ('BU03630002', 'BU03630003', 'BU03630004')")
    text.setPlainText("Samen met de corporatie")
    dock.tags.flush()
    query = f"SELECT buurtcode, coalesce(vk_succes, '-') FROM {tagged_table} WHERE buurtcode IN " \
            "('BU03630002', 'BU03630003', 'BU03630004') ORDER BY buurtcode"
    assert postgis.psql("vk", query) == [["BU03630002", "Samen met de corporatie"],
                                         ["BU03630003", "Samen met de corporatie"],
                                         ["BU03630004", "Samen met de corporatie"]]
    dock.tags.undo()
    assert postgis.psql("vk", query) == [["BU03630002", "West: meer groen"], ["BU03630003", "Noord: veilig"],
                                         ["BU03630004", "-"]]
    assert dock.tags.status.text().startswith("Undone in West, Noord, Zuid: text: Definition of success.")
