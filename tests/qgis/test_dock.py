"""The Veerkracht dock: inspector, handelingsperspectieven tags, storage, presentation mode."""

import sqlite3
import statistics
import time

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QPointF, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QComboBox, QPlainTextEdit, QPushButton

from tests.qgis import dock_data
from veerkracht_plugin.ui.dock import VeerkrachtDock


@pytest.fixture
def make_dock(qgis_iface, qgis_new_project):
    docks = []

    def make(layer=None):
        dock = VeerkrachtDock(qgis_iface, qgis_iface.mainWindow())
        qgis_iface.mainWindow().addDockWidget(VeerkrachtDock.DEFAULT_AREA, dock)
        if layer is not None:
            dock.set_layer(layer)
        dock.tags.ask = lambda title, text: True
        dock.tags.inform = lambda title, text: None  # never a modal box in a test
        docks.append(dock)
        return dock

    yield make
    for dock in docks:
        dock.close_and_cleanup()
        qgis_iface.mainWindow().removeDockWidget(dock)
        dock.deleteLater()
    QCoreApplication.processEvents()


def rows_in_file(path, columns, where="1=1"):
    connection = sqlite3.connect(str(path))  # a fresh connection, not QGIS's
    try:
        return connection.execute(f"SELECT buurtcode, {columns} FROM buurten WHERE {where} ORDER BY buurtcode"
                                  ).fetchall()
    finally:
        connection.close()


def test_selecting_a_buurt_fills_the_inspector(tmp_path, make_dock):
    layer = dock_data.gpkg_layer(tmp_path / "b.gpkg")
    dock = make_dock(layer)
    assert dock.objectName() == "VeerkrachtDock"
    layer.selectByIds([dock_data.fid_of(layer, "BU03630001")])
    inspector = dock.inspector
    assert inspector.title.text() == "Oost"
    assert inspector.text("code") == "BU03630001"
    assert inspector.text("gemeente") == "Amsterdam (GM0363)"
    assert inspector.text("vk_dk") == "0.80"
    assert inspector.text("vk_dp") == "0.60"
    assert inspector.text("vk_score") == "-0.25"
    assert inspector.text("vk_k_niveau") == "1.20"
    assert inspector.text("corporation") == "71.5 %"
    assert inspector.text("vk_reden") == "–"
    assert inspector.chip.text() == "Veerkracht onder druk"  # the label of the map legend, in every language
    assert "#D55E00" in inspector.chip.styleSheet()
    # the chart compares with the valid buurten of Amsterdam: mean ΔK (0.8+0.5-0.2)/3
    assert inspector.chart.means()["vk_dk"] == pytest.approx(1.1 / 3)
    assert len(inspector.chart.distribution["vk_dp"]) == 3
    # a buurt without data
    layer.selectByIds([dock_data.fid_of(layer, "BU03630004")])
    assert inspector.text("vk_dk") == "–"
    assert inspector.text("vk_reden") == "too few inhabitants or households (klein)"
    assert inspector.chip.text() == "Onvoldoende gegevens"
    assert inspector.hint.isHidden()


def test_missing_score_fields_show_dash_and_hint(tmp_path, make_dock):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=buurtcode:string&field=buurtnaam:string", "raw", "memory")
    dock_feature = dock_data.memory_layer().getFeature(1)
    from qgis.core import QgsFeature

    feature = QgsFeature(layer.fields())
    feature.setAttributes(["BU1", "Eén"])
    feature.setGeometry(dock_feature.geometry())
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    dock = make_dock(layer)
    layer.selectAll()
    assert dock.inspector.title.text() == "Eén"
    assert dock.inspector.text("vk_dk") == "–"
    assert "veerkracht:score" in dock.inspector.hint.text()
    assert not dock.inspector.hint.isHidden()


