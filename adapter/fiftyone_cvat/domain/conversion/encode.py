"""FiftyOne labels -> name-based CVAT records (no HTTP, no server ids).

One call converts one field of one CVAT task: :func:`encode_field` takes the
field's value on every CVAT frame of the task, ``(cvat_frame, (width,
height), value)``, where ``value`` is what the sample (images) or frame
(videos) holds: a FiftyOne label (``Detections``, ``Classification``...), the
same label as a raw database dict (``values(field, _raw=True)``, which is much
faster to fetch), a scalar, or None.

Mapping (``FieldSpec.label_type`` -> CVAT):

- classification(s) -> tags; scalars -> a tag named after the value (with
  classes) or a tag named after the field with a text attribute ``value``;
- detection(s) -> ``rectangle``; instance(s) -> ``mask`` (a Detection without
  a mask is sent as a rectangle rather than dropped);
- polyline(s)/polygon(s) -> one ``polyline`` (open) or ``polygon`` (closed or
  filled) shape per sub-path;
- keypoint(s) -> ``points``; segmentation -> one ``mask`` per class present;
- video frame fields: labels with an ``index`` become tracks (see
  :mod:`~fiftyone_cvat.domain.conversion.tracks`), others plain shapes.

Every uploaded label carries its FiftyOne id in the ``label_id`` attribute;
what cannot be sent is returned in ``skipped`` with the reason.
"""

from __future__ import annotations

__all__ = ["EncodeResult", "FrameSize", "FrameValue", "NanPolicy", "encode_field"]

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from fiftyone_cvat._fiftyone_compat import label_storage
from fiftyone_cvat.domain.aliases import FrameSize, ShapeType
from fiftyone_cvat.domain.conversion import geometry, masks
from fiftyone_cvat.domain.conversion.cuboids import cuboid_points
from fiftyone_cvat.domain.conversion.encode_records import (
    EncodeResult,
    FrameValue,
    NanPolicy,
    PendingBoxes,
    RecordBuilder,
)
from fiftyone_cvat.domain.conversion.label_docs import (
    doc_of,
    items_of,
    label_id_of,
    mask_of,
)
from fiftyone_cvat.domain.conversion.labels import gc_paused
from fiftyone_cvat.domain.conversion.records import ShapeRecord, Skip, TagRecord
from fiftyone_cvat.domain.conversion.skeletons import as_skeleton
from fiftyone_cvat.domain.conversion.tracks import track_record
from fiftyone_cvat.domain.schema.specs import ClassSpec, FieldSpec
from fiftyone_cvat.domain.schema.values import to_cvat_value
from fiftyone_cvat.domain.schema.vocab import LABEL_ID_ATTR, LIST_FIELDS


def encode_field(
    spec: FieldSpec,
    frames: Iterable[FrameValue],
    *,
    end_frame: int | None = None,
    keypoint_nan: NanPolicy = "skip",
) -> EncodeResult:
    """CVAT records for ``spec``'s labels on the given CVAT frames of one task.

    ``end_frame`` is the number of frames of the (video) task: tracks that
    reach it get no closing ``outside`` shape. ``keypoint_nan`` decides what
    happens to keypoints with missing (NaN) points, which CVAT cannot store:
    ``"skip"`` leaves such a keypoint out of CVAT (it stays unchanged in
    FiftyOne), ``"drop"`` sends only its visible points (which renumbers them).
    """
    encoder = _Encoder(spec, keypoint_nan)
    with gc_paused():
        for frame, size, value in frames:
            if value is None:
                continue
            encoder.add(frame, size, value)
        return encoder.finish(end_frame)


# --------------------------------------------------------------------------
# The encoder
# --------------------------------------------------------------------------


