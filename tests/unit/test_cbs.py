"""core.cbs: alias table over the CBS schemes (checked against real headers), special values, water,
boundary flags, codes, and the combination of two years."""

import json
import math
import sqlite3

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.paths import APELDOORN_GPKG, APELDOORN_LONG, BAARN_GEOJSON, BAARN_STATLINE, GROTE_STEDEN
from veerkracht_plugin.core import cbs
from veerkracht_plugin.core.messages import VeerkrachtError


# --- alias table against the real headers ------------------------------------------------------
def gpkg_fields(layer):
    with sqlite3.connect(f"file:{APELDOORN_GPKG}?mode=ro", uri=True) as connection:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({layer})")]


def baarn_fields():
    with open(BAARN_GEOJSON, encoding="utf-8") as handle:
        return list(json.load(handle)["features"][0]["properties"])


def csv_fields(path):
    return list(pd.read_csv(path, nrows=0).columns)


def test_shapefile_style_apeldoorn_geopackage():
    mapping = cbs.resolve_fields(gpkg_fields("buurten_2022"))
    assert mapping == {
        "buurtcode": "BU_CODE",
        "buurtnaam": "BU_NAAM",
        "wijkcode": "WK_CODE",
        "gemeentecode": "GM_CODE",
        "gemeentenaam": "GM_NAAM",
        "jaar": "JAAR",
        "inwoners": "AANT_INW",
        "huishoudens": "AANT_HH",
        "bev_dichtheid": "BEV_DICHTH",
        "woz": "WOZ",
        "p_koopwoningen": "P_KOOPWON",
        "p_corporatie": "P_WCORPW",
        "p_0_14": "P_00_14_JR",
        "p_65_plus": "P_65_EO_JR",
        "p_eenpersoons_hh": "P_EENP_HH",
        "inkomen_per_inwoner": "G_INK_PI",
        "p_laag_inkomen": "P_HH_LI",
        "p_moeite_rondkomen": "RIVM_MOEITE_RONDKOMEN",
    }


def test_snake_case_pdok_baarn_geojson():
    fields = baarn_fields()
    assert len(fields) == 223
    mapping = cbs.resolve_fields(fields)
    expected = {
        "buurtcode": "buurtcode",
        "buurtnaam": "buurtnaam",
        "wijkcode": "wijkcode",
        "gemeentecode": "gemeentecode",
        "gemeentenaam": "gemeentenaam",
        "water": "water",
        "indeling": "indelingswijziging_wijken_en_buurten",
        "jaar": "jaar",
        "inwoners": "aantal_inwoners",
        "huishoudens": "aantal_huishoudens",
        "woningen": "woningvoorraad",
        "p_koopwoningen": "percentage_koopwoningen",
        "p_huurwoningen": "percentage_huurwoningen",
        "p_corporatie": "perc_huurwoningen_in_bezit_woningcorporaties",
        "p_laag_inkomen": "percentage_huishoudens_met_laag_inkomen",
        "p_sociaal_minimum": "percentage_huishoudens_onder_of_rond_sociaal_minimum",
        "bijstand": "aantal_personen_met_een_alg_bijstandsuitkering_tot",
        "woz": "gemiddelde_woningwaarde",
        "inkomen_per_inwoner": "gemiddeld_inkomen_per_inwoner",
        "p_eenpersoons_hh": "percentage_eenpersoonshuishoudens",
        "p_65_plus": "percentage_personen_65_jaar_en_ouder",
        "bev_dichtheid": "bevolkingsdichtheid_inwoners_per_km2",
    }
    assert {k: mapping.get(k) for k in expected} == expected


def test_statline_mnemonics_apeldoorn_long_csv():
    mapping = cbs.resolve_fields(csv_fields(APELDOORN_LONG))
    assert mapping["buurtcode"] == "bu_code"
    assert mapping["inwoners"] == "a_inw"
    assert mapping["huishoudens"] == "a_hh"
    assert mapping["p_corporatie"] == "p_wcorpw"
    assert mapping["p_koopwoningen"] == "p_koopw"
    assert mapping["p_laag_inkomen"] == "p_hh_li"
    assert mapping["woz"] == "g_wozbag"
    assert mapping["p_eenpersoons_hh"] == "p_1p_hh"
    assert mapping["p_moeite_rondkomen"] == "o_moeite_rondkomen"


