# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
# Everything is installed from the lock files into .venv.

SHELL  := /bin/bash
.SHELLFLAGS := -eo pipefail -c

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench bundle smoke lint ui lock clean venv

$(STAMP): requirements.lock requirements-dev.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed: set PYTHON=python3.11")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

venv: $(STAMP)

## Open the app on the default database (offers the demo mission on first start).
run: $(STAMP)
	$(PY) -m lsa_desktop $(ARGS)

## The whole suite, headless.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

## Benchmarks (not part of `make test`): each figure beside its limit, as a ratio.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks -p no:randomly -s -q -o addopts="" $(PYTEST_ARGS)

## Regenerate the compiled Designer forms from ui/*.ui.
ui: $(STAMP)
	$(PY) -m lsa_desktop.views.build_forms

lint: $(STAMP)
	$(PY) -m ruff check lsa_desktop tests
	$(PY) -m ruff format --check lsa_desktop tests

## A PyInstaller one-folder bundle, built from a clean virtual environment.
bundle: $(STAMP)
	rm -rf .venv-build build dist
	mkdir -p build
	$(PYTHON) -m venv .venv-build
	.venv-build/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	.venv-build/bin/python -m pip install --quiet --disable-pip-version-check $$(grep -iE '^(pyinstaller|pyinstaller-hooks-contrib|altgraph|packaging|setuptools)==' requirements-dev.lock)
	.venv-build/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation .
	.venv-build/bin/python -m PyInstaller --noconfirm --clean build.spec 2>&1 | tee build/pyinstaller.log
	@# A missing library is an error, except those of Qt's GTK theme plugin, which build.spec drops.
	@! grep "Library not found" build/pyinstaller.log | grep -v "platformthemes/libqgtk3"

## The frozen app against fresh temporary databases: empty start, demo mission, readiness, window.
smoke:
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	app=dist/lsa-desktop/lsa-desktop; export QT_QPA_PLATFORM=offscreen; \
	$$app --db "$$tmp/empty.sqlite3" --data-dir "$$tmp" --smoke-test; \
	$$app --db "$$tmp/demo.sqlite3" --data-dir "$$tmp" demo; \
	$$app --db "$$tmp/demo.sqlite3" --data-dir "$$tmp" readiness --json > "$$tmp/readiness.json"; \
	$$app --db "$$tmp/demo.sqlite3" --data-dir "$$tmp" --smoke-test; \
	$$app --db "$$tmp/demo.sqlite3" --data-dir "$$tmp" check > /dev/null; \
	echo "frozen app: smoke tests passed"

## Refresh the lock files from the current .venv (after changing pyproject.toml).
lock: $(STAMP)
	@echo "Edit requirements.lock / requirements-dev.lock with the exact versions from: $(PY) -m pip freeze"

clean:
	rm -rf $(VENV) .venv-build build dist .pytest_cache
