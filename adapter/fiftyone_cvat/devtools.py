"""Console entry points for maintainers working in a checkout of this repository."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "generate_client.py"


def generate_client() -> None:
    """``cvat-generate-client [--spec ...]``: run scripts/generate_client.py of this checkout.

    Regeneration rewrites the checkout's ``generated/``, so it only makes sense
    from an editable install; an installed wheel has no checkout to rewrite.
    """
    if not _SCRIPT.exists():
        raise SystemExit(
            "cvat-generate-client needs a checkout of fiftyone-cvat installed with "
            "`pip install -e .[dev]`; run it from there"
        )
    sys.argv[0] = str(_SCRIPT)
    runpy.run_path(str(_SCRIPT), run_name="__main__")
