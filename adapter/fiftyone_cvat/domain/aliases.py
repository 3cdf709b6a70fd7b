"""Type aliases shared by more than one part of the package, defined once.

A module's private aliases stay with it; an alias another subpackage needs lives here.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Mapping
from typing import Any, Literal

ObjectKind = Literal["tag", "shape", "track", "track_shape"]
"""The kinds of CVAT object the package names: a tag, a shape, a track, or one
keyframe shape inside a track (CVAT numbers each kind on its own)."""
LOADED_KINDS: tuple[ObjectKind, ...] = ("tag", "shape", "track")
"""What a loaded label comes from (a track's label is per track and frame)."""
ID_MAP_KINDS: tuple[ObjectKind, ...] = ("tag", "shape", "track_shape")
"""What ``annotate()`` learns an id for: each object it sent, a track by its keyframes."""

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

AttrType = Literal["text", "select", "radio", "checkbox", "occluded", "group_id"]

ReturnType = Literal[
    "classifications", "detections", "polylines", "keypoints", "segmentation", "scalar"
]

MediaType = Literal["image", "video"]

SortingMethod = Literal["lexicographical", "natural", "predefined", "random"]

ShapeType = Literal[
    "rectangle", "polygon", "polyline", "points", "mask", "ellipse", "cuboid", "skeleton"
]

Attributes = dict[str, str]
"""CVAT attribute name -> CVAT string value (CVAT stores every value as a string)."""

FrameSize = tuple[float, float]
"""A frame's ``(width, height)`` in pixels."""

FrameKey = str | int
"""A video frame in FiftyOne's results: its frame id, else its frame number."""

Location = tuple[str, FrameKey | None]
"""Where a label is: (sample id, frame id) for frame fields, (sample id, None) otherwise."""

LabelIds = list[str] | str | None
"""One sample's (or frame's) uploaded label ids, as FiftyOne stores them."""

SampleIds = LabelIds | dict[str, LabelIds]
"""A sample's entry: its ids, or for frame fields its ids per frame id."""

FieldIds = dict[str, SampleIds]
"""One field's entry of FiftyOne's ``results.id_map``: sample id -> its ids."""

BySample = dict[str, object]
"""Sample id -> its content (labels by id, labels by frame, or a scalar value)."""

ByType = dict[str, BySample]
"""Return type (``"detections"``, ``"scalar"``...) -> samples."""

FiftyOneLabels = dict[str | None, ByType]
"""What ``download_annotations`` returns, keyed as FiftyOne looks fields up."""

FiftyOneIdMap = dict[str, dict[str, object]]
"""FiftyOne's ``results.id_map`` as ``annotate()`` builds it: field -> sample id -> its
label ids (per frame id for frame fields; ``True`` for a scalar sent)."""

JobAnnotations = dict[str, Any]
"""CVAT's ``LabeledData`` JSON of one job (``version``, ``tags``, ``shapes``, ``tracks``),
as received; ``conversion.wire`` types what is read of it."""

Unexpected = str | Collection[str]
"""``"prompt"``, ``"keep"``, ``"return"``, ``"ignore"``, or label types to keep."""

CreatedKind = Literal["project", "task"]
"""What a run creates in CVAT (and deletes again when it fails or is cleaned up)."""

DataPath = str | os.PathLike[str] | Mapping[str, str] | None
"""``import_annotations``'s ``data_path``: a media folder, or a filename -> path map."""

LabelTypes = str | Iterable[str] | Mapping[str, str] | None
"""``import_annotations``'s ``label_types``: ``"prompt"``, types, or type -> field name."""
