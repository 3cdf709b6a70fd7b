"""Name-based CVAT records -> FiftyOne labels, grouped as ``load_annotations`` wants.

:func:`decode_annotations` takes one task's records (after
:meth:`~fiftyone_cvat.domain.conversion.ids.IdResolver.from_wire`), the run's field
specs and the task's frame map (CVAT frame index -> sample, frame number and
frame size) and returns::

    {field: {return_type: {sample_id: {label_id: Label}}}}               # images
    {field: {return_type: {sample_id: {frame_key: {label_id: Label}}}}}  # videos
    {field: {"scalar": {sample_id: value}}}  /  {sample_id: {frame_key: value}}

where ``frame_key`` is the frame's id when the frame map knows it, else its
frame number. Shapes are returned under their own return type (a rectangle
drawn with a polylines field's label comes back under ``"detections"``), which
``load_annotations`` then treats as unexpected, as FiftyOne does.

Label ids come from ``known_ids[ObjectRef]`` (the id an earlier load merged the
CVAT object under: ids stay stable across loads), else from the ``label_id``
attribute when it holds a valid ObjectId, else from ``fallback_ids[(kind,
cvat_id)]`` (the ids CVAT assigned on upload), else they are new;
:attr:`DecodeResult.origins` tells, for every label, which CVAT object it came from.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping, Sequence
from typing import Any, cast

import fiftyone.core.labels as fol
import numpy as np
import numpy.typing as npt

from fiftyone_cvat.domain.aliases import ObjectKind
from fiftyone_cvat.domain.conversion import geometry, masks
from fiftyone_cvat.domain.conversion.cuboids import detection_3d
from fiftyone_cvat.domain.conversion.decode_targets import Targets, preferred, supported_shape
from fiftyone_cvat.domain.conversion.decode_types import (
    DecodeResult,
    FallbackIds,
    IdSource,
    Origin,
    Pending,
    is_object_id,
    object_key,
    object_ref,
)
from fiftyone_cvat.domain.conversion.labels import gc_paused, make_label, new_id
from fiftyone_cvat.domain.conversion.records import Annotations, ShapeRecord, Skip, TagRecord
from fiftyone_cvat.domain.conversion.skeletons import expand_track
from fiftyone_cvat.domain.conversion.tracks import TrackError
from fiftyone_cvat.domain.frames import FrameInfo
from fiftyone_cvat.domain.run_record import ObjectRef
from fiftyone_cvat.domain.schema.specs import AttributeSpec, ClassSpec, FieldSpec, RunSchema
from fiftyone_cvat.domain.schema.values import from_cvat_value
from fiftyone_cvat.domain.schema.vocab import LABEL_ID_ATTR


def decode_annotations(
    annotations: Annotations,
    fields: RunSchema | Iterable[FieldSpec],
    frames: Mapping[int, FrameInfo] | Sequence[FrameInfo],
    *,
    end_frame: int | None = None,
    coerce_text: bool = True,
    fallback_ids: FallbackIds | None = None,
    deleted_frames: Container[int] = (),
    known_ids: Mapping[ObjectRef, str] | None = None,
) -> DecodeResult:
    """FiftyOne labels for one task's CVAT records (see the module docstring).

    ``frames[k]`` describes CVAT frame ``k``; ``end_frame`` is the number of
    frames tracks run to (default: one past the largest frame in ``frames``).
    ``coerce_text`` parses text attribute values into bool/int/float
    (FiftyOne's ``coerce_text_attrs``).
    """
    specs = fields.fields if isinstance(fields, RunSchema) else tuple(fields)
    frame_map: Mapping[int, FrameInfo] = (
        frames if isinstance(frames, Mapping) else dict(enumerate(frames))
    )
    if end_frame is None:
        end_frame = max(frame_map, default=-1) + 1
    with gc_paused():
        decoder = _Decoder(specs, frame_map, coerce_text, fallback_ids, known_ids)
        return _decode(annotations, decoder, end_frame, deleted_frames)


def _decode(
    annotations: Annotations,
    decoder: _Decoder,
    end_frame: int,
    deleted_frames: Container[int],
) -> DecodeResult:
    for tag in annotations["tags"]:
        decoder.tag(tag)
    for shape in annotations["shapes"]:
        decoder.shape(shape, "shape", shape.get("id"), None, None, True)
    for ordinal, track in enumerate(annotations["tracks"], 1):
        try:
            expanded = expand_track(track, end_frame, deleted_frames)
        except TrackError as e:
            decoder.skip(None, f"track {track.get('id')}", str(e))
            continue
        immutable = track["attributes"]
        for shape in expanded:
            if shape["outside"]:
                continue
            shape["label"] = track["label"]
            shape["group"] = track["group"]
            if immutable:
                shape["attributes"] = {**shape["attributes"], **immutable}
            decoder.shape(
                shape,
                "track",
                track.get("id"),
                ordinal,
                shape.get("id"),
                shape.get("keyframe", False),
            )
    return decoder.finish()


# --------------------------------------------------------------------------


_UNPARSED = object()


class _Decoder:
    def __init__(
        self,
        specs: Sequence[FieldSpec],
        frames: Mapping[int, FrameInfo],
        coerce_text: bool,
        fallback_ids: FallbackIds | None,
        known_ids: Mapping[ObjectRef, str] | None = None,
    ) -> None:
        self.frames = frames
        self.known = known_ids or {}
        self.coerce_text = coerce_text
        self.fallback = fallback_ids
        self.result = DecodeResult()
        self.lookup = Targets(specs)
        self.rectangles: list[Pending] = []
        self.polylines: dict[tuple[str, str, Any, str], list[Pending]] = {}
        self.segmentations: dict[tuple[str, str, Any], list[Pending]] = {}
        self.used: dict[str, set[str]] = {}
        self.scalar_seen: set[tuple[str, str, Any]] = set()
        # (label, attribute, CVAT text) -> FiftyOne value: values repeat a lot
        self.parsed: dict[tuple[str, str, str], Any] = {}
        self.slots: dict[tuple[str, str, str, Any, bool], dict[str, object]] = {}
        self.targets: dict[tuple[str, str], tuple[FieldSpec, ClassSpec]] = {}
        self.specs = specs

    # ----- shared --------------------------------------------------------

    def skip(
        self,
        spec: FieldSpec | None,
        where: str,
        reason: str,
        label_id: str | None = None,
        shape_type: str | None = None,
    ) -> None:
        name = spec.name if spec else None
        self.result.skipped.append(Skip(name, where, reason, label_id, shape_type))

    def _frame(self, frame: int, where: str) -> FrameInfo | None:
        info = self.frames.get(frame)
        if info is None:
            self.skip(None, where, f"CVAT frame {frame} is not in the task's frame map")
        return info

    def _slot(
        self, spec: FieldSpec, return_type: str, info: FrameInfo, cls: ClassSpec
    ) -> dict[str, object]:
        new = cls.added_in_cvat
        if new:
            counts = self.result.new_class_counts.setdefault(spec.name, {})
            counts[cls.name] = counts.get(cls.name, 0) + 1
        key = (spec.name, return_type, info.sample_id, info.key, new)
        slot = self.slots.get(key)
        if slot is None:
            slot = self.slots[key] = self._new_slot(spec, return_type, info, new)
        return slot

    def _new_slot(
        self, spec: FieldSpec, return_type: str, info: FrameInfo, new: bool
    ) -> dict[str, object]:
        out = self.result.new_classes if new else self.result.labels
        by_type = out.setdefault(spec.name, {}).setdefault(return_type, {})
        sample = cast(dict[object, object], by_type.setdefault(info.sample_id, {}))
        if info.frame_number is None:
            return cast(dict[str, object], sample)
        return cast(dict[str, object], sample.setdefault(info.key, {}))

    def _label_id(
        self,
        spec: FieldSpec,
        attrs: Mapping[str, str],
        fallback_key: tuple[str, int] | None,
        keyframe: bool,
        known_key: ObjectRef | None = None,
    ) -> tuple[str, IdSource]:
        used = self.used.setdefault(spec.name, set())
        candidate: str | None = None
        source: IdSource = "new"
        known = self.known.get(known_key) if known_key is not None else None
        if known is not None and known not in used:
            candidate, source = known, "known"
        elif keyframe:
            text = attrs.get(LABEL_ID_ATTR)
            if text and is_object_id(text):
                candidate, source = text, "label_id"
            elif fallback_key is not None and self.fallback is not None:
                found = (
                    self.fallback(*fallback_key)
                    if callable(self.fallback)
                    else self.fallback.get(fallback_key)
                )
                if found:
                    candidate, source = str(found), "fallback"
        if candidate is None or candidate in used:
            candidate, source = new_id(), "new"
        used.add(candidate)
        return candidate, source

    def _attributes(self, cls: ClassSpec, attrs: Mapping[str, str]) -> dict[str, object]:
        out: dict[str, object] = {}
        parsed = self.parsed
        for name, text in attrs.items():
            if name == LABEL_ID_ATTR:
                continue
            key = (cls.cvat_name, name, text)
            value = parsed.get(key, _UNPARSED)
            if value is _UNPARSED:
                spec: AttributeSpec | None = cls.attribute(name)
                value = parsed[key] = from_cvat_value(text, spec, self.coerce_text)
            if value is not None:
                out[name] = value
        return out

    def _object_attributes(self, cls: ClassSpec, shape: ShapeRecord) -> dict[str, object]:
        out = self._attributes(cls, shape["attributes"])
        if cls.occluded_attr:
            out[cls.occluded_attr] = bool(shape.get("occluded", False))
        if cls.group_id_attr:
            group = shape.get("group")
            out[cls.group_id_attr] = int(group) if group else None
            if out[cls.group_id_attr] is None:
                del out[cls.group_id_attr]
        rotation = shape.get("rotation") or 0.0
        if rotation and shape["type"] == "rectangle" and cls.attribute("rotation") is None:
            out["rotation"] = rotation
        return out

    # ----- tags ------------------------------------------------------------

    def tag(self, tag: TagRecord) -> None:
        where = f"tag {tag.get('id')}"
        hits = self.lookup.tag_hits(tag["label"])
        if not hits:
            self.skip(None, where, f"label '{tag['label']}' is not part of this annotation run")
            return
        spec, cls = hits[0]
        info = self._frame(tag["frame"], where)
        if info is None:
            return
        if spec.return_type == "scalar":
            self._scalar(spec, cls, tag, info, where)
            return
        label_id, source = self._label_id(
            spec,
            tag["attributes"],
            object_key("tag", tag.get("id")),
            True,
            object_ref("tag", tag.get("id"), tag["frame"]),
        )
        label = make_label(
            fol.Classification,
            {"label": cls.name},
            self._attributes(cls, tag["attributes"]),
            label_id,
        )
        self._slot(spec, "classifications", info, cls)[label_id] = label
        self.result.origins[label_id] = Origin("tag", tag.get("id"), tag["frame"], True, source)

    def _scalar(
        self, spec: FieldSpec, cls: ClassSpec, tag: TagRecord, info: FrameInfo, where: str
    ) -> None:
        if spec.scalar_mode == "value":
            attr = cls.attributes[0] if cls.attributes else None
            text = tag["attributes"].get(attr.name if attr else "value")
            value = from_cvat_value(text, attr, self.coerce_text)
        else:
            value = cls.value
        key = (spec.name, info.sample_id, info.key)
        if key in self.scalar_seen:
            self.skip(spec, where, "a scalar takes one value per sample/frame; kept the first")
            return
        self.scalar_seen.add(key)
        by_type = self.result.labels.setdefault(spec.name, {}).setdefault("scalar", {})
        if info.frame_number is None:
            by_type[info.sample_id] = value
        else:
            frames = cast(dict[object, object], by_type.setdefault(info.sample_id, {}))
            frames[info.key] = value

    # ----- shapes ----------------------------------------------------------

    def shape(
        self,
        shape: ShapeRecord,
        kind: ObjectKind,
        cvat_id: int | None,
        index: int | None,
        shape_id: int | None,
        keyframe: bool,
    ) -> None:
        name = shape.get("label", "")
        stype = shape["type"]
        target = self.targets.get((name, stype))
        info = self.frames.get(shape["frame"])
        if target is None or info is None:
            where = f"{kind} {cvat_id}" + (f" frame {shape['frame']}" if kind == "track" else "")
            hits = self.lookup.shape_hits(name, stype)
            if not hits:
                self.skip(None, where, f"label '{name}' is not part of this annotation run")
            elif not supported_shape(stype):
                reason = f"{stype} shapes have no FiftyOne label type here"
                self.skip(hits[0][0], where, reason, shape_type=stype)
            elif target is None:
                target = self.targets[(name, stype)] = preferred(hits, stype)
            if target is None or self._frame(shape["frame"], where) is None:
                return
            info = self.frames[shape["frame"]]
        spec, cls = target
        pending = Pending(spec, cls, shape, info, kind, cvat_id, index, shape_id, keyframe)
        rt = spec.return_type
        if rt == "segmentation" and stype in ("mask", "polygon"):
            self.segmentations.setdefault((spec.name, info.sample_id, info.key), []).append(pending)
        elif stype == "rectangle":
            self.rectangles.append(pending)
        elif stype in ("polygon", "polyline") and not (
            # as FiftyOne's built-in: a polygon of a detections field is an instance mask
            stype == "polygon" and spec.return_type == "detections" and not spec.is_fieldless
        ):
            merge = shape["attributes"].get(LABEL_ID_ATTR) or f"#{len(self.polylines)}"
            self.polylines.setdefault((spec.name, info.sample_id, info.key, merge), []).append(
                pending
            )
        else:
            self._single(pending, f"{kind} {cvat_id} frame {shape['frame']}")

    def _finish_label(
        self, p: Pending, return_type: str, label: fol.Label, source: IdSource
    ) -> None:
        self._slot(p.spec, return_type, p.info, p.cls)[label.id] = label
        self.result.origins[label.id] = Origin(
            p.kind, p.cvat_id, p.shape["frame"], p.keyframe, source, p.shape_id
        )

    def _fields(self, p: Pending) -> tuple[dict[str, object], dict[str, object]]:
        fields: dict[str, object] = {"label": p.cls.name}
        if p.track_index is not None:
            fields["index"] = p.track_index
        attrs = self._object_attributes(p.cls, p.shape)
        if p.kind == "track" and p.keyframe:
            attrs["keyframe"] = True
        return fields, attrs

    def _single(self, p: Pending, where: str) -> None:
        """Masks, points, and polygons under instance fields: one label per shape."""
        shape = p.shape
        width, height = p.info.width, p.info.height
        label_id, source = self._label_id(
            p.spec, shape["attributes"], p.fallback_key, p.keyframe, p.known_key
        )
        fields, attrs = self._fields(p)
        try:
            if shape["type"] == "cuboid":  # 3D: location, rotation, dimensions
                if (in_3d := detection_3d(shape["points"])) is None:
                    self.used[p.spec.name].discard(label_id)
                    reason = "2D cuboids have no FiftyOne label type"
                    self.skip(p.spec, where, reason, shape_type="cuboid")
                    return
                label = make_label(fol.Detection, fields, {**attrs, **in_3d}, label_id)
                self._finish_label(p, "detections", label, source)
                return
            if shape["type"] == "points":
                fields["points"] = [
                    list(pt) for pt in geometry.points_from_cvat(shape["points"], width, height)
                ]
                label = make_label(fol.Keypoint, fields, attrs, label_id)
                self._finish_label(p, "keypoints", label, source)
                return
            if shape["type"] == "mask":
                mask, left, top = masks.decode_mask_points(shape["points"])
                h, w = mask.shape
                fields["bounding_box"] = [left / width, top / height, w / width, h / height]
                fields["mask"] = mask
                label = make_label(fol.Detection, fields, attrs, label_id)
                if p.spec.return_type == "polylines":
                    poly = label.to_polyline(tolerance=2, filled=True)
                    poly.id = label_id
                    self._finish_label(p, "polylines", poly, source)
                    return
                self._finish_label(p, "detections", label, source)
                return
            # a polygon drawn with a detections field's label: rasterize it as FiftyOne does
            rel = geometry.points_from_cvat(shape["points"], width, height)
            polyline = fol.Polyline(points=[[list(pt) for pt in rel]], closed=True, filled=True)
            det = polyline.to_detection(frame_size=(int(width), int(height)))
            fields["bounding_box"] = list(det.bounding_box)
            fields["mask"] = det.mask
            label = make_label(fol.Detection, fields, attrs, label_id)
            self._finish_label(p, "detections", label, source)
        except ValueError as e:
            self.used[p.spec.name].discard(label_id)
            self.skip(p.spec, where, str(e), label_id)

    # ----- finishing -------------------------------------------------------

    def finish(self) -> DecodeResult:
        self._finish_rectangles()
        self._finish_polylines()
        self._finish_segmentations()
        return self.result

    def _finish_rectangles(self) -> None:
        if not self.rectangles:
            return
        points = np.array([p.shape["points"][:4] for p in self.rectangles], dtype=np.float64)
        sizes = np.array([(p.info.width, p.info.height) for p in self.rectangles], dtype=np.float64)
        boxes = geometry.boxes_from_cvat(points, sizes).tolist()
        for p, box in zip(self.rectangles, boxes, strict=True):
            label_id, source = self._label_id(
                p.spec, p.shape["attributes"], p.fallback_key, p.keyframe, p.known_key
            )
            fields, attrs = self._fields(p)
            fields["bounding_box"] = box
            label = make_label(fol.Detection, fields, attrs, label_id)
            self._finish_label(p, "detections", label, source)
        self.rectangles = []

    def _finish_polylines(self) -> None:
        """Shapes with one ``label_id`` on one frame are the parts of one Polyline."""
        for parts in self.polylines.values():
            first = parts[0]
            keyed = next((p for p in parts if p.keyframe), first)
            label_id, source = self._label_id(
                first.spec,
                keyed.shape["attributes"],
                keyed.fallback_key,
                keyed.keyframe,
                keyed.known_key,
            )
            fields, attrs = self._fields(first)
            closed = first.shape["type"] == "polygon"
            fields["points"] = [
                [
                    list(pt)
                    for pt in geometry.points_from_cvat(
                        p.shape["points"], p.info.width, p.info.height
                    )
                ]
                for p in parts
            ]
            fields["closed"] = closed
            # A polygon is a filled shape unless the field holds (open or closed) polylines.
            fields["filled"] = closed and first.spec.label_type not in ("polyline", "polylines")
            label = make_label(fol.Polyline, fields, attrs, label_id)
            self._finish_label(keyed, "polylines", label, source)
        self.polylines = {}

    def _finish_segmentations(self) -> None:
        for parts in self.segmentations.values():
            first = parts[0]
            spec, info = first.spec, first.info
            width, height = int(info.width), int(info.height)
            values = {
                name: value
                for value, name in sorted((spec.mask_targets or {}).items(), reverse=True)
            }
            dtype = np.uint8 if max(values.values(), default=0) <= 255 else np.uint16
            canvas: npt.NDArray[Any] = np.zeros((height, width), dtype=dtype)
            order = sorted(range(len(parts)), key=lambda i: parts[i].shape.get("z_order", 0))
            label_id: str | None = self.known.get(first.known_key) if first.known_key else None
            source: Any = "known" if label_id is not None else "new"
            for i in order:
                p = parts[i]
                where = f"{p.kind} {p.cvat_id}"
                value = values.get(p.cls.name)
                if value is None:
                    self.skip(spec, where, f"class '{p.cls.name}' has no mask target value")
                    continue
                try:
                    binary, left, top = masks.shape_mask(
                        p.shape["type"], p.shape["points"], p.info.width, p.info.height
                    )
                except ValueError as e:
                    self.skip(spec, where, str(e))
                    continue
                masks.paint(canvas, binary, left, top, value)
                text = p.shape["attributes"].get(LABEL_ID_ATTR)
                if label_id is None and text and is_object_id(text):
                    label_id, source = text, "label_id"
            if label_id is None or label_id in self.used.setdefault(spec.name, set()):
                label_id, source = self._label_id(
                    spec, {}, first.fallback_key, first.keyframe, first.known_key
                )
            self.used[spec.name].add(label_id)
            label = make_label(fol.Segmentation, {"mask": canvas}, None, label_id)
            self._finish_label(first, "segmentation", label, source)
        self.segmentations = {}