def test_map_tool_click_selects_the_buurt(tmp_path, make_dock, qgis_iface):
    layer = dock_data.gpkg_layer(tmp_path / "b.gpkg")
    dock = make_dock(layer)
    dock.pick_button.setChecked(True)
    assert qgis_iface.mapCanvas().mapTool() is dock.pick_tool
    # square 4 = Centrum: x 124000..125000
    fid = dock.pick_tool.pick(QPointF(124500, 480500))
    assert fid == dock_data.fid_of(layer, "BU05990001")
    assert dock.inspector.title.text() == "Centrum"
    dock.pick_tool.pick(QPointF(125500, 480500), Qt.KeyboardModifier.ShiftModifier)
    assert len(layer.selectedFeatureIds()) == 2
    dock.pick_button.setChecked(False)
    assert qgis_iface.mapCanvas().mapTool() is not dock.pick_tool
    dock.pick_button.setChecked(True)
    from qgis.gui import QgsMapToolPan

    pan = QgsMapToolPan(qgis_iface.mapCanvas())
    qgis_iface.mapCanvas().setMapTool(pan)  # another tool: the toggle follows
    assert not dock.pick_button.isChecked()
    qgis_iface.mapCanvas().unsetMapTool(pan)


def test_dock_picks_the_scored_layer_of_the_project(tmp_path, make_dock):
    from qgis.core import QgsSettings

    QgsSettings().remove("Veerkracht/dock/layer_id")
    QgsSettings().remove("Veerkracht/dock/layer_source")
    plain = QgsVectorLayer("Polygon?crs=EPSG:28992&field=naam:string", "plain", "memory")
    QgsProject.instance().addMapLayer(plain)
    scored = dock_data.gpkg_layer(tmp_path / "b.gpkg")
    dock = make_dock()
    assert dock.context.layer is scored and dock.layer_combo.currentLayer() is scored


def test_tags_are_written_to_the_geopackage_at_once(tmp_path, make_dock):
    path = tmp_path / "b.gpkg"
    layer = dock_data.gpkg_layer(path)
    dock = make_dock(layer)
    questions = []
    dock.tags.ask = lambda title, text: questions.append(text) or True
    layer.selectByIds([dock_data.fid_of(layer, "BU03630002")])
    combo = dock.findChild(QComboBox, "vkHpSociaal")
    text = dock.findChild(QPlainTextEdit, "vkProbleemanalyse")
    text.setPlainText("Veel verloop")  # typed before the fields exist
    combo.setCurrentIndex(3)  # saves the text first, which adds the fields
    assert len(questions) == 1 and "vk_hp_sociaal" in questions[0]  # asked once before adding fields
    assert combo.currentIndex() == 3 and text.toPlainText() == "Veel verloop"
    dock.findChild(QComboBox, "vkHpWoningprogramma").setCurrentIndex(2)
    text.setPlainText("Veel verloop, weinig ontmoetingsplekken")
    dock.findChild(QPlainTextEdit, "vkPartners").setPlainText("Ymere, wijkteam")
    dock.findChild(QPushButton, "vkSave").click()
    assert len(questions) == 1
    assert dock.tags.status.text().startswith("Saved at")
    assert not layer.isEditable()
    rows = rows_in_file(path, "vk_hp_sociaal, vk_hp_leefomgeving, vk_hp_woningprogramma, vk_hp_herpositionering, "
                              "vk_probleemanalyse, vk_succes, vk_partners, vk_bijgewerkt IS NOT NULL",
                        "buurtcode = 'BU03630002'")
    assert rows == [("BU03630002", 3, None, 2, None, "Veel verloop, weinig ontmoetingsplekken", None,
                     "Ymere, wijkteam", 1)]
    # other buurten untouched
    assert rows_in_file(path, "vk_hp_sociaal, vk_bijgewerkt", "buurtcode = 'BU03630001'") == [
        ("BU03630001", None, None)]


def test_text_typed_is_saved_before_moving_to_another_buurt(tmp_path, make_dock):
    path = tmp_path / "b.gpkg"
    layer = dock_data.gpkg_layer(path)
    dock = make_dock(layer)
    layer.selectByIds([dock_data.fid_of(layer, "BU03630001")])
    dock.findChild(QPlainTextEdit, "vkSucces").setPlainText("Minder overlast in 2028")
    layer.selectByIds([dock_data.fid_of(layer, "BU03630003")])  # no Save clicked, no timer fired
    assert rows_in_file(path, "vk_succes", "vk_succes IS NOT NULL") == [("BU03630001", "Minder overlast in 2028")]
    assert dock.findChild(QPlainTextEdit, "vkSucces").toPlainText() == ""


