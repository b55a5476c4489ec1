"""The one number-or-dash formatter (core.messages.format_number_or_dash) that pages, tables and the dock share."""

import math

import pandas as pd

from veerkracht_plugin.core.messages import DASH, format_number, format_number_or_dash


def test_numbers_as_format_number_with_the_reader_decimal_mark():
    assert format_number_or_dash(1234.56, 1) == format_number(1234.56, 1) == "1,234.6"
    assert format_number_or_dash(1234.56, 1, ",") == "1.234,6"
    assert format_number_or_dash("29.16", 1, ",") == "29,2"  # numeric text, as read from a CSV
    assert format_number_or_dash(60, 0) == "60"


def test_missing_values_and_text_give_a_dash():
    for value in (None, float("nan"), pd.NA, math.inf, "", "veel"):
        assert format_number_or_dash(value, 1) == DASH == "–"


def test_no_minus_sign_on_zero():
    assert format_number_or_dash(-0.0004, 2) == "0.00"
    assert format_number_or_dash(-0.4, 0, ",") == "0"
    assert format_number_or_dash(-0.6, 0) == "-1"
