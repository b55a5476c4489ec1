"""veerkracht:balance on a synthetic 4-buurt city (the hand-computed city of tests/unit/test_balance.py)
and on the real Apeldoorn data."""

import csv
import re

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from tests.paths import APELDOORN_GPKG
from tests.qgis.conftest import RecordingFeedback

CITY = [
    # buurtcode, gemeente, woningen, corp %, koop %, vulnerable %
    ("A", "GM1", 1000, 50.0, 30.0, 40.0),
    ("B", "GM1", 400, 25.0, 50.0, 10.0),
    ("C", "GM1", 600, 10.0, 80.0, 5.0),
    ("D", "GM1", 200, 50.0, 0.0, 30.0),
]
HEADER = ["scenario", "buurtcode", "maatregel", "segment", "aantal", "aandeel", "toelichting"]
FEASIBLE = [
    ["herstructurering", "A", "sloop", "sociale_huur", "200", "", "flats aan de rand"],
    ["herstructurering", "A", "nieuwbouw", "koop", "100", "", ""],
    ["herstructurering", "A", "nieuwbouw", "particuliere_huur", "50", "", ""],
    ["herstructurering", "B", "verkoop", "", "20", "", ""],
    ["herstructurering", "C", "nieuwbouw", "sociale_huur", "100", "", ""],
    ["herstructurering", "A", "toewijzing", "", "", "0.5", "minder kwetsbare huishoudens"],
    ["niets", "A", "nieuwbouw", "koop", "1", "", ""],
]
BASE = {"TURNOVER": 10.0, "OUTPUT": "memory:", "OUTPUT_SUMMARY": "memory:"}


@pytest.fixture
def city_layer(qgis_app):
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:28992&field=buurtcode:string&field=gemeentecode:string&field=woningen_t1:integer"
        "&field=p_corporatie_t1:double&field=p_koopwoningen_t1:double&field=p_laag:double",
        "stad",
        "memory",
    )
    features = []
    for i, values in enumerate(CITY):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(i * 1000, 0, i * 1000 + 900, 900)))
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return str(path)


def read_csv(path):
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def by_code(layer, field):
    return {f["buurtcode"]: f[field] for f in layer.getFeatures()}


def test_csv_measures_and_csv_summary(run_alg, city_layer, tmp_path):
    measures = write_csv(tmp_path / "maatregelen.csv", FEASIBLE)
    summary_path = str(tmp_path / "balans.csv")
    html_path = str(tmp_path / "balans.html")
    feedback = RecordingFeedback()
    result = run_alg(
        "balance",
        {**BASE, "INPUT": city_layer, "MEASURES": measures, "SCENARIO": "herstructurering",
         "VULNERABLE_SHARE_FIELD": "p_laag", "CONCENTRATION_THRESHOLD": 35.0,
         "OUTPUT_SUMMARY": summary_path, "OUTPUT_HTML": html_path, "LANGUAGE": 1},
        feedback,
    )
    out = result["OUTPUT"]
    assert out.featureCount() == 4
    assert by_code(out, "vk_soc_voor") == {"A": 500, "B": 100, "C": 60, "D": 100}
    assert by_code(out, "vk_soc_na") == {"A": 300, "B": 80, "C": 160, "D": 100}
    assert by_code(out, "vk_won_na") == {"A": 950, "B": 400, "C": 700, "D": 200}
    assert by_code(out, "vk_compensatie") == {"A": 0, "B": 53, "C": 67, "D": 0}
    assert by_code(out, "vk_kantelt") == {"A": False, "B": False, "C": False, "D": True}
    assert by_code(out, "vk_toewijzing_na")["A"] == pytest.approx(50.0)
    assert by_code(out, "vk_kwetsbaar_voor")["B"] == pytest.approx(10.0)
    delta = 14.15 / 34
    assert by_code(out, "vk_plaatsing_na")["D"] == pytest.approx((0.45 + delta) * 10)
    assert sum(by_code(out, "vk_plaatsing_na").values()) == pytest.approx(37.25)
    # the summary CSV
    rows = read_csv(summary_path)
    assert len(rows) == 1
    row = rows[0]
    assert row["scenario"] == "herstructurering" and row["gemeente"] == "GM1" and row["niveau"] == "gemeente"
    assert int(row["woningen_voor"]) == 2200 and int(row["sociale_huur_na"]) == 640
    assert int(row["tekort"]) == 35 and int(row["compensatie_nodig"]) == 120
    assert float(row["nieuwbouw_betaalbaar_aandeel"]) == pytest.approx(60.0)
    assert float(row["delta_toewijzing"]) == pytest.approx(100 * delta)
    assert row["haalbaar"].lower() in ("true", "1") and int(row["buurten_kantelen"]) == 1
    # output values
    assert result["HAALBAAR"] is True and result["COMPENSATIE_NODIG"] == 120
    assert result["BUURTEN_KANTELEN"] == 1 and result["TEKORT"] == 35
    # the HTML page carries the numbers and is self-contained
    text = open(html_path, encoding="utf-8").read()
    assert "herstructurering" in text and "<svg" in text
    for number in ("2,200", "2,250", "640", "34.5", "28.4", "120", ">37<"):  # placements: whole households
        assert number in text, number
    assert not re.search(r"(src|href)=\"https?:", text)
    # key numbers in words, warnings (two-thirds norm)
    assert any("640 of 2,250" in info for info in feedback.infos)
    assert any("two-thirds" in w for w in feedback.warnings)
    # the input is unchanged
    assert "vk_soc_na" not in city_layer.fields().names()


