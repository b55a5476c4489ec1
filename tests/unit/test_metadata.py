import configparser
import re

from tests.paths import PLUGIN_DIR, ROOT


def metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_metadata_has_what_qgis_and_qgis_plugin_ci_need():
    meta = metadata()
    assert meta["name"] == "Veerkracht"
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["qgisMaximumVersion"] == "4.99"
    assert meta["supportsQt6"] == "True"
    assert meta["hasProcessingProvider"] == "yes"
    assert meta["license"] == "GPL-2.0-or-later"
    for key in ("tracker", "homepage", "repository", "icon", "category", "tags", "about", "description"):
        assert meta[key].strip(), key
    assert (PLUGIN_DIR / meta["icon"]).is_file()
    assert len(meta["about"]) > 200


def test_changelog_newest_entry_matches_metadata_version():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    newest = re.search(r"^## (\d+\.\d+\.\d+) - \d{4}-\d{2}-\d{2}$", text, re.M)
    assert newest, "CHANGELOG.md needs entries like '## 0.1.0 - 2026-11-21'"
    assert newest.group(1) == metadata()["version"]


def test_readme_starts_with_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_code = re.search(r"```(?:bash|sh)?\n(.*?)```", text, re.S).group(1).split()
    assert first_code == ["make", "demo", "make", "test"]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    steps = re.findall(r"^\s*step \"[^\"]+\" (.+)$", ci, re.M)
    assert steps[0] == "make test"  # the README's test command comes first, on the machine's own QGIS
    assert set(steps[1:]) == {"make test-qgis QGIS=3.44", "make test-qgis QGIS=3.40"}
    assert "exit $failed" in ci
