"""veerkracht:report – the stadsbrede notitie / QuickScan PDF of a synthetic city (100 buurten, 15 wijken)."""

import re
import subprocess
import time

import pytest
from qgis.core import QgsFeature, QgsField, QgsProcessingException, QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

from tests.qgis.conftest import RecordingFeedback
from tests.qgis.report_city import CLASS_COUNTS, WIJKNAMEN, city_layer, summary_table
from veerkracht_plugin import i18n

N_WIJKEN = 15
PAGES = 1 + N_WIJKEN + 1
ENGLISH = 1  # LANGUAGE: 0 Nederlands (default), 1 English


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def pdf_text(path, first=None, last=None, layout=False):
    """The text of a PDF (or of pages first..last); layout=True keeps table rows on one line."""
    command = ["pdftotext"] + (["-layout"] if layout else [])
    if first:
        command += ["-f", str(first), "-l", str(last or first)]
    text = subprocess.run(command + [str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"[ \t]+", " ", text)


def flat(text):
    """Text with line breaks and runs of spaces folded, to find sentences that wrap."""
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def city():
    return city_layer()


@pytest.fixture
def dutch_locale(qgis_app):
    settings = QgsSettings()
    old_flag, old_locale = settings.value("locale/overrideFlag"), settings.value("locale/userLocale")
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "nl_NL")
    assert i18n.install_translator(force=True) == "nl"
    yield
    settings.setValue("locale/overrideFlag", old_flag if old_flag is not None else False)
    settings.setValue("locale/userLocale", old_locale or "")
    i18n.install_translator(force=True)


@pytest.fixture
def english_locale(qgis_app):
    settings = QgsSettings()
    old_flag, old_locale = settings.value("locale/overrideFlag"), settings.value("locale/userLocale")
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "en_US")
    i18n.install_translator(force=True)
    yield
    settings.setValue("locale/overrideFlag", old_flag if old_flag is not None else False)
    settings.setValue("locale/userLocale", old_locale or "")
    i18n.install_translator(force=True)


def inhabitants(layer, klasse):
    return sum(f["inwoners_t1"] for f in layer.getFeatures() if f["vk_klasse"] == klasse)


@pytest.mark.slow  # renders a whole PDF
def test_notitie_has_a_page_per_wijk_and_the_numbers_of_the_layer(run_alg, city, tmp_path, english_locale):
    out = tmp_path / "notitie.pdf"
    start = time.perf_counter()
    result = run_alg("report", {"INPUT": city, "MODE": 0, "BALANCE_SUMMARY": summary_table(), "LANGUAGE": ENGLISH,
                                "OUTPUT": str(out)})
    elapsed = time.perf_counter() - start
    assert elapsed < 20, f"100 buurten took {elapsed:.1f} s"
    assert result["PAGES"] == PAGES and result["WIJKEN"] == N_WIJKEN
    assert pdf_pages(out) == PAGES

    page1 = flat(pdf_text(out, 1))
    n, inw = CLASS_COUNTS["onder_druk"], inhabitants(city, "onder_druk")
    assert f"{n} buurten with {inw:,} inhabitants" in page1
    assert "fall in the class 'Veerkracht under pressure'" in page1
    assert "The report covers 100 buurten of Veerstad" in page1
    assert "Veerstad (GM0999)" in page1
    early = [f["buurtnaam"] for f in city.getFeatures() if f["vk_signaal"]]
    assert len(early) == 3 and all(name in page1 for name in early)
    assert "Early warning in 3 buurten" in page1
    # the class table: every class with its count
    table = flat(pdf_text(out, 1, layout=True))
    assert re.search(rf"Stable {CLASS_COUNTS['stabiel']} ", table)
    assert re.search(r"Total 100 ", table)

    # wijk pages: titles in code order, every buurt name somewhere, tags as dots
    text = pdf_text(out)
    for w, name in enumerate(WIJKNAMEN):
        page = flat(pdf_text(out, 2 + w))
        assert f"Wijk {name} (WK0999{w:02d})" in page
    for feature in city.getFeatures():
        assert feature["buurtnaam"] in text
    wijk0 = flat(pdf_text(out, 2))
    assert "Problem analysis" in wijk0 and "Reposit." in wijk0 and "●" in wijk0
    assert "Numeric outlook of scenario 'Sloop Centrum':" in wijk0
    assert "Veel verloop," in wijk0  # the text column wraps

    # closing page: balance of the scenario and the sources
    last = flat(pdf_text(out, PAGES))
    assert "Impact on the whole city" in last
    assert "Social rent before: 23,456 of 80,000 dwellings (29.3%)" in last
    assert "600 social dwellings short of the target (tekort)." in last
    assert "Bron: CBS" in last and "RIGO (2018)" in last and "Circusvis" in last


