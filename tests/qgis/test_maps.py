"""The nine maps: each style renders the right colour for a buurt of known class, hatching, markers,
GeoPackage default styles, PNG export and map themes."""

import sqlite3

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProcessingContext,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage

from tests.qgis import synthetic
from tests.qgis.conftest import RecordingFeedback
from veerkracht_plugin.core.messages import VeerkrachtError
from veerkracht_plugin.qgisio import maps

M_PER_PX = 10.0  # rendering scale in the tests

# Expected fill colour per column of row 0 (column c has class/value number c, see synthetic.rows()).
SIGNAL = ["#d55e00", "#0072b2", "#e69f00", "#009e73", "#cfcfcf"]
PUOR = ["#5e3c99", "#b2abd2", "#f7f7f7", "#fdb863", "#e66101"]  # z = -1.5, -0.6, 0, 0.6, 1.5
RDBU = ["#0571b0", "#92c5de", "#f7f7f7", "#f4a582", "#ca0020"]
BRBG = ["#a6611a", "#dfc27d", "#f5f5f5", "#80cdc1", "#018571"]
YLGNBU = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"]  # share 5, 20, 40, 60, 80 %
FOCUS_1_TO_5 = ["#e8e8e8", "#e9a97d", "#cf5b02", "#97c0d6", "#978c74"]
EXPECTED_ROW0 = {
    "signaal": SIGNAL,
    "signaal_relatief": SIGNAL,
    "kwetsbaar_niveau": PUOR,
    "kwetsbaar_ontwikkeling": PUOR,
    "overlast_niveau": RDBU,
    "overlast_ontwikkeling": RDBU,
    "corporatiebezit": YLGNBU,
    "score": BRBG,
    "focus": FOCUS_1_TO_5,
}


