#!/usr/bin/env bash
# make qgis: QGIS desktop with this checkout's plugin enabled (own profile in .qgis-profile) and the
# demo project when it exists. Without a display, QGIS runs on a virtual one (Xvfb :99).
set -euo pipefail
cd "$(dirname "$0")/.."
profiles="$PWD/.qgis-profile"
/usr/bin/python3 scripts/enable_plugin.py "$profiles/profiles/veerkracht"
project="out/demo/veerkracht_demo.qgz"
[ -f "$project" ] || make --no-print-directory demo
unset QT_QPA_PLATFORM
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:99
  pgrep -f "Xvfb :99" >/dev/null || (Xvfb :99 -screen 0 1920x1080x24 >/dev/null 2>&1 &)
  sleep 1
  echo "No DISPLAY: QGIS runs on the virtual display :99"
fi
QGIS_PLUGINPATH="$PWD" exec qgis --profiles-path "$profiles" --profile veerkracht "$project"
