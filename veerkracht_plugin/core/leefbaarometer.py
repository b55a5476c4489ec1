"""Read Leefbaarometer 3.x CSV files as downloaded (long format) and pivot them for a join.

Files have one row per area and year: ``bu_code`` (buurt level) or ``wk_code`` (wijk level), ``jaar``,
and the scores ``lbm, afw, fys, onv, soc, vrz, won``. Dimension scores are deviations from the national
average where higher is better; ``NA`` (and empty cells) mean not available.
"""

import re

from .lazy import lazy_module
from .messages import N_, VeerkrachtError

np = lazy_module("numpy")  # imported on first use: see core/lazy.py
pd = lazy_module("pandas")

DIMENSIONS = ("lbm", "afw", "fys", "onv", "soc", "vrz", "won")
LEVELS = {"bu_code": ("buurt", "BU", 8), "wk_code": ("wijk", "WK", 6)}
NA_VALUES = ("NA", "N/A", "", ".", "NaN", "nan")


def normalise_code(value, prefix=None, digits=None):
    """``' bu02000000 '`` -> ``'BU02000000'``; bare digits get the prefix and zero padding."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    text = str(value).strip().upper()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    if prefix and digits and text.isdigit():
        text = f"{prefix}{text.zfill(digits)}"
    return text or None


def read_csv(path):
    """Read a Leefbaarometer CSV; returns (frame, code column, level name)."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            head = handle.readline()
    except OSError as error:
        raise VeerkrachtError(
            N_("Cannot read the Leefbaarometer file {path}: {error}"), path=path, error=error
        ) from None
    separator = ";" if head.count(";") > head.count(",") else ","
    frame = pd.read_csv(
        path, sep=separator, dtype=str, na_values=list(NA_VALUES), keep_default_na=False, encoding="utf-8-sig"
    )
    frame.columns = [re.sub(r"\s+", "_", str(c).strip().lower()) for c in frame.columns]
    code_column = next((c for c in LEVELS if c in frame.columns), None)
    if code_column is None or "jaar" not in frame.columns:
        raise VeerkrachtError(
            N_("The file {path} is not a Leefbaarometer file: it needs a 'bu_code' or 'wk_code' column and 'jaar'."),
            path=path,
        )
    _level, prefix, digits = LEVELS[code_column]
    frame[code_column] = [normalise_code(v, prefix, digits) for v in frame[code_column]]
    frame["jaar"] = pd.to_numeric(frame["jaar"], errors="coerce").astype("Int64")
    for dimension in DIMENSIONS:
        if dimension in frame.columns:
            frame[dimension] = pd.to_numeric(frame[dimension].str.replace(",", ".", regex=False), errors="coerce")
    return frame, code_column, LEVELS[code_column][0]


def pivot(frame, code_column, years, dimensions):
    """One row per code with columns ``lbm_<dim>_t0`` / ``lbm_<dim>_t1`` for the two years.

    ``years`` is a mapping suffix -> year, e.g. ``{"t0": 2014, "t1": 2022}``.
    """
    available = sorted(int(y) for y in frame["jaar"].dropna().unique())
    for year in years.values():
        if int(year) not in available:
            raise VeerkrachtError(
                N_("Year {year} is not in the Leefbaarometer file; available years: {years}."),
                year=year,
                years=", ".join(str(y) for y in available),
            )
    missing = [d for d in dimensions if d not in frame.columns]
    if missing:
        raise VeerkrachtError(
            N_("Dimension(s) {dimensions} not in the Leefbaarometer file."), dimensions=", ".join(missing)
        )
    result = pd.DataFrame(index=pd.Index(sorted(frame[code_column].dropna().unique()), name="code"))
    for suffix, year in years.items():
        rows = frame[frame["jaar"] == int(year)].drop_duplicates(code_column, keep="last").set_index(code_column)
        for dimension in dimensions:
            result[f"lbm_{dimension}_{suffix}"] = rows[dimension].reindex(result.index).astype(float)
    return result


def join(codes, table, prefix, digits):
    """Look up ``codes`` (iterable of layer codes) in a pivoted table.

    Returns (values DataFrame aligned with ``codes``, list of codes without a match).
    """
    keys = [normalise_code(c, prefix, digits) for c in codes]
    values = table.reindex(keys)
    values.index = range(len(keys))
    unmatched = sorted({str(c) for c, k in zip(codes, keys) if k is None or k not in table.index})
    return values, unmatched
