"""Video frame fields: tracks, keyframes, outside, CVAT-exact interpolation, frame maps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import fiftyone.core.labels as fol
import numpy as np
import pytest
from conversion_helpers import COLOR, KIND, label_field, round_trip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fiftyone_cvat.domain.conversion import (
    FrameInfo,
    ShapeRecord,
    TrackRecord,
    decode_annotations,
    encode_field,
    interpolate_track,
    video_frames,
)
from fiftyone_cvat.domain.conversion.tracks import angle_diff
from fiftyone_cvat.domain.frames import cvat_frame_of

W, H = 200, 100


def _frames(n: int) -> list[FrameInfo]:
    return video_frames("v0", (W, H), n, frame_ids={i + 1: f"f{i + 1}" for i in range(n)})


def _per_frame(decoded: Any, field: str, rtype: str) -> dict[Any, dict[str, Any]]:
    return dict(decoded.labels.get(field, {}).get(rtype, {}).get("v0", {}))


def _det(label: str, box: list[float], index: int | None, **attrs: Any) -> fol.Detection:
    return fol.Detection(label=label, bounding_box=box, index=index, **attrs)


def _shape(frame: int, points: list[Any], kind: str = "rectangle", **extra: Any) -> ShapeRecord:
    shape: dict[str, Any] = {
        "type": kind,
        "frame": frame,
        "points": points,
        "attributes": {},
        "occluded": False,
        "z_order": 0,
        "rotation": 0.0,
        "outside": False,
        "source": "manual",
    }
    shape.update(extra)
    return shape  # type: ignore[return-value]


def _track(shapes: list[ShapeRecord], label: str = "car") -> TrackRecord:
    return {
        "frame": shapes[0]["frame"],
        "label": label,
        "group": 0,
        "source": "manual",
        "attributes": {},
        "shapes": shapes,
    }


# --------------------------------------------------------------------------
# Round trips
# --------------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(2, 15), st.data())
def test_tracks_round_trip_every_frame(n: int, data: st.DataObject) -> None:
    """Without keyframe markings every observed frame is a keyframe: nothing is lost."""
    spec = label_field("frames.gt", "detections", attrs=(COLOR, KIND))
    values: list[Any] = []
    originals: dict[tuple[int, str], fol.Detection] = {}
    tracks = data.draw(st.integers(1, 3))
    presence = [data.draw(st.lists(st.booleans(), min_size=n, max_size=n)) for _ in range(tracks)]
    kinds = [data.draw(st.sampled_from(KIND.values)) for _ in range(tracks)]
    for k in range(n):
        dets = []
        for t in range(tracks):
            if presence[t][k]:
                box = [data.draw(st.floats(0, 1)) for _ in range(4)]
                det = _det(
                    "car", box, t + 1, color=data.draw(st.sampled_from(COLOR.values)), kind=kinds[t]
                )
                dets.append(det)
                originals[(k, det.id)] = det
        values.append((k, (W, H), fol.Detections(detections=dets) if dets else None))
    encoded, decoded = round_trip(spec, values, _frames(n), end_frame=n)
    assert encoded.annotations["shapes"] == []
    got = _per_frame(decoded, "frames.gt", "detections")
    seen = {
        (int(key[1:]) - 1, lid): label for key, frame in got.items() for lid, label in frame.items()
    }
    assert set(seen) == set(originals)
    groups: dict[int, set[int]] = {}
    for key, det in originals.items():
        back = seen[key]
        assert back.color == det.color and back.kind == det.kind and back.keyframe is True
        assert back.bounding_box == pytest.approx(det.bounding_box, abs=2 / 256 / 100)
        groups.setdefault(back.index, set()).add(det.index)
    assert all(len(v) == 1 for v in groups.values())  # tracks are not mixed


def test_outside_frames_end_a_segment() -> None:
    spec = label_field("frames.gt", "detections", attrs=())
    box = [0.1, 0.1, 0.2, 0.2]
    present = {0, 1, 2, 5, 6}
    values = [
        (k, (W, H), fol.Detections(detections=[_det("car", box, 1)]) if k in present else None)
        for k in range(10)
    ]
    encoded, decoded = round_trip(spec, values, _frames(10), end_frame=10)
    (track,) = encoded.annotations["tracks"]
    assert [(s["frame"], s["outside"]) for s in track["shapes"]] == [
        (0, False),
        (1, False),
        (2, False),
        (3, True),
        (5, False),
        (6, False),
        (7, True),
    ]
    got = _per_frame(decoded, "frames.gt", "detections")
    assert sorted(int(k[1:]) - 1 for k in got) == sorted(present)


def test_track_reaching_the_last_frame_needs_no_outside() -> None:
    spec = label_field("frames.gt", "detections", attrs=())
    values = [
        (k, (W, H), fol.Detections(detections=[_det("car", [0, 0, 0.5, 0.5], 3)])) for k in (3, 4)
    ]
    encoded = encode_field(spec, values, end_frame=5)
    assert [s["outside"] for s in encoded.annotations["tracks"][0]["shapes"]] == [False, False]


def test_keyframe_only_upload_and_exact_interpolation() -> None:
    spec = label_field("frames.gt", "detections", attrs=(COLOR,), only_keyframes=True)
    boxes = {k: [k / 100, k / 200, 0.1, 0.2] for k in range(10)}
    keyframes = {0, 4, 8}
    dets = {
        k: _det("car", boxes[k], 7, color="red", keyframe=(k in keyframes) or None)
        for k in range(10)
    }
    values = [(k, (W, H), fol.Detections(detections=[dets[k]])) for k in range(10)]
    encoded, decoded = round_trip(spec, values, _frames(12), end_frame=12)
    (track,) = encoded.annotations["tracks"]
    assert [(s["frame"], s["outside"]) for s in track["shapes"]] == [
        (0, False),
        (4, False),
        (8, False),
        (10, True),
    ]
    assert sorted(encoded.label_ids) == list(range(10))  # every label is in the id map
    got = _per_frame(decoded, "frames.gt", "detections")
    assert sorted(int(k[1:]) - 1 for k in got) == list(range(10))  # 9 is held from frame 8
    for k in range(10):
        (label,) = got[f"f{k + 1}"].values()
        assert label.color == "red" and label.index == 1
        if k in keyframes:
            assert label.id == dets[k].id and label.keyframe is True
        else:
            assert label.id != dets[k].id and not label.has_field("keyframe")
    # frames 1-3 between keyframes 0 ([0,0,20,20]) and 4 ([8,2,28,22]) in pixels
    for k in (1, 2, 3):
        (label,) = got[f"f{k + 1}"].values()
        x = 8 * k / 4 / W
        y = 2 * k / 4 / H
        assert label.bounding_box == pytest.approx([x, y, 0.1, 0.2], abs=1e-12)
    (held,) = got["f10"].values()
    assert held.bounding_box == pytest.approx(boxes[8], abs=1e-12)


def test_immutable_attributes_live_on_the_track() -> None:
    spec = label_field("frames.gt", "detections", attrs=(COLOR, KIND))
    values = [
        (
            k,
            (W, H),
            fol.Detections(detections=[_det("car", [0, 0, 0.5, 0.5], 1, kind="suv", color=c)]),
        )
        for k, c in enumerate(["red", "blue"])
    ]
    encoded, decoded = round_trip(spec, values, _frames(2), end_frame=2)
    (track,) = encoded.annotations["tracks"]
    assert track["attributes"] == {"kind": "suv"}
    assert all("kind" not in s["attributes"] for s in track["shapes"])
    got = _per_frame(decoded, "frames.gt", "detections")
    assert [next(iter(got[f].values())).kind for f in ("f1", "f2")] == ["suv", "suv"]
    assert [next(iter(got[f].values())).color for f in ("f1", "f2")] == ["red", "blue"]


def test_none_mutable_attribute_is_not_inherited() -> None:
    spec = label_field("frames.gt", "detections", attrs=(COLOR,))
    values = [
        (0, (W, H), fol.Detections(detections=[_det("car", [0, 0, 0.5, 0.5], 1, color="red")])),
        (1, (W, H), fol.Detections(detections=[_det("car", [0, 0, 0.5, 0.5], 1)])),
    ]
    encoded, decoded = round_trip(spec, values, _frames(2), end_frame=2)
    assert encoded.annotations["tracks"][0]["shapes"][1]["attributes"]["color"] == ""
    got = _per_frame(decoded, "frames.gt", "detections")
    assert not next(iter(got["f2"].values())).has_field("color")


def test_labels_without_index_are_plain_shapes() -> None:
    spec = label_field("frames.gt", "detections", attrs=())
    det = _det("car", [0, 0, 0.5, 0.5], None)
    encoded, decoded = round_trip(
        spec, [(1, (W, H), fol.Detections(detections=[det]))], _frames(3), end_frame=3
    )
    assert encoded.annotations["tracks"] == [] and len(encoded.annotations["shapes"]) == 1
    assert list(_per_frame(decoded, "frames.gt", "detections")) == ["f2"]


def test_polyline_and_keypoint_tracks_round_trip() -> None:
    for label_type, rtype in (("polylines", "polylines"), ("keypoints", "keypoints")):
        spec = label_field("frames.gt", label_type, attrs=())
        labels: list[Any] = []
        for k in range(3):
            if label_type == "polylines":
                labels.append(
                    fol.Polyline(
                        label="car",
                        index=2,
                        points=[
                            [[0.1, 0.1], [0.2, 0.2 + k / 10]],
                            [[0.5, 0.5], [0.6, 0.6], [0.7, 0.5]],
                        ],
                    )
                )
            else:
                labels.append(fol.Keypoint(label="car", index=2, points=[[0.1, 0.1 + k / 10]]))
        container: Callable[[Any], Any] = (
            (lambda x: fol.Polylines(polylines=[x]))
            if label_type == "polylines"
            else (lambda x: fol.Keypoints(keypoints=[x]))
        )
        values = [(k, (W, H), container(lbl)) for k, lbl in enumerate(labels)]
        encoded, decoded = round_trip(spec, values, _frames(3), end_frame=3)
        got = _per_frame(decoded, "frames.gt", rtype)
        for k, lbl in enumerate(labels):
            (back,) = got[f"f{k + 1}"].values()
            assert back.id == lbl.id
            flat_back = (
                [c for part in back.points for pt in part for c in pt]
                if label_type == "polylines"
                else [c for pt in back.points for c in pt]
            )
            flat = (
                [c for part in lbl.points for pt in part for c in pt]
                if label_type == "polylines"
                else [c for pt in lbl.points for c in pt]
            )
            assert flat_back == pytest.approx(flat, abs=1e-4)
        if label_type == "polylines":  # one CVAT track per part, merged back per frame
            assert len(encoded.annotations["tracks"]) == 2


# --------------------------------------------------------------------------
# CVAT's interpolation, against hand-computed values
# --------------------------------------------------------------------------


def test_rectangle_interpolation_and_rotation() -> None:
    track = _track(
        [
            _shape(0, [0, 0, 10, 10], rotation=350.0),
            _shape(2, [4, 8, 14, 18], rotation=10.0),
            _shape(3, [4, 8, 14, 18], outside=True),
        ]
    )
    shapes = interpolate_track(track, 10)
    assert [(s["frame"], s["keyframe"], s["outside"]) for s in shapes] == [
        (0, True, False),
        (1, False, False),
        (2, True, False),
        (3, True, True),
    ]
    assert shapes[1]["points"] == [2.0, 4.0, 12.0, 14.0]
    assert shapes[1]["rotation"] == 0.0  # 350 -> 10 the short way round


def test_angle_diff_matches_cvat_quirk() -> None:
    assert angle_diff(10, 350) == 20
    assert angle_diff(350, 10) == -20
    assert angle_diff(0, 180) == 1  # CVAT's odd result for exactly -180 degrees


def test_last_keyframe_propagates_to_the_end() -> None:
    shapes = interpolate_track(_track([_shape(2, [1, 1, 2, 2])]), 5)
    assert [(s["frame"], s["keyframe"]) for s in shapes] == [(2, True), (3, False), (4, False)]
    assert all(s["points"] == [1, 1, 2, 2] for s in shapes)


def test_keyframe_past_the_end_is_interpolated_towards() -> None:
    track = _track([_shape(0, [0, 0, 0, 0]), _shape(10, [10, 10, 10, 10])])
    shapes = interpolate_track(track, 3)
    assert [s["points"][0] for s in shapes] == [0, 1.0, 2.0]


def test_polyline_with_different_point_counts() -> None:
    """CVAT matches vertices by arc length, blends, then thins (worked by hand)."""
    track = _track(
        [_shape(0, [0, 0, 10, 0], "polyline"), _shape(2, [0, 10, 5, 10, 10, 10], "polyline")]
    )
    shapes = interpolate_track(track, 3)
    assert shapes[1]["points"] == [0.0, 5.0, 2.5, 5.0, 10.0, 5.0]


def test_polygon_interpolation_closes_and_reopens() -> None:
    square = [0, 0, 10, 0, 10, 10, 0, 10]
    moved = [2, 0, 12, 0, 12, 10, 2, 10]
    track = _track([_shape(0, square, "polygon"), _shape(2, moved, "polygon")])
    shapes = interpolate_track(track, 3)
    assert shapes[1]["points"] == [1.0, 0.0, 11.0, 0.0, 11.0, 10.0, 1.0, 10.0]


def test_points_interpolation() -> None:
    single = _track([_shape(0, [0, 0], "points"), _shape(4, [8, 4], "points")])
    assert [s["points"] for s in interpolate_track(single, 5)][1:4] == [
        [2.0, 1.0],
        [4.0, 2.0],
        [6.0, 3.0],
    ]
    many = _track([_shape(0, [0, 0, 1, 1], "points"), _shape(2, [8, 4, 9, 9], "points")])
    assert interpolate_track(many, 3)[1]["points"] == [0, 0, 1, 1]  # CVAT copies


def test_mutable_attributes_propagate_between_keyframes() -> None:
    track = _track(
        [
            _shape(0, [0, 0, 1, 1], attributes={"color": "red"}),
            _shape(2, [0, 0, 1, 1], attributes={}),
        ]
    )
    assert [s["attributes"] for s in interpolate_track(track, 3)] == [{"color": "red"}] * 3


def test_deleted_frames_are_skipped() -> None:
    track = _track([_shape(0, [0, 0, 0, 0]), _shape(2, [2, 2, 2, 2]), _shape(4, [4, 4, 4, 4])])
    shapes = interpolate_track(track, 5, deleted_frames={2})
    assert [s["frame"] for s in shapes] == [0, 1, 3, 4]
    assert shapes[1]["points"] == [1.0, 1.0, 1.0, 1.0]  # 0 -> 4 directly


def test_invalid_track_is_reported_not_raised() -> None:
    track = _track([_shape(0, [0, 0, 1, 1]), _shape(0, [0, 0, 2, 2])])
    spec = label_field("frames.gt", "detections", attrs=())
    decoded = decode_annotations(
        {"version": 0, "tags": [], "shapes": [], "tracks": [track]}, [spec], _frames(2)
    )
    assert "two different shapes on frame 0" in decoded.skipped[0].reason


# --------------------------------------------------------------------------
# Frame start / stop / step
# --------------------------------------------------------------------------


def test_video_frame_map_with_start_stop_step() -> None:
    frames = video_frames("v0", (W, H), 100, frame_start=10, frame_stop=30, frame_step=10)
    assert [f.frame_number for f in frames] == [11, 21, 31]  # FiftyOne frames are 1-based
    assert [f.key for f in frames] == [11, 21, 31]
    assert cvat_frame_of(21, frame_start=10, frame_step=10) == 1
    assert cvat_frame_of(22, frame_start=10, frame_step=10) is None
    assert cvat_frame_of(5, frame_start=10, frame_step=10) is None


def test_decoded_frames_follow_the_frame_map() -> None:
    spec = label_field("frames.gt", "detections", attrs=())
    frames = video_frames("v0", (W, H), 100, frame_start=10, frame_step=10)
    det = _det("car", [0, 0, 0.5, 0.5], None)
    _, decoded = round_trip(spec, [(2, (W, H), fol.Detections(detections=[det]))], frames)
    assert list(_per_frame(decoded, "frames.gt", "detections")) == [31]


def test_frame_outside_the_map_is_reported() -> None:
    spec = label_field("frames.gt", "detections", attrs=())
    det = _det("car", [0, 0, 0.5, 0.5], None)
    _, decoded = round_trip(spec, [(5, (W, H), fol.Detections(detections=[det]))], _frames(2))
    assert "not in the task's frame map" in decoded.skipped[0].reason


def test_two_labels_of_one_track_on_a_frame_are_reported() -> None:
    spec = label_field("frames.gt", "detections", attrs=())
    dets = [_det("car", [0, 0, 0.5, 0.5], 1), _det("car", [0.5, 0.5, 0.1, 0.1], 1)]
    encoded = encode_field(spec, [(0, (W, H), fol.Detections(detections=dets))], end_frame=1)
    assert "same class and index" in encoded.skipped[0].reason
    assert len(encoded.annotations["tracks"][0]["shapes"]) == 1


# --------------------------------------------------------------------------
# Every label type on video frames
# --------------------------------------------------------------------------


def _frame_label(label_type: str, data: st.DataObject, index: int, k: int) -> Any:
    unit = st.floats(0, 1, allow_nan=False)
    if label_type == "classifications":
        return fol.Classification(label=data.draw(st.sampled_from(["car", "person"])))
    if label_type == "instances":
        w, h = data.draw(st.integers(1, 40)), data.draw(st.integers(1, 40))
        left, top = data.draw(st.integers(0, W - w)), data.draw(st.integers(0, H - h))
        mask = np.random.default_rng(k * 31 + index).random((h, w)) < 0.5
        return fol.Detection(
            label="car", index=index, bounding_box=[left / W, top / H, w / W, h / H], mask=mask
        )
    if label_type == "keypoints":
        pts = [[data.draw(unit), data.draw(unit)] for _ in range(data.draw(st.integers(1, 4)))]
        return fol.Keypoint(label="car", index=index, points=pts)
    parts = [
        [[data.draw(unit), data.draw(unit)] for _ in range(data.draw(st.integers(3, 5)))]
        for _ in range(data.draw(st.integers(1, 2)))
    ]
    return fol.Polyline(label="car", index=index, points=parts, closed=True, filled=True)


_CONTAINERS: dict[str, tuple[type, str, str]] = {
    "classifications": (fol.Classifications, "classifications", "classifications"),
    "instances": (fol.Detections, "detections", "detections"),
    "keypoints": (fol.Keypoints, "keypoints", "keypoints"),
    "polygons": (fol.Polylines, "polylines", "polylines"),
}


@pytest.mark.parametrize("label_type", [*_CONTAINERS, "segmentation"])
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_video_round_trip_every_type(label_type: str, data: st.DataObject) -> None:
    n = data.draw(st.integers(1, 6))
    if label_type == "segmentation":
        from fiftyone_cvat.domain.schema.specs import ClassSpec, FieldSpec

        spec = FieldSpec(
            "frames.seg",
            "segmentation",
            (ClassSpec("road", "road", (), "road"), ClassSpec("sky", "sky", (), "sky")),
            mask_targets={1: "road", 2: "sky"},
        )
    else:
        spec = label_field("frames.gt", label_type, attrs=())
    originals: dict[int, list[Any]] = {}
    values: list[Any] = []
    for k in range(n):
        if label_type == "segmentation":
            mask = np.random.default_rng(k).integers(1, 3, (H, W)).astype(np.uint8)
            label: Any = fol.Segmentation(mask=mask)
            originals[k] = [label]
        else:
            cls, key, _ = _CONTAINERS[label_type]
            labels = [
                _frame_label(label_type, data, i + 1, k)
                for i in range(2)
                if data.draw(st.booleans())
            ]
            originals[k] = labels
            label = cls(**{key: labels})
        values.append((k, (W, H), label))
    _, decoded = round_trip(spec, values, _frames(n), end_frame=n)
    rtype = "segmentation" if label_type == "segmentation" else _CONTAINERS[label_type][2]
    got = _per_frame(decoded, spec.name, rtype)
    for k, labels in originals.items():
        back = got.get(f"f{k + 1}", {})
        assert set(back) == {lbl.id for lbl in labels}
        for lbl in labels:
            mine = back[lbl.id]
            if label_type in ("instances", "segmentation"):
                assert np.array_equal(mine.mask, lbl.mask)
            elif label_type == "keypoints":
                assert np.allclose(mine.points, lbl.points, atol=1 / 256 / 100)
            elif label_type == "polygons":
                assert len(mine.points) == len(lbl.points)
            else:
                assert mine.label == lbl.label
            if label_type != "classifications" and label_type != "segmentation":
                assert mine.index is not None and mine.keyframe is True
