import math

import pandas as pd
import pytest

from tests.paths import APELDOORN_LBM
from veerkracht_plugin.core import leefbaarometer as lbm
from veerkracht_plugin.core.cbs import find_field
from veerkracht_plugin.core.messages import Message, VeerkrachtError


def test_normalise_code():
    assert lbm.normalise_code(" bu02000000 ") == "BU02000000"
    assert lbm.normalise_code("200", "WK", 6) == "WK000200"
    assert lbm.normalise_code("2000101.0", "BU", 8) == "BU02000101"
    assert lbm.normalise_code(None) is None
    assert lbm.normalise_code(float("nan")) is None


def test_reads_the_apeldoorn_wijk_file_with_na_as_missing():
    frame, code_column, level = lbm.read_csv(APELDOORN_LBM)
    assert (code_column, level) == ("wk_code", "wijk")
    assert frame["wk_code"].str.match(r"^WK\d{6}$").all()
    assert frame["wk_code"].nunique() == 16
    # dimension scores only from 2014: the 2012 row is NA -> NaN
    assert frame.loc[frame["jaar"] == 2012, "onv"].isna().all()
    assert frame.loc[frame["jaar"] == 2022, "onv"].notna().all()


def test_pivot_two_years():
    frame, code_column, _ = lbm.read_csv(APELDOORN_LBM)
    table = lbm.pivot(frame, code_column, {"t0": 2014, "t1": 2022}, ["onv", "lbm"])
    assert list(table.columns) == ["lbm_onv_t0", "lbm_lbm_t0", "lbm_onv_t1", "lbm_lbm_t1"]
    assert len(table) == 16
    raw = frame[(frame.wk_code == table.index[0]) & (frame.jaar == 2022)]["onv"].iloc[0]
    assert math.isclose(table["lbm_onv_t1"].iloc[0], raw)


def test_missing_year_names_the_available_years():
    frame, code_column, _ = lbm.read_csv(APELDOORN_LBM)
    with pytest.raises(VeerkrachtError) as info:
        lbm.pivot(frame, code_column, {"t0": 2015, "t1": 2022}, ["onv"])
    assert "2015" in str(info.value) and "2014" in str(info.value)


def test_semicolon_file_with_decimal_commas(tmp_path):
    path = tmp_path / "lbm.csv"
    path.write_text("bu_code;jaar;onv\nBU00010000;2014;-0,05\nBU00010000;2022;0,10\n2000001;2022;NA\n")
    frame, code_column, level = lbm.read_csv(path)
    assert level == "buurt"
    table = lbm.pivot(frame, code_column, {"t0": 2014, "t1": 2022}, ["onv"])
    assert table.loc["BU00010000", "lbm_onv_t1"] == pytest.approx(0.10)
    assert math.isnan(table.loc["BU02000001", "lbm_onv_t1"])


