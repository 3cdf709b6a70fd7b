"""``normalize_and_build``: FiftyOne's own normalizer on real (tiny, in-memory) datasets."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

pytestmark = pytest.mark.db  # builds datasets in FiftyOne's database

fo = pytest.importorskip("fiftyone")

from fiftyone_cvat.fiftyone_io.schema_normalize import normalize_and_build  # noqa: E402


@pytest.fixture(scope="module")
def images() -> Iterator[Any]:
    """Two image samples (files need not exist) with one field of each label kind."""
    ds = fo.Dataset()
    s1 = fo.Sample(filepath="/tmp/fiftyone-cvat-schema/a.jpg")
    s1["ground_truth"] = fo.Detections(
        detections=[
            fo.Detection(
                label="car",
                bounding_box=[0.1, 0.1, 0.2, 0.2],
                occluded=True,
                group_id=2,
                make="vw",
                truncated=False,
            ),
            fo.Detection(label="person", bounding_box=[0.5, 0.5, 0.1, 0.1], occluded=False),
        ]
    )
    s1["predictions"] = fo.Detections(
        detections=[fo.Detection(label="car", bounding_box=[0.1, 0.1, 0.2, 0.2], confidence=0.9)]
    )
    s1["weather"] = fo.Classification(label="sunny")
    s1["tags_cls"] = fo.Classifications(classifications=[fo.Classification(label="outdoor")])
    s1["lanes"] = fo.Polylines(
        polylines=[fo.Polyline(label="lane", points=[[(0, 0), (1, 1)]], filled=False)]
    )
    s1["areas"] = fo.Polylines(
        polylines=[fo.Polyline(label="park", points=[[(0, 0), (1, 0), (1, 1)]], filled=True)]
    )
    s1["kps"] = fo.Keypoints(keypoints=[fo.Keypoint(label="nose", points=[(0.1, 0.2)])])
    s1["instances"] = fo.Detections(
        detections=[
            fo.Detection(label="cat", bounding_box=[0, 0, 0.5, 0.5], mask=np.ones((4, 4), bool))
        ]
    )
    s1["seg"] = fo.Segmentation(mask=np.zeros((4, 4), np.uint8))
    s1["score"] = 3
    s1["quality"] = "good"
    s2 = fo.Sample(filepath="/tmp/fiftyone-cvat-schema/b.jpg")
    s2["ground_truth"] = fo.Detections(
        detections=[fo.Detection(label="bus", bounding_box=[0.2, 0.2, 0.3, 0.3])]
    )
    ds.add_samples([s1, s2])
    ds.mask_targets = {"seg": {0: "background", 1: "road", 2: "sky"}}
    ds.save()
    yield ds
    ds.delete()


@pytest.fixture(scope="module")
def videos() -> Iterator[Any]:
    ds = fo.Dataset()
    sample = fo.Sample(filepath="/tmp/fiftyone-cvat-schema/v.mp4")
    for t in (1, 2, 3):
        sample.frames[t]["detections"] = fo.Detections(
            detections=[
                fo.Detection(
                    label="car", bounding_box=[0.1, 0.1, 0.2, 0.2], index=1, keyframe=t == 1
                )
            ]
        )
        sample.frames[t]["scene"] = fo.Classification(label="road")
    ds.add_sample(sample)
    yield ds
    ds.delete()


def test_existing_detections_inference(images: Any) -> None:
    run = normalize_and_build(images, label_field="ground_truth")
    spec = run.field("ground_truth")
    assert spec.existing and spec.label_type == "detections"
    assert [c.name for c in spec.classes] == ["bus", "car", "person"]
    car = spec.class_spec("car")
    # boolean `occluded` -> occlusion widget, integer `group_id` -> CVAT groups
    assert spec.occluded_attr == "occluded" and spec.group_id_attr == "group_id"
    assert {a.name: a.type for a in car.attributes} == {"make": "text", "truncated": "checkbox"}
    assert spec.allow_label_edits and spec.allow_spatial_edits


def test_attributes_false_list_and_dict(images: Any) -> None:
    off = normalize_and_build(images, label_field="ground_truth", attributes=False)
    spec = off.field("ground_truth")
    assert spec.classes[0].attributes == () and spec.occluded_attr is None

    listed = normalize_and_build(images, label_field="ground_truth", attributes=["make"])
    assert [a.name for a in listed.field("ground_truth").classes[0].attributes] == ["make"]

    typed = normalize_and_build(
        images,
        label_field="ground_truth",
        classes=["car"],
        attributes={"make": {"type": "select", "values": ["vw", "bmw"], "read_only": True}},
        allow_additions=False,
        allow_deletions=False,
    )
    spec = typed.field("ground_truth")
    assert [c.name for c in spec.classes] == ["car"]
    assert spec.read_only_attrs == frozenset({"make"})
    assert not spec.allow_additions and not spec.allow_deletions


def test_every_existing_label_kind(images: Any) -> None:
    run = normalize_and_build(
        images,
        label_schema={
            "weather": {},
            "tags_cls": {},
            "lanes": {"type": "polylines"},
            "areas": {"type": "polygons"},
            "kps": {},
            "instances": {"type": "instances"},
            "seg": {},
            "score": {},
            "quality": {"classes": ["good", "bad"]},
        },
    )
    types = {spec.name: spec.label_type for spec in run.fields}
    assert types == {
        "weather": "classification",
        "tags_cls": "classifications",
        "lanes": "polylines",
        "areas": "polygons",
        "kps": "keypoints",
        "instances": "instances",
        "seg": "segmentation",
        "score": "scalar",
        "quality": "scalar",
    }
    assert run.field("seg").mask_targets == {0: "background", 1: "road", 2: "sky"}
    assert run.field("score").scalar_mode == "value"
    assert run.field("quality").scalar_mode == "class"
    assert run.field("lanes").classes[0].name == "lane"


def test_new_fields_and_name_clashes(images: Any) -> None:
    run = normalize_and_build(
        images,
        label_schema={
            "ground_truth": {},
            "new_keypoints": {
                "type": "keypoints",
                "classes": ["person", "cat"],
                "attributes": {"is_truncated": {"type": "select", "values": [True, False]}},
            },
        },
    )
    assert run.field("new_keypoints").existing is False
    assert "person_ground_truth" in run.cvat_names
    assert "person_new_keypoints" in run.cvat_names
    assert run.by_cvat_name("person_new_keypoints")[0].name == "new_keypoints"


def test_global_occluded_attr_on_inferred_field(images: Any) -> None:
    run = normalize_and_build(
        images,
        label_field="predictions",
        occluded_attr="is_occluded",
        group_id_attr="grp",
    )
    spec = run.field("predictions")
    assert spec.occluded_attr == "is_occluded" and spec.group_id_attr == "grp"


def test_mask_targets_on_inferred_detections_field_is_rejected(images: Any) -> None:
    with pytest.raises(ValueError, match=r"'ground_truth'.*remove mask_targets"):
        normalize_and_build(images, label_field="ground_truth", mask_targets={1: "car"})
    with pytest.raises(ValueError, match=r"'x'.*remove mask_targets"):
        normalize_and_build(images, label_field="x", label_type="detections", mask_targets={1: "a"})


def test_new_field_errors_come_from_fiftyone_or_us(images: Any) -> None:
    with pytest.raises(ValueError, match="new_field"):
        normalize_and_build(images, label_field="new_field")
    with pytest.raises(ValueError, match="new_field"):
        normalize_and_build(images, label_field="new_field", label_type="detections")


def test_video_frame_fields(videos: Any) -> None:
    run = normalize_and_build(
        videos,
        label_schema={
            "frames.detections": {},
            "frames.scene": {},
            "frames.new": {
                "type": "detections",
                "classes": ["vehicle"],
                "attributes": {"kind": {"type": "select", "values": ["suv"], "mutable": False}},
            },
        },
    )
    dets = run.field("frames.detections")
    assert dets.is_trackable and dets.only_keyframes and dets.allow_index_edits
    assert [a.name for a in dets.classes[0].attributes] == []  # keyframe is not an attribute
    assert run.field("frames.scene").label_type == "classification"
    kind = run.field("frames.new").classes[0].attribute("kind")
    assert kind is not None and kind.mutable is False


def test_video_sample_field_is_rejected(videos: Any) -> None:
    with pytest.raises(ValueError, match="frames"):
        normalize_and_build(
            videos, label_field="clip_label", label_type="classification", classes=["a"]
        )


def test_no_fields(images: Any) -> None:
    assert normalize_and_build(images).fields == ()


def test_normalizer_signature_guard(monkeypatch: pytest.MonkeyPatch, images: Any) -> None:
    import fiftyone.utils.annotations as foua

    def changed(samples: Any, backend: Any) -> None:
        raise AssertionError("must not be called")

    monkeypatch.setattr(foua, "_build_label_schema", changed)
    with pytest.raises(RuntimeError, match="build_run_schema"):
        normalize_and_build(images, label_field="ground_truth")


def test_doc_occlusion_and_group_examples(images: Any) -> None:
    run = normalize_and_build(
        images,
        label_schema={
            "ground_truth": {
                "attributes": {"occluded": {"type": "occluded"}, "group_id": {"type": "group_id"}}
            }
        },
    )
    spec = run.field("ground_truth")
    assert spec.occluded_attr == "occluded" and spec.group_id_attr == "group_id"
    assert all(c.attributes == () for c in spec.classes)


def test_plan_can_be_printed(images: Any) -> None:
    plan = normalize_and_build(images, label_field="weather", allow_label_edits=False).describe()
    assert plan.splitlines() == [
        "weather (classification, existing; no label edits)",
        "  sunny -> CVAT label 'sunny' [label_id]",
    ]
