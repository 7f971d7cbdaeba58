# coopnet — the two commands of the quick start are `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: reference run lint test test-fast bench dist dist-check clean translations translations-update sample docs
TS := resources/translations/coopnet_fr.ts
QM := $(TS:.ts=.qm)

$(STAMP): pyproject.toml setup.py
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip "setuptools>=77" wheel
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Qt Linguist: .ts sources are in the repo, .qm files are built here.
$(QM): $(TS) $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

translations-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $$(find coopnet -name '*.py' | sort) -ts $(TS) -source-language en -target-language fr

run: $(STAMP) $(QM)
	$(VENV)/bin/coopnet gui

# ruff (lint and format check), mypy (core and store), import-linter (the layers): settings in pyproject.toml.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# Lint runs first and stops the tests on any finding (ruff, mypy on core+store, the layer contracts).
test: $(STAMP) $(QM)
	$(MAKE) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --durations=15

# The quick tests (pure core, the repository checks, the catalogue); the translations they need first.
# The fast tests (run before each landing): the pure core, the project file (store, without the
# PostgreSQL server's tests), the sample generator, the repository checks; the .qm is built first.
FAST_TESTS := tests/core tests/store tests/sample tests/project tests/test_translation.py
test-fast: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(FAST_TESTS) --ignore=tests/store/server -m "not slow"

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

# The national commune reference (resources/reference/README.md): Etalab's npm data package.
# HISTORY=path/to/histo.yaml keeps the merger dates.
reference: $(STAMP)
	$(PY) tools/make_commune_reference.py $(if $(HISTORY),--history $(HISTORY))

sample: $(STAMP)
	$(PY) -m coopnet.sample --bundled --out sample_villages

# Frozen one-folder app (PyInstaller): dist/coopnet/coopnet, slimmed by build.spec.
dist: $(STAMP) $(QM)
	$(PY) -m pip install --quiet -e '.[dist]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build build.spec
	@du -sh dist/coopnet

# Runs the frozen app headless: --version, sample project, map HTML/PNG, model workbook, window.
dist-check: dist
	$(PY) packaging/dist_check.py dist/coopnet/coopnet

clean:
	rm -rf build dist *.egg-info

# The manual and the developers' proofs, assembled from docs/readme/*.md (tests/test_docs.py checks).
docs:
	$(PYTHON) tools/assemble_readme.py
