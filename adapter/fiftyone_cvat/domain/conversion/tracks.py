"""Video tracks: building them for upload, and expanding them exactly as CVAT 2.73 does.

Upload: FiftyOne stores one label per frame and links a track's labels by
``index``; CVAT stores one track with keyframe shapes, an ``outside`` shape
wherever the object disappears, and interpolates everything in between.

Download: :func:`interpolate_track` reproduces the server's
``TrackManager.get_interpolated_shapes`` (``cvat/apps/dataset_manager/
annotation.py``, CVAT 2.73) for 2D tracks, so the frames FiftyOne receives are
the frames CVAT's own exports contain: linear interpolation (with CVAT's
rotation arc rule) for rectangles/ellipses/single points, CVAT's curve
matching for polygons/polylines with differing point counts, copies for
multi-point ``points``, propagation of the last keyframe to the end, and no
shapes after an ``outside`` keyframe. One deliberate extension: masks, which
the server cannot interpolate (it raises), are held from the previous keyframe.
"""

from __future__ import annotations

import math
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import cast

import numpy as np

from fiftyone_cvat.domain.aliases import Attributes
from fiftyone_cvat.domain.conversion.records import ShapeRecord, Skip, TrackRecord
from fiftyone_cvat.domain.schema.vocab import LABEL_ID_ATTR


class TrackError(ValueError):
    """A track CVAT itself could not expand (shapes out of order, mixed types)."""


# --------------------------------------------------------------------------
# Upload: per-frame observations -> CVAT track shapes
# --------------------------------------------------------------------------


def track_shapes(
    observations: Sequence[tuple[ShapeRecord, bool]],
    end_frame: int | None,
    only_keyframes: bool,
) -> list[ShapeRecord]:
    """The keyframe shapes of one track from its per-frame ``(shape, is_keyframe)``.

    ``observations`` are sorted by frame, one per frame. Every maximal run of
    consecutive frames is a visible segment: its first frame is always a
    keyframe (CVAT needs a keyframe to start showing the object), and the
    frame after it gets an ``outside`` keyframe unless that is past the task's
    last frame (``end_frame`` = number of CVAT frames; None = always close).
    With ``only_keyframes`` the other non-keyframe shapes are dropped so CVAT
    interpolates them (frames after a segment's last keyframe hold it);
    otherwise every observed frame is a keyframe.
    """
    out: list[ShapeRecord] = []
    count = len(observations)
    for i, (shape, is_keyframe) in enumerate(observations):
        frame = shape["frame"]
        starts = i == 0 or observations[i - 1][0]["frame"] != frame - 1
        ends = i == count - 1 or observations[i + 1][0]["frame"] != frame + 1
        if starts or is_keyframe or not only_keyframes:
            shape["outside"] = False
            shape["keyframe"] = True
            out.append(shape)
        if ends and (end_frame is None or frame + 1 < end_frame):
            # CVAT interpolates towards the outside shape, so it repeats the last keyframe:
            # frames after the last keyframe then hold its position
            last = out[-1]
            closing = cast(ShapeRecord, dict(last))
            closing["attributes"] = dict(last["attributes"])
            closing["frame"] = frame + 1
            closing["outside"] = True
            closing["keyframe"] = True
            closing.pop("id", None)
            out.append(closing)
    return out


# --------------------------------------------------------------------------
# Download: CVAT-exact expansion of a track into per-frame shapes
# --------------------------------------------------------------------------


def interpolate_track(
    track: TrackRecord,
    end_frame: int,
    deleted_frames: Container[int] = (),
) -> list[ShapeRecord]:
    """Every shape CVAT 2.73 reports for ``track`` on frames ``[track.frame, end_frame)``.

    Returned shapes are new dicts (the track is not modified) in frame order,
    with ``keyframe`` True on the track's own shapes and False on interpolated
    ones. As in CVAT, ``outside`` keyframes are included (they end a visible
    segment; callers skip them) but interpolated ``outside`` shapes are not, a
    keyframe inherits the mutable attributes its predecessor has and it lacks,
    and frames in ``deleted_frames`` are ignored entirely.
    """
    shapes = _expand(track, end_frame, deleted_frames)
    first = track["frame"]
    return [
        s
        for s in shapes
        if s["frame"] not in deleted_frames
        and first <= s["frame"] < end_frame
        and (s.get("keyframe", False) or not s["outside"])
    ]


