"""CVAT side of the schema: label requests and project labels (offline, generated models)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from cvat_api.models.label import Label
from cvat_api.models.patched_label_request import PatchedLabelRequest
from cvat_api.models.project_write_request import ProjectWriteRequest
from cvat_api.models.task_write_request import TaskWriteRequest
from fiftyone_cvat.domain.schema.project_labels import (
    apply_project_labels,
    attribute_request,
    attribute_spec_from_cvat,
    cvat_label_requests,
    field_spec_from_cvat_labels,
    label_id_patch,
    missing_label_id,
    project_run_schema,
)
from fiftyone_cvat.domain.schema.schema_build import build_run_schema
from fiftyone_cvat.domain.schema.specs import AttributeSpec
from fiftyone_cvat.domain.schema.vocab import LABEL_ID_ATTR

SCHEMA: dict[str, Any] = {
    "ground_truth": {
        "type": "detections",
        "existing_field": True,
        "classes": [
            {
                "classes": ["car"],
                "attributes": {
                    "make": {"type": "select", "values": ["vw", 7, True], "default": 7},
                },
            },
            "person",
        ],
        "attributes": {
            "occluded": {"type": "occluded"},
            "visible": {"type": "radio", "values": [True, False], "default": False},
            "note": {"type": "text", "default": "n/a", "read_only": True},
            "flag": {"type": "checkbox", "mutable": False},
        },
    },
    "predictions": {"type": "polylines", "classes": ["car"]},
    "quality": {"type": "scalar"},
    "rating": {"type": "scalar", "classes": [1, 2]},
}


def _labels() -> list[dict[str, Any]]:
    return [r.to_dict() for r in cvat_label_requests(build_run_schema(SCHEMA))]


def test_label_requests_shape() -> None:
    labels = {d["name"]: d for d in _labels()}
    assert list(labels) == ["car_ground_truth", "person", "car_predictions", "quality", "1", "2"]
    car = {a["name"]: a for a in labels["car_ground_truth"]["attributes"]}
    # occluded is CVAT's native flag, not an attribute; label_id is always last
    assert list(car) == ["visible", "note", "flag", "make", LABEL_ID_ATTR]
    assert car["visible"] == {
        "input_type": "radio",
        "mutable": True,
        "name": "visible",
        "values": ["true", "false"],
        "default_value": "false",
    }
    assert car["note"] == {
        "input_type": "text",
        "mutable": True,
        "name": "note",
        "values": [],
        "default_value": "n/a",
    }
    assert car["flag"] == {
        "input_type": "checkbox",
        "mutable": False,
        "name": "flag",
        "values": ["true", "false"],
    }
    assert car["make"]["values"] == ["vw", "7", "true"]
    assert car["make"]["default_value"] == "7"
    assert car[LABEL_ID_ATTR] == {
        "input_type": "text",
        "mutable": True,
        "name": LABEL_ID_ATTR,
        "values": [],
    }
    assert [a["name"] for a in labels["car_predictions"]["attributes"]] == [LABEL_ID_ATTR]
    assert labels["quality"]["attributes"] == [
        {"input_type": "text", "mutable": True, "name": "value", "values": []}
    ]
    assert labels["1"]["attributes"] == []
    assert all("type" not in d for d in labels.values())


def test_label_requests_fit_project_and_task_requests() -> None:
    requests = cvat_label_requests(build_run_schema(SCHEMA))
    project = ProjectWriteRequest(name="p", labels=requests).to_dict()
    task = TaskWriteRequest(name="t", labels=requests).to_dict()
    assert project["labels"] == task["labels"] == _labels()
    # the JSON parses back into the generated models unchanged
    for d in project["labels"]:
        assert PatchedLabelRequest.from_dict(d).to_dict() == d


def test_pseudo_attributes_are_not_sent() -> None:
    with pytest.raises(ValueError, match="not sent"):
        attribute_request(AttributeSpec("occ", "occluded"))


def _as_server_labels(requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What GET /api/labels would return for the created labels."""
    out = []
    for i, d in enumerate(requests, start=1):
        attrs = [
            {"id": 100 * i + j, "default_value": "", **a}
            for j, a in enumerate(d["attributes"], start=1)
        ]
        out.append({"id": i, "name": d["name"], "type": "any", "attributes": attrs})
    return out


def test_field_spec_from_cvat_labels_round_trip() -> None:
    gt = SCHEMA["ground_truth"]
    attrs = {k: v for k, v in gt["attributes"].items() if k in ("visible", "flag")}
    run = build_run_schema(
        {"gt": {"type": "detections", "classes": gt["classes"], "attributes": attrs}}
    )
    original = run.field("gt")
    server = _as_server_labels([r.to_dict() for r in cvat_label_requests(run)])
    spec = field_spec_from_cvat_labels("gt", "detections", server)
    assert [c.name for c in spec.classes] == ["car", "person"]
    for before, after in zip(original.classes, spec.classes, strict=True):
        assert after.attributes == before.attributes
    # also from generated Label models
    models = [Label.from_dict(d) for d in server]
    assert field_spec_from_cvat_labels("gt", "detections", models) == spec


