"""Names <-> server ids: name-based records <-> CVAT's ``/annotations/`` JSON.

CVAT's annotation endpoints identify labels by ``label_id`` and attribute
values by ``spec_id``; conversion works with names so it can be written and
tested without a server. :class:`IdResolver` is built from the task's (or
project's) labels as CVAT returns them (``/api/labels``: ``{"id", "name",
"attributes": [{"id", "name", "mutable", ...}]}``) and converts whole
payloads, right before a PUT and right after a GET.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import cast

from fiftyone_cvat.domain.aliases import Attributes, ObjectKind
from fiftyone_cvat.domain.conversion.labels import gc_paused
from fiftyone_cvat.domain.conversion.records import (
    Annotations,
    ShapeRecord,
    Skip,
    TagRecord,
    TrackRecord,
    empty_annotations,
)
from fiftyone_cvat.domain.conversion.skeletons import flatten_elements, node_order
from fiftyone_cvat.domain.conversion.wire import (
    WireAnnotations,
    WireAttribute,
    WireShape,
    WireTag,
    WireTrack,
)
from fiftyone_cvat.domain.schema.cvat_labels import CvatLabel, LabelSource, cvat_labels
from fiftyone_cvat.domain.schema.vocab import LABEL_ID_ATTR


class IdResolver:
    """CVAT label/attribute names <-> ids for one task or project.

    Label names are unique within a task or project, and attribute names
    within a label, so ``(label name, attribute name)`` identifies a spec id.
    """

    def __init__(self, labels: Iterable[LabelSource]) -> None:
        self._label_ids: dict[str, int] = {}
        self._label_names: dict[int, str] = {}
        self._attr_ids: dict[str, dict[str, int]] = {}
        self._attr_names: dict[int, dict[int, str]] = {}
        # skeletons: label id -> node sublabel ids in node order; (skeleton, node) -> id
        self._skeletons: dict[int, list[int]] = {}
        self._node_ids: dict[tuple[str, str], int] = {}
        for label in cvat_labels(labels):
            self._add_label(label)
            for sub in label.sublabels:  # skeleton points are labels too
                self._add_label(sub)
                if sub.id is not None:
                    self._node_ids[(label.name, sub.name)] = sub.id
            if label.type == "skeleton" and label.id is not None and label.sublabels:
                self._skeletons[label.id] = node_order(label)

    def _add_label(self, label: CvatLabel) -> None:
        if label.id is None:
            raise ValueError(
                f"CVAT label '{label.name}' has no id (pass labels as CVAT lists them)"
            )
        self._label_ids[label.name] = label.id
        self._label_names[label.id] = label.name
        attrs = self._attr_ids.setdefault(label.name, {})
        names = self._attr_names.setdefault(label.id, {})
        for attr in label.attributes:
            if attr.id is None:
                raise ValueError(f"attribute '{attr.name}' of '{label.name}' has no id")
            attrs[attr.name] = attr.id
            names[attr.id] = attr.name

    @classmethod
    def from_ids(cls, labels: Mapping[str, tuple[int, Mapping[str, int]]]) -> IdResolver:
        """``{label name: (label id, {attribute name: spec id})}`` (handy in tests)."""
        return cls(
            {
                "id": label_id,
                "name": name,
                "attributes": [{"id": a_id, "name": a} for a, a_id in attrs.items()],
            }
            for name, (label_id, attrs) in labels.items()
        )

    # ----- lookups -------------------------------------------------------

    def label_id(self, name: str) -> int:
        try:
            return self._label_ids[name]
        except KeyError:
            raise KeyError(
                f"CVAT label '{name}' does not exist in this task/project; "
                f"its labels are {sorted(self._label_ids)}"
            ) from None

    def label_name(self, label_id: int) -> str | None:
        return self._label_names.get(label_id)

    def spec_id(self, label: str, attribute: str) -> int:
        try:
            return self._attr_ids[label][attribute]
        except KeyError:
            raise KeyError(
                f"CVAT label '{label}' has no attribute '{attribute}'; "
                f"it has {sorted(self._attr_ids.get(label, {}))}"
            ) from None

    def attribute_name(self, label_id: int, spec_id: int) -> str | None:
        return self._attr_names.get(label_id, {}).get(spec_id)

    # ----- names -> ids (upload) -------------------------------------------

    def to_wire(self, annotations: Annotations, *, consume: bool = False) -> WireAnnotations:
        """The JSON body for ``PUT /api/{tasks|jobs}/{id}/annotations/``.

        Raises ``KeyError`` naming any label or attribute the server does not
        know: uploading must fail loudly rather than lose data. ``consume=True``
        turns the plain shapes into wire dicts in place (twice as fast for big
        uploads; ``annotations`` must not be used afterwards).
        """
        with gc_paused():
            shapes = annotations["shapes"]
            return {
                "version": annotations["version"],
                "tags": [self._tag_out(t) for t in annotations["tags"]],
                "shapes": self._consume_shapes(shapes) if consume else self._shapes_out(shapes),
                "tracks": [self._track_out(t) for t in annotations["tracks"]],
            }

    def _consume_shapes(self, shapes: list[ShapeRecord]) -> list[WireShape]:
        label_ids = self._label_ids
        attr_ids = self._attr_ids
        for shape in shapes:
            label = shape["label"]
            if label not in attr_ids:
                self.label_id(label)  # raises the explanatory KeyError
            ids = attr_ids[label]
            wire = cast(dict[str, object], shape)
            wire["attributes"] = [
                {"spec_id": ids[k] if k in ids else self.spec_id(label, k), "value": v}
                for k, v in shape["attributes"].items()
            ]
            del wire["label"]
            wire["label_id"] = label_ids[label]
            wire.setdefault("group", 0)
            wire.pop("keyframe", None)
            if "elements" in shape:
                wire["elements"] = self._elements_out(label, shape["elements"])
        return cast(list[WireShape], shapes)

    def _node_id(self, skeleton: str, node: str) -> int:
        try:
            return self._node_ids[(skeleton, node)]
        except KeyError:
            raise KeyError(
                f"CVAT skeleton '{skeleton}' has no node '{node}'; its nodes are "
                f"{sorted(n for s, n in self._node_ids if s == skeleton)}"
            ) from None

    def _elements_out(self, skeleton: str, elements: list[ShapeRecord]) -> list[WireShape]:
        """A skeleton's node elements, each under its node's sublabel of this skeleton."""
        out = []
        for element in elements:
            node = element["label"]
            wire = self._geometry_out(node, element)
            wire["label_id"] = self._node_id(skeleton, node)
            wire["source"] = element["source"]
            wire["group"] = 0
            out.append(wire)
        return out

    def _shapes_out(self, shapes: list[ShapeRecord]) -> list[WireShape]:
        """Copying conversion; the hot upload path uses the in-place :meth:`_consume_shapes`."""
        return [self._shape_out(s) for s in shapes]

    def _attrs_out(self, label: str, attrs: Attributes) -> list[WireAttribute]:
        ids = self._attr_ids.get(label, {})
        try:
            return [{"spec_id": ids[k], "value": v} for k, v in attrs.items()]
        except KeyError as e:
            self.spec_id(label, str(e.args[0]))  # raises the explanatory KeyError
            raise

    def _tag_out(self, tag: TagRecord) -> WireTag:
        out: WireTag = {
            "frame": tag["frame"],
            "label_id": self.label_id(tag["label"]),
            "group": tag.get("group", 0),
            "source": tag.get("source", "manual"),
            "attributes": self._attrs_out(tag["label"], tag["attributes"]),
        }
        if "id" in tag:
            out["id"] = tag["id"]
        return out

    def _geometry_out(self, label: str, shape: ShapeRecord) -> WireShape:
        """What a shape and a track's keyframe share on the wire (the label is the caller's)."""
        out: WireShape = {
            "type": shape["type"],
            "frame": shape["frame"],
            "points": shape["points"],
            "occluded": shape["occluded"],
            "z_order": shape["z_order"],
            "rotation": shape["rotation"],
            "outside": shape["outside"],
            "attributes": self._attrs_out(label, shape["attributes"]),
        }
        if "id" in shape:
            out["id"] = shape["id"]
        return out

    def _shape_out(self, shape: ShapeRecord) -> WireShape:
        label = shape["label"]
        out = self._geometry_out(label, shape)
        out["source"] = shape["source"]
        out["label_id"] = self.label_id(label)
        out["group"] = shape.get("group", 0)
        if "elements" in shape:
            out["elements"] = self._elements_out(label, shape["elements"])
        return out

    def _track_out(self, track: TrackRecord) -> WireTrack:
        label = track["label"]
        shapes = [self._geometry_out(label, shape) for shape in track["shapes"]]
        out: WireTrack = {
            "frame": track["frame"],
            "label_id": self.label_id(label),
            "group": track.get("group", 0),
            "source": track.get("source", "manual"),
            "attributes": self._attrs_out(label, track["attributes"]),
            "shapes": shapes,
        }
        if "id" in track:
            out["id"] = track["id"]
        if any("elements" in shape for shape in track["shapes"]):
            out["elements"] = self._node_tracks_out(label, track)
        return out

    def _node_tracks_out(self, skeleton: str, track: TrackRecord) -> list[WireTrack]:
        """A skeleton track's node sub-tracks: node ``i`` of every keyframe, hidden
        where the skeleton is."""
        keyframes = [s for s in track["shapes"] if "elements" in s]
        nodes = [e["label"] for e in keyframes[0]["elements"]]
        out: list[WireTrack] = []
        for i, node in enumerate(nodes):
            shapes = []
            for keyframe in keyframes:
                element = dict(keyframe["elements"][i])
                element["frame"] = keyframe["frame"]
                element["outside"] = element["outside"] or keyframe["outside"]
                shapes.append(self._geometry_out(node, cast(ShapeRecord, element)))
            out.append(
                {
                    "frame": track["frame"],
                    "label_id": self._node_id(skeleton, node),
                    "group": 0,
                    "source": track.get("source", "manual"),
                    "attributes": [],
                    "shapes": shapes,
                }
            )
        return out

    # ----- ids -> names (download) -------------------------------------------

    def from_wire(self, payload: Mapping[str, object]) -> tuple[Annotations, list[Skip]]:
        """Name-based records of a ``GET .../annotations/`` response (or PUT echo).

        Objects with a label id this resolver does not know are left out and
        reported; so are attribute values with unknown spec ids.
        """
        with gc_paused():
            return self._from_wire(cast(WireAnnotations, payload))

    def saved_label_ids(
        self, payload: Mapping[str, object]
    ) -> Iterator[tuple[ObjectKind, int, str]]:
        """``(kind, CVAT id, FiftyOne label id)`` of each tag, shape and track shape of
        a PUT echo whose ``label_id`` attribute has a value ("tag", "shape",
        "track_shape"). Read straight off the JSON: building the records of a whole
        upload to read one attribute costs several times more."""
        specs = {ids[LABEL_ID_ATTR] for ids in self._attr_ids.values() if LABEL_ID_ATTR in ids}
        wire = cast(WireAnnotations, payload)
        tracks = wire.get("tracks") or ()
        groups: tuple[tuple[ObjectKind, Iterable[WireTag | WireShape]], ...] = (
            ("tag", wire.get("tags") or ()),
            ("shape", wire.get("shapes") or ()),
            ("track_shape", [s for t in tracks for s in t.get("shapes") or ()]),
        )
        for kind, objects in groups:
            for raw in objects:
                if raw.get("id") is None:
                    continue
                for attr in raw.get("attributes") or ():
                    if int(attr["spec_id"]) in specs and attr.get("value"):
                        yield kind, int(raw["id"]), str(attr["value"])
                        break

    def _from_wire(self, payload: WireAnnotations) -> tuple[Annotations, list[Skip]]:
        out = empty_annotations()
        skipped: list[Skip] = []
        out["version"] = int(payload.get("version") or 0)
        for raw in payload.get("tags") or ():
            tag = self._tag_in(raw, skipped)
            if tag is not None:
                out["tags"].append(tag)
        for raw in payload.get("shapes") or ():
            shape = self._shape_in(raw, skipped)
            if shape is not None:
                out["shapes"].append(shape)
        for raw in payload.get("tracks") or ():
            track = self._track_in(raw, skipped)
            if track is not None:
                out["tracks"].append(track)
        return out, skipped

    def _label_in(
        self, raw: WireTag | WireShape | WireTrack, kind: str, skipped: list[Skip]
    ) -> str | None:
        name = self.label_name(int(raw["label_id"]))
        if name is None:
            skipped.append(
                Skip(None, f"{kind} {raw.get('id')}", f"unknown CVAT label id {raw['label_id']}")
            )
        return name

    def _attrs_in(
        self, label_id: int, raw: Iterable[WireAttribute], where: str, skipped: list[Skip]
    ) -> Attributes:
        attrs: Attributes = {}
        names = self._attr_names.get(label_id, {})
        for item in raw:
            name = names.get(int(item["spec_id"]))
            if name is None:
                skipped.append(Skip(None, where, f"unknown attribute spec id {item['spec_id']}"))
                continue
            value = item.get("value")
            attrs[name] = "" if value is None else str(value)
        return attrs

    def _tag_in(self, raw: WireTag, skipped: list[Skip]) -> TagRecord | None:
        label = self._label_in(raw, "tag", skipped)
        if label is None:
            return None
        where = f"tag {raw.get('id')}"
        tag: TagRecord = {
            "frame": int(raw["frame"]),
            "label": label,
            "attributes": self._attrs_in(
                int(raw["label_id"]), raw.get("attributes") or (), where, skipped
            ),
            "group": int(raw.get("group") or 0),
            "source": str(raw.get("source") or "manual"),
        }
        if raw.get("id") is not None:
            tag["id"] = int(raw["id"])
        return tag

    def _shape_fields(self, raw: WireShape) -> ShapeRecord:
        shape = cast(
            ShapeRecord,
            {
                "type": str(raw["type"]),
                "frame": int(raw["frame"]),
                "points": list(raw.get("points") or ()),
                "attributes": {},
                "occluded": bool(raw.get("occluded", False)),
                "z_order": int(raw.get("z_order") or 0),
                "rotation": float(raw.get("rotation") or 0.0),
                "outside": bool(raw.get("outside", False)),
                "source": str(raw.get("source") or "manual"),
            },
        )
        if raw.get("id") is not None:
            shape["id"] = int(raw["id"])
        return shape

    def _shape_in(self, raw: WireShape, skipped: list[Skip]) -> ShapeRecord | None:
        label = self._label_in(raw, "shape", skipped)
        if label is None:
            return None
        shape = self._shape_fields(raw)
        shape["label"] = label
        shape["group"] = int(raw.get("group") or 0)
        where = f"shape {raw.get('id')}"
        label_id = int(raw["label_id"])
        shape["attributes"] = self._attrs_in(label_id, raw.get("attributes") or (), where, skipped)
        order = self._skeletons.get(label_id)
        if shape["type"] == "skeleton" and order:
            # one point per node, in node order: a FiftyOne keypoint from here on
            points, stray = flatten_elements(raw.get("elements") or (), order)
            shape["type"], shape["points"] = "points", points
            for sub_id in stray:
                skipped.append(Skip(None, where, f"element of sublabel {sub_id} is no node"))
        return shape

    def _track_in(self, raw: WireTrack, skipped: list[Skip]) -> TrackRecord | None:
        label = self._label_in(raw, "track", skipped)
        if label is None:
            return None
        label_id = int(raw["label_id"])
        where = f"track {raw.get('id')}"
        shapes = []
        for raw_shape in raw.get("shapes") or ():
            shape = self._shape_fields(raw_shape)
            shape["attributes"] = self._attrs_in(
                label_id, raw_shape.get("attributes") or (), where, skipped
            )
            shapes.append(shape)
        track: TrackRecord = {
            "frame": int(raw["frame"]),
            "label": label,
            "group": int(raw.get("group") or 0),
            "source": str(raw.get("source") or "manual"),
            "attributes": self._attrs_in(label_id, raw.get("attributes") or (), where, skipped),
            "shapes": shapes,
        }
        if raw.get("id") is not None:
            track["id"] = int(raw["id"])
        order = self._skeletons.get(label_id)
        if order and raw.get("elements"):
            nodes: dict[int, TrackRecord | None] = {}
            for element in raw["elements"]:
                nodes.setdefault(int(element["label_id"]), self._track_in(element, skipped))
            track["elements"] = [nodes.get(sub_id) for sub_id in order]
        return track
