"""What the runs read of the plug-in's objects, as Protocols.

The runs sit below the plug-in layer and never import it; these name exactly
the attributes they use, so mypy checks both sides of the boundary.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from fiftyone_cvat.domain.planning import PlanConfig


class AnnotateConfig(PlanConfig, Protocol):
    """The backend config attributes an annotate run reads (``CVATBackendConfig``)."""

    label_schema: Mapping[Any, Mapping[str, Any]] | None
    media_field: str
    occluded_attr: str | None
    group_id_attr: str | None
    max_workers: int
    wait_timeout: float
    cloud_storage_id: int | None
    cloud_prefix_map: Mapping[str, str] | None


class LoadConfig(Protocol):
    """The backend config attributes a load reads."""

    label_schema: Mapping[Any, Mapping[str, Any]] | None
    occluded_attr: str | None
    group_id_attr: str | None
    coerce_text_attrs: bool
    max_workers: int
