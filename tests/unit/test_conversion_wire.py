"""Names <-> ids (the wire JSON), masks RLE, and decode's edge cases."""

from __future__ import annotations

from typing import Any

import fiftyone.core.labels as fol
import numpy as np
import pytest
from conversion_helpers import COLOR, KIND, label_field, resolver_for
from hypothesis import given, settings
from hypothesis import strategies as st

from fiftyone_cvat.domain.conversion import (
    IdResolver,
    decode_annotations,
    encode_field,
    image_frames,
    merge_annotations,
    rle_decode,
    rle_encode,
)
from fiftyone_cvat.domain.conversion.records import Annotations, ShapeRecord
from fiftyone_cvat.domain.schema.specs import ClassSpec, FieldSpec
from fiftyone_cvat.domain.schema.vocab import LABEL_ID_ATTR

FRAMES = image_frames(["s0"], [(100, 100)])


def _rect(label: str, points: list[float], **extra: Any) -> ShapeRecord:
    shape: dict[str, Any] = {
        "type": "rectangle",
        "frame": 0,
        "label": label,
        "points": points,
        "attributes": {},
        "occluded": False,
        "group": 0,
        "z_order": 0,
        "rotation": 0.0,
        "outside": False,
        "source": "manual",
    }
    shape.update(extra)
    return shape  # type: ignore[return-value]


def _annotations(shapes: list[ShapeRecord]) -> Annotations:
    return {"version": 0, "tags": [], "shapes": shapes, "tracks": []}


# --------------------------------------------------------------------------
# IdResolver
# --------------------------------------------------------------------------


def test_to_wire_speaks_cvat_ids() -> None:
    spec = label_field("frames.gt", "detections", attrs=(COLOR, KIND))
    det = fol.Detection(
        label="car", bounding_box=[0, 0, 0.5, 0.5], index=1, color="red", kind="suv"
    )
    encoded = encode_field(spec, [(0, (10, 10), fol.Detections(detections=[det]))], end_frame=3)
    resolver = resolver_for([spec])
    wire = resolver.to_wire(encoded.annotations)
    (track,) = wire["tracks"]
    car = resolver.label_id("car")
    assert track["label_id"] == car
    assert track["attributes"] == [{"spec_id": resolver.spec_id("car", "kind"), "value": "suv"}]
    first, closing = track["shapes"]
    assert set(first) == {
        "type",
        "frame",
        "points",
        "occluded",
        "z_order",
        "rotation",
        "outside",
        "attributes",
    }  # no label/group/keyframe/source: CVAT's TrackedShapeRequest has none of them
    assert {a["spec_id"] for a in first["attributes"]} == {
        resolver.spec_id("car", "color"),
        resolver.spec_id("car", LABEL_ID_ATTR),
    }
    assert closing["outside"] is True and closing["frame"] == 1


def test_from_wire_reports_unknown_ids() -> None:
    resolver = IdResolver.from_ids({"car": (1, {"color": 10})})
    payload = {
        "version": 3,
        "tags": [{"id": 5, "frame": 0, "label_id": 99, "attributes": []}],
        "shapes": [
            {
                "id": 6,
                "type": "rectangle",
                "frame": 0,
                "label_id": 1,
                "points": [0, 0, 1, 1],
                "attributes": [{"spec_id": 10, "value": "red"}, {"spec_id": 77, "value": "x"}],
            }
        ],
        "tracks": [],
    }
    records, skipped = resolver.from_wire(payload)
    assert records["version"] == 3 and records["tags"] == []
    assert records["shapes"][0]["attributes"] == {"color": "red"}
    assert records["shapes"][0]["id"] == 6
    assert [s.where for s in skipped] == ["tag 5", "shape 6"]


