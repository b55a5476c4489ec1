#!/usr/bin/env bash
# Build dist/veerkracht_plugin.<version>.zip with qgis-plugin-ci from a temporary clone, so the working
# tree is never touched. Tracked files (with their uncommitted changes) go in, untracked files do not;
# the compiled Dutch translation (.qm) is added as an asset.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
version=$(grep -m1 -oP '^## \K[0-9]+\.[0-9]+\.[0-9]+' CHANGELOG.md)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rev=$(git stash create 2>/dev/null || true)
rev=${rev:-HEAD}
git clone -q --shared --no-checkout . "$tmp/repo"
git -C "$tmp/repo" checkout -q --detach "$rev"
lrelease -silent veerkracht_plugin/i18n/veerkracht_nl.ts -qm veerkracht_plugin/i18n/veerkracht_nl.qm
cp veerkracht_plugin/i18n/*.qm "$tmp/repo/veerkracht_plugin/i18n/"
(cd "$tmp/repo" && "$root/${VENV:-.venv}/bin/qgis-plugin-ci" package "$version" \
    --asset-path veerkracht_plugin/i18n/veerkracht_nl.qm >/dev/null)
mkdir -p dist
mv "$tmp/repo/veerkracht_plugin.$version.zip" "dist/"
echo "dist/veerkracht_plugin.$version.zip"
