"""Round trips of every label type on images: FiftyOne -> CVAT JSON -> FiftyOne."""

from __future__ import annotations

import math
from typing import Any

import fiftyone.core.labels as fol
import numpy as np
import pytest
from conversion_helpers import COLOR, label_field, round_trip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fiftyone_cvat.domain.conversion import FrameInfo, geometry, image_frames
from fiftyone_cvat.domain.schema.specs import AttributeSpec, ClassSpec, FieldSpec

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

sizes = st.tuples(st.integers(1, 4000), st.integers(1, 4000))
unit = st.floats(0, 1, allow_nan=False, allow_infinity=False)
plain_text = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8).filter(
    lambda s: s.lower() not in ("true", "false", "none")
)
attr_values = st.fixed_dictionaries(
    {},
    optional={
        "color": st.sampled_from(COLOR.values),
        "size": st.one_of(st.integers(-(10**6), 10**6), plain_text),
    },
)


def _attrs(label: Any) -> dict[str, Any]:
    names = ("color", "size", "occluded", "group")
    return {n: label[n] for n in names if label.has_field(n) and label[n] is not None}


def _labels(decoded: Any, field: str, rtype: str, sample: str = "s0") -> dict[str, Any]:
    return dict(decoded.labels.get(field, {}).get(rtype, {}).get(sample, {}))


def _box_tolerance(w: int, h: int) -> tuple[float, float]:
    return 1 / (geometry.SUBPIXEL * w), 1 / (geometry.SUBPIXEL * h)


# --------------------------------------------------------------------------
# Detections
# --------------------------------------------------------------------------


@st.composite
def detections(draw: Any) -> tuple[tuple[int, int], fol.Detections]:
    size = draw(sizes)
    dets = []
    for _ in range(draw(st.integers(0, 6))):
        x, y = draw(unit), draw(unit)
        w, h = draw(unit), draw(unit)
        dets.append(
            fol.Detection(
                label=draw(st.sampled_from(["car", "person"])),
                bounding_box=[x, y, w, h],
                occluded=draw(st.booleans()),
                group=draw(st.integers(1, 50) | st.none()),
                **draw(attr_values),
            )
        )
    return size, fol.Detections(detections=dets)


@SETTINGS
@given(detections())
def test_detections_round_trip(case: tuple[tuple[int, int], fol.Detections]) -> None:
    (w, h), dets = case
    spec = label_field("gt", "detections", occluded_attr="occluded", group_id_attr="group")
    frames = image_frames(["s0"], [(w, h)])
    _, decoded = round_trip(spec, [(0, (w, h), dets)], frames)
    got = _labels(decoded, "gt", "detections")
    assert set(got) == {d.id for d in dets.detections}
    tol_x, tol_y = _box_tolerance(w, h)
    for det in dets.detections:
        back = got[det.id]
        assert back.label == det.label
        assert _attrs(back) == _attrs(det)
        for a, b, tol in zip(back.bounding_box, det.bounding_box, (tol_x, tol_y) * 2, strict=True):
            assert abs(a - b) <= 2 * tol + 1e-12
    # no drift: a second round trip of the result gives the same labels
    again = fol.Detections(detections=list(got.values()))
    _, decoded2 = round_trip(spec, [(0, (w, h), again)], frames)
    got2 = _labels(decoded2, "gt", "detections")
    assert {k: v.bounding_box for k, v in got2.items()} == {
        k: v.bounding_box for k, v in got.items()
    }
    for _ in range(8):
        _, decoded2 = round_trip(
            spec, [(0, (w, h), fol.Detections(detections=list(got2.values())))], frames
        )
        got2 = _labels(decoded2, "gt", "detections")
    assert {k: v.bounding_box for k, v in got2.items()} == {
        k: v.bounding_box for k, v in got.items()
    }


def test_raw_database_dicts_encode_like_labels() -> None:
    det = fol.Detection(label="car", bounding_box=[0.1, 0.2, 0.3, 0.4], color="red")
    raw = {"_cls": "Detections", "detections": [det.to_dict()]}
    spec = label_field("gt", "detections")
    frames = image_frames(["s0"], [(100, 50)])
    _, from_raw = round_trip(spec, [(0, (100, 50), raw)], frames)
    got = _labels(from_raw, "gt", "detections")
    assert list(got) == [det.id]
    assert got[det.id].color == "red"


