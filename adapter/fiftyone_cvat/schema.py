"""Typed label schema: what each FiftyOne field becomes in CVAT.

FiftyOne's ``annotate()`` normalizes the user's ``label_schema`` /
``label_field``... arguments into a plain dict before calling a backend; this
module turns that dict into frozen, typed specs with every CVAT-specific rule
checked up front (before any request), and derives the CVAT label requests.
Conversion (``fiftyone_cvat.conversion``) reads only these specs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

LABEL_ID_ATTR = "label_id"
"""Reserved text attribute carrying each uploaded label's FiftyOne id (provenance)."""

LabelType = Literal[
    "classification",
    "classifications",
    "detection",
    "detections",
    "instance",
    "instances",
    "polyline",
    "polylines",
    "polygon",
    "polygons",
    "keypoint",
    "keypoints",
    "segmentation",
    "scalar",
]
LABEL_TYPES: tuple[LabelType, ...] = LabelType.__args__  # type: ignore[attr-defined]

AttrType = Literal["text", "select", "radio", "checkbox", "occluded", "group_id"]
ATTR_TYPES: tuple[AttrType, ...] = AttrType.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class AttributeSpec:
    """One label attribute. ``occluded``/``group_id`` map to CVAT's native widgets."""

    name: str
    type: AttrType
    values: tuple[Any, ...] = ()
    default: Any = None
    mutable: bool = True
    read_only: bool = False


@dataclass(frozen=True)
class ClassSpec:
    """A FiftyOne class and the CVAT label it becomes.

    ``cvat_name`` is unique across the whole run: a class shared by several
    fields gets the field name appended so downloads map back unambiguously.
    ``attributes`` are the CVAT attributes of that label (field-level plus
    class-specific), without the occluded/group_id pseudo-attributes and
    without the reserved ``label_id`` attribute.
    """

    name: str
    cvat_name: str
    attributes: tuple[AttributeSpec, ...] = ()


@dataclass(frozen=True)
class FieldSpec:
    """One label field of an annotation run, fully resolved."""

    name: str  # as in the schema, e.g. "ground_truth" or "frames.detections"
    label_type: LabelType
    classes: tuple[ClassSpec, ...]
    existing: bool = False
    occluded_attr: str | None = None
    group_id_attr: str | None = None
    mask_targets: dict[int, str] | None = None
    only_keyframes: bool = False
    allow_additions: bool = True
    allow_deletions: bool = True
    allow_label_edits: bool = True
    allow_index_edits: bool = True
    allow_spatial_edits: bool = True
    read_only_attrs: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_frame_field(self) -> bool:
        return self.name.startswith("frames.")

    @property
    def path(self) -> str:
        """Field path inside a sample or frame (without the ``frames.`` prefix)."""
        return self.name[len("frames.") :] if self.is_frame_field else self.name