def test_undo_and_redo(tmp_path, make_dock):
    path = tmp_path / "b.gpkg"
    layer = dock_data.gpkg_layer(path)
    dock = make_dock(layer)
    layer.selectByIds([dock_data.fid_of(layer, "BU03630001")])
    combo = dock.findChild(QComboBox, "vkHpLeefomgeving")
    combo.setCurrentIndex(1)
    combo.setCurrentIndex(3)
    assert rows_in_file(path, "vk_hp_leefomgeving", "buurtcode = 'BU03630001'") == [("BU03630001", 3)]
    undo = dock.findChild(QPushButton, "vkUndo")
    assert undo.isEnabled()
    undo.click()
    assert rows_in_file(path, "vk_hp_leefomgeving", "buurtcode = 'BU03630001'") == [("BU03630001", 1)]
    assert combo.currentIndex() == 1
    undo.click()
    assert rows_in_file(path, "vk_hp_leefomgeving", "buurtcode = 'BU03630001'") == [("BU03630001", None)]
    assert combo.currentIndex() == 4 and combo.currentText() == "– not discussed yet"  # NULL, not "0 none"
    assert not undo.isEnabled()
    dock.findChild(QPushButton, "vkRedo").click()
    assert rows_in_file(path, "vk_hp_leefomgeving", "buurtcode = 'BU03630001'") == [("BU03630001", 1)]


def test_undo_in_the_users_edit_session(tmp_path, make_dock):
    """When the user has the layer in edit mode, a change is one command in QGIS's undo stack and is
    committed by Save."""
    path = tmp_path / "b.gpkg"
    layer = dock_data.gpkg_layer(path)
    dock = make_dock(layer)
    layer.selectByIds([dock_data.fid_of(layer, "BU03630001")])
    dock.findChild(QComboBox, "vkHpSociaal").setCurrentIndex(1)  # fields added, value saved
    layer.startEditing()
    depth = layer.undoStack().count()
    dock.findChild(QComboBox, "vkHpSociaal").setCurrentIndex(2)
    assert layer.undoStack().count() == depth + 1
    assert "not saved" in dock.tags.status.text()
    assert rows_in_file(path, "vk_hp_sociaal", "buurtcode = 'BU03630001'") == [("BU03630001", 1)]
    layer.undoStack().undo()
    assert layer.getFeature(dock_data.fid_of(layer, "BU03630001"))["vk_hp_sociaal"] == 1
    layer.undoStack().redo()
    dock.findChild(QPushButton, "vkSave").click()
    assert layer.isEditable()
    assert rows_in_file(path, "vk_hp_sociaal", "buurtcode = 'BU03630001'") == [("BU03630001", 2)]
    layer.rollBack()


def test_multi_select_applies_to_all_and_shows_mixed(tmp_path, make_dock):
    path = tmp_path / "b.gpkg"
    layer = dock_data.gpkg_layer(path)
    dock = make_dock(layer)
    one, two = dock_data.fid_of(layer, "BU03630001"), dock_data.fid_of(layer, "BU05990001")
    layer.selectByIds([one])
    combo = dock.findChild(QComboBox, "vkHpHerpositionering")
    combo.setCurrentIndex(2)
    dock.findChild(QPlainTextEdit, "vkPartners").setPlainText("Corporatie A")
    layer.selectByIds([one, two])
    assert dock.tags.header.text() == "2 buurten selected: a change applies to all of them"
    assert combo.currentText() == "(different)"  # 2 and NULL
    partners = dock.findChild(QPlainTextEdit, "vkPartners")
    assert partners.toPlainText() == "" and "(different)" in partners.placeholderText()
    combo.setCurrentIndex(3)
    partners.setPlainText("Gemeente, politie")
    dock.tags.flush()
    assert rows_in_file(path, "vk_hp_herpositionering, vk_partners", "vk_hp_herpositionering IS NOT NULL") == [
        ("BU03630001", 3, "Gemeente, politie"), ("BU05990001", 3, "Gemeente, politie")]
    assert combo.currentIndex() == 3
    # undo restores each buurt's own old value
    dock.tags.undo()
    dock.tags.undo()
    assert rows_in_file(path, "vk_hp_herpositionering, vk_partners",
                        "buurtcode IN ('BU03630001', 'BU05990001')") == [
        ("BU03630001", 2, "Corporatie A"), ("BU05990001", None, None)]


