"""The dock at its default width and beside other docks, its state in the project, the inspector's
figures, and the language: the plugin speaks the language QGIS speaks, however it was chosen."""

import csv
import re
import shutil
from contextlib import contextmanager

import pytest
from qgis.core import QgsApplication, QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox, QDockWidget, QPushButton, QScrollArea, QToolButton

from tests.paths import ROOT
from tests.qgis import dock_data
from tests.qgis.veerstad import DEMO, scored_veerstad
from veerkracht_plugin import i18n
from veerkracht_plugin.ui import state
from veerkracht_plugin.ui.dock import SETTINGS, VeerkrachtDock


@contextmanager
def language(code):
    """QGIS set to ``code`` in Settings › Options (override flag + user locale), translator installed."""
    settings = QgsSettings()
    old = settings.value("locale/overrideFlag"), settings.value("locale/userLocale")
    try:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", code)
        i18n.install_translator(force=True)
        yield
    finally:
        settings.setValue("locale/overrideFlag", old[0] if old[0] is not None else False)
        settings.setValue("locale/userLocale", old[1] or "")
        i18n.install_translator(force=True)


@pytest.fixture
def make_dock(qgis_iface, qgis_new_project):
    docks = []

    def make(layer=None, area=VeerkrachtDock.DEFAULT_AREA):
        dock = VeerkrachtDock(qgis_iface, qgis_iface.mainWindow())
        qgis_iface.mainWindow().addDockWidget(area, dock)
        if layer is not None:
            dock.set_layer(layer)
        dock.tags.ask = lambda title, text: True
        docks.append(dock)
        return dock

    yield make
    for dock in docks:
        dock.close_and_cleanup()
        qgis_iface.mainWindow().removeDockWidget(dock)
        dock.deleteLater()
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the docks and presentation windows


def run(name, parameters):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(f"veerkracht:{name}", parameters, context=context, feedback=QgsProcessingFeedback())


@pytest.fixture(scope="module")
def scored_files(qgis_app, qgis_processing, tmp_path_factory):
    """The demo city scored twice: with the Leefbaarometer per buurt (as shipped) and per wijk."""
    from veerkracht_plugin.standalone import register_provider

    register_provider()
    folder = tmp_path_factory.mktemp("scored")
    wijk_csv = folder / "leefbaarometer_wijken.csv"
    with open(DEMO / "veerstad_leefbaarometer.csv", encoding="utf-8") as source, \
            open(wijk_csv, "w", encoding="utf-8", newline="") as target:
        rows = list(csv.DictReader(source))
        writer = csv.writer(target)
        writer.writerow(["wk_code", "jaar", "lbm", "afw", "fys", "onv", "soc", "vrz", "won"])
        seen = set()
        for row in rows:  # the first buurt of each wijk stands for its wijk
            key = ("WK" + row["bu_code"][2:8], row["jaar"])
            if key not in seen:
                seen.add(key)
                writer.writerow([key[0], row["jaar"], *(row[c] for c in ("lbm", "afw", "fys", "onv", "soc", "vrz",
                                                                           "won"))])
    return {"buurt": scored_veerstad(run, folder / "buurt.gpkg"),
            "wijk": scored_veerstad(run, folder / "wijk.gpkg", leefbaarometer=wijk_csv)}


