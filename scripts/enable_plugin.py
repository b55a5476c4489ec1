#!/usr/bin/env python3
"""Mark veerkracht_plugin as enabled in a QGIS profile's QGIS3.ini: enable_plugin.py PROFILE_DIR."""

import configparser
import sys
from pathlib import Path

ini = Path(sys.argv[1]) / "QGIS" / "QGIS3.ini"
ini.parent.mkdir(parents=True, exist_ok=True)
config = configparser.RawConfigParser()
config.optionxform = str
if ini.exists():
    config.read(ini, encoding="utf-8")
if not config.has_section("PythonPlugins"):
    config.add_section("PythonPlugins")
config.set("PythonPlugins", "veerkracht_plugin", "true")
with ini.open("w", encoding="utf-8") as handle:
    config.write(handle, space_around_delimiters=False)
