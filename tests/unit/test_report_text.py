"""The generated sentences of the report (core.report_text), in English and in Dutch (from the .ts)."""

import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from tests.paths import PLUGIN_DIR
from veerkracht_plugin.core import report_text as rt


@pytest.fixture(scope="module")
def dutch():
    """Translate with the plugin's own Dutch .ts file, as tr() does in QGIS."""
    table = {}
    for message in ET.parse(PLUGIN_DIR / "i18n" / "veerkracht_nl.ts").getroot().iter("message"):
        table[message.findtext("source")] = message.findtext("translation")
    return lambda text: table.get(text) or text


def city(onder_druk=("B1", "B2")):
    """12 buurten, hand-made: B12 has no data; ΔP = 0.5 + 2·ΔK exactly over the 11 valid ones."""
    rows = []
    for i in range(1, 13):
        code = f"B{i}"
        klasse = ("onder_druk" if code in onder_druk else "veerkrachtig" if i == 3 else "problemen" if i == 4
                  else "gunstig" if i == 5 else "geen_gegevens" if i == 12 else "stabiel")
        valid = i != 12
        rows.append({
            "buurtcode": f"BU0001{i:04d}", "buurtnaam": code, "wijkcode": "WK000100",
            "inwoners": 2000 if i == 2 else 40 if i == 12 else 1000,
            "p_corporatie": 80.0 if i == 1 else 70.0 if i == 3 else 10.0,
            "vk_klasse": klasse,
            "vk_klasse_rel": "onder_druk" if i == 1 else "stabiel" if valid else "geen_gegevens",
            "vk_dk": i * 0.1 if valid else None, "vk_dp": 0.5 + 2 * i * 0.1 if valid else None,
            "vk_score": 0.9 if i == 5 else 0.5 if i == 6 else 0.0 if valid else None,
            "vk_signaal": i == 3,
        })
    return pd.DataFrame(rows)


def test_number_formats():
    assert rt.fmt_int(12345, "nl") == "12.345"
    assert rt.fmt_int(12345, "en") == "12,345"
    assert rt.fmt_num(1234.567, 2, "nl") == "1.234,57"
    assert rt.fmt_num(-0.001, 2, "en") == "0.00"
    assert rt.fmt_pct(24.92, 0, "nl") == "25%"
    assert rt.fmt_pct(29.32, 1, "nl") == "29,3%"
    assert rt.fmt_int(None) == "–" and rt.fmt_num(float("nan")) == "–"


def test_hp_symbols():
    assert [rt.hp_symbols(v) for v in (0, 1, 2, 3)] == ["○○○", "●○○", "●●○", "●●●"]
    assert rt.hp_symbols(None) == "" and rt.hp_symbols(7) == "●●●"


def test_join_names_and_plural(dutch):
    assert rt.join_names(["A"]) == "A"
    assert rt.join_names(["A", "B", "C"]) == "A, B and C"
    assert rt.join_names(["A", "B", "C"], dutch) == "A, B en C"
    names = [f"N{i}" for i in range(10)]
    assert rt.join_names(names, dutch) == "N0, N1, N2, N3, N4, N5, N6, N7 en 2 andere"
    assert rt.join_names(names[:9]) == "N0, N1, N2, N3, N4, N5, N6, N7 and 1 other"
    assert rt.plural(1, "one", "many") == "one"
    assert rt.plural(0, "one", "many") == "many"
    assert rt.plural(2, "one", "many") == "many"


def test_class_summary_counts_and_inhabitants():
    summary = rt.class_summary(city()).set_index("klasse")
    assert summary.loc["onder_druk", "buurten"] == 2
    assert summary.loc["onder_druk", "inwoners"] == 3000
    assert summary.loc["stabiel", "buurten"] == 6
    assert summary.loc["geen_gegevens", "inwoners"] == 40
    assert summary["buurten"].sum() == 12
    assert summary.loc["onder_druk", "aandeel"] == pytest.approx(100 * 3000 / 12040)


def test_regression_is_population_weighted_least_squares():
    fit = rt.regression(city())
    assert fit["n"] == 11
    assert fit["b"] == pytest.approx(2.0) and fit["a"] == pytest.approx(0.5) and fit["r2"] == pytest.approx(1.0)
    assert rt.regression(city().head(9)) is None  # fewer than 10 valid buurten