def test_not_a_leefbaarometer_file(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(VeerkrachtError):
        lbm.read_csv(path)


def test_join_reports_unmatched_codes():
    table = pd.DataFrame({"lbm_onv_t1": [0.1]}, index=pd.Index(["WK020000"], name="code"))
    values, unmatched = lbm.join(["WK020000", "WK999999", None], table, "WK", 6)
    assert values["lbm_onv_t1"].iloc[0] == 0.1
    assert unmatched == ["None", "WK999999"]


def test_find_field_covers_the_three_schemes():
    assert find_field(["BU_CODE", "AANT_INW"], "buurtcode") == "BU_CODE"
    assert find_field(["buurtcode", "aantal_inwoners"], "inwoners") == "aantal_inwoners"
    assert find_field(["gwb_code", "a_inw"], "inwoners") == "a_inw"
    assert find_field(["x"], "inwoners") is None


def test_message_formats_with_a_translator():
    message = Message("{n} buurten", n=3)
    assert message.format() == "3 buurten"
    assert message.format(lambda t: t.replace("buurten", "neighbourhoods")) == "3 neighbourhoods"
    error = VeerkrachtError("Field {f} missing", f="x")
    assert str(error) == "Field x missing"


def test_cbs_numeric_treats_sentinels_and_dots_as_missing():
    import numpy as np

    from veerkracht_plugin.core.cbs import numeric

    values = numeric([12.5, "7,5", ".", None, -99999999, -99995, -99997, -99990, -5, "abc"])
    expected = [12.5, 7.5, np.nan, np.nan, np.nan, np.nan, np.nan, np.nan, -5.0, np.nan]
    np.testing.assert_array_equal(values, expected)


# --- edge files: encodings, empty and binary files, text cells, duplicates, empty years ------------
def lbm_error(path):
    with pytest.raises(VeerkrachtError) as info:
        lbm.read_file(path)
    return str(info.value)


def test_cp1252_and_utf8_bom_files_as_excel_writes_them(tmp_path):
    text = ("wk_code;wk_naam;jaar;onv\nWK020001;Binnenstad – Oranjepark;2014;-0,05\n"
            "WK020001;Binnenstad – Oranjepark;2022;0,1\n")
    for encoding in ("cp1252", "utf-8-sig"):
        path = tmp_path / f"lbm_{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        frame, code_column, level, messages = lbm.read_file(path)
        assert (code_column, level, messages) == ("wk_code", "wijk", [])
        assert list(frame["wk_naam"])[0] == "Binnenstad – Oranjepark"
        assert list(frame["onv"]) == [-0.05, 0.1]


@pytest.mark.parametrize("content, expected", [
    (b"", "is empty"),
    (b"  \n\n", "is empty"),
    (b"PK\x03\x04\x14\x00\x06\x00binary", "not a text (CSV) file"),
    (bytes(range(256)) * 4, "not a text (CSV) file"),
    (b"naam,waarde\na,1\n", "not a Leefbaarometer file"),
])
def test_empty_binary_and_foreign_files_are_a_clear_error(tmp_path, content, expected):
    path = tmp_path / "lbm.csv"
    path.write_bytes(content)
    assert expected in lbm_error(path)


def test_a_missing_file_is_a_clear_error(tmp_path):
    assert "Cannot read the Leefbaarometer file" in lbm_error(tmp_path / "nope.csv")


def test_one_text_cell_is_missing_for_that_cell_only(tmp_path):
    path = tmp_path / "lbm.csv"
    path.write_text("bu_code,jaar,onv,lbm\nBU1,2014,0.1,4.0\nBU2,2014,hoog,4.1\nBU3,2014,0.3,4.2\nBU1,2022,0.2,4.3\n")
    frame, _code, _level, messages = lbm.read_file(path)
    assert frame["onv"].isna().tolist() == [False, True, False, False]
    assert frame["onv"].sum() == pytest.approx(0.6)
    assert len(messages) == 1 and messages[0].values["n"] == 1 and "'hoog'" in messages[0].values["values"]


def test_conflicting_duplicates_are_an_error_and_identical_ones_are_read_once(tmp_path):
    path = tmp_path / "lbm.csv"
    path.write_text("wk_code,jaar,onv\nWK1,2014,0.1\nWK1,2014,0.1\nWK1,2022,0.2\nWK1,2022,0.3\nWK2,2022,0.4\n")
    frame, code_column, _level, _messages = lbm.read_file(path)
    assert len(lbm.pivot(frame, code_column, {"t0": 2014, "t1": 2014}, ["onv"])) == 2
    with pytest.raises(VeerkrachtError) as info:
        lbm.pivot(frame, code_column, {"t0": 2014, "t1": 2022}, ["onv"])
    assert "WK1" in str(info.value) and "2022" in str(info.value) and "different values" in str(info.value)


def test_a_year_without_scores_lists_the_years_with_scores():
    frame, code_column, _level, _messages = lbm.read_file(APELDOORN_LBM)
    assert lbm.years_with_values(frame, ["onv"]) == [2014, 2018, 2020, 2022]
    with pytest.raises(VeerkrachtError) as info:
        lbm.pivot(frame, code_column, {"t0": 2016, "t1": 2022}, ["onv"])
    assert str(info.value) == ("The Leefbaarometer file has no scores for onv in 2016; years with scores: "
                               "2014, 2018, 2020, 2022.")


def test_a_table_layer_frame_with_numbers_reads_like_the_file():
    raw = pd.DataFrame({"WK_CODE": ["WK020001", "WK020001"], "jaar": [2014, 2022], "onv": [-0.05, float("inf")]})
    frame, code_column, level, messages = lbm.read_table(raw, "layer")
    assert (code_column, level) == ("wk_code", "wijk")
    assert frame["onv"].iloc[0] == -0.05 and math.isnan(frame["onv"].iloc[1]) and messages[0].values["n"] == 1
