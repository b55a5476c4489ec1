"""Read Leefbaarometer 3.x CSV files as downloaded (long format) and pivot them for a join.

Files have one row per area and year: ``bu_code`` (buurt level) or ``wk_code`` (wijk level), ``jaar``,
and the scores ``lbm, afw, fys, onv, soc, vrz, won``. Dimension scores are deviations from the national
average where higher is better; ``NA`` (and empty cells) mean not available.
"""

import io
import re

from .lazy import lazy_module
from .messages import N_, Message, VeerkrachtError

np = lazy_module("numpy")  # imported on first use: see core/lazy.py
pd = lazy_module("pandas")

DIMENSIONS = ("lbm", "afw", "fys", "onv", "soc", "vrz", "won")
LEVELS = {"bu_code": ("buurt", "BU", 8), "wk_code": ("wijk", "WK", 6)}
NA_VALUES = ("NA", "N/A", "", ".", "NaN", "nan")
#: starts of files that are no CSV: xlsx/zip, PDF, old Excel (xls)
BINARY_SIGNATURES = (b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


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


def _decode(path):
    """The text of a CSV file as Excel and the Leefbaarometer site write it: UTF-8 (with or without BOM),
    else Windows-1252 (Excel's default). Empty and binary files are a clear error."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise VeerkrachtError(
            N_("Cannot read the Leefbaarometer file {path}: {error}"), path=path, error=error
        ) from None
    if not data.strip():
        raise VeerkrachtError(N_("The Leefbaarometer file {path} is empty."), path=path)
    if b"\x00" in data[:65536] or data.startswith(BINARY_SIGNATURES):
        raise VeerkrachtError(
            N_("The file {path} is not a text (CSV) file; save the Leefbaarometer table as CSV (in Excel: "
               "Save as, CSV UTF-8)."),
            path=path,
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_csv(path):
    """Read a Leefbaarometer CSV; returns (frame, code column, level name). See :func:`read_file`."""
    frame, code_column, level, _messages = read_file(path)
    return frame, code_column, level


def read_file(path):
    """Read a Leefbaarometer CSV; returns (frame, code column, level name, messages)."""
    text = _decode(path)
    head = text.splitlines()[0] if text.splitlines() else ""
    separator = ";" if head.count(";") > head.count(",") else ","
    try:
        raw = pd.read_csv(io.StringIO(text), sep=separator, dtype=str, na_values=list(NA_VALUES),
                          keep_default_na=False)
    except (ValueError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise VeerkrachtError(
            N_("The file {path} cannot be read as a CSV table: {error}"), path=path, error=str(error).strip()
        ) from None
    return read_table(raw, path)


def read_table(raw, label):
    """A Leefbaarometer table (from a CSV or a table layer, values as text or numbers) normalised: codes with
    prefix, ``jaar`` as Int64, dimensions as floats. A cell that is no number is missing (with a count in
    the messages). Returns (frame, code column, level name, messages)."""
    frame = raw.copy()
    frame.columns = [re.sub(r"\s+", "_", str(c).strip().lower()) for c in frame.columns]
    code_column = next((c for c in LEVELS if c in frame.columns), None)
    if code_column is None or "jaar" not in frame.columns:
        raise VeerkrachtError(
            N_("The file {path} is not a Leefbaarometer file: it needs a 'bu_code' or 'wk_code' column and 'jaar'."),
            path=label,
        )
    _level, prefix, digits = LEVELS[code_column]
    frame[code_column] = [normalise_code(v, prefix, digits) for v in frame[code_column]]
    frame["jaar"] = pd.to_numeric(frame["jaar"], errors="coerce").astype("Int64")
    messages = []
    for dimension in DIMENSIONS:
        if dimension not in frame.columns:
            continue
        text = frame[dimension].map(lambda v: v.strip().replace(",", ".") if isinstance(v, str) else v)
        empty = text.isna() | text.isin(NA_VALUES)
        numbers = pd.to_numeric(text.where(~empty, None), errors="coerce").astype(float)
        numbers[~np.isfinite(numbers.to_numpy())] = np.nan
        bad = numbers.isna() & ~empty
        if bad.any():
            examples = ", ".join(f"'{v}'" for v in list(dict.fromkeys(str(v) for v in frame.loc[bad, dimension]))[:3])
            messages.append(Message(
                N_("Leefbaarometer column '{column}': {n} cell(s) hold no number (e.g. {values}); only those cells "
                   "count as missing."),
                column=dimension, n=int(bad.sum()), values=examples))
        frame[dimension] = numbers
    return frame, code_column, LEVELS[code_column][0], messages


def years_with_values(frame, dimensions):
    """The years in which at least one of ``dimensions`` has a value, ascending."""
    present = [d for d in dimensions if d in frame.columns]
    if not present:
        return []
    has_value = frame[present].notna().any(axis=1)
    return sorted(int(y) for y in frame.loc[has_value, "jaar"].dropna().unique())


def _conflicting_duplicates(frame, code_column, year, dimensions):
    rows = frame[frame["jaar"] == int(year)]
    rows = rows[rows[code_column].notna()]
    twice = rows[rows.duplicated(code_column, keep=False)]
    conflicts = []
    for code, group in twice.groupby(code_column):
        values = group[dimensions].drop_duplicates()
        if len(values) > 1:
            conflicts.append(code)
    return conflicts


def pivot(frame, code_column, years, dimensions):
    """One row per code with columns ``lbm_<dim>_t0`` / ``lbm_<dim>_t1`` for the two years.

    ``years`` is a mapping suffix -> year, e.g. ``{"t0": 2014, "t1": 2022}``. A year without any value
    for the chosen dimensions is an error that lists the years with values; so is a code that appears
    twice for a year with different values (identical duplicate rows are read once).
    """
    missing = [d for d in dimensions if d not in frame.columns]
    if missing:
        raise VeerkrachtError(
            N_("Dimension(s) {dimensions} not in the Leefbaarometer file."), dimensions=", ".join(missing)
        )
    available = sorted(int(y) for y in frame["jaar"].dropna().unique())
    with_values = years_with_values(frame, dimensions)
    for year in years.values():
        if int(year) not in available:
            raise VeerkrachtError(
                N_("Year {year} is not in the Leefbaarometer file; years with scores for {dimensions}: {years}."),
                year=year,
                dimensions=", ".join(dimensions),
                years=", ".join(str(y) for y in with_values) or "-",
            )
        if int(year) not in with_values:
            raise VeerkrachtError(
                N_("The Leefbaarometer file has no scores for {dimensions} in {year}; years with scores: {years}."),
                year=year,
                dimensions=", ".join(dimensions),
                years=", ".join(str(y) for y in with_values) or "-",
            )
        conflicts = _conflicting_duplicates(frame, code_column, year, dimensions)
        if conflicts:
            raise VeerkrachtError(
                N_("The Leefbaarometer file holds {n} code(s) twice for {year} with different values: {codes}. "
                   "Keep one row per code and year."),
                n=len(conflicts),
                year=year,
                codes=", ".join(conflicts[:10]) + (" …" if len(conflicts) > 10 else ""),
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