@pytest.mark.slow  # renders a whole PDF
def test_quickscan_has_no_tags_and_no_scenario(run_alg, city, tmp_path, english_locale, feedback):
    out = tmp_path / "quickscan.pdf"
    run_alg("report", {"INPUT": city, "MODE": 1, "BALANCE_SUMMARY": summary_table(), "LANGUAGE": ENGLISH,
                       "OUTPUT": str(out)}, feedback=feedback)
    assert pdf_pages(out) == PAGES
    text = flat(pdf_text(out))
    assert "QuickScan veerkracht" in text
    for absent in ("Problem analysis", "Reposit.", "●", "Sloop Centrum", "Numeric outlook", "Impact on the whole"):
        assert absent not in text, absent
    assert "How to read this report" in text
    assert any("no scenario" in w for w in feedback.warnings)


@pytest.mark.slow  # renders two whole PDFs
@pytest.mark.parametrize("qgis_language", ["english_locale", "dutch_locale"])
def test_the_report_is_dutch_by_default_whatever_qgis_speaks(run_alg, city, tmp_path, request, qgis_language):
    request.getfixturevalue(qgis_language)
    out = tmp_path / "notitie_nl.pdf"
    feedback = RecordingFeedback()
    run_alg("report", {"INPUT": city, "MODE": 0, "BALANCE_SUMMARY": summary_table(), "OUTPUT": str(out)},
            feedback=feedback)
    # the log speaks the language of QGIS
    written = "pages written to" if qgis_language == "english_locale" else "pagina's geschreven naar"
    assert any(written in info for info in feedback.infos), feedback.infos
    page1 = flat(pdf_text(out, 1))
    inw = f"{inhabitants(city, 'onder_druk'):,}".replace(",", ".")
    assert f"{CLASS_COUNTS['onder_druk']} buurten met {inw} inwoners" in page1
    assert "vallen in de klasse 'Veerkracht onder druk'" in page1
    assert "Belangrijkste bevindingen" in page1 and "Buurten en inwoners per klasse" in page1
    assert "Vroegsignaal in 3 buurten" in page1
    wijk = flat(pdf_text(out, 2))
    assert "Probleemanalyse" in wijk and "Klasse (relatief)" in wijk and "Getalsmatige doorkijk" in wijk
    last = flat(pdf_text(out, PAGES))
    assert "Impact op de hele stad" in last and "Methode en bronnen" in last
    assert "Sociale huur vooraf: 23.456 van 80.000 woningen (29,3%)" in last


def png_of_page(pdf, page, tmp_path):
    prefix = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-r", "60", "-f", str(page), "-l", str(page), "-png", str(pdf), str(prefix)],
                   check=True)
    return QImage(str(next(tmp_path.glob(f"page{page}*.png"))))


def colour_share(image, colour, tolerance=12):
    target = QColor(colour)
    hits = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            total += 1
            distance = abs(c.red() - target.red()) + abs(c.green() - target.green()) + abs(c.blue() - target.blue())
            if distance < tolerance:
                hits += 1
    return hits / total


