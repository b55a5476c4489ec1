"""Dock panel 'Scenario & balans': measures in the GeoPackage, the check as a background task, two scenarios."""

import os
import re
import sqlite3
import time

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsRectangle, QgsVectorFileWriter, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QTextBrowser

from veerkracht_plugin.i18n import decimal_mark
from veerkracht_plugin.ui.dock import VeerkrachtDock

FIELDS = ("buurtcode:string(10)&buurtnaam:string(40)&gemeentecode:string(6)&woningen_t1:integer"
          "&p_corporatie_t1:double&p_koopwoningen_t1:double&vk_klasse:string(20)")
#: code, name, dwellings, corporation %, owner %, class -> social stock S = floor(W*share/100 + 1/2)
ROWS = [
    ("BU09990001", "Oost", 1000, 80.0, 10.0, "onder_druk"),   # S = 800
    ("BU09990002", "West", 1000, 20.0, 60.0, "stabiel"),      # S = 200
    ("BU09990003", "Noord", 2000, 10.0, 80.0, "gunstig"),     # S = 200
    ("BU09990004", "Zuid", 1000, 30.0, 50.0, "problemen"),    # S = 300
]


@pytest.fixture
def buurt_gpkg(tmp_path, qgis_new_project):
    memory = QgsVectorLayer("Polygon?crs=EPSG:28992&field=" + FIELDS.replace("&", "&field="), "b", "memory")
    features = []
    for i, (code, name, w, corp, koop, klasse) in enumerate(ROWS):
        feature = QgsFeature(memory.fields())
        feature.setAttributes([code, name, "GM0999", w, corp, koop, klasse])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(i * 1000, 0, i * 1000 + 900, 900)))
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    path = tmp_path / "stad.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "buurten"
    QgsVectorFileWriter.writeAsVectorFormatV2(memory, str(path), QgsProject.instance().transformContext(), options)
    layer = QgsVectorLayer(f"{path}|layername=buurten", "buurten", "ogr")
    QgsProject.instance().addMapLayer(layer)
    return path, layer


def plain(label):
    """The text of a rich-text label without its tags."""
    return re.sub(r"<[^>]+>", "", label.text())


def wait_for(panel, seconds=60):
    deadline = time.time() + seconds
    while panel.busy() and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()
    assert not panel.busy(), "the balance task did not finish"


def fid_of(layer, code):
    return next(f.id() for f in layer.getFeatures() if f["buurtcode"] == code)


