#!/usr/bin/env bash
# Install what the tests, the demo and packaging need, idempotently:
#  1. Debian packages (QGIS and friends) when missing - needs root (or sudo);
#  2. $VENV (default .venv) made with Debian's python (--system-site-packages) holding only test/packaging
#     tools. VEERKRACHT_SETUP=debian does step 1 only (scripts/test_qgis.sh builds its chroots with it).
# The same list serves Debian 12 (QGIS 3.22), trixie (3.40) and sid (3.44); only PostGIS is named after the
# PostgreSQL major version of the release, which the "postgresql" package depends on.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
updated=""
postgresql_major() {
  { dpkg-query -W -f='${Depends}' postgresql 2>/dev/null; echo; apt-cache depends postgresql 2>/dev/null; } \
    | grep -o 'postgresql-[0-9][0-9]*' | head -n1 | cut -d- -f2
}
pg_major=$(postgresql_major)
if [ -z "$pg_major" ]; then  # a machine with empty package lists
  $SUDO apt-get update -qq; updated=1
  pg_major=$(postgresql_major)
fi
[ -n "$pg_major" ] || { echo "setup: cannot tell which PostgreSQL this Debian release has" >&2; exit 1; }
DEB_PACKAGES=(qgis python3-qgis python3-gdal qgis-providers python3-pandas python3-venv xvfb xauth qttools5-dev-tools
              poppler-utils git make ca-certificates postgresql "postgresql-$pg_major-postgis-3")
missing=()
for package in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  [ -n "$updated" ] || $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

[ "${VEERKRACHT_SETUP:-}" = debian ] && exit 0

PY=/usr/bin/python3
VENV=${VENV:-.venv}
STAMP="$VENV/.stamp"
python_id=$($PY -c 'import sys; print(sys.version.split()[0])')
if [ -s "$STAMP" ] && [ "$(cat "$STAMP")" != "$python_id" ]; then
  echo "setup: $VENV was made with another Python than $python_id: making it again"
  rm -rf "$VENV"
fi
if [ ! -f "$STAMP" ] || [ requirements-dev.txt -nt "$STAMP" ] || [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating $VENV with test tools"
  [ -x "$VENV/bin/python" ] || $PY -m venv --system-site-packages "$VENV"
  # Pin what Debian provides so that pip never installs its own numpy/pandas/PyQt5 over it.
  $PY - > "$VENV/constraints.txt" <<'PYEOF'
import numpy, pandas, PyQt5.QtCore as qc
print(f"numpy=={numpy.__version__}\npandas=={pandas.__version__}\nPyQt5=={qc.PYQT_VERSION_STR}")
PYEOF
  "$VENV/bin/pip" install -q --disable-pip-version-check -c "$VENV/constraints.txt" -r requirements-dev.txt \
    2> >(grep -v "is ignored: it is neither" >&2)
  echo "$python_id" > "$STAMP"
fi