def test_key_findings_english_plural():
    findings = rt.key_findings(city(), "Veerstad")
    assert findings[0] == "The report covers 12 buurten of Veerstad with 12,040 inhabitants."
    assert findings[1] == (
        "1 buurt has too little data for a signal (too few inhabitants, missing figures or a boundary change).")
    assert findings[2] == (
        "2 buurten with 3,000 inhabitants (25% of the population) fall in the class 'Veerkracht under pressure': "
        "the concentration of vulnerable residents and nuisance and insecurity both increased there. "
        "These are B2 and B1.")
    assert "1 buurt is resilient: the concentration of vulnerable residents increased, nuisance and insecurity " \
           "did not." in findings
    assert ("Early warning in 1 buurt: B3. The concentration of vulnerable residents is high and rising there, "
            "while problems are not (yet) visible.") in findings
    assert "Relative to the rest of the gemeente, 1 buurt is under pressure." in findings
    assert ("Across the gemeente, nuisance and insecurity rose on average by 2.00 standard deviations for every "
            "standard deviation of rising vulnerability (weighted regression over 11 buurten, R² = 1.00).") in findings
    assert ("Developed better than their change in vulnerability would suggest (highest veerkracht score): "
            "B5 and B6.") in findings
    assert findings[-1] == (
        "2 buurten are corporatiebuurten (more than two thirds of the dwellings owned by housing corporations); "
        "the largest: B1 (80%) and B3 (70%).")


def test_key_findings_dutch_singular_and_plural(dutch):
    findings = rt.key_findings(city(), "Veerstad", dutch, "nl")
    assert findings[0] == "Het rapport gaat over 12 buurten van Veerstad met 12.040 inwoners."
    assert findings[2] == (
        "2 buurten met 3.000 inwoners (25% van de bevolking) vallen in de klasse 'Veerkracht onder druk': daar "
        "namen zowel de concentratie kwetsbare bewoners als overlast en onveiligheid toe. Het gaat om B2 en B1.")
    assert "1 buurt is veerkrachtig: de concentratie kwetsbare bewoners nam toe, overlast en onveiligheid niet." \
        in findings
    assert "Ten opzichte van de rest van de gemeente staat 1 buurt onder druk." in findings
    assert any("gemiddeld met 2,00 standaarddeviatie" in s and "R² = 1,00" in s for s in findings)
    single = rt.key_findings(city(onder_druk=("B1",)), "Veerstad", dutch, "nl")
    assert single[2] == (
        "1 buurt met 1.000 inwoners (8% van de bevolking) valt in de klasse 'Veerkracht onder druk': daar namen "
        "zowel de concentratie kwetsbare bewoners als overlast en onveiligheid toe. Het gaat om B1.")
    none = rt.key_findings(city(onder_druk=()), "Veerstad", dutch, "nl")
    assert none[2] == "Geen enkele buurt valt in de klasse 'Veerkracht onder druk'."


def test_quickscan_table_has_no_tag_columns():
    frame = city().assign(vk_hp_sociaal=2, vk_hp_leefomgeving=None, vk_probleemanalyse="x")
    columns, table = rt.buurt_table(frame, quickscan=False)
    keys = [k for k, _h in columns]
    assert "rp_hp_sociaal" in keys and "rp_probleemanalyse" in keys and "rp_succes" not in keys
    assert table["rp_hp_sociaal"].iloc[0] == "●●○"
    assert table["rp_klasse"].iloc[0] == "Veerkracht under pressure"
    assert table["rp_dk"].iloc[2] == "0.30"
    columns, _table = rt.buurt_table(frame, quickscan=True)
    assert not any(k.startswith("rp_hp_") or k == "rp_probleemanalyse" for k, _h in columns)


def test_wijk_outlook_sums_and_weights(dutch):
    frame = pd.DataFrame({
        "buurtcode": ["BU1", "BU2"], "buurtnaam": ["X", "Y"],
        "vk_soc_voor": [100, 300], "vk_soc_na": [100, 250], "vk_won_voor": [400, 600], "vk_won_na": [400, 600],
        "vk_kwetsbaar_voor": [20.0, 40.0], "vk_kwetsbaar_na": [20.0, 50.0], "vk_kantelt": [False, True],
        "vk_compensatie": [0, 12],
    })
    lines = rt.wijk_outlook(frame, scenario="S1")
    assert lines == [
        "Numeric outlook of scenario 'S1':",
        "Social rent: 400 → 350 dwellings (40% → 35% of the stock).",
        "Vulnerable households: 32.0% now, 38.0% at the end of the horizon.",
        "1 buurt tips over the concentration threshold: Y.",
        "Suggested extra social dwellings (compensation) in this wijk: 12.",
    ]
    assert rt.wijk_outlook(frame, dutch, "nl")[3] == "1 buurt komt boven de concentratiedrempel: Y."
    assert rt.wijk_outlook(frame.drop(columns=["vk_soc_na"])) == []


