"""Make the real-data excerpts in tests/data from the full open-data files.

    python3 scripts/make_test_data.py SOURCE_DIR [--out tests/data]

SOURCE_DIR holds the original files (CBS Kerncijfers wijken en buurten, CBS StatLine, Leefbaarometer, PDOK),
named as in tests/data/README.md. Small files are copied unchanged; larger ones are cut down (EXCERPTS). The
result is byte-for-byte the same for the same input, so ``git diff`` shows whether anything changed. Standard
library only: any python3 runs it.
"""

import argparse
import csv
import io
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Copied unchanged: the tests read them whole.
COPIES = [
    "apeldoorn_GM0200_buurten_2016_2022_rd.gpkg",
    "apeldoorn_GM0200_lbm_wijken_2002_2022.csv",
    "apeldoorn_GM0200_kwb_2016_2025_long.csv",
    "baarn_GM0308_statline_2016_2025_long.csv",
    "baarn_GM0308_buurten_2024_pdok_wgs84.geojson",  # all 21 buurten and 223 fields are used
    "utrecht_GM0344_statline_84583NED_2019.csv",
    "utrecht_GM0344_statline_84583NED_2021.csv",
]

GROTE_STEDEN = "grote_steden_buurten_kwb_en.csv"
GROTE_STEDEN_GEMEENTE = "Almere"


def grote_steden_excerpt(source):
    """The header (the English CBS names) and the buurten of one gemeente, quoting as in the original."""
    text = source.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    column = next(csv.reader(io.StringIO(lines[0]))).index("gm_naam")
    kept = [lines[0]] + [line for line in lines[1:]
                         if next(csv.reader(io.StringIO(line)))[column] == GROTE_STEDEN_GEMEENTE]
    return "".join(kept).encode("utf-8")


EXCERPTS = {GROTE_STEDEN: grote_steden_excerpt}


def make(source_dir, out_dir):
    """Write every excerpt from ``source_dir`` into ``out_dir``; returns the names written."""
    source_dir, out_dir = Path(source_dir), Path(out_dir)
    missing = [name for name in [*COPIES, *EXCERPTS] if not (source_dir / name).is_file()]
    if missing:
        raise SystemExit(f"make_test_data: not in {source_dir}: {', '.join(missing)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in COPIES:
        shutil.copyfile(source_dir / name, out_dir / name)
    for name, excerpt in EXCERPTS.items():
        (out_dir / name).write_bytes(excerpt(source_dir / name))
    return [*COPIES, *EXCERPTS]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source_dir", help="folder with the full open-data files")
    parser.add_argument("--out", default=str(ROOT / "tests" / "data"), help="default: tests/data")
    args = parser.parse_args(argv)
    for name in make(args.source_dir, args.out):
        size = (Path(args.out) / name).stat().st_size
        print(f"{size / 1024:8.1f} KB  {name}")


if __name__ == "__main__":
    sys.exit(main())
