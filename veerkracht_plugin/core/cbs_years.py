"""Several CBS years as wide fields ``<canonical>_<year>`` for the monitor (method.md §5).

A long table (one row per buurt and year: code, jaar, values; as StatLine and the CBS time series deliver it)
becomes one row per buurt with a field per indicator and year, named with the canonical names of
:mod:`core.cbs` (``a_inw`` -> ``inwoners_2018``, ``p_hh_li`` -> ``p_laag_inkomen_2018``)::

    wide, columns, messages = long_to_wide(table, years=[2016, 2018, 2020])
    values, unmatched = join_wide(layer_codes, wide)

Values go through :func:`cbs.numeric` (CBS sentinels, ``.`` and empty cells are missing). A buurt and year
that occur twice are an error; a year asked for that the table lacks is an error; an indicator without any
value in a year is still written (all NULL) and logged, so that the monitor says which field is empty.
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

from . import cbs
from .lazy import lazy_module
from .messages import N_, Message, VeerkrachtError

np = lazy_module("numpy")
pd = lazy_module("pandas")


def _names(values, limit=5):
    values = [str(v) for v in values]
    return ", ".join(values[:limit]) + (" …" if len(values) > limit else "")


def long_columns(available: Sequence[str]) -> Tuple[str, str, dict]:
    """(code column, year column, {canonical indicator: column}) of a long table; raises when the code or
    the year column is missing or no indicator is recognised."""
    mapping = cbs.resolve_fields(available)
    cbs.require_code_field(mapping, "TABLE")
    if "jaar" not in mapping:
        raise VeerkrachtError(N_("The long table has no year column (jaar, JAAR)."))
    indicators = {name: mapping[name] for name in cbs.INDICATORS if name in mapping}
    if not indicators:
        raise VeerkrachtError(
            N_("No CBS indicator recognised in the long table (for example a_inw, p_hh_li); columns: {columns}."),
            columns=_names(available, 12),
        )
    return mapping["buurtcode"], mapping["jaar"], indicators


def long_to_wide(table: pd.DataFrame, years: Sequence[int] | None = None) -> Tuple[pd.DataFrame, List, List]:
    """One row per buurt code (index, normalised BU + 8) with ``<canonical>_<year>`` columns.

    Returns (wide table, [(field, kind)] in output order, info messages).
    """
    code_column, year_column, indicators = long_columns(list(table.columns))
    codes = cbs.normalise_codes(list(table[code_column]))
    year_values = cbs.numeric(list(table[year_column]))
    if np.isnan(year_values).any():
        raise VeerkrachtError(N_("{n} row(s) of the long table have no year."), n=int(np.isnan(year_values).sum()))
    row_years = year_values.astype(int)
    present = sorted(set(row_years.tolist()))
    years = present if not years else sorted(int(y) for y in years)
    absent = [y for y in years if y not in present]
    if absent:
        raise VeerkrachtError(N_("Year(s) {years} not in the long table (it holds {present})."),
                              years=_names(absent), present=_names(present, 12))
    keys = pd.DataFrame({"code": codes, "jaar": row_years})
    doubled = keys[keys.duplicated(keep=False)]
    if len(doubled):
        example = doubled.iloc[0]
        raise VeerkrachtError(N_("{n} buurt(en) occur more than once in one year of the long table, e.g. {code} "
                                 "in {year}."), n=int(doubled["code"].nunique()), code=example["code"],
                              year=int(example["jaar"]))
    messages = []
    index = pd.Index(sorted(set(c for c in codes if c)), name="buurtcode")
    wide = pd.DataFrame(index=index)
    columns = []
    for name, column in indicators.items():
        values = pd.Series(cbs.numeric(list(table[column])), index=pd.MultiIndex.from_frame(keys))
        for year in years:
            field = f"{name}_{year}"
            year_values = values.xs(year, level="jaar")
            year_values = year_values[year_values.index.notna()]
            wide[field] = year_values.reindex(index).to_numpy(dtype=float)
            columns.append((field, cbs.INDICATORS[name]))
            if not wide[field].notna().any():
                messages.append(Message(N_("{field}: no value in the long table."), field=field))
    return wide, columns, messages


def join_wide(layer_codes: Sequence, wide: pd.DataFrame) -> Tuple[pd.DataFrame, List[str]]:
    """The wide values for each layer code (in layer order; NULL where the table lacks the buurt) and the
    layer codes without a row in the table."""
    codes = cbs.normalise_codes(list(layer_codes))
    values = wide.reindex(pd.Index(codes)).reset_index(drop=True)
    unmatched = [str(raw) for raw, code in zip(layer_codes, codes) if code not in wide.index]
    return values, unmatched