def test_measures_scenarios_and_check(qgis_iface, provider, buurt_gpkg):
    path, layer = buurt_gpkg
    dock = VeerkrachtDock(qgis_iface, None)
    try:
        dock.set_layer(layer)
        panel = dock.balans
        panel.inform = lambda title, text: pytest.fail(text)
        assert panel.workdir is None  # nothing on disk until a check runs
        table = panel.create_table()
        assert table is not None and table.isValid()
        assert table.source().split("|")[0] == str(path)  # in the buurt layer's own GeoPackage

        panel.scenario_combo.setEditText("Herstructurering")
        dock.context.set_fids([fid_of(layer, "BU09990001")])
        panel.maatregel_combo.setCurrentIndex(panel.maatregel_combo.findData("sloop"))
        panel.segment_combo.setCurrentIndex(panel.segment_combo.findData("sociale_huur"))
        panel.aantal_spin.setValue(100)
        assert panel.add_measures() == 1
        dock.context.set_fids([fid_of(layer, "BU09990002"), fid_of(layer, "BU09990003")])
        panel.maatregel_combo.setCurrentIndex(panel.maatregel_combo.findData("nieuwbouw"))
        panel.aantal_spin.setValue(20)
        assert panel.add_measures() == 2  # one row per selected buurt
        panel.scenario_combo.setEditText("Spreiding")
        dock.context.set_fids([fid_of(layer, "BU09990001")])
        panel.maatregel_combo.setCurrentIndex(panel.maatregel_combo.findData("toewijzing"))
        panel.aandeel_spin.setValue(0.1)
        assert panel.add_measures() == 1

        # saved: another connection reads the rows from the GeoPackage
        with sqlite3.connect(path) as connection:
            rows = connection.execute(
                "SELECT scenario, buurtcode, maatregel, segment, aantal, aandeel FROM vk_maatregelen "
                "ORDER BY fid").fetchall()
        assert rows == [
            ("Herstructurering", "BU09990001", "sloop", "sociale_huur", 100, None),
            ("Herstructurering", "BU09990002", "nieuwbouw", "sociale_huur", 20, None),
            ("Herstructurering", "BU09990003", "nieuwbouw", "sociale_huur", 20, None),
            ("Spreiding", "BU09990001", "toewijzing", None, None, 0.1),
        ]
        assert [panel.scenario_combo.itemText(i) for i in range(panel.scenario_combo.count())] == [
            "Herstructurering", "Spreiding"]

        panel.scenario_combo.setEditText("Herstructurering")
        assert panel.measures_view.rowCount() == 3
        panel.compare_combo.setCurrentIndex(panel.compare_combo.findData("Spreiding"))
        panel.vulnerable_combo.setField("")
        assert panel.run_check()
        wait_for(panel)
        assert set(panel.results) == {"Herstructurering", "Spreiding"}
        assert all("summary" in r for r in panel.results.values()), panel.results
        summary = panel.results["Herstructurering"]["summary"]
        row = summary[summary["niveau"] == "gemeente"].iloc[0]
        # 5000 dwellings, S = 1500 (30.0 %); after: -100 + 40 -> 1440 of 4940 = 29.15 %
        assert row["sociale_huur_voor"] == 1500 and row["sociale_huur_na"] == 1440
        assert row["woningen_na"] == 4940
        assert row["compensatie_nodig"] == 60
        assert abs(row["aandeel_na"] - 100 * 1440 / 4940) < 0.01
        text = panel.result_label.text()
        assert "Herstructurering" in text and "Spreiding" in text  # side by side
        assert f"29{decimal_mark()}1" in text and "60" in text
        assert "two-thirds" not in text  # all new build is social rent
        # the one verdict: two labelled lines that cannot disagree – feasible, and the target not met
        assert panel.light.property("feasible") is True
        assert "Feasible: every placement of aandachtsgroepen" in plain(panel.light)
        assert panel.target_label.property("target_met") is False
        assert "Social-rent target 30 %: not met" in plain(panel.target_label)
        assert "(tekort)" in plain(panel.target_label)
        assert "field" in panel.field_label.text()  # no vulnerable-share field: ALLOCATION_SHARE used
        assert "Tekort:" in text and "Compensation needed:" in text  # explained in place
        assert len(panel.highlights) == 3  # the three buurten with measures
        # the comparison: Spreiding changes no stock
        other = panel.results["Spreiding"]["summary"]
        assert other[other["niveau"] == "gemeente"].iloc[0]["sociale_huur_na"] == 1500

        # edit an existing measure (as in the attribute table): the list follows
        panel.edit_measures()
        sloop = next(f for f in table.getFeatures() if f["maatregel"] == "sloop")
        table.startEditing()
        table.changeAttributeValue(sloop.id(), table.fields().indexOf("aantal"), 80)
        table.commitChanges()
        assert panel.measures_view.item(0, 3).text() == "80"
        workdir = panel.workdir
        assert os.path.isdir(workdir)
        # remove a measure
        panel.measures_view.selectRow(0)
        assert panel.remove_measures() == 1
        assert panel.measures_view.rowCount() == 2
        # new build that is mostly koop: the panel warns about the two-thirds norm
        koop = QgsFeature(table.fields())
        koop.setAttributes([None] * table.fields().count())
        for name, value in (("scenario", "Herstructurering"), ("buurtcode", "BU09990003"),
                            ("maatregel", "nieuwbouw"), ("segment", "koop"), ("aantal", 60)):
            koop[name] = value
        table.startEditing()
        table.addFeature(koop)
        table.commitChanges()
        panel.compare_combo.setCurrentIndex(0)
        assert panel.run_check()
        wait_for(panel)
        text = panel.result_label.text()
        # 40 social + 60 koop: 40 % of the new build is affordable
        assert f"40{decimal_mark()}0 % affordable" in text and "two-thirds" in text, text
    finally:
        dock.close_and_cleanup()
        dock.deleteLater()
    assert not os.path.exists(workdir)  # the check's temporary outputs are removed on unload


def test_errors_from_the_algorithm_are_shown(qgis_iface, provider, buurt_gpkg):
    _path, layer = buurt_gpkg
    dock = VeerkrachtDock(qgis_iface, None)
    try:
        dock.set_layer(layer)
        panel = dock.balans
        table = panel.create_table()
        panel.scenario_combo.setEditText("Te veel")
        dock.context.set_fids([fid_of(layer, "BU09990002")])
        panel.maatregel_combo.setCurrentIndex(panel.maatregel_combo.findData("sloop"))
        panel.segment_combo.setCurrentIndex(panel.segment_combo.findData("sociale_huur"))
        panel.aantal_spin.setValue(500)  # only 200 social dwellings
        panel.add_measures()
        assert table.featureCount() == 1
        panel.run_check()
        wait_for(panel)
        text = panel.result_label.text()
        assert "BU09990002" in text and "sloop" in text, text
    finally:
        dock.close_and_cleanup()
        dock.deleteLater()