def test_declining_to_add_fields_writes_nothing(tmp_path, make_dock):
    path = tmp_path / "b.gpkg"
    layer = dock_data.gpkg_layer(path)
    dock = make_dock(layer)
    dock.tags.ask = lambda title, text: False
    layer.selectByIds([dock_data.fid_of(layer, "BU03630001")])
    combo = dock.findChild(QComboBox, "vkHpSociaal")
    combo.setCurrentIndex(2)
    assert "vk_hp_sociaal" not in layer.fields().names()
    assert combo.currentIndex() == 4  # not discussed yet
    assert dock.tags.status.text() == "Not saved: the fields were not added."


@pytest.mark.parametrize("kind", ["geojson", "csv"])
def test_read_only_layer_offers_an_editable_copy(tmp_path, make_dock, kind):
    if kind == "geojson":
        source = tmp_path / "b.geojson"
        dock_data.write(dock_data.memory_layer(), source, "GeoJSON")
        layer = QgsVectorLayer(str(source), "json", "ogr")
    else:
        source = tmp_path / "b.csv"
        lines = ["buurtcode,buurtnaam,vk_klasse,wkt"] + [
            f'{r[0]},{r[1]},{r[4]},"{dock_data.square(i).asWkt()}"' for i, r in enumerate(dock_data.ROWS)]
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        layer = QgsVectorLayer(f"file://{source}?delimiter=,&wktField=wkt&crs=EPSG:28992", "csv", "delimitedtext")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    dock = make_dock(layer)
    assert not dock.tags.banner.isHidden()
    assert ("read-only" in dock.tags.banner_text.text()) or ("cannot hold" in dock.tags.banner_text.text())
    asked = []
    copy_path = tmp_path / "copy.gpkg"
    dock.tags.ask = lambda title, text: asked.append(text) or True
    dock.tags.ask_path = lambda default: str(copy_path)
    layer.selectByExpression("\"buurtcode\" = 'BU03630002'")
    dock.findChild(QComboBox, "vkHpSociaal").setCurrentIndex(2)
    assert "Save an editable GeoPackage copy" in asked[0]
    copy = dock.context.layer
    assert copy is not layer and copy.source().startswith(str(copy_path))
    assert dock.layer_combo.currentLayer() is copy
    assert dock.tags.banner.isHidden()
    assert rows_in_file(copy_path, "vk_hp_sociaal", "vk_hp_sociaal IS NOT NULL") == [("BU03630002", 2)]
    assert dock.findChild(QComboBox, "vkHpSociaal").currentIndex() == 2
    assert "vk_hp_sociaal" not in layer.fields().names()  # the original is untouched


def test_declining_the_copy_keeps_the_layer(tmp_path, make_dock):
    source = tmp_path / "b.geojson"
    dock_data.write(dock_data.memory_layer(), source, "GeoJSON")
    layer = QgsVectorLayer(str(source), "json", "ogr")
    QgsProject.instance().addMapLayer(layer)
    dock = make_dock(layer)
    dock.tags.ask = lambda title, text: False
    layer.selectByIds([next(layer.getFeatures()).id()])
    dock.findChild(QComboBox, "vkHpSociaal").setCurrentIndex(2)
    assert dock.context.layer is layer
    assert dock.tags.status.text().startswith("Not saved:")


