"""The vocabulary of a run's schema: label, attribute and return types, reserved names.

Shared by the schema, conversion and planning: what FiftyOne calls each label
type, the key ``download_annotations`` returns it under, and CVAT's limits.
"""

from __future__ import annotations

from fiftyone_cvat.domain.aliases import AttrType, LabelType, ReturnType

LABEL_ID_ATTR = "label_id"
"""Reserved text attribute carrying each uploaded label's FiftyOne id (provenance)."""

SCALAR_VALUE_ATTR = "value"
"""Text attribute of the tag that carries a class-less scalar field's value."""

FIELDLESS = "None"
"""The field of a run on an existing project that names no label field.

FiftyOne gives such a run the label schema ``{None: {}}`` (``"None"`` once
stored): every label annotated in it is "unexpected", so ``load_annotations``
prompts for, keeps, returns or ignores it according to ``unexpected``.
"""

MAX_NAME_LENGTH = 64
"""CVAT's limit on label and attribute names (``LabelRequest``/``AttributeRequest``)."""
MAX_VALUE_LENGTH = 200
"""CVAT's limit on each string in ``AttributeRequest.values``."""
MAX_DEFAULT_LENGTH = 128
"""CVAT's limit on ``AttributeRequest.default_value``."""

LABEL_TYPES: tuple[LabelType, ...] = LabelType.__args__  # type: ignore[attr-defined]

ATTR_TYPES: tuple[AttrType, ...] = AttrType.__args__  # type: ignore[attr-defined]


RETURN_TYPES: dict[LabelType, ReturnType] = {
    "classification": "classifications",
    "classifications": "classifications",
    "detection": "detections",
    "detections": "detections",
    "instance": "detections",
    "instances": "detections",
    "polyline": "polylines",
    "polylines": "polylines",
    "polygon": "polylines",
    "polygons": "polylines",
    "keypoint": "keypoints",
    "keypoints": "keypoints",
    "segmentation": "segmentation",
    "scalar": "scalar",
}
"""Label type -> key of the dict that ``download_annotations`` returns for it."""

LIST_FIELDS: dict[LabelType, str] = {
    "classifications": "classifications",
    "detections": "detections",
    "instances": "detections",
    "polylines": "polylines",
    "polygons": "polylines",
    "keypoints": "keypoints",
}
"""Plural label types -> the list attribute of their container (``Detections.detections``)."""

TRACKABLE_RETURN_TYPES: frozenset[ReturnType] = frozenset({"detections", "polylines", "keypoints"})
"""Return types that become CVAT tracks when stored in a video frame field."""

OBJECT_RETURN_TYPES = TRACKABLE_RETURN_TYPES
"""Return types drawn as individual CVAT shapes: the only ones with CVAT's
occlusion flag and groups (tags have no occlusion; segmentations are merged
per class, so a per-object flag would be lost)."""

PSEUDO_ATTR_TYPES: frozenset[AttrType] = frozenset({"occluded", "group_id"})
"""Attribute types carried by CVAT's native shape fields, not CVAT attributes."""