def test_maak_notitie_opens_the_layouts_with_the_checked_scenario(qgis_iface, provider, qgis_new_project):
    """The dock's 'Maak notitie': layouts in the current project, the last checked scenario on the closing page."""
    from tests.qgis import report_city

    layer = report_city.city_layer(tags=True, balance=False)
    QgsProject.instance().addMapLayer(layer)
    dock = VeerkrachtDock(qgis_iface, None)
    try:
        dock.set_layer(layer)
        assert dock.make_report(1)  # QuickScan without a scenario
        summary = report_city.summary_table(("Sloop Centrum",))
        dock.balans.latest_summary = lambda: (summary, "Sloop Centrum")  # as after a check in the panel
        layouts = dock.make_report(0)
        assert len(layouts) == 3
        manager = QgsProject.instance().layoutManager()
        assert all(manager.layoutByName(layout.name()) is layout for layout in layouts)
        slot_text = " ".join(item.text() for item in layouts[2].items() if hasattr(item, "text")
                             and callable(item.text))
        assert "Sloop Centrum" in slot_text
        # no layer: a clear message, no layouts
        messages = []
        dock.inform = lambda title, text: messages.append(text)
        dock.set_layer(None)
        assert dock.make_report(0) == [] and messages
    finally:
        dock.close_and_cleanup()
        dock.deleteLater()
        QgsProject.instance().layoutManager().clear()


def test_verdict_lines_agree_and_the_summary_and_map_open_in_qgis(qgis_iface, provider, buurt_gpkg):
    """Not feasible: the first line says so with the reason, the target line is a separate labelled line, the
    result text never says 'feasible'; the summary opens in a dialog when no browser starts; the balance map."""
    _path, layer = buurt_gpkg
    dock = VeerkrachtDock(qgis_iface, None)
    try:
        dock.set_layer(layer)
        panel = dock.balans
        messages = []
        panel.inform = lambda title, text: messages.append(text)
        panel.create_table()
        panel.scenario_combo.setEditText("Leeg")
        assert not panel.run_check()  # a scenario without measures: a clear message, no run
        assert messages and "Leeg" in messages[-1] and "no measures" in messages[-1]
        panel.scenario_combo.setEditText("Alles naar Oost")
        dock.context.set_fids([fid_of(layer, "BU09990001")])
        panel.maatregel_combo.setCurrentIndex(panel.maatregel_combo.findData("toewijzing"))
        panel.aandeel_spin.setValue(1.0)  # 56 placements a year in Oost alone, 31.5 today in the whole city
        panel.add_measures()
        panel.vulnerable_combo.setField("")
        assert panel.run_check()
        wait_for(panel)
        assert panel.light.property("feasible") is False
        light, target, text = plain(panel.light), plain(panel.target_label), panel.result_label.text()
        assert "Not feasible" in light and "toewijzing measures place more aandachtsgroepen" in light
        assert "Feasible:" not in light and "Social-rent target" in target and "Feasib" not in target
        assert panel.target_label.property("target_met") is True  # 30.0 % of 5000: met – a separate line
        assert "<td align='right'><b>no</b></td>" in text and ">yes<" not in text

        # no browser: the summary opens in a dialog inside QGIS
        panel.open_url = lambda url: False
        assert panel.open_html() == "dialog"
        view = panel.last_dialog.findChild(QTextBrowser, "vkBalansSummaryView")
        assert "Niet haalbaar" in view.toPlainText() or "Not feasible" in view.toPlainText()
        panel.last_dialog.close()
        opened = []
        panel.open_url = lambda url: opened.append(url.toLocalFile()) or True
        assert panel.open_html() == "browser" and opened[0].endswith(".html")

        # the balance as a styled map layer, removed again when the dock closes
        map_layer = panel.show_on_map()
        assert map_layer is not None and map_layer.isValid()
        assert QgsProject.instance().mapLayer(map_layer.id()) is map_layer
        rules = [rule.label() for rule in map_layer.renderer().rootRule().children()]
        assert any("100 %" in label for label in rules) and any("compensatie" in label for label in rules)
        assert map_layer.labelsEnabled()
        full = [f["buurtcode"] for f in map_layer.getFeatures() if f["vk_toewijzing_na"] >= 99.95]
        assert full == ["BU09990001"]
        layer_id = map_layer.id()
    finally:
        dock.close_and_cleanup()
        dock.deleteLater()
    assert QgsProject.instance().mapLayer(layer_id) is None