def test_resolver_accepts_generated_models() -> None:
    from cvat_api.models import Label

    attr = {"id": 30, "name": "color", "mutable": True, "input_type": "text", "values": []}
    model = Label.from_dict({"id": 3, "name": "car", "attributes": [attr]})
    resolver = IdResolver([model])
    assert resolver.label_id("car") == 3 and resolver.spec_id("car", "color") == 30
    with pytest.raises(KeyError, match="does not exist"):
        resolver.label_id("bus")
    with pytest.raises(KeyError, match="has no attribute"):
        resolver.spec_id("car", "size")


def test_merge_annotations_concatenates_fields() -> None:
    a = _annotations([_rect("car", [0, 0, 1, 1])])
    b = _annotations([_rect("bus", [0, 0, 1, 1])])
    assert [s["label"] for s in merge_annotations(a, b)["shapes"]] == ["car", "bus"]


# --------------------------------------------------------------------------
# Masks
# --------------------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 40), st.integers(1, 40), st.integers(0, 2**32 - 1), st.floats(0, 1))
def test_rle_round_trip(h: int, w: int, seed: int, density: float) -> None:
    mask = np.random.default_rng(seed).random((h, w)) < density
    runs = rle_encode(mask)
    assert sum(runs) == h * w
    assert runs[0] == 0 or not mask.flat[0]
    assert np.array_equal(rle_decode(runs, h, w), mask)


def test_rle_rejects_wrong_length() -> None:
    with pytest.raises(ValueError, match="cover 3 pixels"):
        rle_decode([1, 2], 2, 2)
    with pytest.raises(ValueError, match="cover 4 pixels"):
        rle_decode([6, -2], 2, 2)  # right total, but a negative run
    long_runs = [1] * 70_000  # more runs than the cached alternation holds
    assert rle_decode(long_runs, 1, 70_000)[0, 1::2].all()


# --------------------------------------------------------------------------
# Decoding edge cases
# --------------------------------------------------------------------------


def test_shapes_come_back_under_their_own_return_type() -> None:
    """A rectangle drawn with a polylines field's label is a detection (unexpected)."""
    spec = label_field("lines", "polylines", attrs=())
    decoded = decode_annotations(_annotations([_rect("car", [10, 10, 20, 30])]), [spec], FRAMES)
    (det,) = decoded.labels["lines"]["detections"]["s0"].values()
    assert det.bounding_box == pytest.approx([0.1, 0.1, 0.1, 0.2])


def test_polygon_under_instance_field_becomes_a_mask() -> None:
    spec = label_field("inst", "instances", attrs=())
    polygon = _rect("car", [10, 10, 50, 10, 50, 50, 10, 50], type="polygon")
    decoded = decode_annotations(_annotations([polygon]), [spec], FRAMES)
    (det,) = decoded.labels["inst"]["detections"]["s0"].values()
    assert det.mask is not None and det.mask.any()


def test_polygons_paint_into_a_segmentation() -> None:
    spec = FieldSpec(
        "seg",
        "segmentation",
        (ClassSpec("road", "road", (), "road"),),
        mask_targets={0: "background", 4: "road"},
    )
    polygon = _rect("road", [0, 0, 9, 0, 9, 9, 0, 9], type="polygon")
    frames = image_frames(["s0"], [(20, 20)])
    decoded = decode_annotations(_annotations([polygon]), [spec], frames)
    (seg,) = decoded.labels["seg"]["segmentation"]["s0"].values()
    assert seg.mask.shape == (20, 20)
    assert set(np.unique(seg.mask).tolist()) == {0, 4}
    assert (seg.mask[:10, :10] == 4).all() and (seg.mask[10:, :] == 0).all()