def _expand(
    track: TrackRecord, end_frame: int, deleted_frames: Container[int]
) -> Iterator[ShapeRecord]:
    prev: ShapeRecord | None = None
    for source in sorted(track["shapes"], key=lambda s: s["frame"]):
        frame = source["frame"]
        if frame in deleted_frames:
            continue
        shape = _copy(source)
        if prev is not None and end_frame <= frame:
            # CVAT interpolates towards a keyframe past the end and keeps what is before it.
            for inner in _between(prev, shape):
                if inner["frame"] >= end_frame:
                    break
                yield inner
            shape["keyframe"] = True
            prev = shape
            break
        if prev is not None:
            if frame == prev["frame"] and _same_shape(shape, prev):
                continue
            if frame <= prev["frame"]:
                raise TrackError(f"track has two different shapes on frame {frame}")
            for name, value in prev["attributes"].items():
                shape["attributes"].setdefault(name, value)
            if not prev["outside"]:
                yield from _between(prev, shape)
        shape["keyframe"] = True
        yield shape
        prev = shape
    if prev is not None and not prev["outside"]:
        for frame in range(prev["frame"] + 1, end_frame):
            yield _copy_at(prev, frame)


def _copy(shape: ShapeRecord) -> ShapeRecord:
    out = cast(ShapeRecord, dict(shape))
    out["attributes"] = dict(shape["attributes"])
    out["points"] = list(shape["points"])
    return out


def _copy_at(
    source: ShapeRecord,
    frame: int,
    points: list[float] | None = None,
    rotation: float | None = None,
) -> ShapeRecord:
    out = cast(ShapeRecord, dict(source))
    out["attributes"] = dict(source["attributes"])
    out["keyframe"] = False
    out["frame"] = frame
    out.pop("id", None)
    if rotation is not None:
        out["rotation"] = rotation
    out["points"] = list(source["points"]) if points is None else points
    return out


def _same_shape(a: ShapeRecord, b: ShapeRecord) -> bool:
    ignore = ("id", "keyframe")
    return {k: v for k, v in a.items() if k not in ignore} == {
        k: v for k, v in b.items() if k not in ignore
    }


def _between(shape0: ShapeRecord, shape1: ShapeRecord) -> Iterator[ShapeRecord]:
    kind = shape0["type"]
    if kind != shape1["type"]:
        raise TrackError(
            f"track changes shape type from {kind} to {shape1['type']} on frame {shape1['frame']}"
        )
    if kind in ("rectangle", "ellipse", "cuboid", "skeleton"):
        yield from _linear(shape0, shape1)
    elif kind == "points":
        if len(shape0["points"]) == 2 and len(shape1["points"]) == 2:
            yield from _linear(shape0, shape1)
        else:
            for frame in range(shape0["frame"] + 1, shape1["frame"]):
                yield _copy_at(shape0, frame)
    elif kind in ("polygon", "polyline"):
        yield from _polyshape(shape0, shape1)
    elif kind == "mask":
        for frame in range(shape0["frame"] + 1, shape1["frame"]):
            yield _copy_at(shape0, frame)
    else:
        raise TrackError(f"CVAT cannot interpolate {kind} tracks")


def angle_diff(right: float, left: float) -> float:
    """CVAT's ``find_angle_diff``, including its odd result for exactly -180 degrees."""
    diff = right - left
    diff = ((diff + 180) % 360) - 180
    if abs(diff) >= 180:
        diff = 360 - abs(diff) * -1 if diff > 0 else 1
    return diff


