"""Skeleton keypoints both ways, without a server: the label template, shapes with
one element per node, NaN as ``outside``, node order from the SVG, and tracks."""

from __future__ import annotations

import dataclasses
import json
import math
from typing import Any

import fiftyone.core.labels as fol
import pytest
from conversion_helpers import fake_server, label_field

from fiftyone_cvat.domain.conversion import (
    FrameInfo,
    IdResolver,
    decode_annotations,
    encode_field,
)
from fiftyone_cvat.domain.conversion.skeletons import node_order, skeleton_svg
from fiftyone_cvat.domain.schema.cvat_labels import CvatLabel
from fiftyone_cvat.domain.schema.project_labels import field_spec_from_cvat_labels, label_request
from fiftyone_cvat.domain.schema.specs import RunSchema, SkeletonSpec
from fiftyone_cvat.domain.schema.vocab import LABEL_ID_ATTR

NAN = float("nan")
SKELETON = SkeletonSpec(("nose", "left eye", "right eye"), ((0, 1), (0, 2)))


def _spec() -> Any:
    return dataclasses.replace(label_field("kp", "keypoints", ("person",), ()), skeleton=SKELETON)


def _server_labels(spec: Any) -> list[dict[str, Any]]:
    """The labels as CVAT stores the run's request: sublabel ids, SVG names -> ids."""
    request = label_request(spec, spec.classes[0]).to_dict()
    svg = request["svg"]
    sublabels = []
    for i, sub in enumerate(request["sublabels"]):
        sub_id = 201 + i
        svg = svg.replace(f'data-label-name="{sub["name"]}"', f'data-label-id="{sub_id}"')
        sublabels.append({"id": sub_id, "name": sub["name"], "type": "points", "attributes": []})
    return [
        {
            "id": 200,
            "name": "person",
            "type": "skeleton",
            "svg": svg,
            "sublabels": sublabels,
            "attributes": [{"id": 300, "name": LABEL_ID_ATTR}],
        }
    ]


def test_a_skeleton_field_becomes_a_cvat_skeleton_label() -> None:
    request = label_request(_spec(), _spec().classes[0]).to_dict()
    assert request["type"] == "skeleton"
    assert [s["name"] for s in request["sublabels"]] == ["nose", "left eye", "right eye"]
    assert all(s["type"] == "points" for s in request["sublabels"])
    svg = request["svg"]
    assert svg.count("<circle") == 3 and svg.count('data-type="edge"') == 2
    assert 'data-node-from="1" data-node-to="3"' in svg
    assert 'data-node-id="2" data-label-name="left eye"' in svg


def test_node_order_comes_from_the_svg_not_the_sublabel_listing() -> None:
    (label,) = _server_labels(_spec())
    label["sublabels"].reverse()  # CVAT may list them in any order
    assert node_order(CvatLabel.of(label)) == [201, 202, 203]


def test_keypoints_go_up_as_skeleton_elements_and_nan_is_outside() -> None:
    spec = _spec()
    kp = fol.Keypoint(label="person", points=[[0.5, 0.5], [NAN, NAN], [0.25, 0.75]])
    encoded = encode_field(spec, [(0, (100, 40), fol.Keypoints(keypoints=[kp]))])
    assert encoded.skipped == []
    wire = IdResolver(_server_labels(spec)).to_wire(encoded.annotations)
    (shape,) = wire["shapes"]
    assert shape["type"] == "skeleton" and shape["label_id"] == 200 and shape["points"] == []
    elements = [(e["label_id"], e["points"], e["outside"]) for e in shape["elements"]]
    assert elements == [
        (201, [50.0, 20.0], False),
        (202, [0.0, 0.0], True),
        (203, [25.0, 30.0], False),
    ]
    json.dumps(wire, allow_nan=False)  # no NaN reaches the wire