def test_geopackage_table_as_measures(run_alg, city_layer, tmp_path):
    table = QgsVectorLayer("None?field=scenario:string&field=buurtcode:string&field=maatregel:string"
                           "&field=segment:string&field=aantal:integer&field=aandeel:double", "m", "memory")
    feature = QgsFeature(table.fields())
    feature.setAttributes(["s1", "C", "aankoop", "koop", 30, None])
    table.dataProvider().addFeatures([feature])
    path = str(tmp_path / "maatregelen.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "maatregelen"
    error = QgsVectorFileWriter.writeAsVectorFormatV2(table, path, QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError
    gpkg_table = QgsVectorLayer(f"{path}|layername=maatregelen", "maatregelen", "ogr")
    assert gpkg_table.isValid()
    result = run_alg("balance", {**BASE, "INPUT": city_layer, "MEASURES": gpkg_table})
    assert by_code(result["OUTPUT"], "vk_soc_na")["C"] == 90
    summary = next(result["OUTPUT_SUMMARY"].getFeatures())
    assert summary["scenario"] == "s1" and summary["compensatie_nodig"] == 0 and summary["netto_sociaal"] == 30
    # without a vulnerable-share field: σ0 = ALLOCATION_SHARE, no v_H
    assert by_code(result["OUTPUT"], "vk_soc_kwetsbaar_voor")["A"] == pytest.approx(30.0)


def test_bad_measure_row_is_a_clear_error_and_writes_nothing(run_alg, city_layer, tmp_path):
    rows = FEASIBLE[:2] + [["herstructurering", "Z", "sloop", "koop", "5", "", ""]]
    measures = write_csv(tmp_path / "fout.csv", rows)
    summary_path = tmp_path / "balans.csv"
    with pytest.raises(QgsProcessingException, match=r"row 3 \(scenario=herstructurering, buurtcode=Z.*'Z'"):
        run_alg("balance", {**BASE, "INPUT": city_layer, "MEASURES": measures, "SCENARIO": "herstructurering",
                            "OUTPUT_SUMMARY": str(summary_path)})
    assert not summary_path.exists()


def test_several_scenarios_need_a_choice(run_alg, city_layer, tmp_path):
    measures = write_csv(tmp_path / "m.csv", FEASIBLE)
    with pytest.raises(QgsProcessingException, match="'herstructurering', 'niets'"):
        run_alg("balance", {**BASE, "INPUT": city_layer, "MEASURES": measures})
    with pytest.raises(QgsProcessingException, match="Available: 'herstructurering', 'niets'"):
        run_alg("balance", {**BASE, "INPUT": city_layer, "MEASURES": measures, "SCENARIO": "alles"})


def test_infeasible_scenario_is_reported_not_an_error(run_alg, city_layer, tmp_path):
    rows = [["x", "A", "sloop", "sociale_huur", "200", "", ""], ["x", "A", "toewijzing", "", "", "0.3", ""]]
    feedback = RecordingFeedback()
    result = run_alg("balance", {**BASE, "INPUT": city_layer, "MEASURES": write_csv(tmp_path / "m.csv", rows),
                                 "VULNERABLE_SHARE_FIELD": "p_laag"}, feedback)
    assert result["HAALBAAR"] is False
    summary = next(result["OUTPUT_SUMMARY"].getFeatures())
    assert summary["haalbaar"] is False or summary["haalbaar"] == 0
    # water-filling: B, C and D give all 26 vacancies and 28.25 placements must go there
    assert summary["niet_plaatsbaar"] == pytest.approx(2.25, abs=1e-5)
    assert summary["reden"].startswith("Niet haalbaar: 2 van de 37 plaatsingen")  # the document language
    assert result["REDEN"] == summary["reden"] and result["DOEL_GEHAALD"] is False
    assert any("Not feasible in gemeente GM1" in w and "26 social vacancies" in w for w in feedback.warnings)


def test_missing_field_is_a_clear_error(run_alg, city_layer, tmp_path):
    measures = write_csv(tmp_path / "m.csv", FEASIBLE[:1])
    with pytest.raises(QgsProcessingException, match="'nope' does not exist"):
        run_alg("balance", {**BASE, "INPUT": city_layer, "MEASURES": measures, "VULNERABLE_SHARE_FIELD": "nope"})


def test_apeldoorn_households_fallback(run_alg, tmp_path):
    layer = QgsVectorLayer(f"{APELDOORN_GPKG}|layername=buurten_2022", "buurten_2022", "ogr")
    assert layer.isValid()
    rows = [
        ["vernieuwing", "BU02000403", "sloop", "sociale_huur", "200", "", "Staatsliedenkwartier"],
        ["vernieuwing", "BU02000403", "nieuwbouw", "koop", "100", "", ""],
        ["vernieuwing", "BU02000403", "nieuwbouw", "particuliere_huur", "100", "", ""],
        ["vernieuwing", "BU02000403", "toewijzing", "", "", "0.3", "minder toewijzing"],
    ]
    feedback = RecordingFeedback()
    result = run_alg(
        "balance",
        {**BASE, "TURNOVER": 7.0, "INPUT": layer, "MEASURES": write_csv(tmp_path / "m.csv", rows),
         "VULNERABLE_SHARE_FIELD": "P_HH_LI", "OUTPUT_HTML": str(tmp_path / "a.html")},
        feedback,
    )
    assert any("households" in w for w in feedback.warnings)
    assert any("'AANT_HH'" in i for i in feedback.infos)
    out = result["OUTPUT"]
    assert out.featureCount() == 95
    # Staatsliedenkwartier: 1575 households, 62 % corporation -> S = floor(976.5 + 0.5) = 977; after 777
    soc = {f["BU_CODE"]: (f["vk_soc_voor"], f["vk_soc_na"], f["vk_won_na"]) for f in out.getFeatures()}
    assert soc["BU02000403"] == (977, 777, 1575)
    summary = next(result["OUTPUT_SUMMARY"].getFeatures())
    assert summary["gemeente"] == "GM0200" and summary["compensatie_nodig"] == 200
    assert summary["sociale_huur_voor"] - summary["sociale_huur_na"] == 200
    # less toewijzing in 403 pushes the placements onto the other buurten. Three buurten whose social tenants are
    # already 100 % vulnerable (σ0 capped at 1, e.g. Bedrijvenpark Apeldoorn-Noord BU02000706) cannot take more:
    # v1 gave them +2.7 pp too and called the scenario infeasible; with water-filling they stay at 100 % and the
    # other buurten take their part (δ = 2.87 pp), so every placement has a place
    assert result["HAALBAAR"] is True and summary["haalbaar"]
    assert summary["delta_toewijzing"] == pytest.approx(2.87, abs=0.01)
    assert summary["niet_plaatsbaar"] == 0
    assert summary["plaatsingen_na"] == pytest.approx(summary["plaatsingen"])
    assert any("take nothing extra" in w and "BU02000706" in w for w in feedback.warnings)
    values = {f["BU_CODE"]: (f["vk_toewijzing_voor"], f["vk_toewijzing_na"], f["vk_compensatie"])
              for f in out.getFeatures() if f["vk_toewijzing_voor"] is not None}
    for code in ("BU02000101", "BU02000102", "BU02000706"):  # at 100 % after: never a compensation target
        assert values[code][1] == pytest.approx(100.0) and values[code][2] == 0
    for code, (before, after, compensation) in values.items():  # at 100 % before: nothing extra, no target
        if before >= 100 - 1e-9:
            assert after == pytest.approx(100.0) and compensation == 0, code
    kantelt = [f["BU_CODE"] for f in out.getFeatures() if f["vk_kantelt"]]
    assert result["BUURTEN_KANTELEN"] == len(kantelt)
    assert result["COMPENSATIE_NODIG"] == 200


def test_style_on_apeldoorn_renders(run_alg, tmp_path):
    """The outcome map: style from styles/balans.qml applied by the post-processor, rendered to PNG."""
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsProcessingContext, QgsProject
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    from veerkracht_plugin.algorithms.base import _StylePostProcessor
    from veerkracht_plugin.qgisio.paths import style_path

    layer = QgsVectorLayer(f"{APELDOORN_GPKG}|layername=buurten_2022", "buurten_2022", "ogr")
    rows = [
        ["s", "BU02000403", "sloop", "sociale_huur", "300", "", ""],
        ["s", "BU02000403", "nieuwbouw", "koop", "300", "", ""],
        ["s", "BU02000805", "liberalisatie", "", "60", "", ""],
        ["s", "BU02000403", "toewijzing", "", "", "0.1", ""],
    ]
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    measures = write_csv(tmp_path / "m.csv", rows)
    result = run_alg("balance", {**BASE, "TURNOVER": 7.0, "INPUT": layer, "MEASURES": measures,
                                 "VULNERABLE_SHARE_FIELD": "P_HH_LI", "CONCENTRATION_THRESHOLD": 45.0}, context=context)
    out = result["OUTPUT"]
    assert style_path("balans").exists()
    _StylePostProcessor.create(qml=style_path("balans")).postProcessLayer(out, context, None)
    renderer = out.renderer()
    assert renderer.type() == "RuleRenderer"
    labels = [rule.label() for rule in renderer.rootRule().children()]
    assert "Geen gegevens" in labels and any(label.startswith("Kantelt") for label in labels)
    assert any("compensatie" in label for label in labels)
    # the buurt with the sloop falls in the "much less social rent" class
    feature = next(f for f in out.getFeatures() if f["BU_CODE"] == "BU02000403")
    ctx = __import__("qgis.core", fromlist=["QgsRenderContext"]).QgsRenderContext()
    ctx.expressionContext().setFeature(feature)
    renderer.startRender(ctx, out.fields())
    hit = [rule.label() for rule in renderer.rootRule().children() if rule.isFilterOK(feature, ctx)]
    renderer.stopRender(ctx)
    assert hit[0].startswith("Veel minder sociale huur")
    settings = QgsMapSettings()
    settings.setLayers([out])
    settings.setExtent(out.extent())
    settings.setOutputSize(QSize(700, 700))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    png = tmp_path / "balans.png"
    assert image.save(str(png))
    import os
    if os.environ.get("VK_KEEP_PNG"):
        image.save(os.environ["VK_KEEP_PNG"])
    # not blank: many distinct colours
    colours = {image.pixel(x, y) for x in range(0, 700, 7) for y in range(0, 700, 7)}
    assert len(colours) > 4


def test_dutch_excel_csv_with_semicolons_and_decimal_comma(run_alg, city_layer, tmp_path):
    path = tmp_path / "maatregelen_nl.csv"
    path.write_text(
        "Scenario;Buurtcode;Maatregel;Segment;Aantal;Aandeel;Toelichting\n"
        "plan;B;Liberalisatie;;10;;\n"
        "plan;A;toewijzing;;;0,25;minder\n",
        encoding="utf-8-sig",
    )
    result = run_alg("balance", {**BASE, "INPUT": city_layer, "MEASURES": str(path)})
    assert by_code(result["OUTPUT"], "vk_soc_na")["B"] == 90
    assert by_code(result["OUTPUT"], "vk_toewijzing_na")["A"] == pytest.approx(25.0)


def test_geopackage_table_by_path(run_alg, city_layer, tmp_path):
    table = QgsVectorLayer("None?field=scenario:string&field=buurtcode:string&field=maatregel:string"
                           "&field=segment:string&field=aantal:integer", "m", "memory")
    feature = QgsFeature(table.fields())
    feature.setAttributes(["s", "D", "sloop", "particuliere_huur", 101])
    table.dataProvider().addFeatures([feature])
    path = str(tmp_path / "m.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "maatregelen"
    QgsVectorFileWriter.writeAsVectorFormatV2(table, path, QgsCoordinateTransformContext(), options)
    with pytest.raises(QgsProcessingException, match=r"row 1 .*particuliere_huur stock of buurt D negative \(-1\)"):
        run_alg("balance", {**BASE, "INPUT": city_layer, "MEASURES": f"{path}|layername=maatregelen"})


def test_buurt_table_without_geometry(run_alg, tmp_path):
    table = QgsVectorLayer("None?field=BU_CODE:string&field=GM_CODE:string&field=WONINGEN:integer"
                           "&field=P_HUURCORP:double", "t", "memory")
    features = []
    for code, dwellings, share in (("BU1", 100, 40.0), ("BU2", 300, 10.0)):
        feature = QgsFeature(table.fields())
        feature.setAttributes([code, "GM9", dwellings, share])
        features.append(feature)
    table.dataProvider().addFeatures(features)
    measures = write_csv(tmp_path / "m.csv", [["x", "BU1", "verkoop", "", "10", "", ""]])
    summary_path = str(tmp_path / "s.csv")
    result = run_alg("balance", {**BASE, "INPUT": table, "MEASURES": measures, "OUTPUT_SUMMARY": summary_path})
    assert {f["BU_CODE"]: f["vk_soc_na"] for f in result["OUTPUT"].getFeatures()} == {"BU1": 30, "BU2": 30}
    row = read_csv(summary_path)[0]
    # S 40 + 30 = 70 of 400 -> 60; target 0.3·400 = 120 -> tekort 60; verkoop 10 -> compensatie 10 (to BU2)
    assert (row["sociale_huur_voor"], row["sociale_huur_na"], row["tekort"], row["compensatie_nodig"]) == (
        "70", "60", "60", "10")
    assert {f["BU_CODE"]: f["vk_compensatie"] for f in result["OUTPUT"].getFeatures()} == {"BU1": 0, "BU2": 10}


def test_html_summary_is_dutch_by_default_and_english_on_request(run_alg, city_layer, tmp_path):
    """The summary is a document for Dutch readers: Dutch by default, whatever language QGIS speaks."""
    measures = write_csv(tmp_path / "maatregelen.csv", FEASIBLE)
    texts = {}
    for language in (None, 0, 1):
        html_path = str(tmp_path / f"balans_{language}.html")
        parameters = {**BASE, "INPUT": city_layer, "MEASURES": measures, "SCENARIO": "herstructurering",
                      "VULNERABLE_SHARE_FIELD": "p_laag", "CONCENTRATION_THRESHOLD": 35.0,
                      "OUTPUT_SUMMARY": "memory:", "OUTPUT_HTML": html_path}
        if language is not None:
            parameters["LANGUAGE"] = language
        feedback = RecordingFeedback()
        run_alg("balance", parameters, feedback)
        texts[language] = open(html_path, encoding="utf-8").read()
        # the log stays in the language QGIS speaks (English in the tests)
        assert any("640 of 2,250" in info for info in feedback.infos)
    assert texts[None] == texts[0]
    dutch, english = texts[0], texts[1]
    assert "Stadsbrede balans" in dutch and "2.200" in dutch and "34,5" in dutch
    assert "2,200" in english and "34.5" in english and "Stadsbrede balans" not in english


def test_html_summary_names_buurten_and_gemeente_and_heads_with_the_norm(run_alg, tmp_path):
    """Names where the layer has them, the two-thirds norm on top, the two gap measures explained, Dutch numbers."""
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:28992&field=buurtcode:string&field=buurtnaam:string&field=gemeentecode:string"
        "&field=gemeentenaam:string&field=woningen_t1:integer&field=p_corporatie_t1:double"
        "&field=p_koopwoningen_t1:double&field=p_laag:double",
        "stad", "memory",
    )
    names = {"A": "Centrum", "B": "Noord", "C": "Oost", "D": "Zuid"}
    features = []
    for i, (code, gemeente, *numbers) in enumerate(CITY):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(i * 1000, 0, i * 1000 + 900, 900)))
        feature.setAttributes([code, names[code], gemeente, "Veerdorp", *numbers])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    html_path = str(tmp_path / "balans.html")
    run_alg("balance", {**BASE, "INPUT": layer, "MEASURES": write_csv(tmp_path / "m.csv", FEASIBLE),
                        "SCENARIO": "herstructurering", "VULNERABLE_SHARE_FIELD": "p_laag",
                        "OUTPUT_HTML": html_path})
    text = open(html_path, encoding="utf-8").read()
    body = text[text.index("<body>"):]
    assert "Veerdorp (GM1)" in body and "Centrum (A)" in body and "Oost (C)" in body
    # the norm breach is part of the verdict at the head of the page (60 % of 250 new dwellings is
    # affordable), in Dutch numbers
    headline = "Nieuwbouw in Veerdorp (GM1): 60,0 % betaalbaar"
    assert headline in body
    assert body.index(headline) < body.index("<h2>")
    assert body.count("onder de norm van twee derde") == 1 and "tweederdenorm." not in body  # not repeated
    assert "Benodigde compensatie: de sociale huurwoningen die de maatregelen per saldo wegnemen" in body


def test_empty_table_and_implausible_numbers_are_clear_errors(run_alg, city_layer, tmp_path):
    out = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException, match="has no rows, so there is no scenario to check"):
        run_alg("balance", {**BASE, "INPUT": city_layer, "MEASURES": write_csv(tmp_path / "empty.csv", []),
                            "OUTPUT": str(out)})
    rows = [["x", "B", "nieuwbouw", "sociale_huur", "99999999", "", "typo"]]
    with pytest.raises(QgsProcessingException, match=r"Measure row 1 .*more than all 2200 dwellings of gemeente GM1"):
        run_alg("balance", {**BASE, "INPUT": city_layer, "MEASURES": write_csv(tmp_path / "typo.csv", rows),
                            "OUTPUT": str(out)})
    assert not out.exists()  # nothing written
    assert "vk_soc_na" not in city_layer.fields().names()