def test_inspector_update_is_fast_on_15000_buurten(make_dock):
    rows = []
    for index in range(15000):
        gemeente = index % 350
        rows.append((f"BU{index:08d}", f"Buurt {index}", f"GM{gemeente:04d}", f"Gemeente {gemeente}",
                     ("onder_druk", "stabiel", "gunstig")[index % 3], (index % 17) / 10 - 0.8,
                     (index % 13) / 10 - 0.6, (index % 7) / 10, (index % 11) / 5 - 1, (index % 5) / 3 - 0.5,
                     None, float(index % 100)))
    layer = dock_data.memory_layer(rows)
    QgsProject.instance().addMapLayer(layer)
    dock = make_dock(layer)
    dock.inspector.update_buurten([5])  # builds the per-gemeente cache once
    fids = [f.id() for f in layer.getFeatures()][::750]
    timings = []
    for fid in fids[:20]:
        start = time.perf_counter()
        layer.selectByIds([fid])  # the whole path: selection signal -> context -> inspector + tag panel
        timings.append(time.perf_counter() - start)
    assert dock.inspector.text("code") == layer.getFeature(fids[19])["buurtcode"]
    assert dock.inspector.text("gemeente") == layer.getFeature(fids[19])["gemeentenaam"] + " (" + \
        layer.getFeature(fids[19])["gemeentecode"] + ")"
    assert statistics.median(timings) < 0.050, timings


def test_mix_style_and_labels(tmp_path, make_dock):
    layer = dock_data.gpkg_layer(tmp_path / "b.gpkg")
    dock = make_dock(layer)
    original = layer.renderer().clone()
    restore = dock.findChild(QPushButton, "vkRestoreStyle")
    assert not restore.isEnabled()
    dock.findChild(QPushButton, "vkApplyMix").click()
    assert layer.styleManager().currentStyle() == "Veerkracht mix"
    assert restore.isEnabled()
    discussed, rest = layer.renderer().rootRule().children()
    assert discussed.symbol().symbolLayerCount() == 5 and rest.symbol().symbolLayerCount() == 1  # no glyph
    assert [discussed.label(), rest.label()] == ["Discussed", "Not yet discussed"]
    assert layer.labelsEnabled()
    expression = layer.labeling().settings().fieldName
    assert '"vk_hp_sociaal"' in expression and '"buurtnaam"' in expression
    restore.click()
    assert layer.styleManager().currentStyle() != "Veerkracht mix"
    assert layer.renderer().type() == original.type() and layer.renderer().symbol().symbolLayerCount() == 1
    assert not layer.labelsEnabled()
    assert not restore.isEnabled()