def _linear(shape0: ShapeRecord, shape1: ShapeRecord) -> Iterator[ShapeRecord]:
    f0, f1 = shape0["frame"], shape1["frame"]
    if f1 - f0 < 2:
        return
    distance = f1 - f0
    p0 = np.asarray(shape0["points"], dtype=np.float64)
    diff = np.subtract(np.asarray(shape1["points"], dtype=np.float64), p0)
    frames = np.arange(f0 + 1, f1)
    offsets = (frames - f0) / distance
    all_points = (p0[None, :] + diff[None, :] * offsets[:, None]).tolist()
    r0 = shape0.get("rotation", 0.0) or 0.0
    r1 = shape1.get("rotation", 0.0) or 0.0
    turn = angle_diff(r1, r0)
    for frame, offset, points in zip(frames.tolist(), offsets.tolist(), all_points, strict=True):
        rotation = (r0 + turn * offset + 360) % 360
        yield _copy_at(shape0, frame, points, rotation)


def _polyshape(shape0: ShapeRecord, shape1: ShapeRecord) -> Iterator[ShapeRecord]:
    points0 = list(shape0["points"])
    points1 = list(shape1["points"])
    closed = shape0["type"] == "polygon"
    if closed:  # CVAT closes polygons for the computation and strips the last pair after
        points0 += points0[:2]
        points1 += points1[:2]
    left = _pairs(points0)
    right = _pairs(points1)
    f0, f1 = shape0["frame"], shape1["frame"]
    distance = f1 - f0
    for frame in range(f0 + 1, f1):
        offset = (frame - f0) / distance
        points = _interpolate_curve(left, right, offset)
        if closed:
            points = points[:-2]
        yield _copy_at(shape0, frame, points)


# ----- CVAT's curve matching for polygons/polylines ------------------------

Point = tuple[float, float]


def _pairs(flat: Sequence[float]) -> list[Point]:
    array = np.asarray(flat, dtype=np.float64).reshape(-1, 2)
    return [(float(x), float(y)) for x, y in array]


def _dist(a: Point, b: Point) -> float:
    # ``** 2`` (libm pow), not ``dx * dx``: they can differ in the last bit, and CVAT's
    # thinning compares distances to thresholds, so only the same operations give
    # the same vertices
    dx = a[0] - b[0]
    dy = a[1] - b[1]
    return math.sqrt(dx**2 + dy**2)


def _length(points: Sequence[Point]) -> float:
    total = 0.0
    for i in range(1, len(points)):
        total += _dist(points[i], points[i - 1])
    return total


def _relative_positions(points: Sequence[Point]) -> list[float]:
    """Position of each vertex along the curve, as a fraction of its length (NaN if 0)."""
    length = _length(points)
    out = [0.0]
    acc = 0.0
    for i in range(1, len(points)):
        acc += _dist(points[i], points[i - 1])
        out.append(acc / length if length else math.nan)
    return out


def _nearest(value: float, curve: Sequence[float]) -> int:
    best, best_distance = 0, abs(value - curve[0])
    for i in range(1, len(curve)):
        distance = abs(value - curve[i])
        if distance < best_distance:
            best, best_distance = i, distance
    return best


def _interpolate_curve(left: list[Point], right: list[Point], offset: float) -> list[float]:
    """CVAT's ``interpolate_position``: match vertices by arc length, blend, then thin."""
    left_pos = _relative_positions(left)
    right_pos = _relative_positions(right)
    matching: dict[int, list[int]] = {i: [_nearest(v, right_pos)] for i, v in enumerate(left_pos)}
    matched = {j for js in matching.values() for j in js}
    for j in range(len(right_pos)):
        if j not in matched:
            matching[_nearest(right_pos[j], left_pos)].append(j)
    for key in matching:
        matching[key] = sorted(matching[key])

    blended: list[Point] = []
    for i, (lx, ly) in enumerate(left):
        for j in matching[i]:
            rx, ry = right[j]
            blended.append((lx + (rx - lx) * offset, ly + (ry - ly) * offset))

    reduced = _reduce(blended, matching, left, right)
    return [c for point in reduced for c in point]


