"""Pure modules stay pure at import time: loading them pulls in no FiftyOne (which
would start its ODM, ~3,000 modules) and no HTTP client, so planning and geometry
are cheap to use and to test. Each module is imported in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

# Modules that build or read FiftyOne label objects import FiftyOne on purpose.
READS_FIFTYONE_LABELS = {
    "fiftyone_cvat.domain.conversion.decode",
    "fiftyone_cvat.domain.conversion.encode",
    "fiftyone_cvat.domain.loading.merge_summary",
    "fiftyone_cvat.domain.loading.report",
}

PURE = [
    "fiftyone_cvat.domain.conversion.geometry",
    "fiftyone_cvat.domain.conversion.masks",
    "fiftyone_cvat.domain.conversion.tracks",
    "fiftyone_cvat.domain.planning",
    "fiftyone_cvat.domain.frames",
    "fiftyone_cvat.domain.run_record",
    "fiftyone_cvat.domain.loading.field_summary",
    "fiftyone_cvat.domain.schema.schema_build",
    "fiftyone_cvat.domain.planning.task_data",
    "fiftyone_cvat.cvat.connection",
    "fiftyone_cvat.cvat.upload",
]

_PROBE = """
import importlib, json, sys
importlib.import_module(sys.argv[1])
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def _top_level_modules_after_import(module: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, module], capture_output=True, text=True, check=True
    )
    return set(json.loads(out.stdout))


@pytest.fixture(scope="module")
def loaded() -> dict[str, set[str]]:
    """Top-level packages each module pulls in, one fresh interpreter per module."""
    modules = [*PURE, *sorted(READS_FIFTYONE_LABELS)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(modules, pool.map(_top_level_modules_after_import, modules), strict=True))


@pytest.mark.parametrize("module", PURE)
def test_module_imports_without_fiftyone(module: str, loaded: dict[str, set[str]]) -> None:
    assert not loaded[module] & {"fiftyone", "eta", "mongoengine", "pymongo"}, module


@pytest.mark.parametrize("module", [m for m in PURE if ".domain." in m])
def test_domain_module_imports_without_http(module: str, loaded: dict[str, set[str]]) -> None:
    assert "httpx" not in loaded[module], module


def test_the_allowlist_is_still_needed(loaded: dict[str, set[str]]) -> None:
    """A module that stops needing FiftyOne belongs in PURE: keep the list honest."""
    for module in READS_FIFTYONE_LABELS:
        assert "fiftyone" in loaded[module], module
