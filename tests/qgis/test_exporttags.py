"""veerkracht:exporttags: the tags, texts and key figures per buurt as CSV and XLSX, read back."""

import csv

import pytest
from qgis.core import QgsField, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from tests.qgis.veerstad import scored_veerstad
from veerkracht_plugin.qgisio.tables import read_xlsx

TAG_COLUMNS = ("vk_hp_sociaal INTEGER", "vk_hp_leefomgeving INTEGER", "vk_hp_woningprogramma INTEGER",
               "vk_hp_herpositionering INTEGER", "vk_probleemanalyse TEXT", "vk_succes TEXT", "vk_partners TEXT",
               "vk_bijgewerkt DATETIME")
VOGELBUURT, BLOEMENBUURT = "BU99990302", "BU99990301"
PROBLEM = "Veel verloop; weinig ontmoeting.\nPortiekflats \"De Reiger\" in 2026."


@pytest.fixture(scope="module")
def tagged(tmp_path_factory, qgis_app, qgis_processing):
    """The scored demo city with tags in two buurten (as the dock writes them)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    from veerkracht_plugin.standalone import register_provider

    register_provider()

    def run(name, parameters):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(f"veerkracht:{name}", parameters, context=context, feedback=QgsProcessingFeedback())

    path = scored_veerstad(run, tmp_path_factory.mktemp("tags") / "veerstad.gpkg")
    layer = QgsVectorLayer(f"{path}|layername=veerstad", "tags", "ogr")
    provider = layer.dataProvider()
    kinds = {"INTEGER": QVariant.Int, "TEXT": QVariant.String, "DATETIME": QVariant.String}
    assert provider.addAttributes([QgsField(name, kinds[kind]) for name, kind in
                                   (column.split(" ") for column in TAG_COLUMNS)])
    layer.updateFields()
    index = {field.name(): i for i, field in enumerate(layer.fields())}
    fid = {feature["buurtcode"]: feature.id() for feature in layer.getFeatures()}
    assert provider.changeAttributeValues({
        fid[VOGELBUURT]: {index["vk_hp_sociaal"]: 3, index["vk_hp_leefomgeving"]: 1, index["vk_hp_woningprogramma"]: 0,
                          index["vk_probleemanalyse"]: PROBLEM, index["vk_bijgewerkt"]: "2025-03-04T10:15:00"},
        fid[BLOEMENBUURT]: {index["vk_hp_herpositionering"]: 2, index["vk_succes"]: "Buurtkamer open"},
    })
    del layer, provider
    return path


def export(run_alg, path, tmp_path, **extra):
    parameters = {"INPUT": f"{path}|layername=veerstad", "OUTPUT_CSV": str(tmp_path / "tags.csv"),
                  "OUTPUT_XLSX": str(tmp_path / "tags.xlsx"), **extra}
    return run_alg("exporttags", parameters)


def test_csv_and_xlsx_hold_every_buurt_with_dutch_headings(run_alg, tagged, tmp_path):
    before = tagged.read_bytes()
    result = export(run_alg, tagged, tmp_path)
    assert tagged.read_bytes() == before  # the input is only read
    assert result["BUURTEN"] == 101 and result["GETAGD"] == 2
    with open(result["OUTPUT_CSV"], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == 101
    assert list(rows[0])[:6] == ["Buurtcode", "Buurtnaam", "Wijk", "Gemeente", "Klasse", "Vroeg signaal"]
    vogel = next(row for row in rows if row["Buurtcode"] == VOGELBUURT)
    assert vogel["Buurtnaam"] == "Vogelbuurt" and vogel["Klasse"] == "Veerkracht onder druk"
    assert vogel["Sociale aanpak (0-3)"] == "3" and vogel["Woningprogramma (0-3)"] == "0"
    assert vogel["Herpositionering bestaande voorraad (0-3)"] == ""  # not yet discussed is no 0
    assert vogel["Probleemanalyse"] == PROBLEM
    assert vogel["Inwoners"] == "2905" and vogel["Verandering kwetsbaarheid (ΔK)"] == "1,367"
    assert vogel["Bijgewerkt"].startswith("2025-03-04")

    sheet = read_xlsx(result["OUTPUT_XLSX"])
    assert len(sheet) == 101 and list(sheet[0])[:2] == ["Buurtcode", "Buurtnaam"]
    vogel = next(row for row in sheet if row["Buurtcode"] == VOGELBUURT)
    assert vogel["Sociale aanpak (0-3)"] == 3 and vogel["Leefomgeving (0-3)"] == 1
    assert vogel["Herpositionering bestaande voorraad (0-3)"] is None
    assert vogel["Inwoners"] == 2905 and abs(vogel["Verandering kwetsbaarheid (ΔK)"] - 1.367) < 0.001
    assert vogel["Probleemanalyse"].startswith("Veel verloop; weinig ontmoeting.")
    bloem = next(row for row in sheet if row["Buurtcode"] == BLOEMENBUURT)
    assert bloem["Succes"] == "Buurtkamer open" and bloem["Vroeg signaal"] == "ja"


def test_only_tagged_buurten(run_alg, tagged, tmp_path):
    result = export(run_alg, tagged, tmp_path, ONLY_TAGGED=True)
    sheet = read_xlsx(result["OUTPUT_XLSX"])
    assert sorted(row["Buurtcode"] for row in sheet) == [BLOEMENBUURT, VOGELBUURT]


def test_a_layer_without_tags_exports_empty_tag_columns_with_a_warning(run_alg, tmp_path):
    from tests.qgis.conftest import RecordingFeedback

    path = scored_veerstad(run_alg, tmp_path / "plain.gpkg")
    feedback = RecordingFeedback()
    result = run_alg("exporttags", {"INPUT": f"{path}|layername=plain", "OUTPUT_CSV": str(tmp_path / "t.csv")},
                     feedback=feedback)
    assert result["GETAGD"] == 0 and "OUTPUT_XLSX" not in result
    assert any("Tag buurten in the dock first" in warning for warning in feedback.warnings)


def test_no_output_chosen_or_the_input_itself_is_refused(run_alg, tagged, tmp_path):
    with pytest.raises(QgsProcessingException, match="Choose a CSV or an XLSX file"):
        run_alg("exporttags", {"INPUT": f"{tagged}|layername=veerstad"})
    before = tagged.read_bytes()
    with pytest.raises(QgsProcessingException, match=r"must end in \.xlsx|would replace the input file"):
        run_alg("exporttags", {"INPUT": f"{tagged}|layername=veerstad", "OUTPUT_XLSX": str(tagged)})
    assert tagged.read_bytes() == before
    csv_layer = tmp_path / "buurten.csv"
    csv_layer.write_text("buurtcode;vk_hp_sociaal\nBU1;2\n", encoding="utf-8")
    uri = f"file://{csv_layer}?delimiter=;"
    from qgis.core import QgsVectorLayer as Layer

    layer = Layer(uri, "csv", "delimitedtext")
    assert layer.isValid()
    with pytest.raises(QgsProcessingException, match="input layer's own file|would replace the input file"):
        run_alg("exporttags", {"INPUT": layer, "OUTPUT_CSV": str(csv_layer)})
    assert csv_layer.read_text(encoding="utf-8").startswith("buurtcode;vk_hp_sociaal")


def test_a_failed_write_leaves_the_previous_file(tmp_path):
    from veerkracht_plugin.qgisio.tables import write_atomically

    target = tmp_path / "tags.csv"
    target.write_text("previous", encoding="utf-8")

    def broken(temporary):
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write("half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_atomically(target, broken)
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["tags.csv"]