@pytest.mark.slow  # renders a whole PDF
def test_pages_are_not_blank_and_show_the_signal_colours(run_alg, city, tmp_path, english_locale):
    out = tmp_path / "look.pdf"
    run_alg("report", {"INPUT": city, "MODE": 0, "BALANCE_SUMMARY": summary_table(), "OUTPUT": str(out)})
    page1 = png_of_page(out, 1, tmp_path)
    assert page1.width() > 600
    assert colour_share(page1, "#FFFFFF") < 0.9  # not blank
    assert colour_share(page1, "#D55E00") > 0.003  # onder_druk buurten on the map
    assert colour_share(page1, "#009E73") > 0.003  # gunstig
    wijk = png_of_page(out, 2, tmp_path)
    assert colour_share(wijk, "#FFFFFF") < 0.95
    closing = png_of_page(out, PAGES, tmp_path)
    assert colour_share(closing, "#FFFFFF") < 0.99


def test_several_gemeenten_need_a_choice(run_alg, city, tmp_path, english_locale):
    """Errors speak the language of QGIS, also when the document would be Dutch."""
    layer = city_layer()
    layer.startEditing()
    for feature in layer.getFeatures():
        if feature["wijkcode"] in ("WK099913", "WK099914"):
            feature["gemeentecode"], feature["gemeentenaam"] = "GM0998", "Buurdorp"
            layer.updateFeature(feature)
    layer.commitChanges()
    with pytest.raises(QgsProcessingException, match="GM0998 Buurdorp.*GM0999 Veerstad"):
        run_alg("report", {"INPUT": layer, "MODE": 1, "OUTPUT": str(tmp_path / "x.pdf")})
    result = run_alg("report", {"INPUT": layer, "MODE": 1, "MUNICIPALITY": "Buurdorp",
                                "OUTPUT": str(tmp_path / "b.pdf")})
    assert result["WIJKEN"] == 2 and pdf_pages(tmp_path / "b.pdf") == 1 + 2 + 1
    with pytest.raises(QgsProcessingException, match="Gemeente 'GM0001' is not in the layer"):
        run_alg("report", {"INPUT": layer, "MODE": 1, "MUNICIPALITY": "GM0001", "OUTPUT": str(tmp_path / "y.pdf")})


@pytest.mark.slow  # renders a whole PDF
def test_several_scenarios_need_a_choice(run_alg, city, tmp_path):
    summary = summary_table(("Sloop Centrum", "Nieuwbouw Noord"))
    with pytest.raises(QgsProcessingException, match="Nieuwbouw Noord, Sloop Centrum"):
        run_alg("report", {"INPUT": city, "BALANCE_SUMMARY": summary, "OUTPUT": str(tmp_path / "x.pdf")})
    out = tmp_path / "n.pdf"
    run_alg("report", {"INPUT": city, "BALANCE_SUMMARY": summary, "SCENARIO": "Nieuwbouw Noord", "OUTPUT": str(out)})
    last = flat(pdf_text(out, PAGES))
    assert "Nieuwbouw Noord" in last and "Sloop Centrum" not in last