def render(layer):
    extent = layer.extent()
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(int(extent.width() / M_PER_PX), int(extent.height() / M_PER_PX)))
    settings.setExtent(QgsRectangle(extent))
    settings.setBackgroundColor(QColor("#ffffff"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def pixel(image, x, y):
    """Colour (#rrggbb) at map coordinates x, y of an image rendered by render()."""
    px = int((x - synthetic.X0) / M_PER_PX)
    py = int((synthetic.Y0 + 2 * synthetic.CELL + synthetic.SIZE - y) / M_PER_PX)
    return QColor(image.pixel(px, py)).name()


def colours_in_box(image, column, row, half=25, offset=(0, 0)):
    cx, cy = synthetic.cell_centre(column, row)
    return {pixel(image, cx + offset[0] + dx * M_PER_PX, cy + offset[1] + dy * M_PER_PX)
            for dx in range(-half, half + 1, 3) for dy in range(-half, half + 1, 3)}


@pytest.fixture
def scored(qgis_app):
    return synthetic.make_layer()


def test_registry_is_the_nine_maps_of_the_method():
    assert list(maps.MAPS) == ["signaal", "signaal_relatief", "kwetsbaar_niveau", "kwetsbaar_ontwikkeling",
                               "overlast_niveau", "overlast_ontwikkeling", "corporatiebezit", "score", "focus"]
    assert [spec.number for spec in maps.MAPS.values()] == list(range(1, 10))
    assert maps.MAPS["signaal"].field == "vk_klasse"
    assert maps.MAPS["focus"].title == "Focuskaart"
    assert all(spec.qml.is_file() for spec in maps.MAPS.values())


@pytest.mark.parametrize("key", list(maps.MAPS))
def test_each_map_renders_the_class_colour(scored, key):
    assert maps.apply_map_style(scored, key) == maps.MAPS[key].field
    image = render(scored)
    # sample the interior, away from outlines (the centre of row 0 has no marker)
    for column, expected in enumerate(EXPECTED_ROW0[key]):
        x, y = synthetic.cell_centre(column, 0)
        assert pixel(image, x + 150, y - 150) == expected, (key, column)


def test_relative_signal_map_reads_the_relative_class(scored):
    maps.apply_map_style(scored, "signaal")
    absolute = render(scored)
    maps.apply_map_style(scored, "signaal_relatief")
    relative = render(scored)
    x, y = synthetic.cell_centre(0, 2)  # vk_klasse onder_druk, vk_klasse_rel problemen
    assert pixel(absolute, x + 150, y) == "#d55e00"
    assert pixel(relative, x + 150, y) == "#e69f00"


def test_focus_cells_six_to_nine(scored):
    maps.apply_map_style(scored, "focus")
    image = render(scored)
    expected = {6: "#864b02", 7: "#1f6cac", 8: "#204e5d", 9: "#1c2a01"}
    for column in range(4):  # row 1: focus 6, 7, 8, 9
        x, y = synthetic.cell_centre(column, 1)
        assert pixel(image, x, y) == expected[column + 6]


@pytest.mark.parametrize("key", list(maps.MAPS))
def test_no_data_is_hatched(scored, key):
    maps.apply_map_style(scored, key)
    image = render(scored)
    colours = colours_in_box(image, 5, 0)  # column 5: NULL / geen_gegevens everywhere
    assert "#ffffff" in colours and len(colours) >= 2
    greys = [QColor(c) for c in colours if c != "#ffffff"]
    assert all(abs(c.red() - c.green()) < 8 and abs(c.green() - c.blue()) < 8 for c in greys), colours


@pytest.mark.parametrize("key", ["signaal", "signaal_relatief"])
def test_early_warning_signal_is_marked(scored, key):
    maps.apply_map_style(scored, key)
    image = render(scored)
    assert "#f0e442" in colours_in_box(image, 1, 1, half=10)  # yellow triangle on the signal buurt
    assert "#f0e442" not in colours_in_box(image, 1, 0, half=10)  # veerkrachtig without signal
    # a bold dashed black/white outline just inside the signal buurt's edge
    x, y = synthetic.cell_centre(1, 1)
    edge = {pixel(image, x - synthetic.SIZE / 2 + 4, y + dy * M_PER_PX) for dy in range(-30, 31)}
    assert "#000000" in edge and "#ffffff" in edge
    plain = {pixel(image, synthetic.cell_centre(1, 0)[0] - synthetic.SIZE / 2 + 14, synthetic.cell_centre(1, 0)[1]
                   + dy * M_PER_PX) for dy in range(-30, 31)}
    assert plain == {"#0072b2"}
    labels = [rule.label() for rule in scored.renderer().rootRule().children()]
    assert any(label.startswith("Vroeg signaal") for label in labels)


def test_corporatiebuurten_are_outlined(scored):
    maps.apply_map_style(scored, "corporatiebezit")
    image = render(scored)
    for column, outlined in [(4, True), (3, False)]:  # 80 % and 60 %
        x, y = synthetic.cell_centre(column, 0)
        inside_edge = pixel(image, x - synthetic.SIZE / 2 + 4, y)
        assert (inside_edge == "#d55e00") is outlined


@pytest.mark.parametrize("name,kind", [("P_HUURCORP", "double"), ("perc_huurwoningen_in_bezit_woningcorporaties",
                                                                  "double"), ("p_wcorpw", "string")])
def test_corporation_field_is_detected(qgis_app, name, kind):
    layer = synthetic.make_layer(corporation_name=name)
    if kind == "string":  # a CBS table imported as text
        layer = QgsVectorLayer(layer.source().replace(f"field={name}:double", f"field={name}:string"), "t", "memory")
        layer.dataProvider().addFeatures(list(synthetic.make_layer(corporation_name=name).getFeatures()))
        layer.updateExtents()
    assert maps.find_corporation_field(layer) == name
    assert maps.apply_map_style(layer, "corporatiebezit") == name
    image = render(layer)
    for column, expected in enumerate(YLGNBU):
        x, y = synthetic.cell_centre(column, 0)
        assert pixel(image, x + 150, y - 150) == expected


def test_explicit_corporation_field_and_missing_fields(qgis_app):
    layer = synthetic.make_layer(corporation_name="mijn_aandeel")
    with pytest.raises(VeerkrachtError, match="P_HUURCORP"):
        maps.apply_map_style(layer, "corporatiebezit")
    assert maps.apply_map_style(layer, "corporatiebezit", "mijn_aandeel") == "mijn_aandeel"
    bare = QgsVectorLayer("Polygon?crs=EPSG:28992&field=buurtcode:string", "bare", "memory")
    with pytest.raises(VeerkrachtError, match="vk_klasse.*veerkracht:score"):
        maps.apply_map_style(bare, "signaal")
    assert maps.available_maps(bare) == []


def write_gpkg(layer, path):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "buurten"
    error = QgsVectorFileWriter.writeAsVectorFormatV2(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    return f"{path}|layername=buurten"


def styles_in(path):
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT styleName, useAsDefault FROM layer_styles ORDER BY styleName"
        ).fetchall()


def test_applystyle_stores_the_signal_map_as_default_in_the_geopackage(run_alg, scored, tmp_path):
    uri = write_gpkg(scored, tmp_path / "scored.gpkg")
    result = run_alg("applystyle", {"INPUT": uri, "MAP": 0})
    assert result["STYLES"] == "signaal"
    reopened = QgsVectorLayer(uri, "reopened", "ogr")
    renderer = reopened.renderer()
    assert renderer.type() == "RuleRenderer"
    rules = renderer.rootRule().children()
    assert rules[0].label() == "Veerkracht onder druk"
    assert rules[0].filterExpression() == "\"vk_klasse\" = 'onder_druk'"
    image = render(reopened)
    assert pixel(image, *synthetic.cell_centre(0, 0)) == "#d55e00"
    # applying again replaces the style instead of adding a copy
    run_alg("applystyle", {"INPUT": uri, "MAP": 0})
    assert styles_in(tmp_path / "scored.gpkg") == [("1 Signaleringskaart (absoluut)", 1)]


def test_applystyle_all_nine_stores_nine_named_styles(run_alg, scored, tmp_path):
    uri = write_gpkg(scored, tmp_path / "scored.gpkg")
    result = run_alg("applystyle", {"INPUT": uri, "MAP": 9})
    assert result["STYLES"].split(",") == list(maps.MAPS)
    styles = styles_in(tmp_path / "scored.gpkg")
    assert len(styles) == 9
    assert [name for name, default in styles if default] == ["1 Signaleringskaart (absoluut)"]
    reopened = QgsVectorLayer(uri, "r", "ogr")  # keep a reference: the rules belong to the layer
    assert reopened.renderer().rootRule().children()[0].label() == "Veerkracht onder druk"


def test_applystyle_restyles_a_project_layer_in_place(run_alg, qgis_new_project, scored):
    from qgis.core import QgsProject

    QgsProject.instance().addMapLayer(scored)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = run_alg("applystyle", {"INPUT": scored.id(), "MAP": 8}, context=context)
    assert result["OUTPUT"] == scored.id()
    assert scored.renderer().rootRule().children()[0].label().startswith("9: kwetsbare bewoners hoog")
    result = run_alg("applystyle", {"INPUT": scored.id(), "MAP": 9}, context=context)
    assert scored.styleManager().currentStyle() == "1 Signaleringskaart (absoluut)"
    assert scored.renderer().rootRule().children()[0].label() == "Veerkracht onder druk"
    assert len([s for s in scored.styleManager().styles() if s[0].isdigit()]) == 9


def test_applystyle_all_nine_keeps_the_layers_own_style(run_alg, qgis_new_project, scored, tmp_path):
    """A GeoPackage layer in the project: nine named styles in the file, the user's style kept."""
    from qgis.core import QgsProject

    uri = write_gpkg(scored, tmp_path / "scored.gpkg")
    layer = QgsVectorLayer(uri, "buurten", "ogr")
    QgsProject.instance().addMapLayer(layer)
    own = layer.styleManager().currentStyle()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    run_alg("applystyle", {"INPUT": layer.id(), "MAP": 9}, context=context)
    assert len(styles_in(tmp_path / "scored.gpkg")) == 9
    manager = layer.styleManager()
    assert manager.currentStyle() == "1 Signaleringskaart (absoluut)"
    assert layer.renderer().type() == "RuleRenderer"
    manager.setCurrentStyle(own)
    assert layer.renderer().type() == "singleSymbol"


def test_applystyle_all_nine_with_only_the_signal_field(run_alg, qgis_app):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=vk_klasse:string", "s", "memory")
    feedback = RecordingFeedback()
    result = run_alg("applystyle", {"INPUT": layer, "MAP": 9}, feedback=feedback)
    assert result["STYLES"] == "signaal"
    assert len(feedback.warnings) == 8


def test_applystyle_missing_field_is_a_clear_error(run_alg, qgis_app):
    bare = QgsVectorLayer("Polygon?crs=EPSG:28992&field=buurtcode:string", "bare", "memory")
    with pytest.raises(QgsProcessingException, match="vk_focus.*veerkracht:score"):
        run_alg("applystyle", {"INPUT": bare, "MAP": 8})
    with pytest.raises(QgsProcessingException, match="vk_klasse"):
        run_alg("applystyle", {"INPUT": bare, "MAP": 9})


def test_store_default_style_is_a_no_op_for_memory_layers(scored, tmp_path):
    assert maps.store_default_style(scored.id(), "signaal") is False
    assert maps.store_default_style("memory:", "signaal") is False
    assert maps.store_default_style(str(tmp_path / "missing.gpkg"), "signaal") is False


def test_store_default_style_from_a_background_thread(scored, tmp_path):
    from qgis.PyQt.QtCore import QThread

    uri = write_gpkg(scored, tmp_path / "scored.gpkg")
    results = []

    class Worker(QThread):
        def run(self):
            results.append(maps.store_default_style(uri, "focus"))

    worker = Worker()
    worker.start()
    assert worker.wait(60000)
    assert results == [True]
    reopened = QgsVectorLayer(uri, "r", "ogr")
    assert reopened.renderer().rootRule().children()[0].filterExpression() == '"vk_focus" = 9'


def test_style_output_hook_of_the_base_class(scored, tmp_path):
    from veerkracht_plugin.algorithms.base import style_output

    uri = write_gpkg(scored, tmp_path / "scored.gpkg")
    style_output(QgsProcessingContext(), str(tmp_path / "scored.gpkg"), "score")
    assert styles_in(tmp_path / "scored.gpkg") == [("8 Veerkrachtscore", 1)]
    reopened = QgsVectorLayer(uri, "r", "ogr")
    assert reopened.renderer().rootRule().children()[0].label().startswith("Veel beter")


def not_blank(path, width):
    image = QImage(str(path))
    assert image.width() == width
    colours = set()
    for x in range(0, image.width(), 7):
        for y in range(0, image.height(), 7):
            colours.add(image.pixel(x, y))
    return len(colours)


@pytest.mark.parametrize("key", list(maps.MAPS))
def test_export_map_png(scored, tmp_path, key):
    path = tmp_path / f"{key}.png"
    assert maps.export_map_png(scored, key, str(path), maps.MAPS[key].title) == str(path)
    assert not_blank(path, 1800) > 12
    # the layer itself keeps its own style
    assert scored.renderer().type() == "singleSymbol"


def test_every_map_names_its_sources_and_how_to_read_it():
    sources = {key: spec.sources for key, spec in maps.MAPS.items()}
    assert sources["kwetsbaar_niveau"] == sources["kwetsbaar_ontwikkeling"] == sources["corporatiebezit"] == ("CBS",)
    assert sources["overlast_niveau"] == sources["overlast_ontwikkeling"] == ("Leefbaarometer",)
    assert sources["signaal"] == sources["focus"] == ("CBS", "Leefbaarometer")
    assert maps.map_source_text("corporatiebezit") == "Bron: CBS"
    for key in ("kwetsbaar_niveau", "kwetsbaar_ontwikkeling", "overlast_niveau", "overlast_ontwikkeling", "score"):
        assert "standaarddeviaties" in maps.MAPS[key].note, key
    assert maps.MAPS["focus"].note.startswith("9 = ")
    assert all(spec.note for spec in maps.MAPS.values())


@pytest.mark.parametrize("key", ["kwetsbaar_niveau", "focus"])
def test_the_reading_note_sits_under_the_legend(scored, tmp_path, key):
    """The note is drawn in the legend column, below the legend, and not over it."""
    with_note, without = tmp_path / "with.png", tmp_path / "without.png"
    maps.export_map_png(scored, key, str(with_note), "x", width_px=900)
    maps.export_map_png(scored, key, str(without), "x", width_px=900, note="")
    a, b = QImage(str(with_note)), QImage(str(without))
    changed = [(x, y) for x in range(0, a.width(), 2) for y in range(0, a.height(), 2)
               if a.pixel(x, y) != b.pixel(x, y)]
    assert len(changed) > 200  # text was drawn
    xs, ys = [x for x, _y in changed], [y for _x, y in changed]
    assert min(xs) > a.width() * 0.64  # in the legend column, right of the map
    # nothing else (legend, source line) is drawn where the note is: it does not overlap the legend
    white = b.pixel(b.width() - 3, 3)
    box = [(x, y) for x in range(min(xs), max(xs) + 1, 2) for y in range(min(ys), max(ys) + 1, 2)]
    assert all(b.pixel(x, y) == white for x, y in box)
    assert min(ys) > a.height() * 0.2  # below the legend, which starts at the top


def test_export_map_png_from_a_background_thread(qgis_app, tmp_path):
    """Like a Processing task: a QThread (QgsTask) with its own layer; the global project is not used."""
    from qgis.PyQt.QtCore import QThread

    path = tmp_path / "thread.png"
    errors = []

    class Worker(QThread):
        def run(self):
            try:
                layer = synthetic.make_layer()
                maps.export_map_png(layer, "focus", str(path), "Focuskaart", width_px=1600)
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)

    worker = Worker()
    worker.start()
    assert worker.wait(120000)
    assert errors == []
    assert not_blank(path, 1600) > 12


def test_focus_legend_svg_has_the_grid_and_axes():
    svg = maps.focus_legend_svg({n: QColor("#123456") for n in range(1, 10)})
    assert svg.count('fill="#123456"') == 9
    assert "Kwetsbare bewoners →" in svg and "Overlast en onveiligheid →" in svg
    assert "Onvoldoende gegevens" in svg


def test_add_map_themes(qgis_new_project, scored):
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.addMapLayer(scored)
    names = maps.add_map_themes(project, scored)
    assert names == [spec.style_name for spec in maps.MAPS.values()]
    themes = project.mapThemeCollection()
    assert themes.mapThemes() == names
    record = themes.mapThemeState("9 Focuskaart").layerRecords()[0]
    assert record.usingCurrentStyle and record.currentStyle == "9 Focuskaart"
    assert scored.styleManager().currentStyle() == "1 Signaleringskaart (absoluut)"
    assert scored.renderer().rootRule().children()[0].label() == "Veerkracht onder druk"
    scored.styleManager().setCurrentStyle("5 Overlast en onveiligheid")
    assert scored.renderer().rootRule().children()[0].filterExpression() == '"vk_p_niveau" > 1'


@pytest.mark.parametrize("key", list(maps.MAPS))
def test_every_rule_filter_parses_in_this_qgis(scored, key):
    from qgis.core import QgsExpression

    maps.apply_map_style(scored, key)
    for rule in scored.renderer().rootRule().children():
        expression = QgsExpression(rule.filterExpression())
        assert not expression.hasParserError(), (rule.filterExpression(), expression.parserErrorString())


def test_committed_styles_match_the_generator(tmp_path):
    """scripts/make_styles.py reproduces the shipped .qml files byte for byte (no hand edits drift)."""
    import subprocess
    import sys

    from qgis.core import Qgis

    from tests.paths import PLUGIN_DIR, ROOT

    if f'version="{Qgis.version()}"' not in (PLUGIN_DIR / "styles" / "signaal.qml").read_text(encoding="utf-8"):
        pytest.skip("the styles were generated with another QGIS version")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_styles.py"), "--out", str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for key in maps.MAPS:
        generated = (tmp_path / f"{key}.qml").read_text(encoding="utf-8")
        shipped = (PLUGIN_DIR / "styles" / f"{key}.qml").read_text(encoding="utf-8")
        if generated != shipped:
            first = next(i for i, (a, b) in enumerate(zip(generated.splitlines(), shipped.splitlines())) if a != b)
            pytest.fail(f"{key}.qml differs from the generator at line {first + 1}: "
                        f"{generated.splitlines()[first]!r} != {shipped.splitlines()[first]!r}")


def test_signal_map_without_signal_field_still_shows_the_classes(qgis_app):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=vk_klasse:string", "s", "memory")
    full = synthetic.make_layer()
    from qgis.core import QgsFeature

    features = []
    for source in full.getFeatures():
        feature = QgsFeature(layer.fields())
        feature.setGeometry(source.geometry())
        feature.setAttributes([source["vk_klasse"]])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    maps.apply_map_style(layer, "signaal")
    image = render(layer)
    x, y = synthetic.cell_centre(1, 1)
    assert pixel(image, x, y) == "#0072b2"  # veerkrachtig, no marker without vk_signaal


def test_post_processor_of_the_base_class_styles_the_loaded_layer(scored):
    from veerkracht_plugin.algorithms.base import _StylePostProcessor

    _StylePostProcessor.create("overlast_niveau").postProcessLayer(scored, QgsProcessingContext(), None)
    assert scored.renderer().rootRule().children()[0].filterExpression() == '"vk_p_niveau" > 1'


def test_outlines_are_hairlines_when_zoomed_out(scored):
    """The same view drawn as part of a national map (1:1,000,000) has hairline outlines, at 1:50,000 not."""
    from qgis.PyQt.QtGui import QColor

    from tests.qgis.rendering import count_pixels, render_at_scale

    maps.apply_map_style(scored, "kwetsbaar_niveau")
    outline = QColor("#404040")
    wide = count_pixels(render_at_scale(scored, 50000), outline, 60)
    hairline = count_pixels(render_at_scale(scored, 1000000), outline, 60)
    assert wide > 200
    assert hairline < 0.6 * wide, (wide, hairline)