def test_boxes_take_the_size_of_their_own_frame() -> None:
    """Pixel points of a run's boxes are computed together; each keeps its frame's size,
    also around a box that is skipped and on frames with no box at all."""
    from fiftyone_cvat.domain.conversion import encode_field

    def dets(*boxes: list[float]) -> fol.Detections:
        return fol.Detections(
            detections=[fol.Detection(label="car", bounding_box=b) for b in boxes]
        )

    half = [0.5, 0.5, 0.5, 0.5]
    values = [
        (0, (100, 50), dets(half, [0.1, 0.1], half)),  # the middle box is skipped
        (1, (10, 20), dets()),
        (2, (10, 20), dets(half)),
        (3, (100, 50), dets(half, half)),
    ]
    result = encode_field(label_field("gt", "detections"), values)
    points = [(s["frame"], s["points"]) for s in result.annotations["shapes"]]
    assert points == [
        (0, [50.0, 25.0, 100.0, 50.0]),
        (0, [50.0, 25.0, 100.0, 50.0]),
        (2, [5.0, 10.0, 10.0, 20.0]),
        (3, [50.0, 25.0, 100.0, 50.0]),
        (3, [50.0, 25.0, 100.0, 50.0]),
    ]
    assert len(result.skipped) == 1


def test_rectangle_rotation_is_an_attribute() -> None:
    det = fol.Detection(label="car", bounding_box=[0.1, 0.2, 0.3, 0.4], rotation=30.0)
    spec = label_field("gt", "detections", attrs=())
    frames = image_frames(["s0"], [(100, 100)])
    encoded, decoded = round_trip(spec, [(0, (100, 100), fol.Detections(detections=[det]))], frames)
    assert encoded.annotations["shapes"][0]["rotation"] == 30.0
    assert _labels(decoded, "gt", "detections")[det.id].rotation == 30.0


# --------------------------------------------------------------------------
# Instances (masks)
# --------------------------------------------------------------------------


@st.composite
def instances(draw: Any) -> tuple[tuple[int, int], fol.Detections]:
    w, h = draw(st.integers(4, 300)), draw(st.integers(4, 300))
    dets = []
    for _ in range(draw(st.integers(1, 4))):
        left, top = draw(st.integers(0, w - 1)), draw(st.integers(0, h - 1))
        mw, mh = draw(st.integers(1, w - left)), draw(st.integers(1, h - top))
        seed = draw(st.integers(0, 2**32 - 1))
        mask = np.random.default_rng(seed).random((mh, mw)) < 0.5
        dets.append(
            fol.Detection(
                label="car",
                bounding_box=[left / w, top / h, mw / w, mh / h],
                mask=mask,
                **draw(attr_values),
            )
        )
    return (w, h), fol.Detections(detections=dets)


@SETTINGS
@given(instances())
def test_instances_round_trip_pixel_exact(case: tuple[tuple[int, int], fol.Detections]) -> None:
    (w, h), dets = case
    spec = label_field("gt", "instances")
    frames = image_frames(["s0"], [(w, h)])
    encoded, decoded = round_trip(spec, [(0, (w, h), dets)], frames)
    assert {s["type"] for s in encoded.annotations["shapes"]} == {"mask"}
    got = _labels(decoded, "gt", "detections")
    for det in dets.detections:
        back = got[det.id]
        assert np.array_equal(back.mask, det.mask)
        assert np.allclose(back.bounding_box, det.bounding_box, rtol=0, atol=1e-12)
        assert _attrs(back) == _attrs(det)


def test_mask_layout_matches_cvat() -> None:
    """CVAT 2.73: row-major runs starting with zeros, then inclusive left/top/right/bottom."""
    mask = np.array([[1, 1, 0], [0, 1, 1]], dtype=bool)
    det = fol.Detection(label="car", bounding_box=[2 / 10, 3 / 10, 3 / 10, 2 / 10], mask=mask)
    spec = label_field("gt", "instances", attrs=())
    frames = image_frames(["s0"], [(10, 10)])
    encoded, _ = round_trip(spec, [(0, (10, 10), fol.Detections(detections=[det]))], frames)
    assert encoded.annotations["shapes"][0]["points"] == [0, 2, 2, 2, 2, 3, 4, 4]


