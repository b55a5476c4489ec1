"""A long CBS table (code, jaar, values) as wide fields <canonical>_<year> (core/cbs_years.py)."""

import numpy as np
import pandas as pd
import pytest

from tests.paths import APELDOORN_LONG
from veerkracht_plugin.core import cbs_years
from veerkracht_plugin.core.messages import VeerkrachtError


def test_long_table_becomes_fields_per_year():
    table = pd.DataFrame({"bu_code": ["BU00010001", "BU00010001", "00010002", "BU00010002"],
                          "jaar": [2016, 2018, "2016", 2018], "a_inw": [100, 120, -99995, "1.234"],
                          "p_hh_li": [".", 5.5, 7, None], "onbekend": [1, 2, 3, 4]})
    wide, columns, messages = cbs_years.long_to_wide(table)
    assert columns == [("inwoners_2016", "int"), ("inwoners_2018", "int"), ("p_laag_inkomen_2016", "double"),
                       ("p_laag_inkomen_2018", "double")]
    assert list(wide.index) == ["BU00010001", "BU00010002"]
    assert wide.loc["BU00010001", "inwoners_2018"] == 120
    assert np.isnan(wide.loc["BU00010002", "inwoners_2016"])  # CBS sentinel
    assert wide.loc["BU00010002", "inwoners_2018"] == pytest.approx(1.234)
    assert np.isnan(wide.loc["BU00010001", "p_laag_inkomen_2016"])  # '.'
    assert messages == []
    values, unmatched = cbs_years.join_wide(["BU00010002", "bu00010001", "BU00019999"], wide)
    assert list(values["inwoners_2018"].iloc[:2]) == [1.234, 120] and np.isnan(values["inwoners_2018"].iloc[2])
    assert unmatched == ["BU00019999"]


def test_years_chosen_missing_and_doubled():
    table = pd.DataFrame({"bu_code": ["BU1", "BU1", "BU1"], "jaar": [2016, 2018, 2020], "a_inw": [1, 2, 3]})
    wide, columns, _messages = cbs_years.long_to_wide(table, [2020, 2016])
    assert [name for name, _kind in columns] == ["inwoners_2016", "inwoners_2020"]
    with pytest.raises(VeerkrachtError, match="2022"):
        cbs_years.long_to_wide(table, [2016, 2022])
    with pytest.raises(VeerkrachtError, match="more than once"):
        cbs_years.long_to_wide(pd.concat([table, table.iloc[:1]]))
    with pytest.raises(VeerkrachtError, match="year column"):
        cbs_years.long_to_wide(table.drop(columns=["jaar"]))
    with pytest.raises(VeerkrachtError, match="No CBS indicator"):
        cbs_years.long_to_wide(table.drop(columns=["a_inw"]))


def test_an_empty_year_is_said():
    table = pd.DataFrame({"bu_code": ["BU1", "BU1"], "jaar": [2024, 2025], "p_hh_li": [5.0, None]})
    _wide, _columns, messages = cbs_years.long_to_wide(table)
    assert [m.format() for m in messages] == ["p_laag_inkomen_2025: no value in the long table."]


def test_apeldoorn_long_table():
    table = pd.read_csv(APELDOORN_LONG, dtype=object)  # as text, like a CSV layer
    wide, columns, messages = cbs_years.long_to_wide(table, [2018, 2020, 2022])
    assert len(wide) == 95
    names = [name for name, _kind in columns]
    assert {"inwoners_2018", "huishoudens_2022", "p_laag_inkomen_2020", "p_corporatie_2022"} <= set(names)
    assert wide.loc["BU02000101", "inwoners_2018"] == 5305
    assert wide["p_laag_inkomen_2022"].notna().sum() == 67
    assert any("p_moeite_rondkomen_2018" in m.format() for m in messages)  # RIVM only every other year