def veerstad(scored_files, tmp_path, level="buurt"):
    path = tmp_path / f"{level}.gpkg"
    shutil.copy(scored_files[level], path)
    layer = QgsVectorLayer(f"{path}|layername={level}", f"Veerstad ({level})", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


def fid_of(layer, code):
    return next(f.id() for f in layer.getFeatures(f"\"buurtcode\" = '{code}'"))


# --- layout -------------------------------------------------------------------------------------
def clipped_widgets(dock):
    """Buttons and combos narrower than they need, and tab pages wider than their scroll area."""
    problems = []
    for widget in dock.findChildren(QAbstractButton) + dock.findChildren(QComboBox):
        if not widget.isVisibleTo(dock) or widget.parent() is None:
            continue
        if isinstance(widget, QAbstractButton) and widget.metaObject().className() in ("QTabBarButton",):
            continue
        need = widget.sizeHint().width() if isinstance(widget, (QPushButton, QToolButton)) else \
            widget.minimumSizeHint().width()
        if widget.width() + 1 < need:
            problems.append((widget.objectName() or widget.metaObject().className(),
                             getattr(widget, "text", lambda: "")(), widget.width(), need))
    for area in dock.findChildren(QScrollArea):
        if area.isVisibleTo(dock) and area.widget() is not None:
            if area.widget().minimumSizeHint().width() > area.viewport().width() + 1:
                problems.append((area.objectName(), "page", area.viewport().width(),
                                 area.widget().minimumSizeHint().width()))
    return problems


@pytest.mark.parametrize("code", ["en_US", "nl_NL"])
def test_everything_fits_at_the_default_width(make_dock, qgis_iface, tmp_path, code):
    with language(code):
        dock = make_dock(dock_data.gpkg_layer(tmp_path / "b.gpkg"))
        dock.setFloating(True)
        dock.show()
        dock.resize(dock.minimumSizeHint().width(), 800)  # as narrow as QGIS makes a new dock
        QCoreApplication.processEvents()
        tabs = dock.tabs
        assert not tabs.usesScrollButtons()
        for key in dock.panels:
            dock.show_panel(key)
            QCoreApplication.processEvents()
            assert tabs.tabBar().sizeHint().width() <= tabs.width(), (key, tabs.tabBar().sizeHint(), tabs.width())
            assert clipped_widgets(dock) == [], key
        assert [tabs.tabToolTip(i) for i in range(tabs.count())][1].startswith("Handelingsperspectieven")
        # the bars that appear on the tags tab when saving fails or the layer cannot hold tags fit too
        dock.show_panel("handelingsperspectieven")
        dock.tags.pending_text.setText("2 changes not saved: the database is locked by another user.")
        dock.tags.pending_bar.show()
        dock.tags.banner_text.setText("This layer cannot store tags: a read-only file.")
        dock.tags.banner.show()
        QCoreApplication.processEvents()
        assert clipped_widgets(dock) == []


def test_a_usable_height_beside_the_processing_toolbox(make_dock, qgis_iface):
    window = qgis_iface.mainWindow()
    window.resize(1280, 720)
    window.show()
    toolbox = QDockWidget("Processing Toolbox", window)
    toolbox.setObjectName("ProcessingToolbox")
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, toolbox)
    toolbox.show()
    try:
        dock = make_dock()
        QTest.qWait(100)
        lines = dock.fontMetrics().lineSpacing()
        assert dock.widget().minimumHeight() >= 20 * lines
        assert dock.height() >= dock.widget().minimumHeight()
        assert dock.height() >= 1.5 * toolbox.height()  # the dock gets the larger share of the column
    finally:
        window.removeDockWidget(toolbox)
        toolbox.deleteLater()


# --- state in the project -----------------------------------------------------------------------
def test_the_project_reopens_with_the_dock_its_layer_and_tab(make_dock, qgis_iface, tmp_path, provider):
    from veerkracht_plugin.plugin import VeerkrachtPlugin
    from veerkracht_plugin.standalone import register_provider

    project = QgsProject.instance()
    first = dock_data.gpkg_layer(tmp_path / "a.gpkg")
    second = dock_data.gpkg_layer(tmp_path / "b.gpkg")
    QgsApplication.processingRegistry().removeProvider(provider)  # the plugin brings its own; restored below
    plugin = VeerkrachtPlugin(qgis_iface)
    plugin.initGui()
    try:
        plugin.toolbar_action.setChecked(True)
        dock = plugin.dock
        project.setDirty(False)
        dock.layer_combo.setLayer(second)
        dock.show_panel("presentatie")
        assert not project.isDirty()  # remembering the dock's state is no unsaved change
        assert state.read(state.LAYER) == second.id() and state.read(state.TAB) == "presentatie"
        assert state.read_visible() is True
        path = str(tmp_path / "session.qgz")
        assert project.write(path)
        second_id = second.id()
        # another project, the dock elsewhere and closed
        project.clear()
        dock.show_panel("buurt")
        plugin.toolbar_action.setChecked(False)
        assert not dock.isVisible()
        assert project.read(path)
        QCoreApplication.processEvents()
        assert plugin.toolbar_action.isChecked() and dock.isVisible()
        assert dock.context.layer is not None and dock.context.layer.id() == second_id
        assert dock.current_panel_key() == "presentatie"
        assert first.__class__  # the first layer is in the project too but not chosen
        # closed when saved closed
        dock.close()
        assert state.read_visible() is False
        assert project.write(path)
        plugin.toolbar_action.setChecked(True)
        assert project.read(path)
        QCoreApplication.processEvents()
        assert not plugin.toolbar_action.isChecked()
    finally:
        plugin.unload()
        register_provider()
        i18n.install_translator(force=True)


def test_a_layer_source_is_never_kept_in_the_settings(make_dock, tmp_path):
    settings = QgsSettings()
    settings.setValue(SETTINGS + "layer_source", "dbname='gis' user='planner' password='geheim'")  # older versions
    layer = dock_data.gpkg_layer(tmp_path / "b.gpkg")
    dock = make_dock()
    dock.layer_combo.setLayer(layer)
    assert dock.context.layer is layer
    settings = QgsSettings()
    assert settings.value(SETTINGS + "layer_source") is None
    values = [str(settings.value(key)) for key in settings.allKeys() if key.startswith("Veerkracht/")]
    assert not any("geheim" in value or layer.source() in value for value in values), values
    assert settings.value(SETTINGS + "layer_id") == layer.id()


