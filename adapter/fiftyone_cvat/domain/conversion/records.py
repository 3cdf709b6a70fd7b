"""Name-based CVAT annotation records, shaped like CVAT's wire JSON.

Conversion speaks CVAT label and attribute *names* so it needs no server ids;
:mod:`~fiftyone_cvat.domain.conversion.ids` swaps names for ids right before sending
and back right after downloading. Records are plain dicts (cheap to build in
bulk, trivially JSON-serializable); these ``TypedDict``s document their keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypedDict

from typing_extensions import NotRequired

from fiftyone_cvat.domain.aliases import Attributes, ShapeType


class TagRecord(TypedDict):
    """A CVAT tag (``LabeledImage``): one per classification / scalar value."""

    frame: int
    label: str
    attributes: Attributes
    group: int
    source: str
    id: NotRequired[int]


class ShapeRecord(TypedDict):
    """A CVAT shape (``LabeledShape``), or a track's shape (``TrackedShape``).

    ``points`` are absolute pixels: ``[xtl, ytl, xbr, ybr]`` for rectangles,
    ``[x0, y0, x1, y1, ...]`` for polygons/polylines/points, and for masks
    CVAT's run-length encoding followed by the inclusive ``[left, top, right,
    bottom]``. ``label`` and ``group`` are absent on track shapes (they live on
    the track); ``outside``/``keyframe`` matter only there.
    """

    type: ShapeType
    frame: int
    points: list[float]
    attributes: Attributes
    occluded: bool
    z_order: int
    rotation: float
    outside: bool
    source: str
    label: NotRequired[str]
    group: NotRequired[int]
    keyframe: NotRequired[bool]
    id: NotRequired[int]
    elements: NotRequired[list[ShapeRecord]]  # a skeleton's nodes, one ``points`` each


class TrackRecord(TypedDict):
    """A CVAT track (``LabeledTrack``): immutable ``attributes`` + keyframe ``shapes``."""

    frame: int
    label: str
    group: int
    source: str
    attributes: Attributes
    shapes: list[ShapeRecord]
    id: NotRequired[int]
    # a skeleton track: one sub-track per node, in node order (None: no sub-track)
    elements: NotRequired[list[TrackRecord | None]]


class Annotations(TypedDict):
    """Everything of one job/task, like CVAT's ``LabeledData`` but name-based."""

    version: int
    tags: list[TagRecord]
    shapes: list[ShapeRecord]
    tracks: list[TrackRecord]


def empty_annotations() -> Annotations:
    return {"version": 0, "tags": [], "shapes": [], "tracks": []}


def merge_annotations(*parts: Annotations) -> Annotations:
    """Concatenate the records of several fields into the one payload CVAT replaces at once."""
    out = empty_annotations()
    for part in parts:
        out["tags"].extend(part["tags"])
        out["shapes"].extend(part["shapes"])
        out["tracks"].extend(part["tracks"])
        out["version"] = max(out["version"], part["version"])
    return out


def deep_merge(out: dict[Any, Any], new: Mapping[Any, Any]) -> None:
    """Merge nested result dicts down to their leaves (e.g. two tasks' labels of one file)."""
    for key, value in new.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            deep_merge(out[key], value)
        else:
            out[key] = value


@dataclass(frozen=True)
class Skip:
    """Something that was not converted, and why (reported, never silently dropped).

    ``where`` locates it: the field and the CVAT frame on upload, or the CVAT
    object (``shape 12``/``track 3``/``tag 7``) on download. ``label_id`` is the
    FiftyOne label id when known.
    """

    field: str | None
    where: str
    reason: str
    label_id: str | None = None
    # set when CVAT's shape type has no FiftyOne counterpart (ellipse; cuboid in 2D)
    shape_type: str | None = None

    def __str__(self) -> str:
        label = f" (label {self.label_id})" if self.label_id else ""
        field = f"{self.field}: " if self.field else ""
        return f"{field}{self.where}{label}: {self.reason}"