def test_mix_expressions_evaluate():
    """Opaque colours (the selection's yellow does not bleed through), 'not yet discussed' (NULL) apart
    from 0 geen, and labels only for buurten where something was discussed."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields
    from qgis.PyQt.QtCore import QVariant

    from veerkracht_plugin.ui.mixstyle import discussed_expression, fill_expression, mix_label_expression

    fields = QgsFields()
    for name in ("buurtnaam", "vk_hp_sociaal", "vk_hp_leefomgeving", "vk_hp_herpositionering",
                 "vk_hp_woningprogramma"):
        fields.append(QgsField(name, QVariant.String if name == "buurtnaam" else QVariant.Int))
    feature = QgsFeature(fields)
    feature.setAttributes(["Oost", 3, 1, None, 0])
    context = QgsExpressionContext()
    context.setFeature(feature)

    def evaluate(expression):
        return QgsExpression(expression).evaluate(context)

    assert evaluate(fill_expression("vk_hp_sociaal")) == "204,121,167,255"  # 3: the full colour
    assert evaluate(fill_expression("vk_hp_leefomgeving")) == "147,214,196,255"  # 1: mixed with white
    assert evaluate(fill_expression("vk_hp_herpositionering")) == "200,200,200,255"  # NULL: grey
    assert evaluate(fill_expression("vk_hp_woningprogramma")) == "255,255,255,255"  # 0 geen: white
    assert evaluate(mix_label_expression("buurtnaam")) == "Oost\nS3  L1\nH–  W0"
    assert evaluate(discussed_expression()) == 1
    feature.setAttributes(["West", None, None, None, None])
    context.setFeature(feature)
    assert evaluate(discussed_expression()) == 0
    assert evaluate(mix_label_expression("buurtnaam")) is None  # nobody discussed it yet: no label
    assert evaluate(mix_label_expression("buurtnaam", everyone=True)) == "West"


def test_mix_map_distinguishes_not_discussed_and_stays_readable_when_selected(tmp_path):
    """Rendered: a buurt not yet discussed is light grey without glyph; 0 geen is a white square; a
    selected buurt's glyph keeps its colours on the yellow selection."""
    from qgis.core import QgsField, QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize, QVariant

    from veerkracht_plugin.ui import mixstyle

    layer = dock_data.gpkg_layer(tmp_path / "m.gpkg")
    layer.startEditing()
    for name in mixstyle.GLYPH_OFFSETS:
        layer.addAttribute(QgsField(name, QVariant.Int))
    layer.updateFields()
    index = layer.fields().indexOf
    oost, west = dock_data.fid_of(layer, "BU03630001"), dock_data.fid_of(layer, "BU03630002")
    for field in mixstyle.GLYPH_OFFSETS:
        layer.changeAttributeValue(oost, index(field), 3)
    layer.changeAttributeValue(west, index("vk_hp_sociaal"), 0)  # discussed: nothing to do socially
    assert layer.commitChanges()
    mixstyle.apply_mix_style(layer, labels=False)
    layer.selectByIds([oost])
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(1200, 200))
    settings.setSelectionColor(QColor(255, 255, 0, 200))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    QCoreApplication.processEvents()  # the job cleans up before the layer goes

    def colour_at(fid, dx_mm=0.0, dy_mm=0.0):
        point = layer.getFeature(fid).geometry().pointOnSurface().asPoint()
        pixel = settings.mapToPixel().transform(point)
        per_mm = settings.outputDpi() / 25.4
        return image.pixelColor(round(pixel.x() + dx_mm * per_mm), round(pixel.y() + dy_mm * per_mm)).name()

    half = mixstyle.GLYPH_SIZE_MM / 2
    assert colour_at(oost, -half, -half) == mixstyle.STRATEGY_COLORS["vk_hp_sociaal"].lower()  # not yellowed
    assert colour_at(oost, half, half) == mixstyle.STRATEGY_COLORS["vk_hp_woningprogramma"].lower()
    assert colour_at(west, -half, -half) == "#ffffff"  # 0 geen
    assert colour_at(west, half, -half) == mixstyle.NOT_DISCUSSED_SQUARE.lower()  # not discussed
    noord = dock_data.fid_of(layer, "BU03630003")
    assert colour_at(noord) == mixstyle.NOT_DISCUSSED_FILL.lower()  # no glyph at all


def test_presentation_of_a_class_and_of_the_selection(tmp_path, make_dock):
    from veerkracht_plugin.ui.presentation import buurt_list

    layer = dock_data.gpkg_layer(tmp_path / "b.gpkg")
    dock = make_dock(layer)
    assert [layer.getFeature(f)["buurtnaam"] for f in buurt_list(dock.context, "class", "gunstig")] == ["Noord"]
    layer.selectByIds([dock_data.fid_of(layer, "BU05990002"), dock_data.fid_of(layer, "BU03630002")])
    assert [layer.getFeature(f)["buurtnaam"] for f in buurt_list(dock.context, "selection")] == ["West", "Haven"]


def test_dock_remembers_layer_and_tab(tmp_path, make_dock):
    layer = dock_data.gpkg_layer(tmp_path / "b.gpkg")
    other = dock_data.gpkg_layer(tmp_path / "c.gpkg")
    dock = make_dock(layer)
    dock.show_panel("handelingsperspectieven")
    dock.layer_combo.setLayer(other)
    assert dock.context.layer is other
    second = make_dock()
    assert second.context.layer is other
    assert second.current_panel_key() == "handelingsperspectieven"


