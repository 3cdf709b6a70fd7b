"""What decoding returns: labels by field, where each came from, what was skipped."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from fiftyone_cvat.domain.aliases import ObjectKind
from fiftyone_cvat.domain.conversion.records import ShapeRecord, Skip
from fiftyone_cvat.domain.frames import FrameInfo
from fiftyone_cvat.domain.run_record import ObjectRef
from fiftyone_cvat.domain.schema.specs import ClassSpec, FieldSpec

IdSource = Literal["known", "label_id", "fallback", "new"]
"""Where a decoded label's FiftyOne id came from."""


class Origin(NamedTuple):
    """The CVAT object a decoded label came from.

    ``cvat_id`` is the tag/shape id, or the track id for track labels
    (``shape_id`` is then the keyframe shape id, None on interpolated frames).
    ``id_source`` says where the FiftyOne id came from.
    """

    kind: ObjectKind
    cvat_id: int | None
    frame: int
    keyframe: bool
    id_source: IdSource
    shape_id: int | None = None


Results = dict[str, dict[str, dict[str, object]]]
"""Field -> return type -> sample id -> its labels (or value), as FiftyOne lays them out."""


@dataclass
class DecodeResult:
    """What :func:`decode_annotations` returns.

    ``labels`` is the dict ``download_annotations`` returns (see the module
    docstring); ``origins`` maps every label id in it to its CVAT object (for
    the caller's id bookkeeping); ``skipped`` lists what could not be decoded.
    """

    labels: Results = field(default_factory=dict)
    origins: dict[str, Origin] = field(default_factory=dict)
    skipped: list[Skip] = field(default_factory=list)
    new_classes: Results = field(default_factory=dict)
    """Labels of classes annotators added in CVAT, laid out like ``labels``: each
    under the field its shape type fits (``load_annotations``' ``unexpected`` decides)."""
    new_class_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    """Field -> class added in CVAT -> number of its labels in ``new_classes``."""


FallbackIds = Mapping[tuple[str, int], str] | Callable[[str, int], str | None]
"""FiftyOne label ids of CVAT objects, by ``("tag" | "shape" | "track_shape", cvat id)``
(a track's keyframe shapes are separate labels, so they are keyed by shape id)."""


def is_object_id(text: str) -> bool:
    """Whether ``text`` is a 24-digit hex ObjectId (what FiftyOne label ids are)."""
    if len(text) != 24:
        return False
    try:
        return len(bytes.fromhex(text)) == 12  # fromhex skips spaces: count the bytes
    except ValueError:
        return False


class Pending(NamedTuple):
    """A shape waiting to become a label (boxes and polylines are built in bulk)."""

    spec: FieldSpec
    cls: ClassSpec
    shape: ShapeRecord
    info: FrameInfo
    kind: ObjectKind
    cvat_id: int | None
    track_index: int | None
    shape_id: int | None
    keyframe: bool

    @property
    def known_key(self) -> ObjectRef | None:
        """This label's CVAT object: a track's labels are one per frame."""
        return object_ref(self.kind, self.cvat_id, self.shape["frame"])

    @property
    def fallback_key(self) -> tuple[str, int] | None:
        """Key into the caller's CVAT-id fallback: tracks map each keyframe shape."""
        if self.kind == "track":
            return object_key("track_shape", self.shape_id)
        return object_key(self.kind, self.cvat_id)


def object_key(kind: str, cvat_id: int | None) -> tuple[str, int] | None:
    return None if cvat_id is None else (kind, cvat_id)


def object_ref(kind: ObjectKind, cvat_id: int | None, frame: int) -> ObjectRef | None:
    """The key of a label's CVAT object in the run record's ``loaded_jobs``."""
    if cvat_id is None:
        return None
    return ObjectRef(kind, cvat_id, frame if kind == "track" else None)


def origin_ref(origin: Origin) -> ObjectRef | None:
    return object_ref(origin.kind, origin.cvat_id, origin.frame)