def test_label_ids_fallback_and_duplicates() -> None:
    spec = label_field("gt", "detections", attrs=())
    known = str(fol.Detection().id)
    from_cvat = str(fol.Detection().id)
    shapes = [
        _rect("car", [0, 0, 1, 1], id=1, attributes={LABEL_ID_ATTR: known}),
        _rect("car", [0, 0, 1, 1], id=2, attributes={LABEL_ID_ATTR: known}),  # copied in CVAT
        _rect("car", [0, 0, 1, 1], id=3, attributes={LABEL_ID_ATTR: "edited"}),
        _rect("car", [0, 0, 1, 1], id=4),
    ]
    decoded = decode_annotations(
        _annotations(shapes), [spec], FRAMES, fallback_ids={("shape", 3): from_cvat}
    )
    by_cvat = {o.cvat_id: (lid, o.id_source) for lid, o in decoded.origins.items()}
    assert by_cvat[1] == (known, "label_id")
    assert by_cvat[2][1] == "new" and by_cvat[2][0] != known
    assert by_cvat[3] == (from_cvat, "fallback")
    assert by_cvat[4][1] == "new"
    assert len(decoded.labels["gt"]["detections"]["s0"]) == 4


def test_unsupported_shape_is_reported() -> None:
    spec = label_field("gt", "detections", attrs=())
    shapes = [_rect("car", [0, 0, 1, 1, 2, 2], id=2, type="ellipse")]
    decoded = decode_annotations(_annotations(shapes), [spec], FRAMES)
    assert [(s.where, s.field, s.shape_type) for s in decoded.skipped] == [
        ("shape 2", "gt", "ellipse")
    ]
    assert "ellipse shapes have no FiftyOne label type" in decoded.skipped[0].reason


def test_a_class_added_in_cvat_is_decoded_apart_under_the_field_its_type_fits() -> None:
    boxes = label_field("gt", "detections", attrs=())
    tags = label_field("tags", "classifications", attrs=())
    shapes = [
        _rect("bus", [0, 0, 1, 1], id=1, attributes={"wheels": "6"}),
        _rect("bus", [0, 0, 1, 1], id=2),
        _rect("car", [0, 0, 1, 1], id=3),
        _rect("kite", [0, 0, 1, 1, 1, 0], id=4, type="polyline"),
    ]
    annotations = _annotations(shapes)
    annotations["tags"] = [
        {"frame": 0, "label": "sunny", "attributes": {}, "group": 0, "source": "manual"}
    ]
    decoded = decode_annotations(annotations, [boxes, tags], FRAMES)
    assert not decoded.skipped
    assert len(decoded.labels["gt"]["detections"]["s0"]) == 1  # only the run's "car"
    new = decoded.new_classes
    buses = list(new["gt"]["detections"]["s0"].values())
    assert [b.label for b in buses] == ["bus", "bus"] and buses[0]["wheels"] == 6
    # no polylines field: the polyline goes to the first shape field, under its own type
    (kite,) = new["gt"]["polylines"]["s0"].values()
    assert kite.label == "kite" and not kite.closed
    (sunny,) = new["tags"]["classifications"]["s0"].values()
    assert sunny.label == "sunny"
    assert decoded.new_class_counts == {"gt": {"bus": 2, "kite": 1}, "tags": {"sunny": 1}}


def test_occluded_and_group_map_to_attributes() -> None:
    spec = label_field("gt", "detections", attrs=(), occluded_attr="occ", group_id_attr="grp")
    shapes = [
        _rect("car", [0, 0, 1, 1], occluded=True, group=4),
        _rect("car", [0, 0, 1, 1], occluded=False, group=0),
    ]
    decoded = decode_annotations(_annotations(shapes), [spec], FRAMES)
    got = sorted(
        ((d.occ, d.get_field("grp") if d.has_field("grp") else None))
        for d in decoded.labels["gt"]["detections"]["s0"].values()
    )
    assert got == [(False, None), (True, 4)]


def test_video_scalar_per_frame() -> None:
    from fiftyone_cvat.domain.conversion import video_frames
    from fiftyone_cvat.domain.schema.specs import AttributeSpec

    value = AttributeSpec("value", "text")
    spec = FieldSpec(
        "frames.n", "scalar", (ClassSpec("frames.n", "frames.n", (value,)),), scalar_mode="value"
    )
    encoded = encode_field(spec, [(0, None, 3), (2, None, "x")])
    frames = video_frames("v0", (10, 10), 3, frame_ids={1: "a", 2: "b", 3: "c"})
    decoded = decode_annotations(encoded.annotations, [spec], frames)
    assert decoded.labels["frames.n"]["scalar"] == {"v0": {"a": 3, "c": "x"}}