def test_instance_mask_is_resized_to_its_box() -> None:
    mask = np.ones((2, 2), dtype=bool)
    det = fol.Detection(label="car", bounding_box=[0.0, 0.0, 0.4, 0.4], mask=mask)
    spec = label_field("gt", "instances", attrs=())
    frames = image_frames(["s0"], [(10, 10)])
    _, decoded = round_trip(spec, [(0, (10, 10), fol.Detections(detections=[det]))], frames)
    back = _labels(decoded, "gt", "detections")[det.id]
    assert back.mask.shape == (4, 4) and back.mask.all()


def test_instance_without_mask_is_sent_as_rectangle() -> None:
    det = fol.Detection(label="car", bounding_box=[0.1, 0.1, 0.5, 0.5])
    spec = label_field("gt", "instances", attrs=())
    frames = image_frames(["s0"], [(10, 10)])
    encoded, decoded = round_trip(spec, [(0, (10, 10), fol.Detections(detections=[det]))], frames)
    assert encoded.annotations["shapes"][0]["type"] == "rectangle"
    assert _labels(decoded, "gt", "detections")[det.id].mask is None


# --------------------------------------------------------------------------
# Semantic segmentation
# --------------------------------------------------------------------------


def _seg_spec(targets: dict[int, str]) -> FieldSpec:
    names = list(dict.fromkeys(targets.values()))
    return FieldSpec(
        "seg",
        "segmentation",
        tuple(ClassSpec(n, n, (), n) for n in names),
        mask_targets={0: "background", **targets},
    )


@SETTINGS
@given(st.integers(1, 120), st.integers(1, 120), st.integers(0, 2**32 - 1), st.booleans())
def test_segmentation_round_trip_pixel_exact(w: int, h: int, seed: int, big: bool) -> None:
    targets = {1: "road", 2: "sky", 300: "tree"} if big else {1: "road", 2: "sky", 7: "tree"}
    values = np.array([0, *targets], dtype=np.int64)
    mask = values[np.random.default_rng(seed).integers(0, len(values), (h, w))]
    mask = mask.astype(np.uint16 if big else np.uint8)
    seg = fol.Segmentation(mask=mask)
    spec = _seg_spec(targets)
    frames = image_frames(["s0"], [(w, h)])
    encoded, decoded = round_trip(spec, [(0, (w, h), seg)], frames)
    present = {int(v) for v in np.unique(mask)} - {0}
    assert len(encoded.annotations["shapes"]) == len(present)
    got = _labels(decoded, "seg", "segmentation")
    if not present:  # nothing to draw: not uploaded, not in the id map, left unchanged
        assert got == {} and encoded.label_ids[0] == []
        return
    assert list(got) == [seg.id]
    assert np.array_equal(got[seg.id].mask, mask)


def test_segmentation_unknown_value_is_reported() -> None:
    mask = np.array([[0, 1], [5, 1]], dtype=np.uint8)
    spec = _seg_spec({1: "road"})
    frames = image_frames(["s0"], [(2, 2)])
    encoded, decoded = round_trip(spec, [(0, (2, 2), fol.Segmentation(mask=mask))], frames)
    assert any("mask value 5" in s.reason for s in encoded.skipped)
    back = next(iter(_labels(decoded, "seg", "segmentation").values()))
    assert np.array_equal(back.mask, np.array([[0, 1], [0, 1]]))


# --------------------------------------------------------------------------
# Polylines / polygons
# --------------------------------------------------------------------------


@st.composite
def polylines(draw: Any, filled: bool) -> tuple[tuple[int, int], fol.Polylines]:
    size = draw(sizes)
    need = 3 if filled else 2
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        parts = [
            [[draw(unit), draw(unit)] for _ in range(draw(st.integers(need, 6)))]
            for _ in range(draw(st.integers(1, 3)))
        ]
        lines.append(
            fol.Polyline(
                label=draw(st.sampled_from(["car", "person"])),
                points=parts,
                closed=filled,
                filled=filled,
                **draw(attr_values),
            )
        )
    return size, fol.Polylines(polylines=lines)


