"""No credentials in what the plugin writes: a PostGIS layer whose URI holds a password is remembered by its
layer id only, in the QGIS settings and in the project file alike (issue: the dock once kept
``layer.source()`` in the user's settings, password included)."""

import re
import xml.etree.ElementTree as ElementTree

import pytest
from qgis.core import QgsDataSourceUri, QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QComboBox

from tests.qgis.test_dock_postgis import buurt_table, postgis  # noqa: F401 - the PostGIS fixtures
from veerkracht_plugin.ui.dock import VeerkrachtDock

PASSWORD = "Geheim-Wachtwoord-42"


@pytest.fixture
def secret_layer(postgis, buurt_table, qgis_new_project):  # noqa: F811 - the fixtures imported above
    uri = QgsDataSourceUri(postgis.uri(buurt_table))
    uri.setPassword(PASSWORD)  # the test server trusts every local connection: any password works
    layer = QgsVectorLayer(uri.uri(False), "buurten", "postgres")
    assert layer.isValid(), layer.error().summary()
    assert PASSWORD in layer.source()
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeAllMapLayers()


def test_no_password_in_settings_or_project_entries(qgis_iface, secret_layer, tmp_path):
    layer = secret_layer
    dock = VeerkrachtDock(qgis_iface, qgis_iface.mainWindow())
    try:
        dock.tags.ask = lambda title, text: True
        dock.tags.inform = lambda title, text: None
        dock.layer_combo.setLayer(layer)  # as the user chooses it
        assert dock.context.layer is layer
        for key in ("handelingsperspectieven", "presentatie", "buurt"):
            dock.show_panel(key)
        layer.selectByExpression("\"buurtcode\" = 'BU03630001'")
        dock.findChild(QComboBox, "vkHpSociaal").setCurrentIndex(2)  # a tag saved to PostGIS
        dock.tags.flush()
        dock.presentation.apply_mix()  # the mix map: custom properties on the layer
        QCoreApplication.processEvents()

        settings = QgsSettings()
        found = {key: str(settings.value(key)) for key in settings.allKeys() if PASSWORD in str(settings.value(key))}
        assert found == {}, found
        assert settings.value("Veerkracht/dock/layer_id") == layer.id()

        project = QgsProject.instance()
        path = tmp_path / "sessie.qgs"
        assert project.write(str(path))
        text = path.read_text(encoding="utf-8")
        # QGIS itself keeps the layer's data source (it may hold the password, as the user chose); nothing
        # the plugin writes does
        root = ElementTree.fromstring(text)
        sources = [element.text or "" for element in root.iter("datasource")]
        assert text.count(PASSWORD) == sum(source.count(PASSWORD) for source in sources), \
            [match.start() for match in re.finditer(PASSWORD, text)]
        plugin_entries = root.find("properties/Veerkracht")
        assert plugin_entries is not None  # the dock's state is there ...
        assert PASSWORD not in ElementTree.tostring(plugin_entries, encoding="unicode")  # ... without the password
        assert plugin_entries.find("dock/layer").text == layer.id()
        custom = [ElementTree.tostring(element, encoding="unicode") for element in root.iter("customproperties")]
        assert not any(PASSWORD in chunk for chunk in custom)
    finally:
        dock.close_and_cleanup()
        dock.deleteLater()
        QCoreApplication.processEvents()