# --------------------------------------------------------------------------
# Every remaining reported skip
# --------------------------------------------------------------------------


def _seg_spec() -> FieldSpec:
    return FieldSpec(
        "seg", "segmentation", (ClassSpec("road", "road", (), "road"),), mask_targets={1: "road"}
    )


@pytest.mark.parametrize(
    ("spec", "value", "reason"),
    [
        (
            label_field("gt", "instances", attrs=()),
            fol.Detections(
                detections=[
                    fol.Detection(
                        label="car", bounding_box=[0.5, 0.5, 0.01, 0.01], mask=np.ones((1, 1), bool)
                    )
                ]
            ),
            "smaller than one pixel",
        ),
        (
            label_field("gt", "instances", attrs=()),
            fol.Detections(
                detections=[
                    fol.Detection(
                        label="car", bounding_box=[1.5, 1.5, 0.5, 0.5], mask=np.ones((5, 5), bool)
                    )
                ]
            ),
            "outside the image",
        ),
        (_seg_spec(), fol.Segmentation(), "segmentation has no mask"),
        (
            _seg_spec(),
            fol.Segmentation(mask=np.zeros((10, 10, 3), np.uint8)),
            "RGB segmentation masks are not supported",
        ),
        (
            label_field("gt", "polylines", attrs=()),
            fol.Polylines(
                polylines=[fol.Polyline(label="car", points=[[[0.1, float("inf")], [0.2, 0.2]]])]
            ),
            "non-finite points",
        ),
        (
            label_field("gt", "polylines", attrs=()),
            fol.Polylines(polylines=[fol.Polyline(label="car", points=[])]),
            "polyline has no points",
        ),
        (
            label_field("gt", "keypoints", attrs=()),
            fol.Keypoints(keypoints=[fol.Keypoint(label="car", points=[])]),
            "keypoint has no points",
        ),
        (
            FieldSpec("n", "scalar", (ClassSpec("n", "n", ()),), scalar_mode="value"),
            fol.Classification(label="x"),
            "scalar fields take plain values",
        ),
    ],
)
def test_encode_reports(spec: FieldSpec, value: Any, reason: str) -> None:
    encoded = encode_field(spec, [(0, (10, 10), value)])
    assert [reason in s.reason for s in encoded.skipped] == [True], encoded.skipped
    assert encoded.label_ids.get(0, []) == []


def test_decode_reports_corrupt_mask_and_second_scalar() -> None:
    spec = label_field("inst", "instances", attrs=())
    mask = _rect("car", [1, 2, 0, 0, 5, 5], type="mask", id=9)  # 3 runs for a 6x6 box
    decoded = decode_annotations(_annotations([mask]), [spec], FRAMES)
    assert "mask runs cover 3 pixels" in decoded.skipped[0].reason
    assert decoded.labels.get("inst", {}).get("detections", {}).get("s0", {}) == {}

    from fiftyone_cvat.domain.schema.specs import AttributeSpec

    scalar = FieldSpec(
        "n",
        "scalar",
        (ClassSpec("n", "n", (AttributeSpec("value", "text"),)),),
        scalar_mode="value",
    )
    tags: Annotations = {
        "version": 0,
        "tags": [
            {"frame": 0, "label": "n", "attributes": {"value": "1"}, "group": 0, "source": "m"},
            {"frame": 0, "label": "n", "attributes": {"value": "2"}, "group": 0, "source": "m"},
        ],
        "shapes": [],
        "tracks": [],
    }
    decoded = decode_annotations(tags, [scalar], FRAMES)
    assert decoded.labels["n"]["scalar"] == {"s0": 1}
    assert "one value per sample" in decoded.skipped[0].reason


