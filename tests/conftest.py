"""Shared fixtures. QGIS tests live in tests/qgis and use pytest-qgis (offscreen)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_sessionstart(session):
    """Many tests read real open data in place; without it they would fail one by one, obscurely."""
    import pytest

    from tests.paths import SHARED_DATA

    if not SHARED_DATA.is_dir():
        raise pytest.UsageError(
            f"The real test data is not at {SHARED_DATA}. Put the shared data folder beside this checkout "
            "(../shared/data) or set VEERKRACHT_SHARED_DATA to it; see docs/development.md."
        )