def test_dock_speaks_dutch_when_qgis_does(tmp_path, make_dock):
    from qgis.core import QgsSettings

    from veerkracht_plugin import i18n

    settings = QgsSettings()
    old = settings.value("locale/overrideFlag"), settings.value("locale/userLocale")
    try:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", "nl_NL")
        assert i18n.install_translator(force=True) == "nl"
        layer = dock_data.gpkg_layer(tmp_path / "b.gpkg")
        dock = make_dock(layer)
        layer.selectByIds([dock_data.fid_of(layer, "BU03630001")])
        assert dock.inspector.chip.text() == "Veerkracht onder druk"
        assert dock.findChild(QPushButton, "vkSave").text() == "Opslaan"
        assert dock.findChild(QComboBox, "vkHpSociaal").itemText(3) == "3 hoofdinzet"
        assert [dock.tabs.tabText(i).replace("&&", "&") for i in range(dock.tabs.count())] == [
            "Buurt", "Perspectieven", "Presentatie", "Balans"]
        assert dock.tabs.tabToolTip(3) == "Scenario & balans"
        dock.findChild(QComboBox, "vkHpSociaal").setCurrentIndex(1)
        assert dock.tags.status.text().startswith("Opgeslagen om")
    finally:
        settings.setValue("locale/overrideFlag", old[0] if old[0] is not None else False)
        settings.setValue("locale/userLocale", old[1] or "")
        i18n.install_translator(force=True)


def test_typed_text_is_saved_after_a_pause_and_on_unload(tmp_path, make_dock):
    from qgis.PyQt.QtTest import QTest

    from veerkracht_plugin.ui.tags import TEXT_SAVE_DELAY_MS

    path = tmp_path / "b.gpkg"
    layer = dock_data.gpkg_layer(path)
    dock = make_dock(layer)
    layer.selectByIds([dock_data.fid_of(layer, "BU03630003")])
    dock.findChild(QPlainTextEdit, "vkSucces").setPlainText("Meer ontmoeting")
    assert dock.tags.status.text() == "Typing… saved shortly."
    QTest.qWait(TEXT_SAVE_DELAY_MS + 400)
    assert rows_in_file(path, "vk_succes", "vk_succes IS NOT NULL") == [("BU03630003", "Meer ontmoeting")]
    dock.findChild(QPlainTextEdit, "vkPartners").setPlainText("Welzijn")
    dock.close_and_cleanup()  # plugin unload / QGIS closing: nothing typed is lost
    assert rows_in_file(path, "vk_partners", "vk_partners IS NOT NULL") == [("BU03630003", "Welzijn")]


def test_mix_map_keeps_details_for_a_readable_scale(tmp_path):
    """Zoomed out beyond 1:150,000 the mix map draws no tag glyphs or labels (unreadable, and seconds of
    drawing for a national layer); at gemeente and wijk scale it does."""
    from qgis.core import QgsField
    from qgis.PyQt.QtCore import QVariant

    from tests.qgis.rendering import count_pixels, render_at_scale
    from veerkracht_plugin.ui import mixstyle

    layer = dock_data.gpkg_layer(tmp_path / "m.gpkg")
    layer.startEditing()
    layer.addAttribute(QgsField("vk_hp_sociaal", QVariant.Int))
    layer.updateFields()
    for feature in layer.getFeatures():
        layer.changeAttributeValue(feature.id(), layer.fields().indexOf("vk_hp_sociaal"), 3)  # a solid glyph
    assert layer.commitChanges()
    mixstyle.apply_mix_style(layer, labels=True, name_field="buurtnaam")
    settings = layer.labeling().settings()
    assert settings.scaleVisibility and settings.minimumScale == mixstyle.DETAIL_SCALE

    def glyph_pixels(scale):  # value 3: the solid strategy colour
        glyph = QColor(mixstyle.STRATEGY_COLORS["vk_hp_sociaal"])
        return count_pixels(render_at_scale(layer, scale, 400), glyph, 40)

    near, far = glyph_pixels(50000), glyph_pixels(1000000)
    assert near > 50 and far < near / 5, (near, far)
