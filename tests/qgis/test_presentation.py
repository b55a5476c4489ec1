"""Presentation mode for a whole session: the nine maps, overview, search, the side card and its tags,
shortcuts kept away from QGIS, and Esc giving back exactly what was there."""

import sqlite3

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QAction, QComboBox, QDockWidget, QLabel, QToolBar

from tests.qgis import dock_data
from tests.qgis.veerstad import scored_veerstad
from veerkracht_plugin.ui.dock import VeerkrachtDock
from veerkracht_plugin.ui.presentation import buurt_list
from veerkracht_plugin.ui.presentation_views import MIX, PresentationStyles


@pytest.fixture(scope="module")
def veerstad_file(qgis_app, qgis_processing, tmp_path_factory):
    """The scored demo city, once per module (copied per test: tags are written into it)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from veerkracht_plugin.standalone import register_provider

    register_provider()

    def run(name, parameters):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(f"veerkracht:{name}", parameters, context=context, feedback=QgsProcessingFeedback())

    return scored_veerstad(run, tmp_path_factory.mktemp("veerstad") / "veerstad.gpkg")


@pytest.fixture
def veerstad(veerstad_file, tmp_path, qgis_new_project):
    import shutil

    path = tmp_path / "veerstad.gpkg"
    shutil.copy(veerstad_file, path)
    layer = QgsVectorLayer(f"{path}|layername=veerstad", "Veerstad", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer, path


@pytest.fixture
def dock(qgis_iface, qgis_new_project):
    docks = []

    def make(layer):
        made = VeerkrachtDock(qgis_iface, qgis_iface.mainWindow())
        qgis_iface.mainWindow().addDockWidget(VeerkrachtDock.DEFAULT_AREA, made)
        made.set_layer(layer)
        made.tags.ask = lambda title, text: True
        docks.append(made)
        return made

    yield make
    for made in docks:
        made.close_and_cleanup()
        qgis_iface.mainWindow().removeDockWidget(made)
        made.deleteLater()
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the docks and presentation windows


def fid_of(layer, code):
    return next(f.id() for f in layer.getFeatures(f"\"buurtcode\" = '{code}'"))


def start(made, mode="onder_druk"):
    panel = made.presentation
    panel.list_mode.setCurrentIndex(panel.list_mode.findData(mode))
    assert panel.start()
    QCoreApplication.processEvents()
    return panel.mode


def press(mode, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None):
    QTest.keyClick(widget or mode.window, key, modifier)
    QCoreApplication.processEvents()


def test_keys_switch_the_nine_maps_with_title_and_legend(veerstad, dock):
    layer, _path = veerstad
    mode = start(dock(layer))
    canvas = mode.window.canvas
    assert mode.view == "signaal"  # the layer shows no map of its own: map 1
    seen = []
    for number in range(1, 10):
        press(mode, getattr(Qt.Key, f"Key_{number}"))
        seen.append((mode.view, mode.window.title.text(), mode.window.legend_layout.count() // 2))
        assert layer.id() in canvas.layerStyleOverrides()
    assert [view for view, _title, _n in seen] == [
        "signaal", "signaal_relatief", "kwetsbaar_niveau", "kwetsbaar_ontwikkeling", "overlast_niveau",
        "overlast_ontwikkeling", "corporatiebezit", "score", "focus"]
    assert seen[0][1] == "Signaleringskaart (absoluut)" and seen[6][1] == "Aandeel corporatiebezit"
    assert all(entries >= 5 for _view, _title, entries in seen), seen
    assert mode.window.map_buttons["focus"].isChecked() and not mode.window.map_buttons["signaal"].isChecked()
    press(mode, Qt.Key.Key_Tab)
    assert mode.view == MIX and mode.window.title.text() == "Mix of handelingsperspectieven"
    mode.window.findChild(type(mode.window.map_buttons["score"]), "vkPresMap_8").click()
    assert mode.view == "score"
    mode.stop()


def test_early_warning_is_drawn_and_in_the_legend(veerstad, dock):
    layer, _path = veerstad
    mode = start(dock(layer))
    texts = [item.widget().text() for item in (mode.window.legend_layout.itemAt(i)
                                               for i in range(mode.window.legend_layout.count()))
             if isinstance(item.widget(), QLabel) and item.widget().text()]
    assert any(text.startswith("Vroeg signaal") for text in texts), texts
    _xml, scratch = mode.styles.view("signaal")
    signal_rules = [rule for rule in scratch.renderer().rootRule().descendants()
                    if "vk_signaal" in rule.filterExpression()]
    assert signal_rules
    # on the projector the triangle is larger than on the QGIS canvas (5.5 mm)
    triangle = signal_rules[0].symbol().symbolLayer(2).subSymbol()
    assert triangle.size() >= 5.4 * mode.styles.scale * 1.5
    mode.go(mode.fids.index(mode.fids[0]))
    mode.jump_to_fid(fid_of(layer, "BU99990301"))  # Bloemenbuurt: vroeg signaal
    assert mode.window.signal.isVisibleTo(mode.window)
    mode.stop()


def test_labels_and_glyphs_scale_to_the_screen():
    """At 1080 px high (1920x1080 projected, read from 8 m): labels >= 24 pt, the mix glyph >= 60 px."""
    layer = dock_data.memory_layer()
    from veerkracht_plugin.ui.context import FieldMap

    styles = PresentationStyles(layer, FieldMap(layer), 1080 / 1080)
    assert styles.label_size >= 24 and styles.glyph_size * 2 >= 60
    xml, scratch = styles.view("signaal")
    assert scratch.labeling().settings().format().size() >= 24
    assert "vk_focus" in xml  # the buurt in focus: its label always shown, larger
    _xml, mix = styles.view(MIX)
    glyph = mix.renderer().rootRule().children()[0].symbol().symbolLayer(1).subSymbol()
    assert glyph.size() * 2 >= 60 and glyph.sizeUnit() == glyph.symbolLayer(0).sizeUnit()
    big = PresentationStyles(layer, FieldMap(layer), 2160 / 1080)
    assert big.label_size == 2 * styles.label_size and big.glyph_size == 2 * styles.glyph_size


def test_overview_search_and_stepping(veerstad, dock):
    layer, _path = veerstad
    mode = start(dock(layer))
    names = [layer.getFeature(fid)["buurtnaam"] for fid in mode.fids]
    assert names[:3] == ["Vogelbuurt", "Schildersbuurt", "Componistenbuurt"] and len(names) == 22
    assert mode.window.name.text() == "Vogelbuurt" and mode.window.counter.text() == "1 / 22"
    # zoomed with its wijk (Veerstad-Oost) around it
    extent = mode.window.canvas.extent()
    wijk = [f for f in layer.getFeatures("\"wijkcode\" = 'WK999903'")]
    assert all(extent.contains(f.geometry().pointOnSurface().asPoint()) for f in wijk)
    press(mode, Qt.Key.Key_PageDown)
    assert mode.window.name.text() == "Schildersbuurt" and mode.index == 1
    press(mode, Qt.Key.Key_0)
    assert mode.fid is None and mode.window.name.text() == "Veerstad"
    assert mode.window.counter.text() == "overview"
    extent = mode.window.canvas.extent()
    assert extent.contains(layer.extent()) or extent.width() >= layer.extent().width() * 0.99
    assert "22" in mode.window.figures.text()  # 22 buurten onder druk in the gemeente card
    press(mode, Qt.Key.Key_Right)  # back into the list where it was left
    assert mode.window.name.text() == "Schildersbuurt"
    # typing a name anywhere: the search box takes it; Enter jumps
    QTest.keyClick(mode.window, "k")  # a letter on the map starts the search
    assert mode.window.search.text() == "k"
    QTest.keyClicks(mode.window.search, "ruisk")  # where the keyboard focus went
    assert mode.window.search.text() == "kruisk"
    press(mode, Qt.Key.Key_Return, widget=mode.window.search)
    QTest.qWait(20)
    assert mode.window.name.text() == "Kruiskamp 11"  # the first in alphabetical order
    assert mode.find("kastanjehof") == fid_of(layer, "BU99990506")
    assert mode.find("BU99990302") == fid_of(layer, "BU99990302")  # by code too
    assert mode.find("xyz") is None
    mode.search_chosen("Bloemenbuurt")
    assert mode.window.name.text() == "Bloemenbuurt" and mode.window.counter.text() == "– / 22"
    press(mode, Qt.Key.Key_Left)  # outside the list: back to the list position
    assert mode.window.name.text() == "Schildersbuurt"
    # the dock follows the buurt on the projector
    assert dock.__class__ and layer.selectedFeatureIds() == [fid_of(layer, "BU99990303")]
    mode.stop()


def test_picking_a_buurt_in_the_qgis_window_brings_it_to_the_projector(veerstad, dock):
    layer, _path = veerstad
    made = dock(layer)
    mode = start(made)
    layer.selectByIds([fid_of(layer, "BU99990101")])  # e.g. with the pick tool on the laptop
    assert mode.window.name.text() == "Binnenstad"
    mode.stop()


def test_side_card_shows_the_buurt_and_sets_tags_through_the_dock(veerstad, dock):
    layer, path = veerstad
    made = dock(layer)
    layer.selectByIds([fid_of(layer, "BU99990302")])
    made.tags.combos["vk_hp_sociaal"].setCurrentIndex(2)  # the tag fields exist now
    made.tags.texts["vk_probleemanalyse"].setPlainText("Veel verloop")
    made.tags.flush()
    layer.removeSelection()
    mode = start(made)
    window = mode.window
    assert window.name.text() == "Vogelbuurt"
    assert window.chip.text() == "Veerkracht onder druk"
    figures = window.figures.text()
    assert "Inhabitants" in figures and "2,905" in figures and "Households" in figures and "1,330" in figures
    assert "Veel verloop" in window.texts.text()
    combos = window.tag_combos
    assert combos["vk_hp_sociaal"].currentIndex() == 2 and combos["vk_hp_leefomgeving"].currentIndex() == -1
    assert combos["vk_hp_leefomgeving"].placeholderText() == "not yet discussed"
    assert all(combo.isEnabled() and combo.focusPolicy() == Qt.FocusPolicy.NoFocus for combo in combos.values())
    combos["vk_hp_leefomgeving"].setCurrentIndex(3)
    combos["vk_hp_leefomgeving"].activated.emit(3)  # a click in its list
    assert made.tags.status.text().startswith("Saved at")
    connection = sqlite3.connect(str(path))
    row = connection.execute("SELECT vk_hp_sociaal, vk_hp_leefomgeving FROM veerstad WHERE buurtcode = "
                             "'BU99990302'").fetchone()
    connection.close()
    assert row == (2, 3)
    assert made.tags.undo_button.isEnabled()  # the dock's own undo covers it
    # keys never change a tag: the combos have no focus, arrows step the buurten
    press(mode, Qt.Key.Key_Down)
    assert window.name.text() == "Schildersbuurt" and combos["vk_hp_leefomgeving"].currentIndex() == -1
    mode.stop()


def test_tags_on_the_card_stay_read_only_without_tag_fields(veerstad, dock):
    layer, _path = veerstad
    mode = start(dock(layer))
    assert not any(combo.isEnabled() for combo in mode.window.tag_combos.values())
    assert "Perspectieven" in mode.window.tag_note.text()
    mode.stop()


def test_no_qgis_shortcut_fires_while_presenting(veerstad, dock, qgis_iface):
    """Ctrl+2 opened the Browser panel in the middle of a session: no QGIS shortcut, of the window or of
    the application, fires while the presentation has the keyboard."""
    layer, _path = veerstad
    window = qgis_iface.mainWindow()
    window.show()
    QCoreApplication.processEvents()
    fired = []
    actions = []
    for sequence, context in (("Ctrl+2", Qt.ShortcutContext.WindowShortcut),
                              ("Ctrl+3", Qt.ShortcutContext.ApplicationShortcut)):
        action = QAction(sequence, window)
        action.setShortcut(QKeySequence(sequence))
        action.setShortcutContext(context)
        action.triggered.connect(lambda _checked=False, s=sequence: fired.append(s))
        window.addAction(action)
        actions.append(action)
    try:
        made = dock(layer)
        QCoreApplication.processEvents()
        for key in (Qt.Key.Key_2, Qt.Key.Key_3):
            QTest.keyClick(made, key, Qt.KeyboardModifier.ControlModifier)
        assert fired == ["Ctrl+2", "Ctrl+3"]  # they work in the QGIS window
        fired.clear()
        mode = start(made)
        for key in (Qt.Key.Key_2, Qt.Key.Key_3):
            press(mode, key, Qt.KeyboardModifier.ControlModifier)
        assert fired == [] and mode.active and mode.view == "signaal"  # nor is Ctrl+2 map 2
        mode.stop()
        QTest.keyClick(made, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        assert fired == ["Ctrl+3"]  # and again after the presentation
    finally:
        for action in actions:
            window.removeAction(action)


def test_clicker_keys_reach_the_presentation_from_the_qgis_window(veerstad, dock, qgis_iface):
    """Dock on the laptop, map on the projector: PageDown typed in the QGIS window steps the buurten
    (and never changes a tag combo that has the focus)."""
    layer, _path = veerstad
    made = dock(layer)
    mode = start(made)
    combo = made.findChild(QComboBox, "vkHpSociaal")
    before = combo.currentIndex()
    QTest.keyClick(combo, Qt.Key.Key_PageDown)
    assert mode.index == 1 and combo.currentIndex() == before
    mode.stop()


def test_escape_gives_back_exactly_what_was_there(veerstad, dock, qgis_iface):
    layer, _path = veerstad
    window = qgis_iface.mainWindow()
    canvas = qgis_iface.mapCanvas()
    window.show()
    made = dock(layer)
    toolbar = QToolBar("Test toolbar", window)
    toolbar.setObjectName("vkTestToolbar")
    window.addToolBar(toolbar)
    hidden = QDockWidget("hidden", window)
    hidden.setObjectName("vkHiddenDock")
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, hidden)
    hidden.hide()
    canvas.setLayers([layer])
    canvas.setExtent(layer.extent())
    layer.selectByIds([fid_of(layer, "BU99990101"), fid_of(layer, "BU99990102")])
    QTest.qWait(100)  # the docks laid out
    from qgis.PyQt.QtXml import QDomDocument

    def style_of():
        document = QDomDocument()
        layer.exportNamedStyle(document)
        return document.toString()

    before = {"state": bytes(window.saveState()), "geometry": bytes(window.saveGeometry()),
              "extent": canvas.extent().toString(3), "style": style_of(), "labels": layer.labelsEnabled(),
              "selection": sorted(layer.selectedFeatureIds()), "current": layer.styleManager().currentStyle(),
              "styles": layer.styleManager().styles()}
    mode = start(made)
    # the QGIS window is not touched while presenting; the layer keeps its style (overrides only)
    assert mode.window.isVisible() and mode.window.isFullScreen()
    assert not made.isHidden() and not toolbar.isHidden()
    assert bytes(window.saveState()) == before["state"]
    assert style_of() == before["style"]
    assert layer.selectedFeatureIds() == [mode.fid]  # the buurt on the card, for the dock
    from qgis.core import Qgis

    assert not mode.window.canvas.mapSettings().testFlag(Qgis.MapSettingsFlag.DrawSelection)
    press(mode, Qt.Key.Key_3)
    press(mode, Qt.Key.Key_Tab)
    press(mode, Qt.Key.Key_Right)
    presentation_window = mode.window
    press(mode, Qt.Key.Key_Escape)
    QCoreApplication.processEvents()
    assert not mode.active and mode.window is None and not presentation_window.isVisible()
    assert bytes(window.saveState()) == before["state"]
    assert bytes(window.saveGeometry()) == before["geometry"]
    assert not made.isHidden() and not toolbar.isHidden() and hidden.isHidden()
    assert canvas.extent().toString(3) == before["extent"]
    assert style_of() == before["style"] and layer.labelsEnabled() == before["labels"]
    assert layer.styleManager().currentStyle() == before["current"]
    assert layer.styleManager().styles() == before["styles"]
    assert sorted(layer.selectedFeatureIds()) == before["selection"]
    window.removeToolBar(toolbar)
    window.removeDockWidget(hidden)
    canvas.setLayers([])  # the QGIS canvas must not draw the layer after the project lets it go
    canvas.stopRendering()
    QCoreApplication.processEvents()


def test_presentation_ends_when_its_layer_goes(veerstad, dock):
    layer, _path = veerstad
    mode = start(dock(layer))
    QgsProject.instance().removeMapLayer(layer.id())
    QCoreApplication.processEvents()
    assert not mode.active and mode.window is None


def test_an_unscored_layer_presents_its_own_style(tmp_path, dock):
    layer = dock_data.gpkg_layer(tmp_path / "b.gpkg")  # vk_klasse and levels, no relative class or focus
    mode = start(dock(layer))
    assert mode.view == "signaal"
    assert not mode.window.map_buttons["focus"].isEnabled()
    press(mode, Qt.Key.Key_9)
    assert mode.view == "signaal" and "vk_focus" in mode.window.message.text()
    mode.stop()


def test_presentation_of_a_class_and_of_the_selection(veerstad, dock):
    layer, _path = veerstad
    made = dock(layer)
    problemen = sorted(f["buurtcode"] for f in layer.getFeatures("\"vk_klasse\" = 'problemen'"))
    assert [layer.getFeature(f)["buurtcode"] for f in buurt_list(made.context, "class", "problemen")] == problemen
    layer.selectByIds([fid_of(layer, "BU99990302"), fid_of(layer, "BU99990101")])
    assert [layer.getFeature(f)["buurtnaam"] for f in buurt_list(made.context, "selection")] == [
        "Binnenstad", "Vogelbuurt"]


def test_the_screen_can_be_chosen(dock, tmp_path):
    from qgis.PyQt.QtGui import QGuiApplication

    from veerkracht_plugin.ui.presentation_views import default_screen

    layer = dock_data.gpkg_layer(tmp_path / "b.gpkg")
    made = dock(layer)
    panel = made.presentation
    assert panel.screen.count() == 1 + len(QGuiApplication.screens())
    assert panel.chosen_screen() is None  # automatic
    panel.screen.setCurrentIndex(1)
    assert panel.chosen_screen() is QGuiApplication.screens()[0]
    assert default_screen(None) is not None
    mode = panel.mode
    assert panel.start() and mode.window.windowHandle().screen() is QGuiApplication.screens()[0]
    assert panel.start_button.text() == "Stop presentation"
    panel.start_button.click()
    assert not mode.active and panel.start_button.text() == "Start presentation"
    panel.screen.setCurrentIndex(0)
