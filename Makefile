# Veerkracht – developer commands. Everything runs on Debian's /usr/bin/python3 (QGIS 3.22 LTR on Debian 12);
# make test-qgis runs the same suite on Debian's QGIS 3.40 (trixie) or 3.44 (sid) in a chroot.
SHELL := /bin/bash
VENV ?= .venv
export VENV
TESTS ?= tests
PY := $(VENV)/bin/python
PLUGIN := veerkracht_plugin
TS := $(PLUGIN)/i18n/veerkracht_nl.ts
QM := $(PLUGIN)/i18n/veerkracht_nl.qm
PROFILE_DIR := $(CURDIR)/.qgis-profile
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help setup demo test test-qgis quick unit lint i18n translations package qgis install-dev uninstall-dev bench clean

help:
	@echo "make demo      run the demo pipeline on the generated demo city -> out/demo/"
	@echo "make test      install what is missing, then lint and run all tests"
	@echo "make test-qgis QGIS=3.40|3.44  the same on Debian's QGIS of that version, in a chroot (needs root)"
	@echo "make quick     unit tests and the fast QGIS tests (-m 'not slow'), under a minute"
	@echo "make package   build dist/veerkracht_plugin.<version>.zip with qgis-plugin-ci"
	@echo "make qgis      open QGIS with the plugin and the demo project"
	@echo "make lint      ruff + flake8-qgis + QGIS 4 check + translation check"
	@echo "make i18n      update the Dutch .ts file with new strings"
	@echo "make install-dev  link this checkout into your default QGIS profile"
	@echo "make bench     national-scale benchmarks"

setup:
	@VENV=$(VENV) bash scripts/setup.sh

$(QM): $(TS)
	@lrelease -silent $(TS) -qm $(QM)

translations: setup $(QM)

demo: translations
	@$(PY) scripts/demo.py --out out/demo

lint: setup
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/flake8 $(PLUGIN)
	@$(PY) scripts/qgis4_check.py $(PLUGIN)
	@$(PY) scripts/i18n.py check

test: translations lint
	@$(PY) -m pytest -q -p no:cacheprovider $(TESTS)

# QGIS=3.40 or 3.44; TESTS=... narrows the pytest run as for make test.
test-qgis:
	@test -n "$(QGIS)" || { echo "make test-qgis QGIS=3.40|3.44"; exit 2; }
	@bash scripts/test_qgis.sh $(QGIS) test TESTS="$(TESTS)"

quick: translations
	@$(PY) -m pytest -q -p no:cacheprovider -m "not slow" tests

unit: setup
	@$(PY) -m pytest -q -p no:cacheprovider tests/unit

i18n:
	@/usr/bin/python3 scripts/i18n.py update

package: translations
	@bash scripts/package.sh

qgis: translations
	@bash scripts/run_qgis.sh

install-dev: translations
	@bash scripts/install_dev.sh install

uninstall-dev:
	@bash scripts/install_dev.sh uninstall

bench: translations
	@$(PY) benchmarks/run.py

clean:
	rm -rf out dist $(QM) .pytest_cache .ruff_cache *.zip