def test_project_values_parse_losslessly() -> None:
    spec = attribute_spec_from_cvat(
        {
            "name": "code",
            "input_type": "select",
            "mutable": True,
            "values": ["007", "7", "1.5", "true", "x"],
            "default_value": "007",
        }
    )
    assert spec.values == ("007", 7, 1.5, True, "x")
    assert spec.default == "007"
    number = attribute_spec_from_cvat(
        {"name": "n", "input_type": "number", "mutable": False, "values": ["0", "10", "1"]}
    )
    assert number.type == "text" and number.values == () and not number.mutable
    text = attribute_spec_from_cvat(
        {"name": "t", "input_type": "text", "mutable": True, "values": [""], "default_value": "5"}
    )
    assert text.values == () and text.default == "5"


def test_sublabels_and_label_id_are_ignored() -> None:
    labels = [
        {"id": 1, "name": "person", "type": "skeleton", "attributes": []},
        {"id": 2, "name": "nose", "parent_id": 1, "has_parent": True, "attributes": []},
    ]
    spec = field_spec_from_cvat_labels("kps", "keypoints", labels)
    assert [c.name for c in spec.classes] == ["person"]
    assert missing_label_id(labels)
    labels[0]["attributes"] = [
        {"name": LABEL_ID_ATTR, "input_type": "text", "mutable": True, "values": []}
    ]
    assert not missing_label_id(labels)  # the sublabel does not count
    assert field_spec_from_cvat_labels("kps", "keypoints", labels).classes[0].attributes == ()


def test_label_id_patch_only_adds_the_attribute() -> None:
    labels = [
        {"id": 1, "name": "car", "attributes": []},
        {
            "id": 2,
            "name": "bus",
            "attributes": [
                {"name": LABEL_ID_ATTR, "input_type": "text", "mutable": True, "values": []}
            ],
        },
    ]
    patch = [p.to_dict() for p in label_id_patch(labels)]
    assert patch == [
        {
            "id": 1,
            "name": "car",
            "attributes": [
                {"input_type": "text", "mutable": True, "name": LABEL_ID_ATTR, "values": []}
            ],
        }
    ]
    assert label_id_patch([Label.from_dict(labels[1])]) == []


def test_project_occluded_and_group_id_come_from_arguments() -> None:
    labels = [
        {
            "id": 1,
            "name": "car",
            "attributes": [
                {"name": "is_occ", "input_type": "checkbox", "mutable": True, "values": ["false"]},
                {"name": "make", "input_type": "text", "mutable": True, "values": []},
            ],
        }
    ]
    spec = field_spec_from_cvat_labels(
        "gt", "detections", labels, occluded_attr="is_occ", group_id_attr="grp"
    )
    assert spec.occluded_attr == "is_occ" and spec.group_id_attr == "grp"
    assert [a.name for a in spec.classes[0].attributes] == ["make"]
    tags = field_spec_from_cvat_labels("cls", "classification", labels, occluded_attr="is_occ")
    assert tags.occluded_attr is None
    with pytest.raises(ValueError, match=r"'gt'.*pick another occluded_attr"):
        field_spec_from_cvat_labels("gt", "detections", labels, occluded_attr="make")


def test_project_scalars() -> None:
    labels = [
        {"id": 1, "name": "1", "attributes": []},
        {"id": 2, "name": "2", "attributes": []},
    ]
    spec = field_spec_from_cvat_labels("rating", "scalar", labels)
    assert spec.scalar_mode == "class"
    assert [c.value for c in spec.classes] == [1, 2]
    labels.append(
        {
            "id": 3,
            "name": "quality",
            "attributes": [{"name": "value", "input_type": "text", "mutable": True, "values": []}],
        }
    )
    value = field_spec_from_cvat_labels("quality", "scalar", labels)
    assert value.scalar_mode == "value" and value.classes[0].cvat_name == "quality"


def test_project_segmentation_needs_matching_mask_targets() -> None:
    labels = [{"id": 1, "name": "road", "attributes": []}]
    with pytest.raises(ValueError, match=r"'seg'.*mask_targets"):
        field_spec_from_cvat_labels("seg", "segmentation", labels)
    with pytest.raises(ValueError, match=r"'seg'.*\['sky'\]"):
        field_spec_from_cvat_labels("seg", "segmentation", labels, mask_targets={1: "sky"})
    spec = field_spec_from_cvat_labels(
        "seg", "segmentation", labels, mask_targets={0: "bg", 1: "road"}
    )
    assert spec.mask_targets == {0: "bg", 1: "road"}


def test_empty_project_is_an_error() -> None:
    with pytest.raises(ValueError, match=r"'gt'.*add labels"):
        field_spec_from_cvat_labels("gt", "detections", [])