def _reduce(
    blended: list[Point],
    matching: dict[int, list[int]],
    left: list[Point],
    right: list[Point],
) -> list[Point]:
    """CVAT's ``reduce_interpolation``: drop blended vertices closer than half a base step."""
    reduced: list[Point] = []
    first_index: dict[int, list[int]] = {}
    acc = 0
    for i in range(len(left)):
        first_index[i] = list(range(acc, acc + len(matching[i])))
        acc += len(matching[i])

    def minimize(base_length: float, n: int, start: int, stop: int) -> list[Point]:
        threshold = base_length / (2 * n)
        kept = [blended[start]]
        last = start
        for k in range(start + 1, stop):
            if _dist(blended[last], blended[k]) >= threshold:
                kept.append(blended[k])
                last = k
        kept.append(blended[stop])
        if len(kept) == 2 and _dist(blended[start], blended[stop]) < threshold:
            return [((kept[0][0] + kept[1][0]) / 2, (kept[0][1] + kept[1][1]) / 2)]
        return kept

    def left_segment(start: int, stop: int) -> None:
        a, b = first_index[start][0], first_index[stop][0]
        if a == b:
            reduced.append(blended[a])
            return
        reduced.extend(minimize(_length(left[start : stop + 1]), stop - start + 1, a, b))

    def right_segment(i: int) -> None:
        start, stop = matching[i][0], matching[i][-1]
        a, b = first_index[i][0], first_index[i][-1]
        reduced.extend(minimize(_length(right[start : stop + 1]), stop - start + 1, a, b))

    opened: int | None = None
    for i in range(len(left)):
        if len(matching[i]) == 1:
            if opened is not None:
                if matching[i][0] == matching[opened][0]:
                    continue
                left_segment(opened, i - 1)
            opened = i
        else:
            if opened is not None:
                left_segment(opened, i - 1)
                opened = None
            right_segment(i)
    if opened is not None:
        left_segment(opened, len(left) - 1)
    return reduced


def stop_attribute_propagation(shapes: list[ShapeRecord], mutable: Iterable[str]) -> None:
    """CVAT copies a mutable value missing from a keyframe from the keyframe before it;
    write ``""`` (None) where FiftyOne has no value but the previous keyframe had one."""
    names = tuple(mutable)
    previous: Attributes = {}
    for shape in shapes:
        attrs = shape["attributes"]
        for name in names:
            if name not in attrs and previous.get(name, ""):
                attrs[name] = ""
        previous = attrs


@dataclass
class ObservedTrack:
    """One track being built on upload: its label, group and per-frame shapes."""

    label: str
    group: int
    attributes: Attributes
    mutable: tuple[str, ...]
    masks: bool
    observations: list[tuple[ShapeRecord, bool]] = field(default_factory=list)


def track_record(
    track: ObservedTrack, field_name: str, only_keyframes: bool, end_frame: int | None
) -> tuple[TrackRecord, list[Skip]]:
    """The CVAT track of an observed track, and the observations CVAT cannot hold."""
    observations = sorted(track.observations, key=lambda o: o[0]["frame"])
    unique: list[tuple[ShapeRecord, bool]] = []
    skipped: list[Skip] = []
    for shape, keyframe in observations:
        if unique and unique[-1][0]["frame"] == shape["frame"]:
            skipped.append(
                Skip(
                    field_name,
                    f"frame {shape['frame']}",
                    "two labels of the same class and index on one frame; "
                    "a CVAT track has one shape per frame",
                    shape["attributes"].get(LABEL_ID_ATTR),
                )
            )
            continue
        unique.append((shape, keyframe))
    shapes = track_shapes(unique, end_frame, only_keyframes and not track.masks)
    stop_attribute_propagation(shapes, track.mutable)
    record: TrackRecord = {
        "frame": shapes[0]["frame"],
        "label": track.label,
        "group": track.group,
        "source": "manual",
        "attributes": track.attributes,
        "shapes": shapes,
    }
    return record, skipped
