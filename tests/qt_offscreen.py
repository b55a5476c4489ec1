"""Loaded with -p (pyproject addopts) before pytest-qgis starts Qt: headless unless a platform is chosen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
