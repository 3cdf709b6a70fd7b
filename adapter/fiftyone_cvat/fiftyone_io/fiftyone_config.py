"""FiftyOne's own settings this backend reads."""

from __future__ import annotations

from collections.abc import Mapping

import fiftyone as fo


def cvat_backend_config() -> Mapping[str, object]:
    """The ``cvat`` entry of FiftyOne's annotation config (``annotation_config.json``):
    the connection settings below keyword arguments and environment variables."""
    backends = getattr(fo.annotation_config, "backends", None) or {}
    cfg = backends.get("cvat", {})
    return cfg if isinstance(cfg, Mapping) else {}
