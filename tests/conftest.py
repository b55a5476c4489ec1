"""Shared fixtures. QGIS tests live in tests/qgis and use pytest-qgis (offscreen)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