def test_balance_lines_in_dutch(dutch):
    """Shares in percent and δ in percentage points, as veerkracht:balance writes them."""
    row = {"scenario": "S1", "niveau": "gemeente", "woningen_voor": 80000, "woningen_na": 79920,
           "sociale_huur_voor": 23456, "sociale_huur_na": 23376, "aandeel_voor": 29.32, "aandeel_na": 29.249,
           "doel": 30.0, "tekort": 600, "compensatie_nodig": 80, "plaatsingen": 493.4, "delta_toewijzing": 1.26,
           "niet_plaatsbaar": 12.26, "haalbaar": False, "buurten_kantelen": 2, "nieuwbouw_sociaal_aandeel": None,
           "nieuwbouw_betaalbaar_aandeel": None}
    lines = rt.balance_lines(row, dutch, "nl")
    assert lines[0] == "Scenario 'S1'."
    # the one verdict first: feasibility with the reason, the target, the norms
    assert lines[1] == ("Niet haalbaar: 12 van de 493 plaatsingen van aandachtsgroepen per jaar vinden geen "
                        "vrijkomende sociale huurwoning, ook niet met elke buurt zonder toewijzing op 100 % van zijn "
                        "vrijkomende woningen.")
    assert lines[2] == ("Doel sociale huur 30 %: niet gehaald – 29,2 % sociale huur na het scenario (29,3 % vooraf); "
                        "600 sociale huurwoningen tekort ten opzichte van het doel (tekort).")
    assert lines[3].startswith("Compensatie nodig: de maatregelen halen 80 sociale huurwoningen meer weg")
    assert lines[4] == ("Sociale huur vooraf: 23.456 van 80.000 woningen (29,3%); daarna: 23.376 van 79.920 (29,2%). "
                        "Doel: 30%.")
    assert ("Waterbedeffect: de andere buurten wijzen 1,3 procentpunt meer van hun vrijkomende sociale huurwoningen "
            "toe aan aandachtsgroepen.") in lines
    assert "2 buurten komen boven de concentratiedrempel." in lines
    english = rt.balance_lines(dict(row, haalbaar=True, delta_toewijzing=-0.5, compensatie_nodig=0, tekort=0,
                                    aandeel_na=30.1))
    assert english[1] == ("Feasible: every placement of aandachtsgroepen (493 per year) still finds a social "
                          "vacancy.")
    assert english[2] == "Social-rent target 30 %: met – 30.1 % social rent after the scenario (29.3 % before)."
    assert not any(line.startswith("Compensation needed") for line in english)
    assert ("Waterbed effect: the other buurten take 0.5 percentage points less of their social vacancies for "
            "aandachtsgroepen.") in english


def test_select_balance_rows_needs_a_scenario_when_there_are_several():
    summary = pd.DataFrame({"scenario": ["A", "B"], "gemeente": ["GM0001", "GM0001"]})
    rows, scenarios = rt.select_balance_rows(summary)
    assert rows is None and scenarios == ["A", "B"]
    rows, _ = rt.select_balance_rows(summary, "GM0001", "", "B")
    assert list(rows["scenario"]) == ["B"]
    regional = pd.DataFrame({"scenario": ["A"] * 3, "niveau": ["gemeente", "gemeente", "regio"],
                             "gemeente": ["GM0001", "GM0002", ""], "regio": ["R", "R", "R"]})
    rows, _ = rt.select_balance_rows(regional, "GM0002", "Tweedorp")
    assert list(rows["gemeente"]) == ["GM0002"]


def test_indicator_pairs():
    names = ["buurtcode", "p_laag_inkomen_t0", "p_laag_inkomen_t1", "lbm_onv_t0", "lbm_onv_t1", "x_t0"]
    assert rt.indicator_pairs(names) == ["p_laag_inkomen", "lbm_onv"]