def test_skeleton_shapes_come_back_as_keypoints_in_node_order() -> None:
    spec = _spec()
    kp = fol.Keypoint(label="person", points=[[0.5, 0.5], [NAN, NAN], [0.25, 0.75]])
    resolver = IdResolver(_server_labels(spec))
    wire = resolver.to_wire(
        encode_field(spec, [(0, (100, 40), fol.Keypoints(keypoints=[kp]))]).annotations
    )
    echoed = fake_server(wire)
    echoed["shapes"][0]["elements"].reverse()  # CVAT's element order is not node order
    echoed["shapes"][0]["elements"][0]["points"] = [10.0, 10.0]  # annotator moves right eye
    records, skipped = resolver.from_wire(echoed)
    assert skipped == []
    decoded = decode_annotations(records, RunSchema((spec,)), [FrameInfo("s0", 100, 40)])
    (back,) = decoded.labels["kp"]["keypoints"]["s0"].values()
    assert back.id == kp.id
    (x0, y0), (x1, y1), (x2, y2) = back.points
    assert (x0, y0) == pytest.approx((0.5, 0.5)) and (x2, y2) == pytest.approx((0.1, 0.25))
    assert math.isnan(x1) and math.isnan(y1)


def _node_track(label_id: int, keyframes: list[tuple[int, list[float], bool]]) -> dict[str, Any]:
    return {
        "id": label_id * 10,
        "frame": keyframes[0][0],
        "label_id": label_id,
        "group": 0,
        "source": "manual",
        "attributes": [],
        "shapes": [
            {
                "type": "points",
                "frame": f,
                "points": p,
                "outside": o,
                "occluded": False,
                "z_order": 0,
                "rotation": 0.0,
                "attributes": [],
            }
            for f, p, o in keyframes
        ],
    }


def test_a_skeleton_track_is_expanded_node_by_node() -> None:
    spec = dataclasses.replace(_spec(), name="frames.kp")
    resolver = IdResolver(_server_labels(spec))
    skeleton_shape = {
        "type": "skeleton",
        "points": [],
        "occluded": False,
        "z_order": 0,
        "rotation": 0.0,
        "attributes": [],
    }
    track = {
        "id": 1,
        "frame": 0,
        "label_id": 200,
        "group": 0,
        "source": "manual",
        "attributes": [],
        "shapes": [
            {**skeleton_shape, "frame": 0, "outside": False},
            {**skeleton_shape, "frame": 4, "outside": True},
        ],
        "elements": [
            _node_track(203, [(0, [0.0, 0.0], False)]),
            _node_track(201, [(0, [10.0, 10.0], False), (2, [30.0, 10.0], False)]),
            _node_track(202, [(0, [5.0, 5.0], False), (1, [5.0, 5.0], True)]),
        ],
    }
    payload = {"version": 0, "tags": [], "shapes": [], "tracks": [track]}
    records, skipped = resolver.from_wire(payload)
    assert skipped == []
    frames = [FrameInfo("v", 100, 100, n + 1, f"f{n}") for n in range(6)]
    decoded = decode_annotations(records, RunSchema((spec,)), frames, end_frame=6)
    by_frame = decoded.labels["frames.kp"]["keypoints"]["v"]
    assert sorted(by_frame) == ["f0", "f1", "f2", "f3"]  # outside from CVAT frame 4 on
    nose = [c for n in ("f0", "f1", "f2", "f3") for c in next(iter(by_frame[n].values())).points[0]]
    assert nose == pytest.approx([0.1, 0.1, 0.2, 0.1, 0.3, 0.1, 0.3, 0.1])
    left_eye = [next(iter(by_frame[n].values())).points[1] for n in ("f0", "f1")]
    assert left_eye[0] == pytest.approx((0.05, 0.05)) and all(map(math.isnan, left_eye[1]))


def test_skeletons_survive_the_stored_schema_and_come_from_project_labels() -> None:
    schema = RunSchema((_spec(),))
    assert RunSchema.from_dict(json.loads(json.dumps(schema.to_dict()))) == schema
    from_project = field_spec_from_cvat_labels("kp", "keypoints", _server_labels(_spec()))
    assert from_project.skeleton == SKELETON


def test_a_skeleton_cvat_cannot_hold_is_refused_naming_the_field() -> None:
    with pytest.raises(ValueError, match=r"kp: .*node names must be unique.*skeletons\['kp'\]"):
        SkeletonSpec.of("kp", ["a", "a"], [])
    assert SkeletonSpec.of("kp", None, [[0, 2]]).nodes == ("1", "2", "3")
    assert skeleton_svg(SKELETON).count("data-node-id") == 3