def test_statline_mnemonics_from_the_kwb_tables():
    names = ["gwb_code", "regio", "a_inw", "a_hh", "a_woning", "p_koopw", "p_huurw", "p_wcorpw", "p_hh_li",
             "p_hh_osm", "a_soz_wb", "ind_wbi"]
    mapping = cbs.resolve_fields(names)
    assert mapping == {
        "buurtcode": "gwb_code", "buurtnaam": "regio", "indeling": "ind_wbi", "inwoners": "a_inw",
        "huishoudens": "a_hh", "woningen": "a_woning", "p_koopwoningen": "p_koopw", "p_huurwoningen": "p_huurw",
        "p_corporatie": "p_wcorpw", "p_laag_inkomen": "p_hh_li", "p_sociaal_minimum": "p_hh_osm",
        "bijstand": "a_soz_wb",
    }


def test_shapefile_names_from_the_domain_brief():
    names = ["BU_CODE", "BU_NAAM", "WK_CODE", "GM_CODE", "GM_NAAM", "WATER", "IND_WBI", "AANT_INW", "AANTAL_HH",
             "WONINGEN", "P_KOOPWON", "P_HUURWON", "P_HUURCORP", "P_LAAGINKH", "P_SOCMINH"]
    mapping = cbs.resolve_fields(names)
    assert [mapping[c] for c in ("water", "indeling", "huishoudens", "woningen", "p_corporatie",
                                 "p_laag_inkomen", "p_sociaal_minimum", "p_huurwoningen")] == [
        "WATER", "IND_WBI", "AANTAL_HH", "WONINGEN", "P_HUURCORP", "P_LAAGINKH", "P_SOCMINH", "P_HUURWON"]


def test_english_grote_steden_and_baarn_statline_exports():
    mapping = cbs.resolve_fields(csv_fields(GROTE_STEDEN))
    assert mapping["buurtcode"] == "gwb_code_10"
    assert mapping["indeling"] == "ind_wbi"
    assert mapping["inwoners"] == "Number.of.inhabitants"
    assert mapping["p_laag_inkomen"] == "p_low_income_household"
    assert mapping["p_sociaal_minimum"] == "p_household_smaller_bare_social_minimum"
    mapping = cbs.resolve_fields(csv_fields(BAARN_STATLINE))
    assert mapping["p_laag_inkomen"] == "huishoudens_laag_inkomen"
    assert mapping["bijstand"] == "bijstandsontvangers"


def test_find_field_is_case_insensitive_and_a_field_serves_one_name():
    assert cbs.find_field(["bu_code", "X"], "buurtcode") == "bu_code"
    assert cbs.find_field(["AANT_INW"], "inwoners") == "AANT_INW"
    assert cbs.find_field(["foo"], "inwoners") is None
    assert cbs.resolve_fields(["BU_CODE", "code"]) == {"buurtcode": "BU_CODE"}


def test_every_alias_is_unique_across_canonical_names():
    seen = {}
    for canonical, aliases in cbs.ALIASES.items():
        for alias in (canonical, *aliases):
            assert seen.setdefault(alias.lower(), canonical) == canonical, alias


def test_missing_code_field_lists_the_names_tried():
    with pytest.raises(VeerkrachtError, match="BU_CODE, buurtcode, gwb_code") as error:
        cbs.require_code_field(cbs.resolve_fields(["naam", "AANT_INW"]), "t0")
    assert "t0" in str(error.value)


# --- special values ---------------------------------------------------------------------------
def test_numeric_with_reasons():
    numbers, reasons = cbs.numeric_with_reasons(
        [12.5, "7,5", ".", None, -99999999, -99995, -99997, -99990, -5, "abc", "", " -99995 ", -99997.0]
    )
    np.testing.assert_array_equal(
        numbers, [12.5, 7.5] + [np.nan] * 6 + [-5.0] + [np.nan] * 4
    )
    assert list(reasons) == [None, None, "punt", None, "onbekend", "niet_gepubliceerd", "geheim", "onbekend",
                             None, "ongeldig", None, "niet_gepubliceerd", "geheim"]


def test_numeric_still_works_for_other_callers():
    values = cbs.numeric([12.5, "7,5", ".", None, -99999999, -99995, -99997, -99990, -5, "abc"])
    np.testing.assert_array_equal(values, [12.5, 7.5] + [np.nan] * 6 + [-5.0, np.nan])


@given(st.lists(st.floats(min_value=-99989, max_value=1e9, allow_nan=False), max_size=30))
def test_real_numbers_pass_unchanged_without_reason(values):
    numbers, reasons = cbs.numeric_with_reasons(values)
    assert list(numbers) == values
    assert all(r is None for r in reasons)


