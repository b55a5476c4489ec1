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
