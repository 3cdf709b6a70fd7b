"""CVAT skeletons <-> FiftyOne keypoints of a field with a ``KeypointSkeleton``.

A CVAT skeleton label has one ``points`` sublabel per node and an SVG template
(node circles numbered by ``data-node-id``, edges between them). A skeleton
shape carries one element per node; a skeleton track carries one sub-track per
node. FiftyOne keeps a ``Keypoint`` with one point per node in node order and
NaN for a node that is not visible, which is CVAT's ``outside`` element.

CVAT returns a shape's elements in no guaranteed order, so node order comes
from the SVG's ``data-node-id`` numbering (falling back to the sublabel order).
"""

from __future__ import annotations

import math
import re
from collections.abc import Container, Iterable, Mapping, Sequence
from typing import cast

from fiftyone_cvat.domain.conversion.records import ShapeRecord, TrackRecord
from fiftyone_cvat.domain.conversion.tracks import interpolate_track
from fiftyone_cvat.domain.schema.cvat_labels import CvatLabel
from fiftyone_cvat.domain.schema.specs import SkeletonSpec

_CIRCLE = re.compile(r"<circle\b[^>]*>")
_NODE_ID = re.compile(r'data-node-id="(\d+)"')
_LABEL_ID = re.compile(r'data-label-id="(\d+)"')
_LABEL_NAME = re.compile(r'data-label-name="([^"]*)"')

NAN = float("nan")


def skeleton_svg(skeleton: SkeletonSpec) -> str:
    """CVAT's SVG template: nodes on a circle in a 100x100 box, then the edges.

    CVAT swaps each ``data-label-name`` for the id of the sublabel it creates.
    """
    n = len(skeleton.nodes)
    xy = [
        (
            round(50 + 40 * math.cos(2 * math.pi * i / n - math.pi / 2), 2),
            round(50 + 40 * math.sin(2 * math.pi * i / n - math.pi / 2), 2),
        )
        for i in range(n)
    ]
    lines = [
        f'<line x1="{xy[a][0]}" y1="{xy[a][1]}" x2="{xy[b][0]}" y2="{xy[b][1]}" '
        f'data-type="edge" data-node-from="{a + 1}" data-node-to="{b + 1}"></line>'
        for a, b in skeleton.edges
    ]
    circles = [
        f'<circle r="0.75" cx="{x}" cy="{y}" data-type="element node" '
        f'data-element-id="{i + 1}" data-node-id="{i + 1}" data-label-name="{name}"></circle>'
        for i, ((x, y), name) in enumerate(zip(xy, skeleton.nodes, strict=True))
    ]
    return "".join(lines + circles)


def node_order(label: CvatLabel) -> list[int]:
    """The sublabel ids of a skeleton label in node order (SVG numbering first)."""
    by_name = {s.name: s.id for s in label.sublabels if s.id is not None}
    declared = [s.id for s in label.sublabels if s.id is not None]
    numbered: list[tuple[int, int]] = []
    for circle in _CIRCLE.findall(label.svg or ""):
        node = _NODE_ID.search(circle)
        sub = _LABEL_ID.search(circle)
        sub_id = int(sub.group(1)) if sub else None
        if sub_id is None and (name := _LABEL_NAME.search(circle)):
            sub_id = by_name.get(name.group(1))
        if node and sub_id is not None:
            numbered.append((int(node.group(1)), sub_id))
    order = [sub_id for _, sub_id in sorted(numbered)]
    # nodes the SVG leaves out keep a place at the end rather than being lost
    return order + [i for i in declared if i not in order]


def skeleton_from_label(label: CvatLabel) -> SkeletonSpec:
    """The skeleton a CVAT skeleton label defines (a project's label, for a run)."""
    names = {s.id: s.name for s in label.sublabels}
    order = node_order(label)
    edges = []
    for line in re.findall(r"<line\b[^>]*>", label.svg or ""):
        ends = re.search(r'data-node-from="(\d+)"', line), re.search(r'data-node-to="(\d+)"', line)
        if ends[0] and ends[1]:
            edges.append((int(ends[0].group(1)) - 1, int(ends[1].group(1)) - 1))
    valid = [(a, b) for a, b in edges if 0 <= a < len(order) and 0 <= b < len(order)]
    return SkeletonSpec(tuple(str(names[i]) for i in order), tuple(valid))