@given(st.lists(st.integers(min_value=-10**9, max_value=cbs.SENTINEL_MAX), min_size=1, max_size=30))
def test_every_value_at_or_below_the_threshold_is_missing_with_a_reason(values):
    numbers, reasons = cbs.numeric_with_reasons(values)
    assert np.isnan(numbers).all()
    assert set(reasons) <= {"onbekend", "niet_gepubliceerd", "geheim"}


# --- water, boundary flag, codes -------------------------------------------------------------------
def test_water_rule_keeps_land_and_unknown_only():
    values = ["NEE", "JA", "B", None, "nee", " ja ", float("nan")]
    assert list(cbs.land_mask(values)) == [True, False, False, True, True, False, True]
    assert list(cbs.land_mask(values, keep_water=True)) == [True] * 7


def test_indeling_flag_normalisation():
    flags = cbs.normalise_indeling(["1", "3", 2.0, None, ".", -99999999, 5, 3])
    assert [None if pd.isna(v) else int(v) for v in flags] == [1, 3, 2, None, None, None, None, 3]


def test_code_normalisation():
    codes = cbs.normalise_codes([" bu02000101 ", "00340101", 340101, 340101.0, None, "", "BU0034010a"])
    assert list(codes) == ["BU02000101", "BU00340101", "BU00340101", "BU00340101", None, None, "BU0034010A"]
    assert list(cbs.normalise_codes(["200", "gm0200"], "GM", 4)) == ["GM0200", "GM0200"]
    assert list(cbs.normalise_codes([20001], "WK", 6)) == ["WK020001"]


def test_changed_geometry_threshold():
    flags = cbs.changed_geometry([100, 100, 100, 0], [100, 100, 80, 0], [10, 10.1, 20, 0], 0.10)
    assert list(flags) == [False, True, True, False]


# --- one year, two years ----------------------------------------------------------------------------
def year_frame(rows):
    columns = ["BU_CODE", "BU_NAAM", "WATER", "IND_WBI", "AANT_INW", "P_HH_LI"]
    frame = pd.DataFrame(rows, columns=columns, dtype=object)
    frame.index = pd.Index(range(10, 10 + len(frame)), name="fid")
    return frame, cbs.resolve_fields(columns)


def test_read_year_drops_water_normalises_and_derives_codes():
    frame, mapping = year_frame([
        ["BU00010001", "A", "NEE", 1, 500, 20.5],
        ["bu00010002", "B", "JA", 1, 0, -99999999],
        ["10003", "C", "NEE", "3", -99997, "."],
    ])
    year, reasons, messages = cbs.read_year(frame, mapping, "t1")
    assert list(year.index) == [10, 12]
    assert list(year["buurtcode"]) == ["BU00010001", "BU00010003"]
    assert list(year["gemeentecode"]) == ["GM0001", "GM0001"]
    assert list(year["wijkcode"]) == ["WK000100", "WK000100"]
    assert list(year["indeling"]) == [1, 3]
    assert year["inwoners"].iloc[0] == 500 and math.isnan(year["inwoners"].iloc[1])
    assert list(reasons["inwoners"]) == [None, "geheim"]
    assert list(reasons["p_laag_inkomen"]) == [None, "punt"]
    assert [m.values for m in messages] == [{"layer": "t1", "n": 1}]


def test_read_year_errors():
    frame, mapping = year_frame([["BU00010001", "A", "NEE", 1, 5, 1], ["BU00010001 ", "B", "NEE", 1, 5, 1]])
    with pytest.raises(VeerkrachtError, match="BU00010001"):
        cbs.read_year(frame, mapping, "t0")
    frame, mapping = year_frame([])
    with pytest.raises(VeerkrachtError, match="no features"):
        cbs.read_year(frame, mapping, "t0")
    frame, mapping = year_frame([["BU00010001", "A", "JA", 1, 5, 1]])
    with pytest.raises(VeerkrachtError, match="water"):
        cbs.read_year(frame, mapping, "t0")