@SETTINGS
@given(st.booleans(), st.data())
def test_polylines_round_trip_keep_every_part(filled: bool, data: st.DataObject) -> None:
    (w, h), lines = data.draw(polylines(filled))
    spec = label_field("gt", "polygons" if filled else "polylines")
    frames = image_frames(["s0"], [(w, h)])
    _, decoded = round_trip(spec, [(0, (w, h), lines)], frames)
    got = _labels(decoded, "gt", "polylines")
    assert set(got) == {p.id for p in lines.polylines}
    tx, ty = _box_tolerance(w, h)
    for line in lines.polylines:
        back = got[line.id]
        assert (back.closed, back.filled) == (filled, filled)
        assert _attrs(back) == _attrs(line)
        assert len(back.points) == len(line.points)
        for part_back, part in zip(back.points, line.points, strict=True):
            assert len(part_back) == len(part)
            for (xb, yb), (x, y) in zip(part_back, part, strict=True):
                assert abs(xb - x) <= tx and abs(yb - y) <= ty


def test_closed_unfilled_polyline_stays_closed() -> None:
    line = fol.Polyline(label="car", points=[[[0.1, 0.1], [0.5, 0.1], [0.5, 0.5]]], closed=True)
    spec = label_field("gt", "polylines", attrs=())
    frames = image_frames(["s0"], [(100, 100)])
    _, decoded = round_trip(spec, [(0, (100, 100), fol.Polylines(polylines=[line]))], frames)
    back = _labels(decoded, "gt", "polylines")[line.id]
    assert back.closed and not back.filled


def test_degenerate_polygon_part_is_reported() -> None:
    line = fol.Polyline(
        label="car",
        points=[[[0.1, 0.1], [0.2, 0.2]], [[0.1, 0.1], [0.5, 0.1], [0.5, 0.5]]],
        closed=True,
        filled=True,
    )
    spec = label_field("gt", "polygons", attrs=())
    frames = image_frames(["s0"], [(100, 100)])
    encoded, decoded = round_trip(spec, [(0, (100, 100), fol.Polylines(polylines=[line]))], frames)
    assert len(encoded.skipped) == 1
    assert "part 0 has 2 point(s)" in encoded.skipped[0].reason
    assert encoded.skipped[0].label_id == line.id
    assert len(_labels(decoded, "gt", "polylines")[line.id].points) == 1


def test_degenerate_polyline_is_reported_and_not_in_id_map() -> None:
    line = fol.Polyline(label="car", points=[[[0.1, 0.1]]])
    spec = label_field("gt", "polylines", attrs=())
    encoded, _ = round_trip(
        spec, [(0, (10, 10), fol.Polylines(polylines=[line]))], image_frames(["s0"], [(10, 10)])
    )
    assert encoded.label_ids[0] == []
    assert "needs at least 2" in encoded.skipped[0].reason


# --------------------------------------------------------------------------
# Keypoints
# --------------------------------------------------------------------------


@SETTINGS
@given(sizes, st.lists(st.tuples(unit, unit), min_size=1, max_size=10), attr_values)
def test_keypoints_round_trip(
    size: tuple[int, int], points: list[tuple[float, float]], attrs: dict[str, Any]
) -> None:
    w, h = size
    kp = fol.Keypoint(label="person", points=[list(p) for p in points], **attrs)
    spec = label_field("gt", "keypoints")
    frames = image_frames(["s0"], [(w, h)])
    _, decoded = round_trip(spec, [(0, (w, h), fol.Keypoints(keypoints=[kp]))], frames)
    back = _labels(decoded, "gt", "keypoints")[kp.id]
    tx, ty = _box_tolerance(w, h)
    assert _attrs(back) == _attrs(kp)
    assert len(back.points) == len(points)
    for (xb, yb), (x, y) in zip(back.points, points, strict=True):
        assert abs(xb - x) <= tx and abs(yb - y) <= ty