# --- inspector ----------------------------------------------------------------------------------
def test_inspector_shows_who_lives_there_the_early_warning_and_the_last_update(make_dock, scored_files, tmp_path):
    layer = veerstad(scored_files, tmp_path)
    dock = make_dock(layer)
    inspector = dock.inspector
    layer.selectByIds([fid_of(layer, "BU99990301")])  # Bloemenbuurt
    assert inspector.title.text() == "Bloemenbuurt"
    feature = layer.getFeature(fid_of(layer, "BU99990301"))
    assert inspector.text("inwoners") == f"{feature['inwoners_t1']:,}"
    assert inspector.text("huishoudens") == f"{feature['huishoudens_t1']:,}"
    assert inspector.text("wijk") == "Veerstad-Oost (WK999903)"
    assert inspector.signal_chip.isVisibleTo(inspector) and inspector.chip.text() == "Veerkrachtig"
    assert inspector.text("p_level") == "buurt"
    assert inspector.text("vk_bijgewerkt") == "not yet tagged"
    layer.selectByIds([fid_of(layer, "BU99990302")])  # Vogelbuurt: no early warning
    assert not inspector.signal_chip.isVisibleTo(inspector)
    dock.tags.combos["vk_hp_sociaal"].setCurrentIndex(2)
    QCoreApplication.processEvents()
    assert re.search(r"\d{1,2}:\d{2}", inspector.text("vk_bijgewerkt")), inspector.text("vk_bijgewerkt")


def test_inspector_says_when_the_problems_are_measured_per_wijk(make_dock, scored_files, tmp_path):
    layer = veerstad(scored_files, tmp_path, "wijk")
    dock = make_dock(layer)
    layer.selectByIds([fid_of(layer, "BU99990302")])
    assert dock.context.p_level == "wijk"
    assert dock.inspector.text("p_level").startswith("wijk")
    assert dock.inspector.text("vk_dp").endswith("(wijk)") and dock.inspector.text("vk_p_niveau").endswith("(wijk)")
    assert not dock.inspector.text("vk_dk").endswith("(wijk)")


def test_class_labels_are_the_map_legend_labels_in_both_languages(make_dock, tmp_path):
    import xml.etree.ElementTree as ET

    from veerkracht_plugin.ui.classlabels import CLASS_ORDER, class_label

    rules = {}
    for rule in ET.parse(ROOT / "veerkracht_plugin" / "styles" / "signaal.qml").getroot().iter("rule"):
        match = re.match(r"\"vk_klasse\" = '(\w+)'", rule.get("filter"))
        if match:
            rules[match.group(1)] = rule.get("label")
    assert set(rules) == set(CLASS_ORDER) - {"geen_gegevens"}
    for code in ("en_US", "nl_NL"):
        with language(code):
            dock = make_dock(dock_data.gpkg_layer(tmp_path / f"{code}.gpkg"))
            layer = dock.context.layer
            for buurt, klasse in (("BU03630001", "onder_druk"), ("BU03630002", "veerkrachtig"),
                                  ("BU03630003", "gunstig"), ("BU05990002", "problemen")):
                layer.selectByIds([dock_data.fid_of(layer, buurt)])
                assert dock.inspector.chip.text() == rules[klasse] == class_label(klasse)
            layer.selectByIds([dock_data.fid_of(layer, "BU03630004")])
            assert dock.inspector.chip.text() == "Onvoldoende gegevens"
            assert dock.presentation.klasse.itemText(0) == rules["onder_druk"]


# --- language -----------------------------------------------------------------------------------
def test_the_plugin_follows_lang_on_the_command_line(qgis_app):
    """``qgis --lang nl`` sets the translation QGIS loads (and locale/userLocale) but not the override
    flag: the plugin must still speak Dutch."""
    settings = QgsSettings()
    old = settings.value("locale/overrideFlag"), settings.value("locale/userLocale")
    try:
        settings.setValue("locale/overrideFlag", False)
        settings.setValue("locale/userLocale", "nl")
        QgsApplication.setTranslation("nl")
        assert i18n.qgis_language() == "nl"
        assert i18n.install_translator(force=True) == "nl"
        assert i18n.tr("Households") == "Huishoudens"
        assert i18n.format_number(1234.5, 1) == "1.234,5" and i18n.decimal_mark() == ","
        QgsApplication.setTranslation("en_US")
        assert i18n.install_translator(force=True) == "en"
        assert i18n.format_number(1234.5, 1) == "1,234.5"
    finally:
        QgsApplication.setTranslation("")
        settings.setValue("locale/overrideFlag", old[0] if old[0] is not None else False)
        settings.setValue("locale/userLocale", old[1] or "")
        i18n.install_translator(force=True)


def test_numbers_in_the_dock_follow_the_interface_language(make_dock, tmp_path):
    with language("nl_NL"):
        dock = make_dock(dock_data.gpkg_layer(tmp_path / "b.gpkg"))
        layer = dock.context.layer
        layer.selectByIds([dock_data.fid_of(layer, "BU03630003")])
        assert dock.inspector.text("vk_dk") == "-0,20"
        assert dock.inspector.text("corporation") == "12,2 %"
        assert dock.inspector.text("inwoners") == "1.002"
    layer.selectByIds([])
    layer.selectByIds([dock_data.fid_of(layer, "BU03630003")])
    assert dock.inspector.text("vk_dk") == "-0.20" and dock.inspector.text("corporation") == "12.2 %"
