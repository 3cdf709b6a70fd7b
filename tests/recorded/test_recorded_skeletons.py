"""Skeleton keypoints both ways against CVAT (FiftyOne issue #2194), replayed from cassettes.

A keypoints field whose dataset has a skeleton goes up as CVAT skeleton labels
(one point sublabel per node, the edges in the template); an annotator moves a
node, hides one and draws a new skeleton; the load brings back ``Keypoint``s in
node order with ids kept and NaN for hidden nodes. On a video, a tracked
keypoint becomes a skeleton track with one sub-track per node.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import backend_support as bs
import fiftyone as fo
import pytest

pytestmark = [pytest.mark.vcr, pytest.mark.db, pytest.mark.usefixtures("registered_backend")]

NODES = ["nose", "left eye", "right eye"]
NAN = float("nan")


def _skeleton() -> fo.KeypointSkeleton:
    return fo.KeypointSkeleton(labels=NODES, edges=[[0, 1], [0, 2]])


def _labels(connection: Any, task_id: int) -> list[dict[str, Any]]:
    page = connection.request_json("GET", "/api/labels", params={"task_id": task_id})
    return [
        lab for lab in page["results"] if not lab.get("parent_id") and not lab.get("has_parent")
    ]


def test_image_skeletons_round_trip_with_a_moved_a_hidden_and_a_new_node(
    tmp_path: Path, record_mode: str, connection: Any
) -> None:
    dataset = bs.new_dataset("recorded-skeleton-images")
    dataset.skeletons = {"pose": _skeleton()}
    samples = []
    for i, path in enumerate(bs.write_images(tmp_path, 2)):
        kp = fo.Keypoint(
            id=bs.fixed_id(i + 1), label="person", points=[[0.5, 0.25], [0.25, 0.5], [0.75, 0.5]]
        )
        samples.append(fo.Sample(filepath=path, pose=fo.Keypoints(keypoints=[kp])))
    dataset.add_samples(samples)
    dataset.annotate("skel", label_field="pose", **bs.annotate_kwargs(record_mode))
    results = dataset.load_annotation_results("skel")
    task_id, job_id = bs.only_job(results)

    (person,) = _labels(connection, task_id)
    assert person["type"] == "skeleton"
    assert sorted(s["name"] for s in person["sublabels"]) == sorted(NODES)
    assert 'data-type="edge"' in person["svg"]
    node_ids = {s["name"]: s["id"] for s in person["sublabels"]}

    shapes = bs.job_annotations(connection, job_id)["shapes"]
    assert [s["type"] for s in shapes] == ["skeleton", "skeleton"]
    first, second = sorted(shapes, key=lambda s: s["frame"])
    for element in first["elements"]:
        if element["label_id"] == node_ids["nose"]:
            element["points"] = [16.0, 6.0]  # the annotator moves the nose
    for element in second["elements"]:
        if element["label_id"] == node_ids["right eye"]:
            element["outside"] = True  # ... and hides a right eye
    bs.edit_job(connection, job_id, "update", shapes=[first, second])
    new = {
        **bs.rectangle(person["id"], 1, []),
        "type": "skeleton",
        "elements": [
            {**bs.rectangle(node_ids[name], 1, [8.0 + 4 * i, 8.0]), "type": "points"}
            for i, name in enumerate(NODES)
        ],
    }
    bs.edit_job(connection, job_id, "create", shapes=[new])

    dataset.load_annotations("skel", cleanup=True, **bs.backend_kwargs(record_mode))
    s0, s1 = dataset
    (moved,) = s0.pose.keypoints
    assert moved.id == bs.fixed_id(1)
    assert moved.points[0] == pytest.approx([16 / 64, 6 / 48])
    assert moved.points[1] == pytest.approx([0.25, 0.5])
    kept, added = sorted(s1.pose.keypoints, key=lambda k: k.id != bs.fixed_id(2))
    assert kept.id == bs.fixed_id(2) and all(math.isnan(c) for c in kept.points[2])
    assert kept.points[:2] == [pytest.approx([0.5, 0.25]), pytest.approx([0.25, 0.5])]
    assert [p for p in added.points] == [
        pytest.approx([8 / 64, 8 / 48]),
        pytest.approx([12 / 64, 8 / 48]),
        pytest.approx([16 / 64, 8 / 48]),
    ]
    dataset.delete_annotation_run("skel")


def test_a_tracked_skeleton_on_a_video_goes_up_and_comes_back(
    tmp_path: Path, record_mode: str, connection: Any
) -> None:
    dataset = bs.new_dataset("recorded-skeleton-video")
    dataset.skeletons = {"frames.pose": _skeleton()}
    path = bs.write_video(tmp_path / "pose.mp4", 6)
    sample = bs.video_sample(path, 6)
    for n in range(1, 5):  # FiftyOne frames 1-4; the right eye is hidden on frame 3
        eye = [NAN, NAN] if n == 3 else [0.75, 0.5]
        kp = fo.Keypoint(
            id=bs.fixed_id(n),
            label="person",
            index=1,
            points=[[0.1 * n, 0.25], [0.25, 0.5], eye],
        )
        sample.frames[n]["pose"] = fo.Keypoints(keypoints=[kp])
    dataset.add_sample(sample)
    dataset.annotate("skel", label_field="frames.pose", **bs.annotate_kwargs(record_mode))
    results = dataset.load_annotation_results("skel")
    _, job_id = bs.only_job(results)

    (track,) = bs.job_annotations(connection, job_id)["tracks"]
    assert {s["type"] for s in track["shapes"]} == {"skeleton"}
    assert len(track["elements"]) == 3
    assert {s["type"] for e in track["elements"] for s in e["shapes"]} == {"points"}

    dataset.load_annotations("skel", cleanup=True, **bs.backend_kwargs(record_mode))
    frames = dataset.first().frames
    assert [n for n in frames if frames[n].pose] == [1, 2, 3, 4]
    for n in range(1, 5):
        (kp,) = frames[n].pose.keypoints
        assert kp.index == 1 and kp.id == bs.fixed_id(n)
        assert kp.points[0] == pytest.approx([0.1 * n, 0.25], abs=1e-3)
        assert kp.points[1] == pytest.approx([0.25, 0.5], abs=1e-3)
        assert all(math.isnan(c) for c in kp.points[2]) == (n == 3)
    dataset.delete_annotation_run("skel")
