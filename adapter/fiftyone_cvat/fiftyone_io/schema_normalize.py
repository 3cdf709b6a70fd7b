"""FiftyOne's own label-schema normalizer, for code outside ``annotate()``.

``annotate()`` normalizes the user's arguments before calling a backend; tests,
benchmarks and ``import_annotations`` need the same normalization, which only
FiftyOne's private ``_build_label_schema`` does; it is reached through
:mod:`fiftyone_cvat._fiftyone_compat`, checked against its expected signature.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from types import SimpleNamespace
from typing import Any, ClassVar

from fiftyone.core.collections import SampleCollection

from fiftyone_cvat._fiftyone_compat import contains_videos, label_schema_normalizer
from fiftyone_cvat.domain.schema.schema_build import build_run_schema
from fiftyone_cvat.domain.schema.specs import RunSchema
from fiftyone_cvat.fiftyone_io.capabilities import (
    REQUIRES_LABEL_SCHEMA,
    SUPPORTED_ATTR_TYPES,
    SUPPORTED_LABEL_TYPES,
    SUPPORTED_SCALAR_TYPES,
    SUPPORTS_KEYFRAMES,
    SUPPORTS_VIDEO_SAMPLE_FIELDS,
    recommend_attr_tool,
    requires_attr_values,
)

logger = logging.getLogger(__name__)


class _Capabilities:
    """The slice of a backend that FiftyOne's schema normalizer reads."""

    supported_label_types: ClassVar[list[str]] = list(SUPPORTED_LABEL_TYPES)
    supported_attr_types: ClassVar[list[str]] = list(SUPPORTED_ATTR_TYPES)
    supported_scalar_types: ClassVar[list[type]] = list(SUPPORTED_SCALAR_TYPES)
    supports_keyframes = SUPPORTS_KEYFRAMES
    supports_video_sample_fields = SUPPORTS_VIDEO_SAMPLE_FIELDS
    requires_label_schema = REQUIRES_LABEL_SCHEMA
    config = SimpleNamespace(name="cvat")

    def recommend_attr_tool(self, name: str, value: object) -> dict[str, object]:
        return recommend_attr_tool(name, value)

    def requires_attr_values(self, attr_type: str) -> bool:
        return requires_attr_values(attr_type)


def normalize_and_build(
    samples: SampleCollection,
    *,
    label_schema: Mapping[str, object] | list[str] | None = None,
    label_field: str | None = None,
    label_type: str | None = None,
    classes: list[Any] | None = None,
    attributes: bool | list[str] | Mapping[str, object] = True,
    mask_targets: Mapping[Any, str] | None = None,
    occluded_attr: str | None = None,
    group_id_attr: str | None = None,
    allow_additions: bool = True,
    allow_deletions: bool = True,
    allow_label_edits: bool = True,
    allow_index_edits: bool = True,
    allow_spatial_edits: bool = True,
) -> RunSchema:
    """``annotate()``'s schema step without ``annotate()``: e.g. to print a plan.

    Runs FiftyOne's own normalizer (inferring types, classes and attributes of
    existing fields from ``samples``) with this backend's capabilities, then
    :func:`build_run_schema`.
    """
    _check_raw_mask_targets(label_schema, label_field, label_type, mask_targets)
    normalized, _ = label_schema_normalizer()(
        samples,
        _Capabilities(),
        label_schema,
        label_field,
        label_type,
        classes,
        attributes,
        mask_targets,
        allow_additions,
        allow_deletions,
        allow_label_edits,
        allow_index_edits,
        allow_spatial_edits,
    )
    _check_dropped_mask_targets(normalized, label_schema, label_field, mask_targets)
    media_type = "video" if contains_videos(samples) else samples.media_type
    return build_run_schema(
        normalized,
        occluded_attr=occluded_attr,
        group_id_attr=group_id_attr,
        media_type=media_type,
    )


def _check_raw_mask_targets(
    label_schema: object, label_field: str | None, label_type: str | None, mask_targets: object
) -> None:
    misplaced = label_type not in (None, "segmentation")
    if label_schema is None and mask_targets is not None and misplaced:
        raise ValueError(
            f"Field '{label_field}' has type '{label_type}', but mask_targets only apply to "
            "'segmentation' fields; remove mask_targets"
        )
    if isinstance(label_schema, Mapping):
        for name, info in label_schema.items():
            t = info.get("type") if isinstance(info, Mapping) else None
            has = isinstance(info, Mapping) and info.get("mask_targets") is not None
            if has and t not in (None, "segmentation"):
                raise ValueError(
                    f"Field '{name}' has type '{t}', but mask_targets only apply to "
                    "'segmentation' fields; remove mask_targets"
                )


def _check_dropped_mask_targets(
    normalized: Mapping[Any, Mapping[str, object]],
    label_schema: object,
    label_field: str | None,
    mask_targets: object,
) -> None:
    """FiftyOne silently drops mask_targets of inferred non-segmentation fields."""
    raw: dict[Any, bool] = {}
    if isinstance(label_schema, Mapping):
        raw = {
            n: isinstance(i, Mapping) and i.get("mask_targets") is not None
            for n, i in label_schema.items()
        }
    elif label_schema is None and label_field is not None:
        raw = {label_field: mask_targets is not None}
    for name, has in raw.items():
        label_type = normalized.get(name, {}).get("type")
        if has and label_type != "segmentation":
            raise ValueError(
                f"Field '{name}' has type '{label_type}', but mask_targets only apply to "
                "'segmentation' fields; remove mask_targets"
            )