@pytest.mark.slow  # renders a whole PDF
def test_cbs_field_names_and_wijk_from_buurt_code(run_alg, tmp_path, english_locale):
    """A layer with CBS shapefile names (BU_CODE, AANT_INW, P_WCORPW …) and no wijk field at all."""
    source = city_layer(tags=False, balance=False)
    rename = {"buurtcode": "BU_CODE", "buurtnaam": "BU_NAAM", "gemeentecode": "GM_CODE", "gemeentenaam": "GM_NAAM",
              "inwoners_t1": "AANT_INW", "p_corporatie_t1": "P_WCORPW"}
    drop = {"wijkcode", "wijknaam"}
    fields = [f for f in source.fields() if f.name() not in drop]
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", "cbs", "memory")
    layer.dataProvider().addAttributes([QgsField(rename.get(f.name(), f.name()), f.type()) for f in fields])
    layer.updateFields()
    features = []
    for feature in source.getFeatures():
        out = QgsFeature(layer.fields())
        out.setGeometry(feature.geometry())
        out.setAttributes([feature[f.name()] for f in fields])
        features.append(out)
    layer.dataProvider().addFeatures(features)
    out = tmp_path / "cbs.pdf"
    result = run_alg("report", {"INPUT": layer, "MODE": 0, "LANGUAGE": ENGLISH, "OUTPUT": str(out)})
    assert result["WIJKEN"] == N_WIJKEN and pdf_pages(out) == PAGES
    assert "Wijk WK099900" in flat(pdf_text(out, 2))
    assert "The report covers 100 buurten of Veerstad with" in flat(pdf_text(out, 1))
    # no tags in the layer: no tag columns, no outlook
    assert "Problem analysis" not in pdf_text(out, 2) and "Numeric outlook" not in pdf_text(out)


def test_unscored_layer_is_a_clear_error(run_alg, tmp_path):
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992&field=buurtcode:string", "plain", "memory")
    with pytest.raises(QgsProcessingException, match="vk_klasse"):
        run_alg("report", {"INPUT": layer, "OUTPUT": str(tmp_path / "x.pdf")})


def test_templates_hold_the_documented_item_ids(qgis_app):
    from veerkracht_plugin.qgisio import report as report_layout

    project = QgsProject()
    expected = {
        "voorblad": {"titel", "gemeente", "meta", "kaart", "legenda", "klassen_titel", "klassen_tabel",
                     "bevindingen_titel", "bevindingen", "schaalbalk", "voettekst"},
        "wijk": {"titel", "kaart", "legenda", "wijk_tekst", "buurten_tabel", "tabel_uitleg", "schaalbalk",
                 "voettekst"},
        "slot": {"titel", "balans", "balans_tabel", "methode_titel", "methode", "leeswijzer", "voettekst",
                 "balans_kaart", "balans_kaart_uitleg"},
    }
    for part, ids in expected.items():
        assert (report_layout.LAYOUT_DIR / report_layout.TEMPLATES[part]).exists()
        layout = report_layout.load_layout(project, part)
        found = {item.id() for item in layout.items() if hasattr(item, "id") and item.id()}
        assert ids <= found, (part, ids - found)


def test_open_report_layout_builds_editable_layouts_in_the_project(qgis_app, city):
    from veerkracht_plugin.qgisio.report import open_report_layout

    project = QgsProject()
    layouts = open_report_layout(city, mode=0, project=project)
    assert len(layouts) == 3
    manager = project.layoutManager()
    assert all(manager.layoutByName(layout.name()) is layout for layout in layouts)
    atlas = layouts[1].atlas()
    assert atlas.enabled() and atlas.coverageLayer().featureCount() == N_WIJKEN
    assert project.layerTreeRoot().findGroup(i18n.tr("Veerkracht report")) is not None
    # building again replaces the layouts instead of adding copies
    open_report_layout(city, mode=0, project=project)
    assert len(manager.printLayouts()) == 3
    assert QgsProject.instance().layoutManager().printLayouts() == []
    project.clear()


def test_a_long_buurt_table_continues_on_extra_pages(run_alg, city, tmp_path):
    """All 100 buurten in one 'wijk' (WIJK_FIELD = gemeentecode): the table runs over extra pages."""
    out = tmp_path / "long.pdf"
    result = run_alg("report", {"INPUT": city, "MODE": 1, "WIJK_FIELD": "gemeentecode", "OUTPUT": str(out)})
    assert result["WIJKEN"] == 1
    pages = pdf_pages(out)
    assert pages == result["PAGES"] and pages > 3
    text = pdf_text(out, 2, pages - 1)
    assert all(feature["buurtnaam"] in text for feature in city.getFeatures())


