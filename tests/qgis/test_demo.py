"""make demo: the whole pipeline on Veerstad writes the maps, a styled GeoPackage and a project."""

import csv
import importlib.util
from collections import Counter

import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from tests.paths import ROOT
from veerkracht_plugin.qgisio.maps import MAPS

pytestmark = pytest.mark.slow  # the whole demo pipeline


def load_demo_module():
    spec = importlib.util.spec_from_file_location("veerkracht_demo_script", ROOT / "scripts" / "demo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def demo(qgis_app, qgis_processing, tmp_path_factory):
    from veerkracht_plugin.standalone import register_provider

    register_provider()
    module = load_demo_module()
    registry = QgsApplication.processingRegistry()
    missing = [a for step in module.STEPS for a in step.algorithms if registry.algorithmById(a) is None]
    if missing:
        pytest.skip(f"algorithms not in this checkout yet: {', '.join(missing)}")
    out = tmp_path_factory.mktemp("demo")
    lines = []
    state = module.run(out, log=lines.append)
    module.report(state, 0.0, log=lines.append)
    return module, state, out, "\n".join(lines)


def features(out):
    layer = QgsVectorLayer(f"{out / 'veerstad_veerkracht.gpkg'}|layername=veerstad_veerkracht", "v", "ogr")
    assert layer.isValid()
    return layer, list(layer.getFeatures())


def test_every_step_ran(demo):
    module, state, out, text = demo
    pngs = [f"{i:02d}_{k}.png" for i, k in enumerate(MAPS, 1)]
    assert state.skipped == [], text
    assert [p.name for p in state.written] == (
        ["veerstad_veerkracht.gpkg"] + pngs
        + ["veerkracht_demo.qgz", "balans_herstructurering_oost.html", "balans_herstructurering_oost.csv",
           "balans_spreiding.html", "balans_spreiding.csv", "stadsbrede_notitie.pdf", "quickscan.pdf"]
    )
    assert all(p.exists() and p.stat().st_size > (100 if p.suffix == ".csv" else 1000) for p in state.written)
    assert "Veerkracht onder druk" in text and "buurten" in text
    balance = state.summary["balance"]
    assert set(balance) == {"Herstructurering Oost", "Spreiding"}
    assert all(result["HAALBAAR"] for result in balance.values())
    # Herstructurering Oost demolishes, sells and liberalises more social rent than it builds
    assert balance["Herstructurering Oost"]["COMPENSATIE_NODIG"] > 0
    assert balance["Spreiding"]["COMPENSATIE_NODIG"] == 0


def test_planted_story_shows(demo):
    _module, _state, out, _text = demo
    _layer, rows = features(out)
    assert len(rows) == 101  # 102 buurten in 2022 minus the water buurt
    classes = Counter(f["vk_klasse"] for f in rows)
    assert {"onder_druk", "veerkrachtig", "problemen", "gunstig", "stabiel", "geen_gegevens"} <= set(classes)
    assert len([c for c in classes if c != "geen_gegevens"]) >= 4

    def main_class(wijk):
        return Counter(f["vk_klasse"] for f in rows if f["wijknaam"] == wijk).most_common(1)[0][0]

    assert main_class("Kruiskamp") == "onder_druk"
    assert main_class("Veerstad-Oost") == "onder_druk"
    assert main_class("Noorderhof") == "veerkrachtig"
    assert main_class("Westerpark") == "problemen"
    assert main_class("Centrum") == "gunstig"
    assert main_class("Villapark De Horst") == "stabiel"
    reasons = Counter(f["vk_reden"] for f in rows if f["vk_klasse"] == "geen_gegevens")
    assert set(reasons) == {"klein", "ontbreekt", "indeling"}
    assert reasons["indeling"] == 1
    assert sum(1 for f in rows if f["vk_signaal"]) >= 1
    assert sum(1 for f in rows if f["vk_corpbuurt"]) >= 15


def test_pngs_are_wide_and_not_blank(demo):
    module, state, out, _text = demo
    pngs = sorted((out / "maps").glob("*.png"))
    assert [p.stem for p in pngs] == [f"{i:02d}_{k}" for i, k in enumerate(MAPS, 1)]
    for path in pngs:
        image = QImage(str(path))
        assert image.width() >= 1600, path.name
        colours = Counter()
        step = 7
        for y in range(0, image.height(), step):
            for x in range(0, image.width(), step):
                colours[image.pixel(x, y)] += 1
        total = sum(colours.values())
        background = colours.most_common(1)[0][1]
        assert len(colours) > 8, path.name
        assert 0.15 < 1 - background / total, path.name  # a map covers a good part of the image


def test_gpkg_is_styled_and_project_has_nine_themes(demo):
    module, _state, out, _text = demo
    layer, _rows = features(out)
    renderer = layer.renderer()
    assert renderer.type() != "singleSymbol"  # the signal map style is the file's default style
    project = QgsProject()
    assert project.read(str(out / "veerkracht_demo.qgz"))
    themes = project.mapThemeCollection().mapThemes()
    assert len(themes) == 9
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert set(layers) == {"Veerstad – veerkracht", "vk_maatregelen"}, set(layers)
    buurten = layers["Veerstad – veerkracht"]
    assert buurten.isValid() and buurten.featureCount() == 101
    assert len(buurten.styleManager().styles()) >= 9
    # the demo measures sit in the GeoPackage, where the Scenario & balans panel looks for them
    measures = layers["vk_maatregelen"]
    assert measures.isValid() and measures.source().split("|")[0].endswith("veerstad_veerkracht.gpkg")
    rows = list(measures.getFeatures())
    with (module.DEMO_DATA / "veerstad_maatregelen.csv").open(encoding="utf-8") as handle:
        expected = list(csv.DictReader(handle))
    assert len(rows) == len(expected) > 0
    assert {f["scenario"] for f in rows} == {r["scenario"] for r in expected}
    assert sum(f["aantal"] or 0 for f in rows) == sum(int(r["aantal"] or 0) for r in expected)
    # the GeoPackage carries the nine maps as named styles, the signal map as default
    listing = layer.listStylesInDatabase()
    assert listing[0] == 9 and len(listing[2]) == 9
    assert "1 Signaleringskaart (absoluut)" in listing[2]


def test_both_reports_are_dutch_pdfs_with_the_layers_numbers(demo):
    import subprocess

    _module, _state, out, _text = demo
    _layer, rows = features(out)
    onder_druk = sum(1 for f in rows if f["vk_klasse"] == "onder_druk")
    wijken = len({f["wijkcode"] for f in rows})
    for name in ("stadsbrede_notitie.pdf", "quickscan.pdf"):
        info = subprocess.run(["pdfinfo", str(out / name)], capture_output=True, text=True, check=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        assert pages == 1 + wijken + 1, (name, pages)  # page 1, one page per wijk, the closing page
        text = subprocess.run(["pdftotext", str(out / name), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Veerkracht onder druk" in text and "Bron: CBS" in text
        assert f"{onder_druk} buurten" in text
        assert "2016–2022" in text
    notitie = subprocess.run(["pdftotext", str(out / "stadsbrede_notitie.pdf"), "-"], capture_output=True,
                             text=True, check=True).stdout
    assert "Herstructurering Oost" in notitie  # the balance scenario on the closing page


def test_balance_summaries_are_dutch(demo):
    _module, _state, out, _text = demo
    html = (out / "balans_spreiding.html").read_text(encoding="utf-8")
    assert "Stadsbrede balans" in html and 'id="verdict">Haalbaar<' in html
    assert "Haalbaar: elke plaatsing van aandachtsgroepen" in html
