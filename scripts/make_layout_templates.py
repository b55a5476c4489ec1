#!/usr/bin/env python3
"""Write the default report templates to veerkracht_plugin/resources/layouts/ (notitie_*.qpt).

    .venv/bin/python scripts/make_layout_templates.py

The templates are made from ``qgisio.report.default_layout`` so that they stay reproducible; users
adapt copies of them in the layout designer (see docs/report.md).
"""

import os
import sys
from pathlib import Path

os.environ["QT_HASH_SEED"] = "0"  # stable XML attribute order: reproducible files (set before Qt starts)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veerkracht_plugin.standalone import start_qgis  # noqa: E402

start_qgis()

from veerkracht_plugin.qgisio.report import write_templates  # noqa: E402

for path in write_templates():
    print(path)
