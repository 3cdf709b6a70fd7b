"""The README's module table lists every handwritten module: a module added or moved
without its one-line job in the README fails here."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "adapter" / "fiftyone_cvat"


def test_every_module_has_its_row_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    listed = set(re.findall(r"^\| `([\w/]+\.py)` \| \S", readme, flags=re.MULTILINE))
    modules = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")}
    assert sorted(modules - listed) == [], "add these modules to the README's module table"
    assert sorted(listed - modules) == [], "the README lists modules that no longer exist"
