"""The core stays free of QGIS; every translatable string has a Dutch translation."""

import ast
import subprocess
import sys

from tests.paths import PLUGIN_DIR, ROOT


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_core_has_no_qgis_or_qt_imports():
    offenders = []
    for path in sorted((PLUGIN_DIR / "core").rglob("*.py")):
        for module in imported_modules(path):
            if module.split(".")[0] in {"qgis", "PyQt5", "PyQt6", "processing", "osgeo"}:
                offenders.append(f"{path.name}: {module}")
    assert offenders == []


def test_ui_uses_qgis_pyqt_only():
    offenders = []
    for path in sorted((PLUGIN_DIR).rglob("*.py")):
        for module in imported_modules(path):
            if module.split(".")[0] in {"PyQt5", "PyQt6"}:
                offenders.append(f"{path.relative_to(PLUGIN_DIR)}: {module}")
    assert offenders == []


def test_dutch_translation_is_complete():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n.py"), "check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_every_algorithm_module_defines_an_algorithm():
    modules = [p for p in (PLUGIN_DIR / "algorithms").glob("*.py") if p.stem not in {"__init__", "base"}]
    assert modules, "no algorithms"
    for path in modules:
        text = path.read_text(encoding="utf-8")
        assert "(VeerkrachtAlgorithm)" in text and 'ID = "' in text, path.name