def test_combine_two_years():
    frame0, mapping0 = year_frame([
        ["BU00010001", "A", "NEE", 1, 400, 20.0],
        ["BU00010002", "B", "NEE", 1, 300, -99995],
        ["BU00010009", "Old", "NEE", 1, 100, 10.0],
    ])
    frame1, mapping1 = year_frame([
        ["BU00010001", "A", "NEE", 1, 500, 25.0],
        ["BU00010002", "B", "NEE", 3, 310, -99997],
        ["BU00010003", "New", "NEE", 1, 50, 30.0],
        ["BU00010004", "Recoded", "NEE", 2, 110, 11.0],
    ])
    year0, why0, _ = cbs.read_year(frame0, mapping0, "t0")
    year1, why1, _ = cbs.read_year(frame1, mapping1, "t1")
    matches = cbs.match_codes(year0, year1)
    assert matches == {10: 10, 11: 11}
    matches[13] = 12  # matched by geometry
    table, columns, summary, messages = cbs.combine(year0, why0, year1, why1, matches, recoded={13})
    assert [name for name, _kind in columns] == [
        "buurtcode", "buurtnaam", "wijkcode", "gemeentecode", "gemeentenaam", "vk_indeling", "vk_buurtcode_t0",
        "inwoners_t0", "inwoners_t1", "p_laag_inkomen_t0", "p_laag_inkomen_t1", "vk_ontbreekt"]
    assert list(table["vk_indeling"]) == [1, 3, 4, 2]
    assert list(table["vk_buurtcode_t0"]) == ["BU00010001", "BU00010002", None, "BU00010009"]
    assert table["inwoners_t0"].tolist()[:2] == [400, 300] and math.isnan(table["inwoners_t0"].iloc[2])
    assert table["inwoners_t0"].iloc[3] == 100
    assert table["p_laag_inkomen_t1"].iloc[0] == 25.0
    assert list(table["vk_ontbreekt"]) == [
        None, "p_laag_inkomen_t0: niet_gepubliceerd; p_laag_inkomen_t1: geheim", None, None]
    assert summary["matched"] == 3 and summary["new"] == 1 and summary["boundary"] == 1
    assert summary["reasons"] == {"niet_gepubliceerd": 1, "geheim": 1}
    assert messages == []


def test_geometry_change_makes_three_and_one_year_indicators_are_logged():
    frame0, mapping0 = year_frame([["BU00010001", "A", "NEE", 1, 400, 20.0]])
    year0, why0, _ = cbs.read_year(frame0, mapping0, "t0")
    frame1 = pd.DataFrame({"buurtcode": ["BU00010001"], "aantal_inwoners": [500],
                           "aantal_huishoudens": [200]}, index=pd.Index([5], name="fid"))
    year1, why1, _ = cbs.read_year(frame1, cbs.resolve_fields(frame1.columns), "t1")
    table, columns, summary, messages = cbs.combine(year0, why0, year1, why1, {5: 10}, changed={5})
    assert list(table["vk_indeling"]) == [3]
    assert "p_laag_inkomen_t0" in table and "p_laag_inkomen_t1" not in table
    assert "huishoudens_t1" in table and "huishoudens_t0" not in table
    assert [m.values["field"] for m in messages] == ["p_laag_inkomen", "huishoudens"]


@given(st.lists(st.from_regex(r"[A-Za-z ]{0,3}[0-9]{0,9}[a-z ]?", fullmatch=True), max_size=30))
def test_normalise_codes_shortcut_agrees_with_the_general_path(values):
    """Already-normalised codes skip the pandas work; the result must be what the general path gives."""
    general = list(cbs.normalise_codes(values + [None]))[:-1]  # a None forces the general path
    assert list(cbs.normalise_codes(values)) == general


# --- StatLine / OData "onbewerkte dataset" ------------------------------------------------------
from tests.paths import UTRECHT_STATLINE_2019, UTRECHT_STATLINE_2021  # noqa: E402


def statline(path):
    return pd.read_csv(path, sep=";", dtype=str, encoding="utf-8-sig", keep_default_na=False)


def prepared_statline(frame, label="t1", field_map=None):
    mapping = cbs.resolve_fields(frame.columns, field_map)
    return cbs.read_year(frame[cbs.source_fields(mapping)], mapping, label)


def test_statline_columns_are_matched_by_their_stem():
    mapping = cbs.resolve_fields(statline(UTRECHT_STATLINE_2019).columns)
    assert mapping == {
        "buurtcode": "Codering_3",
        "soort_regio": "SoortRegio_2",
        "inwoners": "AantalInwoners_5",
        "huishoudens": "HuishoudensTotaal_28",
        "p_0_14": cbs.Share("k_0Tot15Jaar_8", "AantalInwoners_5"),
        "p_65_plus": cbs.Share("k_65JaarOfOuder_12", "AantalInwoners_5"),
        "p_eenpersoons_hh": cbs.Share("Eenpersoonshuishoudens_29", "HuishoudensTotaal_28"),
    }