def test_keypoint_with_nan_points_is_skipped_or_trimmed() -> None:
    nan = float("nan")
    kp = fol.Keypoint(label="person", points=[[0.1, 0.2], [nan, nan], [0.3, 0.4]])
    spec = label_field("gt", "keypoints", attrs=())
    frames = image_frames(["s0"], [(10, 10)])
    encoded, _ = round_trip(spec, [(0, (10, 10), fol.Keypoints(keypoints=[kp]))], frames)
    assert encoded.annotations["shapes"] == []
    assert "1 of 3 keypoints are missing" in encoded.skipped[0].reason
    assert encoded.label_ids[0] == []  # not uploaded, so FiftyOne keeps it as is

    from fiftyone_cvat.domain.conversion import encode_field

    dropped = encode_field(
        spec, [(0, (10, 10), fol.Keypoints(keypoints=[kp]))], keypoint_nan="drop"
    )
    assert dropped.annotations["shapes"][0]["points"] == [1.0, 2.0, 3.0, 4.0]
    assert dropped.skipped and "left out" in dropped.skipped[0].reason
    assert not math.isnan(sum(dropped.annotations["shapes"][0]["points"]))


# --------------------------------------------------------------------------
# Classifications and scalars
# --------------------------------------------------------------------------


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["car", "person"]), attr_values), max_size=5))
def test_classifications_round_trip(items: list[tuple[str, dict[str, Any]]]) -> None:
    cls = fol.Classifications(classifications=[fol.Classification(label=n, **a) for n, a in items])
    spec = label_field("tags", "classifications")
    frames = image_frames(["s0"], [(10, 10)])
    encoded, decoded = round_trip(spec, [(0, None, cls)], frames)
    assert len(encoded.annotations["tags"]) == len(items)
    got = _labels(decoded, "tags", "classifications")
    assert set(got) == {c.id for c in cls.classifications}
    for c in cls.classifications:
        assert got[c.id].label == c.label
        assert _attrs(got[c.id]) == _attrs(c)


def test_single_classification_round_trip() -> None:
    c = fol.Classification(label="car", color="blue")
    spec = label_field("weather", "classification")
    _, decoded = round_trip(spec, [(0, None, c)], image_frames(["s0"], [(1, 1)]))
    back = _labels(decoded, "weather", "classifications")[c.id]
    assert (back.label, back.color) == ("car", "blue")


def test_unknown_class_is_reported() -> None:
    c = fol.Classification(label="zebra")
    spec = label_field("weather", "classification")
    encoded, _ = round_trip(spec, [(0, None, c)], image_frames(["s0"], [(1, 1)]))
    assert "class 'zebra'" in encoded.skipped[0].reason
    assert encoded.annotations["tags"] == []


def _scalar_spec(classes: tuple[Any, ...] = ()) -> FieldSpec:
    if not classes:
        value = AttributeSpec("value", "text")
        return FieldSpec(
            "score", "scalar", (ClassSpec("score", "score", (value,)),), scalar_mode="value"
        )
    from fiftyone_cvat.domain.schema.values import to_cvat_value

    return FieldSpec(
        "score",
        "scalar",
        tuple(ClassSpec(to_cvat_value(v), to_cvat_value(v), (), v) for v in classes),
        scalar_mode="class",
    )


