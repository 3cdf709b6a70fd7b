"""CVAT's ``/annotations/`` JSON, typed: what :class:`~.ids.IdResolver` sends and reads.

The same shapes as :mod:`.records`, but with server ids (``label_id``, ``spec_id``)
instead of names. Keys CVAT may leave out are not required: a GET answer is read
with ``.get`` where CVAT omits fields or sends null.
"""

from __future__ import annotations

from typing import TypedDict


class WireAttribute(TypedDict):
    spec_id: int
    value: str


class WireObject(TypedDict, total=False):
    """What every annotation object carries: a tag, a shape and a track alike."""

    id: int
    frame: int
    label_id: int
    group: int | None
    source: str | None
    attributes: list[WireAttribute] | None


class WireShape(WireObject, total=False):
    """A ``LabeledShape``, a ``TrackedShape`` or a skeleton's node element."""

    type: str
    points: list[float] | None
    occluded: bool
    z_order: int | None
    rotation: float | None
    outside: bool
    elements: list[WireShape] | None


class WireTag(WireObject, total=False):
    """A ``LabeledImage``."""


class WireTrack(WireObject, total=False):
    """A ``LabeledTrack`` (a skeleton track has one sub-track per node in ``elements``)."""

    shapes: list[WireShape] | None
    elements: list[WireTrack]


class WireAnnotations(TypedDict, total=False):
    """CVAT's ``LabeledData`` of a job or task."""

    version: int | None
    tags: list[WireTag] | None
    shapes: list[WireShape] | None
    tracks: list[WireTrack] | None