@pytest.mark.parametrize("path", [UTRECHT_STATLINE_2019, UTRECHT_STATLINE_2021])
def test_statline_utrecht_keeps_buurt_rows_strips_padding_and_derives_shares(path):
    raw = statline(path)
    year, reasons, messages = prepared_statline(raw)
    buurt_rows = raw[raw["SoortRegio_2"].str.strip() == "Buurt"]
    assert len(year) == len(buurt_rows) == 111
    assert year["buurtcode"].str.fullmatch(r"BU0344\d{4}").all()
    assert set(year["gemeentecode"]) == {"GM0344"}
    assert any("gemeente or wijk row(s) skipped" in m.template and m.values["n"] == 11 for m in messages)
    first = buurt_rows.iloc[0]
    row = year[year["buurtcode"] == first["Codering_3"].strip()].iloc[0]
    assert row["inwoners"] == float(first["AantalInwoners_5"].strip())
    households, single = (float(first[c].strip()) for c in ("HuishoudensTotaal_28", "Eenpersoonshuishoudens_29"))
    assert row["p_eenpersoons_hh"] == pytest.approx(100 * single / households)
    assert year["p_eenpersoons_hh"].dropna().between(0, 100).all()
    assert year["p_0_14"].dropna().between(0, 100).all()
    # '.' is missing with reason punt, and the share of a missing count is missing with that reason
    dots = buurt_rows["Eenpersoonshuishoudens_29"].str.strip() == "."
    assert int(reasons["p_eenpersoons_hh"].eq("punt").sum()) >= int(dots.sum())


def test_a_statline_table_with_other_suffix_numbers_reads_the_same():
    raw = statline(UTRECHT_STATLINE_2019)
    def other_number(column):
        stem, _sep, number = column.rpartition("_")
        return f"{stem}_{int(number) + 7}" if stem and number.isdigit() else column

    renamed = raw.rename(columns=other_number)
    assert "AantalInwoners_12" in renamed.columns and "k_0Tot15Jaar_15" in renamed.columns
    expected, _r, _m = prepared_statline(raw)
    year, _reasons, _messages = prepared_statline(renamed)
    pd.testing.assert_frame_equal(year.reset_index(drop=True), expected.reset_index(drop=True))


def test_gemeente_and_wijk_rows_are_skipped_without_soort_regio():
    frame = pd.DataFrame({"Codering_3": ["GM0344  ", "WK034401", "BU03440111"], "AantalInwoners_5": ["9", "8", "7"]})
    year, _reasons, messages = prepared_statline(frame)
    assert list(year["buurtcode"]) == ["BU03440111"]
    assert messages[0].values["n"] == 2


def test_infinity_is_missing_with_reason_ongeldig():
    numbers, reasons = cbs.numeric_with_reasons([1.0, math.inf, -math.inf, "inf", " 2 "])
    assert np.isnan(numbers[1:4]).all() and numbers[4] == 2.0
    assert list(reasons) == [None, "ongeldig", "ongeldig", "ongeldig", None]


def test_field_map_names_fields_per_year():
    parsed = cbs.parse_field_map("inwoners = Bewoners; t0:huishoudens=HH_2019\nt1:huishoudens=HH_2021,")
    assert parsed == {"t0": {"inwoners": "Bewoners", "huishoudens": "HH_2019"},
                      "t1": {"inwoners": "Bewoners", "huishoudens": "HH_2021"}}
    mapping = cbs.resolve_fields(["Code", "Bewoners", "AANT_INW"], {"buurtcode": "Code", "inwoners": "Bewoners"})
    assert mapping == {"buurtcode": "Code", "inwoners": "Bewoners"}


@pytest.mark.parametrize("text, expected", [
    ("inwoners", "not of the form canonical=field"),
    ("t2:inwoners=X", "must be t0 or t1"),
    ("bewoners=X", "'bewoners' is no canonical field name"),
    ("inwoners=", "names no field"),
    ("inwoners=Y", "layer t0 has no field 'Y'"),
])
def test_field_map_errors(text, expected):
    with pytest.raises(VeerkrachtError, match=expected):
        cbs.parse_field_map(text, {"t0": ["X"], "t1": ["X", "Y"]})


def test_an_unrecognised_layer_lists_what_was_found_and_what_not():
    mapping = cbs.resolve_fields(["naam_buurt", "AANT_INW", "Eigen_indicator"])
    with pytest.raises(VeerkrachtError) as info:
        cbs.require_code_field(mapping, "t0")
    text = str(info.value)
    assert "Canonical fields found: inwoners (AANT_INW)" in text
    assert "not found: buurtcode, buurtnaam" in text and "field map" in text
