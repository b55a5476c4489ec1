#!/usr/bin/env bash
# Install what the tests, the demo and packaging need, idempotently:
#  1. Debian packages (QGIS 3.22 LTR and friends) when missing - needs root (or sudo);
#  2. .venv made with Debian's python (--system-site-packages) holding only test/packaging tools.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES=(qgis python3-qgis python3-gdal qgis-providers python3-pandas python3-venv xvfb qttools5-dev-tools
              poppler-utils git postgresql postgresql-15-postgis-3)
missing=()
for package in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=/usr/bin/python3
VENV=.venv
STAMP="$VENV/.stamp"
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
  touch "$STAMP"
fi