@SETTINGS
@given(
    st.lists(
        st.one_of(
            st.integers(-(10**9), 10**9),
            st.floats(allow_nan=False, allow_infinity=False),
            st.booleans(),
            plain_text,
            st.none(),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_scalar_without_classes_round_trip(values: list[Any]) -> None:
    spec = _scalar_spec()
    frames = image_frames([f"s{i}" for i in range(len(values))], [(1, 1)] * len(values))
    _, decoded = round_trip(spec, [(i, None, v) for i, v in enumerate(values)], frames)
    got = decoded.labels.get("score", {}).get("scalar", {})
    assert got == {f"s{i}": v for i, v in enumerate(values) if v is not None}
    assert all(type(got[f"s{i}"]) is type(v) for i, v in enumerate(values) if v is not None)


def test_scalar_with_classes_round_trip() -> None:
    spec = _scalar_spec((1, 2, "three", True))
    values = [1, "three", True, None, 2]
    frames = image_frames([f"s{i}" for i in range(5)], [(1, 1)] * 5)
    encoded, decoded = round_trip(spec, [(i, None, v) for i, v in enumerate(values)], frames)
    assert [t["label"] for t in encoded.annotations["tags"]] == ["1", "three", "true", "2"]
    assert decoded.labels["score"]["scalar"] == {"s0": 1, "s1": "three", "s2": True, "s4": 2}


def test_scalar_value_not_in_classes_is_reported() -> None:
    spec = _scalar_spec((1, 2))
    encoded, _ = round_trip(spec, [(0, None, 5)], image_frames(["s0"], [(1, 1)]))
    assert "value 5" in encoded.skipped[0].reason


def test_text_attributes_stay_strings_without_coercion() -> None:
    det = fol.Detection(label="car", bounding_box=[0, 0, 1, 1], size="12")
    spec = label_field("gt", "detections")
    frames = image_frames(["s0"], [(10, 10)])
    _, coerced = round_trip(spec, [(0, (10, 10), fol.Detections(detections=[det]))], frames)
    assert _labels(coerced, "gt", "detections")[det.id].size == 12
    _, kept = round_trip(
        spec, [(0, (10, 10), fol.Detections(detections=[det]))], frames, coerce_text=False
    )
    assert _labels(kept, "gt", "detections")[det.id].size == "12"


def test_frame_without_size_is_reported() -> None:
    det = fol.Detection(label="car", bounding_box=[0, 0, 1, 1])
    spec = label_field("gt", "detections")
    encoded, _ = round_trip(
        spec, [(0, None, fol.Detections(detections=[det]))], [FrameInfo("s0", 1, 1)]
    )
    assert "frame size is unknown" in encoded.skipped[0].reason


@pytest.mark.parametrize("label_type", ["detection", "polyline", "keypoint"])
def test_single_label_fields(label_type: str) -> None:
    label: Any
    if label_type == "detection":
        label, rtype = fol.Detection(label="car", bounding_box=[0.1, 0.1, 0.2, 0.2]), "detections"
    elif label_type == "polyline":
        label, rtype = fol.Polyline(label="car", points=[[[0.1, 0.1], [0.2, 0.2]]]), "polylines"
    else:
        label, rtype = fol.Keypoint(label="car", points=[[0.1, 0.1]]), "keypoints"
    spec = label_field("one", label_type)
    _, decoded = round_trip(spec, [(0, (10, 10), label)], image_frames(["s0"], [(10, 10)]))
    assert list(_labels(decoded, "one", rtype)) == [label.id]


def test_non_finite_box_is_reported() -> None:
    good = fol.Detection(label="car", bounding_box=[0.1, 0.1, 0.2, 0.2])
    bad = fol.Detection(label="car", bounding_box=[float("nan"), 0.1, 0.2, 0.2])
    spec = label_field("gt", "detections", attrs=())
    encoded, decoded = round_trip(
        spec,
        [(0, (10, 10), fol.Detections(detections=[good, bad]))],
        image_frames(["s0"], [(10, 10)]),
    )
    assert encoded.label_ids[0] == [good.id]
    assert encoded.skipped[0].label_id == bad.id
    assert list(_labels(decoded, "gt", "detections")) == [good.id]


def test_mask_points_are_integers_like_cvat_writes_them() -> None:
    det = fol.Detection(label="car", bounding_box=[0.1, 0.1, 0.3, 0.3], mask=np.eye(3, dtype=bool))
    spec = label_field("gt", "instances", attrs=())
    encoded, _ = round_trip(
        spec, [(0, (10, 10), fol.Detections(detections=[det]))], image_frames(["s0"], [(10, 10)])
    )
    assert all(type(v) is int for v in encoded.annotations["shapes"][0]["points"])


@SETTINGS
@given(sizes, st.lists(st.tuples(unit, unit), min_size=1, max_size=10))
def test_keypoints_do_not_drift(size: tuple[int, int], points: list[tuple[float, float]]) -> None:
    """Ten round trips give exactly the labels of one (coordinates snap to a 1/256 px grid)."""
    w, h = size
    spec = label_field("gt", "keypoints", attrs=())
    frames = image_frames(["s0"], [(w, h)])
    kp = fol.Keypoint(label="car", points=[list(p) for p in points])
    results = []
    for _ in range(10):
        _, decoded = round_trip(spec, [(0, (w, h), fol.Keypoints(keypoints=[kp]))], frames)
        kp = _labels(decoded, "gt", "keypoints")[kp.id]
        results.append([list(p) for p in kp.points])
    assert all(r == results[0] for r in results)