def test_track_fallback_ids_are_per_keyframe_shape() -> None:
    spec = label_field("frames.gt", "detections", attrs=())
    first, second = str(fol.Detection().id), str(fol.Detection().id)
    shape0 = _rect("car", [0, 0, 1, 1], id=11)
    shape1 = _rect("car", [2, 2, 3, 3], id=12, frame=2)
    for s in (shape0, shape1):
        del s["label"]
        del s["group"]
    track = {
        "id": 5,
        "frame": 0,
        "label": "car",
        "group": 0,
        "source": "manual",
        "attributes": {},
        "shapes": [shape0, shape1],
    }
    from fiftyone_cvat.domain.conversion import video_frames

    decoded = decode_annotations(
        {"version": 0, "tags": [], "shapes": [], "tracks": [track]},  # type: ignore[list-item]
        [spec],
        video_frames("v0", (100, 100), 3),
        fallback_ids={("track_shape", 11): first, ("track_shape", 12): second},
    )
    by_frame = {o.frame: (lid, o.id_source, o.shape_id) for lid, o in decoded.origins.items()}
    assert by_frame[0] == (first, "fallback", 11)
    assert by_frame[2] == (second, "fallback", 12)
    assert by_frame[1][1] == "new" and by_frame[1][2] is None  # interpolated


def test_consuming_to_wire_gives_the_same_json() -> None:
    spec = label_field("gt", "detections", attrs=(COLOR,))
    dets = fol.Detections(
        detections=[fol.Detection(label="car", bounding_box=[0.1, 0.1, 0.2, 0.2], color="red")]
    )
    resolver = resolver_for([spec])
    plain = resolver.to_wire(encode_field(spec, [(0, (10, 10), dets)]).annotations)
    consumed = resolver.to_wire(encode_field(spec, [(0, (10, 10), dets)]).annotations, consume=True)
    assert consumed == plain
    bad = encode_field(spec, [(0, (10, 10), dets)]).annotations
    bad["shapes"][0]["attributes"]["size"] = "1"
    with pytest.raises(KeyError, match="has no attribute 'size'"):
        resolver.to_wire(bad, consume=True)


def test_a_polygon_of_a_detections_field_becomes_an_instance_mask() -> None:
    """As FiftyOne's built-in decodes it, so no unexpected-label prompt appears."""
    spec = label_field("gt", "detections", attrs=())
    polygon = _rect("car", [10, 10, 50, 10, 50, 30, 10, 30], id=1, type="polygon")
    decoded = decode_annotations(_annotations([polygon]), [spec], FRAMES)
    assert set(decoded.labels["gt"]) == {"detections"}
    (det,) = decoded.labels["gt"]["detections"]["s0"].values()
    assert det.label == "car" and det.mask is not None and det.mask.any()
    assert det.bounding_box[0] == pytest.approx(0.1, abs=0.011)


def test_saved_label_ids_are_read_off_the_put_echo() -> None:
    """The run's fallback map (an annotator may clear ``label_id``): every tag, shape
    and track keyframe CVAT stored with a FiftyOne id, by its CVAT id."""
    resolver = IdResolver.from_ids(
        {"car": (1, {"color": 10, LABEL_ID_ATTR: 11}), "cat": (2, {LABEL_ID_ATTR: 21})}
    )

    def obj(object_id: int | None, *attrs: tuple[int, str]) -> dict[str, Any]:
        values = [{"spec_id": s, "value": v} for s, v in attrs]
        return {"id": object_id, "frame": 0, "label_id": 1, "attributes": values}

    payload = {
        "version": 1,
        "tags": [obj(5, (21, "tag-a"))],
        "shapes": [
            obj(6, (10, "red"), (11, "box-a")),
            obj(7, (11, "")),  # cleared: nothing to fall back to
            obj(None, (11, "box-b")),  # not stored
            obj(8, (10, "blue")),
        ],
        "tracks": [{**obj(9, (10, "red")), "shapes": [obj(40, (11, "trk-a")), obj(41)]}],
    }
    assert list(resolver.saved_label_ids(payload)) == [
        ("tag", 5, "tag-a"),
        ("shape", 6, "box-a"),
        ("track_shape", 40, "trk-a"),
    ]
