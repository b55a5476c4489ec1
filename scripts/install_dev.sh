#!/usr/bin/env bash
# Link this checkout into the default QGIS profile (or remove the link): make install-dev / uninstall-dev.
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${QGIS_PROFILE_DIR:-$HOME/.local/share/QGIS/QGIS3/profiles/default}"
plugins="$profile/python/plugins"
target="$plugins/veerkracht_plugin"
if [ "${1:-install}" = "uninstall" ]; then
  [ -L "$target" ] && rm "$target" && echo "removed $target"
  exit 0
fi
mkdir -p "$plugins"
if [ -e "$target" ] && [ ! -L "$target" ]; then
  echo "$target exists and is not a link; remove it first (an installed zip?)" >&2
  exit 1
fi
ln -sfn "$PWD/veerkracht_plugin" "$target"
/usr/bin/python3 scripts/enable_plugin.py "$profile"
echo "linked $target -> $PWD/veerkracht_plugin (restart QGIS, or use Plugin Reloader)"