class _Encoder(RecordBuilder):
    """Each label type's conversion; the records themselves are built by the base."""

    # ----- entry points ------------------------------------------------

    def add(self, frame: int, size: FrameSize | None, value: object) -> None:
        kind = self.spec.label_type
        if kind == "scalar":
            self._scalar(frame, value)
            return
        doc = doc_of(value)
        key = LIST_FIELDS.get(kind)
        items: Sequence[Any] = items_of(doc, key) if key else [value]
        ids = self.result.label_ids.setdefault(frame, [])
        if kind in ("classification", "classifications"):
            for item in items:
                self._tag(frame, item, ids)
            return
        if size is None or not size[0] or not size[1]:
            for item in items:
                self._skip(frame, "its frame size is unknown (compute metadata first)", item)
            return
        if kind == "segmentation":
            self._segmentation(frame, size, value, doc, ids)
            return
        if kind in ("detection", "detections") and not self.tracked:  # 3D ones fall back
            self._plain_boxes(frame, size, items, ids)
            return
        for item in items:
            if kind in ("detection", "detections", "instance", "instances"):
                self._detection(frame, size, item, ids)
            elif kind in ("polyline", "polylines", "polygon", "polygons"):
                self._polyline(frame, size, item, ids)
            else:
                self._keypoint(frame, size, item, ids)

    def finish(self, end_frame: int | None) -> EncodeResult:
        self._flush_boxes()
        for track in self.tracks.values():
            record, skipped = track_record(
                track, self.spec.name, self.spec.only_keyframes, end_frame
            )
            self.result.skipped.extend(skipped)
            self.result.annotations["tracks"].append(record)
        return self.result

    # ----- helpers -----------------------------------------------------

    # ----- tags ----------------------------------------------------------

    def _tag(self, frame: int, item: object, ids: list[str]) -> None:
        doc = doc_of(item)
        cls = self._class(frame, item, doc)
        if cls is None:
            return
        tag: TagRecord = {
            "frame": frame,
            "label": cls.cvat_name,
            "attributes": self._attributes(cls, doc),
            "group": 0,
            "source": "manual",
        }
        self.result.annotations["tags"].append(tag)
        ids.append(label_id_of(doc))

    def _scalar(self, frame: int, value: object) -> None:
        if isinstance(value, Mapping) or hasattr(value, "_data"):
            self._skip(frame, f"scalar fields take plain values, got {type(value).__name__}")
            return
        if self.spec.scalar_mode == "value":
            cls = self.spec.classes[0]
            attrs = {cls.attributes[0].name if cls.attributes else "value": to_cvat_value(value)}
        else:
            text = to_cvat_value(value)
            found = next((c for c in self.spec.classes if c.cvat_name == text), None)
            if found is None:
                self._skip(frame, f"value {value!r} is not one of the field's classes")
                return
            cls, attrs = found, {}
        self.result.annotations["tags"].append(
            {
                "frame": frame,
                "label": cls.cvat_name,
                "attributes": attrs,
                "group": 0,
                "source": "manual",
            }
        )
        self.result.label_ids.setdefault(frame, [])

    # ----- detections / instances ---------------------------------------

    def _detection(self, frame: int, size: FrameSize, item: object, ids: list[str]) -> None:
        doc = doc_of(item)
        cls = self._class(frame, item, doc)
        if cls is None:
            return
        box = doc.get("bounding_box")
        if not box and doc.get("location") is not None:  # FiftyOne's 3D detection
            self._cuboid(frame, cls, doc, item, ids)
            return
        if not box or len(box) != 4:
            self._skip(frame, f"detection has no valid bounding box ({box!r})", item)
            return
        attrs = self._attributes(cls, doc)
        if self.spec.label_type in ("instance", "instances"):
            if not all(math.isfinite(v) for v in box):
                self._skip(frame, f"detection has no valid bounding box ({box!r})", item)
                return
            mask = mask_of(item, doc)
            if mask is not None:
                points = self._mask_points(frame, size, box, mask, item)
                if points is not None:
                    shape = self._shape("mask", frame, cls, doc, points, attrs)
                    self._place(item, doc, cls, [shape], ids)
                return
        shape = self._shape("rectangle", frame, cls, doc, [], attrs)
        self.boxes.add(shape, box, size)
        self._place(item, doc, cls, [shape], ids)

    def _cuboid(
        self, frame: int, cls: ClassSpec, doc: Mapping[str, object], item: object, ids: list[str]
    ) -> None:
        points = cuboid_points(doc)
        if points is None:
            self._skip(frame, "3D detection needs location, dimensions (and rotation)", item)
            return
        shape = self._shape("cuboid", frame, cls, doc, points, self._attributes(cls, doc))
        self._place(item, doc, cls, [shape], ids)

    def _plain_boxes(
        self, frame: int, size: FrameSize, items: Sequence[Any], ids: list[str]
    ) -> None:
        """:meth:`_detection` for untracked rectangles without its per-box branching.

        The bulk of most runs; the shape itself comes from :meth:`_shape`.
        """
        classes = self.classes
        with_ids = self.ids
        shapes = self.result.annotations["shapes"]
        boxes = self.boxes
        pending, coords = boxes.shapes, boxes.coords
        count = 0
        for item in items:
            doc = label_storage(item)
            if doc is None:
                doc = doc_of(item)
            name = doc.get("label")
            cls = classes.get(name) if type(name) is str else None
            box = doc.get("bounding_box")
            if cls is None or not box or len(box) != 4:
                boxes.on_frame(size, count)
                count = 0
                self._detection(frame, size, item, ids)  # reports the problem
                continue
            attrs = self._attributes(cls, doc)
            shape = self._shape("rectangle", frame, cls, doc, [], attrs)
            shapes.append(shape)
            pending.append(shape)
            coords.extend(PendingBoxes.plain(box))
            count += 1
            ids.append(attrs[LABEL_ID_ATTR] if with_ids else label_id_of(doc))
        boxes.on_frame(size, count)

    def _flush_boxes(self) -> None:
        boxes = self.boxes
        if not boxes:
            return
        rel = np.array(boxes.coords, dtype=np.float64).reshape(-1, 4)
        sizes = np.repeat(np.array(boxes.sizes, dtype=np.float64), boxes.counts, axis=0)
        for shape, points in zip(
            boxes.shapes, geometry.boxes_to_cvat(rel, sizes).tolist(), strict=True
        ):
            shape["points"] = points
        bad = ~np.isfinite(rel).all(axis=1)
        if bad.any():  # rare: checked here, in bulk, rather than per box
            self._drop_boxes([(boxes.shapes[i], rel[i].tolist()) for i in np.flatnonzero(bad)])
        self.boxes = PendingBoxes()

    def _drop_boxes(self, boxes: list[tuple[ShapeRecord, list[float]]]) -> None:
        dropped = {id(shape) for shape, _ in boxes}
        annotations = self.result.annotations
        annotations["shapes"] = [s for s in annotations["shapes"] if id(s) not in dropped]
        for track in self.tracks.values():
            track.observations = [o for o in track.observations if id(o[0]) not in dropped]
        for key in [k for k, t in self.tracks.items() if not t.observations]:
            del self.tracks[key]
        for shape, box in boxes:
            label_id = shape["attributes"].get(LABEL_ID_ATTR)
            ids = self.result.label_ids.get(shape["frame"], [])
            if label_id in ids:
                ids.remove(label_id)
            self.result.skipped.append(
                Skip(
                    self.spec.name,
                    f"frame {shape['frame']}",
                    f"detection has no valid bounding box ({list(box)!r})",
                    label_id,
                )
            )

    def _mask_points(
        self,
        frame: int,
        size: FrameSize,
        box: Sequence[float],
        mask: npt.NDArray[np.generic],
        item: object,
    ) -> list[float] | None:
        points, problem = masks.instance_mask_points(mask, box, size)
        if problem is not None:
            self._skip(frame, problem, item)
        return points

    # ----- segmentation ----------------------------------------------------

    def _segmentation(
        self, frame: int, size: FrameSize, item: object, doc: Mapping[str, object], ids: list[str]
    ) -> None:
        mask = mask_of(item, doc)
        if mask is None:
            self._skip(frame, "segmentation has no mask", item)
            return
        if mask.ndim == 3:
            self._skip(frame, "RGB segmentation masks are not supported; use integer targets", item)
            return
        label_id = label_id_of(doc)
        uploaded = False
        targets = self.spec.mask_targets or {}
        for value, name, points in masks.class_masks(mask, size, targets):
            cls = self.classes.get(name) if name is not None else None
            if cls is None or points is None:
                self._skip(frame, f"mask value {value} has no class in mask_targets", item)
                continue
            attrs = {LABEL_ID_ATTR: label_id} if self.ids else {}
            shape = self._shape("mask", frame, cls, {}, points, attrs)
            self.result.annotations["shapes"].append(shape)
            uploaded = True
        if uploaded:
            ids.append(label_id)

    # ----- polylines / keypoints ---------------------------------------------

    def _polyline(self, frame: int, size: FrameSize, item: object, ids: list[str]) -> None:
        doc = doc_of(item)
        cls = self._class(frame, item, doc)
        if cls is None:
            return
        closed = bool(doc.get("closed")) or bool(doc.get("filled"))
        kind: ShapeType = "polygon" if closed else "polyline"
        need = 3 if closed else 2
        attrs = self._attributes(cls, doc)
        shapes: list[ShapeRecord] = []
        for part, path in enumerate(items_of(doc, "points")):
            array = np.asarray(path, dtype=np.float64).reshape(-1, 2)
            if not np.isfinite(array).all():
                self._skip(
                    frame, f"part {part} has non-finite points; CVAT cannot store them", item
                )
                continue
            if len(array) < need:
                self._skip(
                    frame,
                    f"part {part} has {len(array)} point(s); a CVAT {kind} needs at least {need}",
                    item,
                )
                continue
            points = geometry.points_to_cvat(array, size[0], size[1])
            shapes.append(self._shape(kind, frame, cls, doc, points, dict(attrs)))
        if shapes:
            self._place(item, doc, cls, shapes, ids)
        elif not items_of(doc, "points"):
            self._skip(frame, "polyline has no points", item)

    def _keypoint(self, frame: int, size: FrameSize, item: object, ids: list[str]) -> None:
        doc = doc_of(item)
        cls = self._class(frame, item, doc)
        if cls is None:
            return
        array = np.asarray(items_of(doc, "points"), dtype=np.float64).reshape(-1, 2)
        if self.spec.skeleton is not None:  # a skeleton keeps every node: NaN is outside
            self._skeleton(frame, size, item, doc, cls, array, ids)
            return
        finite = np.isfinite(array).all(axis=1)
        if not finite.all():
            missing = int((~finite).sum())
            if self.keypoint_nan == "skip" or missing == len(array):
                self._skip(
                    frame,
                    f"{missing} of {len(array)} keypoints are missing (NaN), which CVAT "
                    "cannot store; left out of CVAT and unchanged in FiftyOne",
                    item,
                )
                return
            self._skip(
                frame, f"{missing} missing (NaN) keypoints were left out; the rest renumber", item
            )
            array = array[finite]
        if len(array) == 0:
            self._skip(frame, "keypoint has no points", item)
            return
        points = geometry.points_to_cvat(array, size[0], size[1])
        shape = self._shape("points", frame, cls, doc, points, self._attributes(cls, doc))
        self._place(item, doc, cls, [shape], ids)

    def _skeleton(
        self,
        frame: int,
        size: FrameSize,
        item: object,
        doc: Mapping[str, object],
        cls: ClassSpec,
        array: npt.NDArray[np.float64],
        ids: list[str],
    ) -> None:
        nodes = self.spec.skeleton.nodes if self.spec.skeleton else ()
        if len(array) != len(nodes) or not np.isfinite(array).any():
            self._skip(frame, f"{len(array)} points for a skeleton of {len(nodes)} nodes", item)
            return
        shape = self._shape("points", frame, cls, doc, [], self._attributes(cls, doc))
        as_skeleton(shape, nodes, geometry.points_to_cvat(array, size[0], size[1]))
        self._place(item, doc, cls, [shape], ids)

    # ----- tracks --------------------------------------------------------