def test_runs_in_the_main_thread_and_leaves_input_and_project_alone(run_alg, city, tmp_path, provider):
    from qgis.core import QgsProcessingAlgorithm

    algorithm = provider.algorithm("report")
    assert algorithm.flags() & QgsProcessingAlgorithm.Flag.FlagNoThreading
    names, count = city.fields().names(), city.featureCount()
    layers_before = dict(QgsProject.instance().mapLayers())
    run_alg("report", {"INPUT": city, "MODE": 1, "OUTPUT": str(tmp_path / "q.pdf")})
    assert city.fields().names() == names and city.featureCount() == count
    assert dict(QgsProject.instance().mapLayers()) == layers_before
    assert QgsProject.instance().layoutManager().printLayouts() == []


@pytest.mark.slow  # renders a whole PDF
def test_wijk_tables_are_sorted_and_explained(run_alg, city, tmp_path):
    """Buurten in legend order of their class, then from worse to better than expected; a reading note."""
    from qgis.core import QgsLayoutItemScaleBar

    from veerkracht_plugin.core.method import LEGEND_ORDER
    from veerkracht_plugin.qgisio import report as report_layout

    out = tmp_path / "sorted.pdf"
    run_alg("report", {"INPUT": city, "MODE": 0, "LANGUAGE": ENGLISH, "OUTPUT": str(out)})
    features = list(city.getFeatures())
    for w in (0, 3):
        wijk = f"WK0999{w:02d}"
        rows = [f for f in features if f["wijkcode"] == wijk]
        expected = sorted(rows, key=lambda f: (
            LEGEND_ORDER.index(f["vk_klasse"] if f["vk_klasse"] in LEGEND_ORDER else "geen_gegevens"),
            f["vk_score"] if f["vk_score"] is not None and f["vk_score"] == f["vk_score"] else float("inf"),
            f["buurtnaam"].lower()))
        page = pdf_text(out, 2 + w, layout=True)
        table = page[page.index("Inhabitants"):]  # the table, after the map with its buurt labels
        positions = [table.index(f["buurtnaam"] + " ") for f in expected]
        assert positions == sorted(positions), (wijk, [f["buurtnaam"] for f in expected])
        assert "How to read the table. ΔK: development of vulnerable residents" in flat(pdf_text(out, 2 + w))
    # the scale bars follow the maps
    project = QgsProject()
    for part in ("voorblad", "wijk"):
        layout = report_layout.load_layout(project, part)
        bars = [i for i in layout.items() if isinstance(i, QgsLayoutItemScaleBar)]
        assert len(bars) == 1 and bars[0].linkedMap() is not None and bars[0].linkedMap().id() == "kaart"


def test_closing_page_shows_the_balance_map_when_the_buurten_carry_the_balance(qgis_app, city):
    from veerkracht_plugin.qgisio.report import build_layouts, prepare_report
    from veerkracht_plugin.qgisio.report.templates import item

    project = QgsProject()
    content = prepare_report(city, 0)
    assert content.balance_layer is not None and content.balance_layer.featureCount() == city.featureCount()
    project.addMapLayers(content.map_layers(), False)
    slot = build_layouts(project, content)[2]
    balance_map = item(slot, "balans_kaart")
    assert balance_map.isVisible() and balance_map.layers() == [content.balance_layer]
    assert not item(slot, "leeswijzer").isVisible()  # the map takes the reading guide's place
    rules = [rule.label() for rule in content.balance_layer.renderer().rootRule().children()]
    assert any("Kantelt" in label for label in rules)
    quick = prepare_report(city, 1)  # the QuickScan has no balance
    assert quick.balance_layer is None
    project.addMapLayers(quick.map_layers(), False)
    assert not item(build_layouts(project, quick)[2], "balans_kaart").isVisible()
    project.clear()