def as_skeleton(shape: ShapeRecord, nodes: Sequence[str], flat: Sequence[float]) -> None:
    """Make a ``points`` shape (absolute ``[x1, y1, ...]``, NaN allowed) a skeleton."""
    pairs = [(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]
    shape["elements"] = elements_out(nodes, pairs, shape)
    shape["type"] = "skeleton"
    shape["points"] = []


def elements_out(
    nodes: Sequence[str], points: Sequence[tuple[float, float]], template: ShapeRecord
) -> list[ShapeRecord]:
    """One ``points`` element per node: its point, or ``outside`` where it is NaN."""
    out: list[ShapeRecord] = []
    for name, (x, y) in zip(nodes, points, strict=True):
        visible = math.isfinite(x) and math.isfinite(y)
        element: ShapeRecord = {
            "type": "points",
            "frame": template["frame"],
            "label": name,
            "points": [x, y] if visible else [0.0, 0.0],
            "attributes": {},
            "occluded": template["occluded"],
            "group": 0,
            "z_order": 0,
            "rotation": 0.0,
            "outside": not visible,
            "source": template["source"],
        }
        out.append(element)
    return out


def flatten_elements(
    elements: Sequence[Mapping[str, object]], order: Sequence[int]
) -> tuple[list[float], list[int]]:
    """A skeleton shape's points in node order (NaN where outside or missing), and the
    sublabel ids of elements that are not part of the skeleton (reported by callers)."""
    by_label: dict[int, Mapping[str, object]] = {}
    stray: list[int] = []
    for element in elements:
        label_id = int(cast("int", element["label_id"]))
        if label_id in order:
            by_label.setdefault(label_id, element)
        else:
            stray.append(label_id)
    points: list[float] = []
    for label_id in order:
        node = by_label.get(label_id)
        xy = list(cast("Iterable[float]", node.get("points") or ())) if node is not None else []
        if node is None or node.get("outside") or len(xy) < 2:
            points += [NAN, NAN]
        else:
            points += [float(xy[0]), float(xy[1])]
    return points, stray


def expand_track(
    track: TrackRecord, end_frame: int, deleted_frames: Container[int] = ()
) -> list[ShapeRecord]:
    """Every shape CVAT reports for a track; a skeleton's come from its nodes' sub-tracks."""
    if "elements" in track:
        return skeleton_track_shapes(track, track["elements"], end_frame, deleted_frames)
    return interpolate_track(track, end_frame, deleted_frames)


def skeleton_track_shapes(
    track: TrackRecord,
    elements: Sequence[TrackRecord | None],
    end_frame: int,
    deleted_frames: Container[int] = (),
) -> list[ShapeRecord]:
    """A skeleton track as one ``points`` shape per frame it is visible on.

    Each node's sub-track is expanded as CVAT does; a frame is a keyframe when the
    skeleton or any node has a keyframe there.
    """
    whole = [s for s in interpolate_track(track, end_frame, deleted_frames) if not s["outside"]]
    per_node: list[dict[int, ShapeRecord]] = []
    for element in elements:
        states = interpolate_track(element, end_frame, deleted_frames) if element else []
        per_node.append({s["frame"]: s for s in states})
    out: list[ShapeRecord] = []
    for shape in whole:
        frame = shape["frame"]
        points: list[float] = []
        keyframe = bool(shape.get("keyframe"))
        for node in per_node:
            state = node.get(frame)
            if state is None or state["outside"] or len(state["points"]) < 2:
                points += [NAN, NAN]
            else:
                points += [float(state["points"][0]), float(state["points"][1])]
            keyframe = keyframe or bool(state and state.get("keyframe"))
        combined: ShapeRecord = {**shape, "type": "points", "points": points}
        combined["keyframe"] = keyframe
        out.append(combined)
    return out