def test_apply_project_labels_keeps_flags_and_shares_labels() -> None:
    run = build_run_schema(
        {
            "gt": {
                "type": "detections",
                "classes": ["ignored"],
                "existing_field": True,
                "allow_deletions": False,
            },
            "lines": {"type": "polylines", "classes": ["ignored"]},
        }
    )
    labels = [{"id": 1, "name": "car", "attributes": []}, {"id": 2, "name": "bus"}]
    applied = apply_project_labels(run, labels, occluded_attr="occ")
    gt = applied.field("gt")
    assert [c.name for c in gt.classes] == ["car", "bus"]
    assert gt.existing and not gt.allow_deletions and gt.occluded_attr == "occ"
    assert applied.by_cvat_name("car", "polylines")[0].name == "lines"
    assert applied.by_cvat_name("car", "detections")[0].name == "gt"
    with pytest.raises(KeyError, match="return_type"):
        applied.by_cvat_name("car")


def test_apply_project_labels_one_field_per_kind() -> None:
    run = build_run_schema(
        {
            "a": {"type": "classification", "classes": ["x"]},
            "b": {"type": "scalar", "classes": ["y"]},
        }
    )
    with pytest.raises(ValueError, match=r"'b'.*one per run"):
        apply_project_labels(run, [{"id": 1, "name": "x", "attributes": []}])


def test_field_spec_is_replaceable() -> None:
    labels = [{"id": 1, "name": "car", "attributes": []}]
    spec = field_spec_from_cvat_labels("gt", "detections", labels, existing=True)
    frozen = dataclasses.replace(spec, allow_additions=False)
    assert frozen.existing and not frozen.allow_additions


def test_project_run_schema_ignores_user_classes_and_attributes() -> None:
    normalized = {
        "gt": {
            "type": "detections",
            "classes": ["x" * 80],  # would be rejected without a project
            "attributes": {"bad": {"type": "select"}},
            "existing_field": True,
            "allow_label_edits": False,
        },
        None: {},
    }
    labels = [
        {
            "id": 1,
            "name": "car",
            "attributes": [
                {"name": "make", "input_type": "select", "mutable": True, "values": ["vw"]}
            ],
        }
    ]
    run = project_run_schema(normalized, labels, occluded_attr="occ")
    gt = run.field("gt")
    assert gt.existing and not gt.allow_label_edits and gt.occluded_attr == "occ"
    assert [(c.cvat_name, [a.name for a in c.attributes]) for c in gt.classes] == [
        ("car", ["make"])
    ]
    with pytest.raises(ValueError, match=r"'gt'.*pass label_type"):
        project_run_schema({"gt": {"classes": ["a"]}}, labels)
    built = build_run_schema({"gt": {"type": "detections", "classes": ["x"]}})
    assert project_run_schema(built, labels).field("gt").classes[0].name == "car"


@pytest.mark.parametrize(
    ("kind", "param"), [("occluded", "occluded_attr"), ("group_id", "group_id_attr")]
)
def test_project_run_refuses_widget_attributes_it_would_lose(kind: str, param: str) -> None:
    schema = {"gt": {"type": "detections", "attributes": {"flag": {"type": kind}}}}
    with pytest.raises(ValueError, match=rf"\['gt'\]\['attributes'\]\['flag'\].*{param}='flag'"):
        project_run_schema(schema, [{"id": 1, "name": "car", "attributes": []}])


def test_label_id_patch_needs_server_ids() -> None:
    with pytest.raises(ValueError, match="GET /api/labels"):
        label_id_patch([{"name": "car", "attributes": []}])


def test_a_project_run_without_label_fields_gets_one_stand_in_field() -> None:
    from fiftyone_cvat.domain.conversion import FrameInfo, decode_annotations
    from fiftyone_cvat.domain.schema.vocab import FIELDLESS

    labels = [
        {"name": "cat", "attributes": []},
        {"name": "dog", "attributes": [{"name": "pose", "input_type": "text", "values": []}]},
    ]
    for key in (None, FIELDLESS):  # in memory / as stored in the run record
        (spec,) = project_run_schema({key: {}}, labels).fields
        assert spec.is_fieldless and [c.name for c in spec.classes] == ["cat", "dog"]
    with pytest.raises(ValueError, match=r"label_field: .* images only"):
        project_run_schema({None: {}}, labels, media_type="video")
    (named,) = project_run_schema({"gt": {"type": "detections"}}, labels).fields
    assert not named.is_fieldless

    # Tags and every shape type come back under their own return types.
    records: dict[str, Any] = {
        "tags": [{"id": 1, "frame": 0, "label": "dog", "attributes": {"pose": "up"}}],
        "shapes": [
            {"id": 2, "type": "polygon", "frame": 0, "label": "cat", "attributes": {},
             "points": [0.0, 0.0, 10.0, 0.0, 10.0, 10.0]},
            {"id": 3, "type": "points", "frame": 0, "label": "cat", "attributes": {},
             "points": [5.0, 5.0]},
        ],
        "tracks": [],
    }  # fmt: skip
    decoded = decode_annotations(records, [spec], [FrameInfo("s", 20, 10)]).labels[FIELDLESS]
    assert sorted(decoded) == ["classifications", "keypoints", "polylines"]
    (tag,) = decoded["classifications"]["s"].values()
    assert tag.label == "dog" and tag["pose"] == "up"
    (polygon,) = decoded["polylines"]["s"].values()
    assert polygon.closed and polygon.filled
