"""The records of one field of one task while they are built: shapes, tracks, skips.

:class:`RecordBuilder` holds what every label type's conversion shares (the
field's classes and attributes, the shape layout, placing a label's shapes as
plain shapes or on its track); :mod:`~fiftyone_cvat.domain.conversion.encode`
converts each label type on top of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, SupportsInt, cast

from fiftyone_cvat.domain.aliases import Attributes, FrameSize, ShapeType
from fiftyone_cvat.domain.conversion.label_docs import attr_value, doc_of, label_id_of, rotation_of
from fiftyone_cvat.domain.conversion.records import (
    Annotations,
    ShapeRecord,
    Skip,
    empty_annotations,
)
from fiftyone_cvat.domain.conversion.tracks import ObservedTrack
from fiftyone_cvat.domain.schema.specs import ClassSpec, FieldSpec
from fiftyone_cvat.domain.schema.values import to_cvat_value
from fiftyone_cvat.domain.schema.vocab import LABEL_ID_ATTR

FrameValue = tuple[int, FrameSize | None, Any]
"""``(cvat_frame, (width, height) or None, the field's value on that frame)``."""

NanPolicy = Literal["skip", "drop"]


@dataclass
class EncodeResult:
    """The records of one field of one task, and what they stand for.

    ``label_ids`` maps each CVAT frame to the FiftyOne label ids represented
    in CVAT (including track labels CVAT will interpolate), which is what the
    run's ``id_map`` records; a scalar frame that was uploaded maps to ``[]``.
    """

    annotations: Annotations = field(default_factory=empty_annotations)
    label_ids: dict[int, list[str]] = field(default_factory=dict)
    skipped: list[Skip] = field(default_factory=list)


_TrackKey = tuple[str, int, int]  # (cvat label, index, part)


class PendingBoxes:
    """Rectangles waiting for their pixel points, which numpy computes for all at once.

    Kept flat (the relative ``[x, y, w, h]`` of every box in one list, each frame
    size once per run of boxes on it): building a tuple and a small list per box
    cost more than the arithmetic.
    """

    def __init__(self) -> None:
        self.shapes: list[ShapeRecord] = []
        self.coords: list[float] = []
        self.sizes: list[FrameSize] = []
        self.counts: list[int] = []

    def __bool__(self) -> bool:
        return bool(self.shapes)

    def add(self, shape: ShapeRecord, box: Any, size: FrameSize) -> None:
        self.shapes.append(shape)
        self.coords.extend(self.plain(box))
        self.on_frame(size, 1)

    @staticmethod
    def plain(box: Any) -> list[float]:
        """A box's numbers as a plain list to extend ``coords`` with: a plain list as
        it is, else a copy (``list.copy`` skips mongoengine's Python-level iteration
        of its list subclass)."""
        if type(box) is list:
            return box
        return list.copy(box) if isinstance(box, list) else list(box)

    def on_frame(self, size: FrameSize, count: int) -> None:
        """``count`` boxes just added lie on a frame of this size."""
        if self.sizes and self.sizes[-1] == size:
            self.counts[-1] += count
        elif count:
            self.sizes.append(size)
            self.counts.append(count)


class RecordBuilder:
    """The state and record layout every label type's conversion shares."""

    def __init__(self, spec: FieldSpec, keypoint_nan: NanPolicy) -> None:
        self.spec = spec
        self.keypoint_nan = keypoint_nan
        self.classes = {c.name: c for c in spec.classes}
        self.attr_names = {c.name: tuple(a.name for a in c.attributes) for c in spec.classes}
        # classes whose rectangles take their rotation from a ``rotation`` label attribute
        self.rotatable = {c.name for c in spec.classes if c.attribute("rotation") is None}
        self.result = EncodeResult()
        self.tracks: dict[_TrackKey, ObservedTrack] = {}
        self.tracked = spec.is_trackable
        self.ids = spec.has_label_ids
        # Boxes are converted in one vectorized pass at the end.
        self.boxes = PendingBoxes()

    def _skip(self, frame: int, reason: str, item: object = None) -> None:
        label_id = label_id_of(doc_of(item)) if item is not None and self.ids else None
        self.result.skipped.append(Skip(self.spec.name, f"frame {frame}", reason, label_id))

    def _class(self, frame: int, item: object, doc: Mapping[str, object]) -> ClassSpec | None:
        name = doc.get("label")
        cls = self.classes.get(name) if isinstance(name, str) else None
        if cls is None:
            self._skip(frame, f"class {name!r} is not one of the field's classes", item)
        return cls

    def _attributes(self, cls: ClassSpec, doc: Mapping[str, object]) -> Attributes:
        attrs: Attributes = {}
        for name in self.attr_names[cls.name]:
            value = doc[name] if name in doc else attr_value(doc, name)
            if value is not None:
                attrs[name] = value if type(value) is str else to_cvat_value(value)
        if self.ids:
            attrs[LABEL_ID_ATTR] = label_id_of(doc)
        return attrs

    def _shape(
        self,
        kind: ShapeType,
        frame: int,
        cls: ClassSpec,
        doc: Mapping[str, object],
        points: list[float],
        attrs: Attributes,
    ) -> ShapeRecord:
        occluded = attr_value(doc, cls.occluded_attr) if cls.occluded_attr else None
        group = attr_value(doc, cls.group_id_attr) if cls.group_id_attr else None
        rotation = 0.0
        if kind == "rectangle" and cls.name in self.rotatable:
            rotation = rotation_of(doc.get("rotation"))
        return {
            "type": kind,
            "frame": frame,
            "label": cls.cvat_name,
            "points": points,
            "attributes": attrs,
            "occluded": bool(occluded),
            "group": int(cast("SupportsInt", group)) if group else 0,
            "z_order": 0,
            "rotation": rotation,
            "outside": False,
            "source": "manual",
        }

    def _place(
        self,
        item: object,
        doc: Mapping[str, object],
        cls: ClassSpec,
        shapes: list[ShapeRecord],
        ids: list[str],
    ) -> None:
        """Append the shapes of one label as plain shapes, or to its track."""
        ids.append(label_id_of(doc))
        index = doc.get("index") if self.tracked else None
        if index is None:
            self.result.annotations["shapes"].extend(shapes)
            return
        keyframe = bool(doc.get("keyframe")) if self.spec.only_keyframes else True
        for part, shape in enumerate(shapes):
            key = (cls.cvat_name, int(cast("int", index)), part)
            track = self.tracks.get(key)
            if track is None:
                immutable = {
                    a.name
                    for a in cls.attributes
                    if not a.mutable and a.name in shape["attributes"]
                }
                track = self.tracks[key] = ObservedTrack(
                    label=cls.cvat_name,
                    group=shape["group"],
                    attributes={n: shape["attributes"][n] for n in immutable},
                    mutable=tuple(a.name for a in cls.attributes if a.mutable),
                    masks=shape["type"] == "mask",
                )
            shape["attributes"] = {
                k: v
                for k, v in shape["attributes"].items()
                if k in track.mutable or k == LABEL_ID_ATTR
            }
            del shape["label"]
            del shape["group"]
            track.observations.append((shape, keyframe))
