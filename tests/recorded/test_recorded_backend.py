"""The documented annotate() -> annotator -> load_annotations() recipes, replayed from cassettes.

Each test plays the annotator through CVAT's API between annotate and load
(recorded too) and asserts the labels that end up in the dataset.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import backend_support as bs
import fiftyone as fo
import pytest
from progress_capture import RecordingBar

pytestmark = [pytest.mark.vcr, pytest.mark.db, pytest.mark.usefixtures("registered_backend")]


def test_basic_recipe_edits_arrive_and_cleanup_removes_tasks(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = bs.boxes_dataset(tmp_path, "recorded-basic", n=3)
    dataset.annotate("basic", label_field="ground_truth", segment_size=2, **kw)
    results = dataset.load_annotation_results("basic")
    (task_id,) = results.task_ids
    assert len(results.job_ids[task_id]) == 2

    # The annotator, in the first job: delete frame 0's dog, move frame 1's cat, draw a cat.
    first_job = results.job_ids[task_id][0]
    annos = bs.job_annotations(connection, first_job)
    assert len(annos["shapes"]) == 4
    by_frame = {(s["frame"], s["points"][0]): s for s in annos["shapes"]}
    dog0 = by_frame[(0, 0.0)]
    cat1 = by_frame[(1, 16.0)]
    cat1["points"] = [20.0, 12.0, 52.0, 36.0]
    bs.edit_job(connection, first_job, "delete", shapes=[dog0])
    bs.edit_job(connection, first_job, "update", shapes=[cat1])
    new_cat = bs.rectangle(cat1["label_id"], 0, [2.0, 2.0, 10.0, 10.0])
    bs.edit_job(connection, first_job, "create", shapes=[new_cat])

    dataset.load_annotations("basic", cleanup=True, **creds)

    s0, s1, s2 = dataset
    ids0 = {d.id for d in s0.ground_truth.detections}
    assert bs.fixed_id(2) not in ids0 and bs.fixed_id(1) in ids0
    new = [d for d in s0.ground_truth.detections if d.id != bs.fixed_id(1)]
    assert len(new) == 1 and new[0].label == "cat"
    assert new[0].bounding_box == pytest.approx([2 / 64, 2 / 48, 8 / 64, 8 / 48])
    moved = next(d for d in s1.ground_truth.detections if d.id == bs.fixed_id(11))
    assert moved.bounding_box == pytest.approx([20 / 64, 12 / 48, 0.5, 0.5])
    assert [d.id for d in s2.ground_truth.detections] == [bs.fixed_id(21), bs.fixed_id(22)]
    assert s2.ground_truth.detections[0].bounding_box == pytest.approx([0.25, 0.25, 0.5, 0.5])

    assert not results.task_ids
    api = results.connect_to_api()
    assert not api.task_exists(task_id)
    dataset.delete_annotation_run("basic")


def _images_dataset(tmp_path: Path, name: str, n: int = 2) -> fo.Dataset:
    dataset = bs.new_dataset(name)
    dataset.add_samples([fo.Sample(filepath=p) for p in bs.write_images(tmp_path, n)])
    return dataset


def test_new_field_label_field_form(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = _images_dataset(tmp_path, "recorded-new-field")
    dataset.annotate(
        "newfield",
        label_field="scene",
        label_type="classifications",
        classes=["indoor", "outdoor"],
        **kw,
    )
    results = dataset.load_annotation_results("newfield")
    task_id, job_id = bs.only_job(results)
    labels = bs.label_specs(connection, task_id)
    bs.edit_job(connection, job_id, "create", tags=[bs.tag(labels["outdoor"]["id"], 1)])

    dataset.load_annotations("newfield", cleanup=True, **creds)
    first, second = dataset
    assert first.scene is None or not first.scene.classifications
    assert [c.label for c in second.scene.classifications] == ["outdoor"]
    dataset.delete_annotation_run("newfield")


def test_scalar_fields_with_and_without_classes(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = _images_dataset(tmp_path, "recorded-scalars")
    label_schema = {
        "caption": {"type": "scalar"},
        "quality": {"type": "scalar", "classes": ["good", "bad"]},
    }
    dataset.annotate("scalars", label_schema=label_schema, **kw)
    results = dataset.load_annotation_results("scalars")
    task_id, job_id = bs.only_job(results)
    labels = bs.label_specs(connection, task_id)
    caption = labels["caption"]
    tags = [
        bs.tag(caption["id"], 0, {caption["attrs"]["value"]: "a red door"}),
        bs.tag(labels["bad"]["id"], 1),
    ]
    bs.edit_job(connection, job_id, "create", tags=tags)

    dataset.load_annotations("scalars", cleanup=True, **creds)
    first, second = dataset
    assert first.caption == "a red door" and first.quality is None
    assert second.quality == "bad" and second.caption is None
    dataset.delete_annotation_run("scalars")


def test_edit_restrictions_keep_the_dataset_unchanged(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = bs.boxes_dataset(tmp_path, "recorded-restricted", n=1)
    before = [d.to_dict() for d in dataset.first().ground_truth.detections]
    dataset.annotate(
        "restricted",
        label_field="ground_truth",
        allow_additions=False,
        allow_deletions=False,
        allow_spatial_edits=False,
        **kw,
    )
    results = dataset.load_annotation_results("restricted")
    _task_id, job_id = bs.only_job(results)
    shapes = bs.job_annotations(connection, job_id)["shapes"]
    cat = next(s for s in shapes if s["points"][0] == 16.0)
    dog = next(s for s in shapes if s["points"][0] == 0.0)
    cat["points"] = [30.0, 20.0, 40.0, 30.0]
    bs.edit_job(connection, job_id, "update", shapes=[cat])
    bs.edit_job(connection, job_id, "delete", shapes=[dog])
    new = bs.rectangle(cat["label_id"], 0, [1.0, 1.0, 5.0, 5.0])
    bs.edit_job(connection, job_id, "create", shapes=[new])

    dataset.load_annotations("restricted", cleanup=True, **creds)
    after = [d.to_dict() for d in dataset.first().ground_truth.detections]
    assert after == before
    summary = dataset.load_annotation_results("restricted").merge_summary["ground_truth"]
    assert (summary["added"], summary["deleted"], summary["edited"]) == (1, 1, 1)
    refused = "\n".join(summary["rejected"])
    for setting in ("allow_additions", "allow_deletions", "allow_spatial_edits"):
        assert f"{setting}=False" in refused
    assert bs.fixed_id(1) in refused and bs.fixed_id(2) in refused
    dataset.delete_annotation_run("restricted")


def test_project_is_created_and_cleanup_removes_it(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any]
) -> None:
    dataset = bs.boxes_dataset(tmp_path, "recorded-project", n=1)
    dataset.annotate(
        "project", label_field="ground_truth", project_name="fiftyone-cvat-recorded", **kw
    )
    results = dataset.load_annotation_results("project")
    (project_id,) = results.project_ids  # created by the run

    dataset.load_annotations("project", cleanup=True, **creds)
    api = results.connect_to_api()
    assert not api.project_exists(project_id)
    assert len(dataset.first().ground_truth.detections) == 2
    dataset.delete_annotation_run("project")


def test_assign_users_round_robin_and_print_status(
    tmp_path: Path,
    kw: dict[str, Any],
    connection: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    dataset = _images_dataset(tmp_path, "recorded-assign", n=3)
    dataset.annotate(
        "assign",
        label_field="gt",
        label_type="detections",
        classes=["cat"],
        segment_size=1,
        task_assignee="user2",
        job_assignees=["user1", "user2"],
        **kw,
    )
    results = dataset.load_annotation_results("assign")
    (task_id,) = results.task_ids
    # CVAT stores the task's assignee (read back from the server, not from our record)
    task = connection.request_json("GET", f"/api/tasks/{task_id}")
    assert task["assignee"]["username"] == "user2"
    jobs = results.job_ids[task_id]
    assignees = [
        connection.request_json("GET", f"/api/jobs/{j}")["assignee"]["username"] for j in jobs
    ]
    assert assignees == ["user1", "user2", "user1"]

    status = results.get_status()  # the built-in's layout: CVAT's user JSON
    assert status["gt"][task_id]["assignee"]["username"] == "user2"
    assert [j["assignee"]["username"] for j in status["gt"][task_id]["jobs"].values()] == [
        "user1",
        "user2",
        "user1",
    ]
    results.print_status()
    printed = capsys.readouterr().out
    assert f"Task {task_id} (FiftyOne_recorded-assign):" in printed
    assert "\t\tAssignee: user2\n\t\tLast updated:" in printed  # the task's own line
    assert "\t\t\tAssignee: user1" in printed and "\t\t\tAssignee: user2" in printed
    assert "\t\t\tReviewer: None\n" in printed  # the documented layout; CVAT 2.x has none

    results.cleanup()
    dataset.delete_annotation_run("assign")


def test_instances_polygons_and_keypoints_survive_exactly(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any]
) -> None:
    import numpy as np

    dataset = bs.new_dataset("recorded-shapes")
    (path,) = bs.write_images(tmp_path, 1)
    mask = np.zeros((12, 16), dtype=bool)
    mask[2:9, 3:12] = True
    mask[4, 5] = False
    sample = fo.Sample(
        filepath=path,
        inst=fo.Detections(
            detections=[
                fo.Detection(
                    id=bs.fixed_id(1),
                    label="blob",
                    bounding_box=[0.25, 0.25, 0.25, 0.25],
                    mask=mask,
                )
            ]
        ),
        polys=fo.Polylines(
            polylines=[
                fo.Polyline(
                    id=bs.fixed_id(2),
                    label="roof",
                    points=[
                        [(0.125, 0.25), (0.5, 0.25), (0.5, 0.75)],
                        [(0.75, 0.5), (1.0, 0.5), (0.875, 1.0)],
                    ],
                    closed=True,
                    filled=True,
                )
            ]
        ),
        kps=fo.Keypoints(
            keypoints=[
                fo.Keypoint(id=bs.fixed_id(3), label="eye", points=[(0.25, 0.5), (0.75, 0.5)])
            ]
        ),
    )
    dataset.add_sample(sample)
    label_schema = {
        "inst": {"type": "instances"},
        "polys": {"type": "polygons"},
        "kps": {"type": "keypoints"},
    }
    dataset.annotate("shapes", label_schema=label_schema, **kw)
    dataset.load_annotations("shapes", cleanup=True, **creds)

    loaded = dataset.first()
    (det,) = loaded.inst.detections
    assert det.id == bs.fixed_id(1)
    assert det.bounding_box == pytest.approx([0.25, 0.25, 0.25, 0.25])
    assert np.array_equal(det.mask.astype(bool), mask)
    (poly,) = loaded.polys.polylines
    assert poly.id == bs.fixed_id(2) and len(poly.points) == 2
    flat = [xy for part in poly.points for point in part for xy in point]
    assert flat == pytest.approx(
        [0.125, 0.25, 0.5, 0.25, 0.5, 0.75, 0.75, 0.5, 1.0, 0.5, 0.875, 1.0]
    )
    (kp,) = loaded.kps.keypoints
    assert [xy for point in kp.points for xy in point] == pytest.approx([0.25, 0.5, 0.75, 0.5])
    dataset.delete_annotation_run("shapes")


def test_video_track_with_frame_step_and_immutable_attribute(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = bs.new_dataset("recorded-video")
    path = bs.write_video(tmp_path / "clip.mp4", 10)
    dataset.add_sample(bs.video_sample(path, 10))
    dataset.annotate(
        "video",
        label_field="frames.vehicles",
        label_type="detections",
        classes=["car"],
        attributes={"make": {"type": "text", "mutable": False}},
        frame_step=2,
        **kw,
    )
    results = dataset.load_annotation_results("video")
    task_id, job_id = bs.only_job(results)
    car = bs.label_specs(connection, task_id)["car"]

    track = bs.volvo_track(car)
    bs.edit_job(connection, job_id, "create", tracks=[track])

    dataset.load_annotations("video", cleanup=True, **creds)
    frames = dataset.first().frames
    boxes = {n: frames[n].vehicles.detections for n in frames if frames[n].vehicles}
    # CVAT frames 0..4 at step 2 are FiftyOne frames 1, 3, 5, 7, 9; the track is outside from
    # CVAT frame 4 (frame 9). As in FiftyOne's built-in and CVAT's own video exports, it covers
    # the video's frames in between too: interpolated from keyframe 1 (x=0) to 5 (x=16), held.
    assert sorted(boxes) == [1, 2, 3, 4, 5, 6, 7, 8]
    xs = (0.0, 4.0, 8.0, 12.0, 16.0, 16.0, 16.0, 16.0)
    for n, expected_x in zip(range(1, 9), xs, strict=True):
        (det,) = boxes[n]
        assert det.label == "car" and det["make"] == "volvo" and det.index == 1
        assert det.bounding_box[0] == pytest.approx(expected_x / 64)
    assert boxes[1][0]["keyframe"] is True and boxes[5][0]["keyframe"] is True
    assert not boxes[3][0].has_field("keyframe") and not boxes[2][0].has_field("keyframe")
    dataset.delete_annotation_run("video")


def _attr_dataset(tmp_path: Path, name: str) -> fo.Dataset:
    """One image, two boxes carrying occluded (bool), group_id (int) and a text attribute."""
    dataset = bs.new_dataset(name)
    (path,) = bs.write_images(tmp_path, 1)
    boxes = [
        fo.Detection(
            id=bs.fixed_id(1),
            label="car",
            bounding_box=[0.25, 0.25, 0.5, 0.5],
            occluded=False,
            group_id=1,
            color="red",
        ),
        fo.Detection(
            id=bs.fixed_id(2),
            label="car",
            bounding_box=[0.0, 0.0, 0.25, 0.5],
            occluded=True,
            group_id=1,
            color="blue",
        ),
    ]
    dataset.add_sample(fo.Sample(filepath=path, gt=fo.Detections(detections=boxes)))
    return dataset


def test_occluded_widget_group_ids_and_read_only_attribute(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = _attr_dataset(tmp_path, "recorded-widgets")
    label_schema = {
        "gt": {
            "attributes": {
                "occluded": {"type": "occluded"},
                "group_id": {"type": "group_id"},
                "color": {"type": "text", "read_only": True},
            }
        }
    }
    dataset.annotate("widgets", label_schema=label_schema, **kw)
    results = dataset.load_annotation_results("widgets")
    task_id, job_id = bs.only_job(results)
    shapes = bs.job_annotations(connection, job_id)["shapes"]
    assert sorted(s["occluded"] for s in shapes) == [False, True]
    assert {s["group"] for s in shapes} == {1}

    # The annotator flips occlusion, regroups the first box and recolors it (read-only).
    color_spec = bs.label_specs(connection, task_id)["car"]["attrs"]["color"]
    first = next(s for s in shapes if s["points"][0] == 16.0)
    first["occluded"] = True
    first["group"] = 7
    for attr in first["attributes"]:
        if attr["spec_id"] == color_spec:
            attr["value"] = "green"
    bs.edit_job(connection, job_id, "update", shapes=[first])

    dataset.load_annotations("widgets", cleanup=True, **creds)
    det = next(d for d in dataset.first().gt.detections if d.id == bs.fixed_id(1))
    assert det["occluded"] is True and det["group_id"] == 7
    assert det["color"] == "red"  # read_only: the edit is not merged...
    summary = dataset.load_annotation_results("widgets").merge_summary["gt"]
    (refused,) = summary["rejected"]  # ...and it is reported
    assert "read-only attribute 'color'" in refused and bs.fixed_id(1) in refused
    dataset.delete_annotation_run("widgets")


def test_occluded_attr_parameter_and_dest_field(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = _attr_dataset(tmp_path, "recorded-dest-field")
    dataset.annotate(
        "dest",
        label_field="gt",
        attributes=["color"],
        occluded_attr="occluded",
        group_id_attr="group_id",
        **kw,
    )
    results = dataset.load_annotation_results("dest")
    _task_id, job_id = bs.only_job(results)
    shapes = bs.job_annotations(connection, job_id)["shapes"]
    assert sorted(s["occluded"] for s in shapes) == [False, True]
    second = next(s for s in shapes if s["points"][0] == 0.0)
    second["occluded"] = False
    bs.edit_job(connection, job_id, "update", shapes=[second])

    dataset.load_annotations("dest", dest_field="gt_reviewed", cleanup=True, **creds)
    sample = dataset.first()
    assert [d["occluded"] for d in sample.gt.detections] == [False, True]  # untouched
    reviewed = {d.label + str(d.bounding_box[0]): d for d in sample.gt_reviewed.detections}
    assert reviewed["car0.0"]["occluded"] is False
    assert reviewed["car0.25"]["color"] == "red"
    dataset.delete_annotation_run("dest")


@pytest.mark.parametrize("unexpected", ["return", "keep", "ignore"])
def test_unexpected_labels(
    tmp_path: Path,
    kw: dict[str, Any],
    creds: dict[str, Any],
    connection: Any,
    unexpected: str,
) -> None:
    dataset = bs.boxes_dataset(tmp_path, f"recorded-unexpected-{unexpected}", n=1)
    dataset.annotate("unexpected", label_field="ground_truth", **kw)
    results = dataset.load_annotation_results("unexpected")
    task_id, job_id = bs.only_job(results)
    cat = bs.label_specs(connection, task_id)["cat"]
    # A polyline drawn with the detections field's label: an unexpected label type.
    polyline = bs.rectangle(cat["id"], 0, [4.0, 4.0, 20.0, 4.0, 12.0, 20.0])
    polyline["type"] = "polyline"
    bs.edit_job(connection, job_id, "create", shapes=[polyline])

    returned = dataset.load_annotations("unexpected", unexpected=unexpected, cleanup=True, **creds)
    sample = dataset.first()
    assert len(sample.ground_truth.detections) == 2
    if unexpected == "return":
        (polylines,) = returned["ground_truth"]["polylines"].values()
        (poly,) = polylines.values()
        assert poly.label == "cat" and not poly.closed
    elif unexpected == "keep":
        assert [p.label for p in sample.polylines.polylines] == ["cat"]
    else:
        assert returned is None and not sample.has_field("polylines")
    dataset.delete_annotation_run("unexpected")


def test_existing_project_reuses_its_schema_and_is_kept(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    from cvat_api.api.projects import projects_create
    from cvat_api.models import ProjectWriteRequest

    body = ProjectWriteRequest.from_dict(
        {"name": "fiftyone-cvat-existing", "labels": [{"name": "cat"}, {"name": "dog"}]}
    )
    project = connection.call(projects_create.sync_detailed, body=body)
    try:
        dataset = bs.boxes_dataset(tmp_path, "recorded-existing-project", n=1)
        dataset.annotate(
            "existing",
            label_field="ground_truth",
            project_id=project.id,
            classes=["ignored-by-design"],
            **kw,
        )
        results = dataset.load_annotation_results("existing")
        assert results.project_ids == []  # reused, not created: not the run's (as in the built-in)
        (task_id,) = results.task_ids
        labels = bs.label_specs(connection, task_id)
        assert sorted(labels) == ["cat", "dog"]
        assert "label_id" in labels["cat"]["attrs"]  # provenance added to the project

        dataset.load_annotations("existing", cleanup=True, **creds)
        assert results.connect_to_api().project_exists(project.id)
        ids = [d.id for d in dataset.first().ground_truth.detections]
        assert ids == [bs.fixed_id(1), bs.fixed_id(2)]
        dataset.delete_annotation_run("existing")
    finally:
        connection.request_json("DELETE", f"/api/projects/{project.id}")


def test_multiple_fields_and_delete_task(
    tmp_path: Path, kw: dict[str, Any], connection: Any
) -> None:
    dataset = bs.boxes_dataset(tmp_path, "recorded-multi", n=2)
    label_schema = {
        "ground_truth": {},
        "weather": {"type": "classification", "classes": ["sun", "rain"]},
    }
    dataset.annotate("multi", label_schema=label_schema, task_size=1, **kw)
    results = dataset.load_annotation_results("multi")
    assert len(results.task_ids) == 2
    labels = bs.label_specs(connection, results.task_ids[0])
    assert {"cat", "dog", "sun", "rain"} <= set(labels)

    api = results.connect_to_api()
    first, second = results.task_ids
    assert api.delete_task(first) is True
    assert api.delete_task(first) is False  # already gone: reported, not an error
    results.cleanup()
    assert not api.task_exists(second)
    dataset.delete_annotation_run("multi")


def _tracked_video(tmp_path: Path, name: str, frames: int = 6) -> fo.Dataset:
    """One video whose frames 1..4 hold track 1 (keyframes on 1 and 4) and frame 2 a loose box."""
    dataset = bs.new_dataset(name)
    path = bs.write_video(tmp_path / f"{name}.mp4", frames)
    sample = bs.video_sample(path, frames)
    for n in range(1, 5):
        dets = [
            fo.Detection(
                id=bs.fixed_id(n),
                label="car",
                bounding_box=[0.1 * n, 0.25, 0.25, 0.25],
                index=1,
                keyframe=n in (1, 4),
            )
        ]
        sample.frames[n]["vehicles"] = fo.Detections(detections=dets)
    dataset.add_sample(sample)
    return dataset


def test_editing_video_tracks_uploads_only_keyframes(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = _tracked_video(tmp_path, "recorded-keyframes")
    dataset.annotate("tracks", label_field="frames.vehicles", **kw)
    results = dataset.load_annotation_results("tracks")
    _task_id, job_id = bs.only_job(results)
    annos = bs.job_annotations(connection, job_id)
    (track,) = annos["tracks"]
    keyframes = [s["frame"] for s in track["shapes"] if not s["outside"]]
    assert keyframes == [0, 3]  # FiftyOne frames 1 and 4; CVAT interpolates between
    assert [s["frame"] for s in track["shapes"] if s["outside"]] == [4]

    # The annotator moves the last keyframe.
    last = next(s for s in track["shapes"] if s["frame"] == 3)
    last["points"] = [s + 6.4 for s in last["points"]]
    bs.edit_job(connection, job_id, "update", tracks=[track])

    dataset.load_annotations("tracks", cleanup=True, **creds)
    frames = dataset.first().frames
    xs = {n: frames[n].vehicles.detections[0].bounding_box[0] for n in range(1, 5)}
    px = 1 / 64  # coordinates travel on a 1/256-pixel grid
    assert xs[1] == pytest.approx(0.1, abs=px / 256)
    assert xs[4] == pytest.approx(0.5, abs=px / 256)  # 0.4 + 6.4 px / 64
    assert xs[2] == pytest.approx(0.1 + (0.5 - 0.1) / 3, abs=px / 256)  # CVAT's interpolation
    assert frames[1].vehicles.detections[0].id == bs.fixed_id(1)
    assert {frames[n].vehicles.detections[0].index for n in range(1, 5)} == {1}
    assert not frames[5].vehicles or not frames[5].vehicles.detections
    dataset.delete_annotation_run("tracks")


def test_frame_start_stop_step_on_two_videos(
    tmp_path: Path,
    kw: dict[str, Any],
    creds: dict[str, Any],
    connection: Any,
    progress_bars: type[RecordingBar],
) -> None:
    dataset = bs.new_dataset("recorded-frame-ranges")
    paths = [bs.write_video(tmp_path / f"v{i}.mp4", 10) for i in range(2)]
    dataset.add_samples([bs.video_sample(p, 10) for p in paths])
    dataset.annotate(
        "ranges",
        label_field="frames.objs",
        label_type="detections",
        classes=["thing"],
        frame_start=[2, 0],
        frame_stop={paths[0]: 8, paths[1]: 5},
        frame_step=3,
        **kw,
    )
    results = dataset.load_annotation_results("ranges")
    first_task, second_task = results.task_ids
    # Each task's upload drew its own byte bar, up to the size of its video.
    uploads = progress_bars.named(" media")
    assert sorted(b.n for b in uploads) == sorted(os.path.getsize(p) for p in paths)
    assert all(b.total == b.n and b.updates for b in uploads)
    assert progress_bars.named("CVAT tasks")[0].n == 2
    # CVAT reports the last frame actually sampled as stop_frame (5 at step 3 -> 3).
    metas = [connection.request_json("GET", f"/api/tasks/{t}/data/meta") for t in results.task_ids]
    assert [(m["start_frame"], m["stop_frame"], m["size"]) for m in metas] == [(2, 8, 3), (0, 3, 2)]

    # One box on the last CVAT frame of each task.
    for task_id, last in ((first_task, 2), (second_task, 1)):
        (job_id,) = results.job_ids[task_id]
        thing = bs.label_specs(connection, task_id)["thing"]["id"]
        bs.edit_job(connection, job_id, "create", shapes=[bs.rectangle(thing, last, [0, 0, 8, 8])])

    dataset.load_annotations("ranges", cleanup=True, **creds)
    first, second = dataset
    boxed = [[n for n in s.frames if s.frames[n].objs] for s in (first, second)]
    assert boxed == [[9], [4]]  # source frames 8 and 3, 1-based
    dataset.delete_annotation_run("ranges")


def test_unknown_assignee_fails_before_anything_is_created(
    tmp_path: Path, kw: dict[str, Any]
) -> None:
    from fiftyone_cvat.cvat.errors import CVATNotFoundError

    dataset = bs.boxes_dataset(tmp_path, "recorded-unknown-user", n=1)
    with pytest.raises(CVATNotFoundError, match="no-such-annotator"):
        dataset.annotate(
            "unknown", label_field="ground_truth", job_assignees=["no-such-annotator"], **kw
        )
    assert "unknown" not in dataset.list_annotation_runs()  # the key can be used again


def test_failed_media_import_is_reported_and_cleanup_removes_the_task(
    tmp_path: Path, kw: dict[str, Any]
) -> None:
    from fiftyone_cvat.runs.annotate import AnnotationRunError

    dataset = bs.new_dataset("recorded-broken-media")
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"this is not a video" * 64)
    dataset.add_sample(bs.video_sample(str(broken), 10))
    with pytest.raises(AnnotationRunError) as failure:
        dataset.annotate(
            "broken", label_field="frames.objs", label_type="detections", classes=["x"], **kw
        )
    results = dataset.load_annotation_results("broken")
    (task_id,) = results.task_ids
    message = str(failure.value)
    assert f"tasks [{task_id}]" in message and "cleanup()" in message
    assert "failed" in message.lower()

    api = results.connect_to_api()
    results.cleanup()
    assert not api.task_exists(task_id)
    dataset.delete_annotation_run("broken")


def test_new_attribute_on_an_existing_field(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = bs.boxes_dataset(tmp_path, "recorded-new-attribute", n=1)
    attributes = {"pose": {"type": "radio", "values": ["front", "side"], "default": "front"}}
    dataset.annotate("attr", label_field="ground_truth", attributes=attributes, **kw)
    results = dataset.load_annotation_results("attr")
    task_id, job_id = bs.only_job(results)
    pose = bs.label_specs(connection, task_id)["dog"]["attrs"]["pose"]
    shapes = bs.job_annotations(connection, job_id)["shapes"]
    dog = next(s for s in shapes if s["points"][0] == 0.0)
    dog["attributes"] = [a for a in dog["attributes"] if a["spec_id"] != pose]
    dog["attributes"].append({"spec_id": pose, "value": "side"})
    bs.edit_job(connection, job_id, "update", shapes=[dog])

    dataset.load_annotations("attr", cleanup=True, **creds)
    poses = {d.label: d["pose"] for d in dataset.first().ground_truth.detections}
    assert poses == {"cat": "front", "dog": "side"}
    dataset.delete_annotation_run("attr")


def test_large_run_splits_into_tasks_and_jobs(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    dataset = bs.boxes_dataset(tmp_path, "recorded-large-run", n=5)
    before = dataset.values("ground_truth.detections.bounding_box")
    dataset.annotate("large", label_field="ground_truth", task_size=2, segment_size=1, **kw)
    results = dataset.load_annotation_results("large")
    assert [len(results.job_ids[t]) for t in results.task_ids] == [2, 2, 1]

    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url, new=0: opened.append(url))
    results.launch_editor()
    first_task = results.task_ids[0]
    assert opened == [f"{creds['url']}/tasks/{first_task}/jobs/{results.job_ids[first_task][0]}"]

    dataset.load_annotations("large", cleanup=True, **creds)
    after = dataset.values("ground_truth.detections.bounding_box")
    for boxes_before, boxes_after in zip(before, after, strict=True):
        flat_before = [v for box in boxes_before for v in box]
        flat_after = [v for box in boxes_after for v in box]
        assert flat_after == pytest.approx(flat_before, abs=1 / (64 * 256))
    summary = dataset.load_annotation_results("large").merge_summary["ground_truth"]
    assert summary == {"added": 0, "edited": 0, "deleted": 0, "unchanged": 10, "rejected": []}
    dataset.delete_annotation_run("large")


def test_a_task_deleted_in_cvat_leaves_its_samples_unchanged(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = bs.boxes_dataset(tmp_path, "recorded-deleted-task", n=2)
    dataset.annotate("gone", label_field="ground_truth", task_size=1, **kw)
    results = dataset.load_annotation_results("gone")
    first_task, second_task = results.task_ids
    connection.request_json("DELETE", f"/api/tasks/{first_task}")
    (job_id,) = results.job_ids[second_task]
    shapes = bs.job_annotations(connection, job_id)["shapes"]
    bs.edit_job(connection, job_id, "delete", shapes=shapes[:1])

    dataset.load_annotations("gone", cleanup=True, **creds)
    first, second = dataset
    assert [d.id for d in first.ground_truth.detections] == [bs.fixed_id(1), bs.fixed_id(2)]
    assert len(second.ground_truth.detections) == 1
    assert dataset.load_annotation_results("gone").task_ids == []
    dataset.delete_annotation_run("gone")


def test_untouched_samples_skip_the_merge_and_later_loads_stay_consistent(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = bs.boxes_dataset(tmp_path, "recorded-untouched", n=3)
    odd = dataset.skip(1).first()
    odd.ground_truth.detections[0].bounding_box = [0.123456789, 0.2, 0.3, 0.4]
    odd.save()
    dataset.annotate("skip", label_field="ground_truth", **kw)
    results = dataset.load_annotation_results("skip")
    _task_id, job_id = bs.only_job(results)

    # First pass: the annotator moves frame 0's cat; samples 1 and 2 are untouched.
    shapes = bs.job_annotations(connection, job_id)["shapes"]
    cat0 = next(s for s in shapes if s["frame"] == 0 and s["points"][0] == 16.0)
    cat0["points"] = [20.0, 12.0, 52.0, 36.0]
    bs.edit_job(connection, job_id, "update", shapes=[cat0])
    dataset.load_annotations("skip", **creds)

    s0, s1, s2 = dataset
    moved = next(d for d in s0.ground_truth.detections if d.id == bs.fixed_id(1))
    assert moved.bounding_box == pytest.approx([20 / 64, 12 / 48, 0.5, 0.5])
    # Left out of the merge: not even rounded to CVAT's coordinate grid.
    assert s1.ground_truth.detections[0].bounding_box == [0.123456789, 0.2, 0.3, 0.4]
    stored = dataset.load_annotation_results("skip", cache=False)
    assert sorted(stored.id_map["ground_truth"]) == sorted([s0.id, s1.id, s2.id])
    assert stored.merge_summary["ground_truth"]["unchanged"] == 5

    # Second pass: a deletion in a sample the first load left out of the merge.
    shapes = bs.job_annotations(connection, job_id)["shapes"]
    dog2 = next(s for s in shapes if s["frame"] == 2 and s["points"][0] == 0.0)
    bs.edit_job(connection, job_id, "delete", shapes=[dog2])
    dataset.load_annotations("skip", **creds)
    s2.reload()
    assert [d.id for d in s2.ground_truth.detections] == [bs.fixed_id(21)]
    assert [len(s.ground_truth.detections) for s in dataset] == [2, 2, 1]

    # dest_field: every label is copied, untouched samples included.
    dataset.load_annotations("skip", dest_field="gt_copy", cleanup=True, **creds)
    assert [len(s.gt_copy.detections) for s in dataset] == [2, 2, 1]
    dataset.delete_annotation_run("skip")


def test_project_run_without_label_fields_returns_then_keeps_new_labels(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = bs.boxes_dataset(tmp_path, "recorded-fieldless", n=2)
    with pytest.raises(ValueError, match="label_field: this run has no label fields"):
        dataset.annotate("nothing", **kw)  # no field and no project: nothing is created
    assert "nothing" not in dataset.list_annotation_runs()

    project = "fiftyone-cvat-fieldless"
    dataset.annotate("create", label_field="ground_truth", project_name=project, **kw)
    dataset.annotate("open", project_name=project, **kw)
    results = dataset.load_annotation_results("open")
    task_id, job_id = bs.only_job(results)
    labels = bs.label_ids_by_name(connection, task_id)
    polygon = bs.rectangle(labels["dog"], 1, [4.0, 4.0, 30.0, 4.0, 30.0, 30.0])
    polygon["type"] = "polygon"
    bs.edit_job(
        connection,
        job_id,
        "create",
        shapes=[bs.rectangle(labels["cat"], 0, [8.0, 6.0, 40.0, 30.0]), polygon],
        tags=[bs.tag(labels["dog"], 1)],
    )

    returned = dataset.load_annotations("open", unexpected="return", **creds)
    assert returned is not None
    (by_type,) = returned.values()
    assert sorted(by_type) == ["classifications", "detections", "polylines"]
    assert "detections" not in dataset.get_field_schema()  # "return" leaves the dataset alone

    dataset.load_annotations("open", unexpected="keep", **creds)
    first, second = dataset
    (box,) = first.detections.detections
    assert box.label == "cat" and box.bounding_box == pytest.approx([0.125, 0.125, 0.5, 0.5])
    assert [c.label for c in second.classifications.classifications] == ["dog"]
    (shape,) = second.polylines.polylines
    assert shape.label == "dog" and shape.filled and shape.closed
    assert first.classifications is None and second.detections is None

    dataset.load_annotation_results("open").cleanup()
    dataset.delete_annotation_run("open")
    dataset.load_annotations("create", cleanup=True, **creds)
    dataset.delete_annotation_run("create")


def test_clips_view_each_clip_is_a_task_over_its_frames(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = bs.new_dataset("recorded-clips")
    sample = bs.video_sample(bs.write_video(tmp_path / "clips.mp4", 10), 10)
    for n in range(1, 11):  # one car per frame, 2 px further right each frame
        car = fo.Detection(
            id=bs.fixed_id(100 + n), label="car", bounding_box=[2 * n / 64, 0.25, 0.25, 0.5]
        )
        sample.frames[n]["gt"] = fo.Detections(detections=[car])
    dataset.add_sample(sample)
    clips = dataset.to_clips([[(3, 5), (8, 9)]])
    clips.annotate("clips", label_field="frames.gt", **kw)

    results = clips.load_annotation_results("clips")
    first_task, second_task = results.task_ids
    metas = [connection.request_json("GET", f"/api/tasks/{t}/data/meta") for t in results.task_ids]
    assert [(m["start_frame"], m["stop_frame"], m["size"]) for m in metas] == [(2, 4, 3), (7, 8, 2)]
    (first_job,) = results.job_ids[first_task]
    (second_job,) = results.job_ids[second_task]
    uploaded = bs.job_annotations(connection, first_job)["shapes"]
    assert sorted((s["frame"], s["points"][0]) for s in uploaded) == [(0, 6.0), (1, 8.0), (2, 10.0)]

    # The annotator: in clip 1, a new car on its first frame (video frame 3) and the car of
    # its last frame (5) deleted; in clip 2, the car of its last frame (9) moved.
    car_label = uploaded[0]["label_id"]
    bs.edit_job(
        connection, first_job, "create", shapes=[bs.rectangle(car_label, 0, [40, 4, 48, 12])]
    )
    bs.edit_job(connection, first_job, "delete", shapes=[s for s in uploaded if s["frame"] == 2])
    moved = next(s for s in bs.job_annotations(connection, second_job)["shapes"] if s["frame"] == 1)
    moved["points"] = [32.0, 12.0, 48.0, 36.0]
    bs.edit_job(connection, second_job, "update", shapes=[moved])

    clips.load_annotations("clips", cleanup=True, **creds)
    frames = dataset.first().frames
    ids = {n: [d.id for d in frames[n].gt.detections] for n in range(1, 11)}
    untouched = (1, 2, 4, 6, 7, 8, 10)
    assert all(ids[n] == [bs.fixed_id(100 + n)] for n in untouched)
    assert ids[5] == []
    assert len(ids[3]) == 2 and ids[3][0] == bs.fixed_id(103)
    assert frames[3].gt.detections[1].bounding_box == pytest.approx([40 / 64, 4 / 48, 0.125, 1 / 6])
    assert ids[9] == [bs.fixed_id(109)]
    assert frames[9].gt.detections[0].bounding_box == pytest.approx([0.5, 0.25, 0.25, 0.5])
    assert frames[8].gt.detections[0].bounding_box == pytest.approx([16 / 64, 0.25, 0.25, 0.5])
    clips.delete_annotation_run("clips")


def test_a_box_moved_to_another_image_leaves_the_first_and_joins_the_second(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = bs.boxes_dataset(tmp_path, "recorded-moved-across", n=2)
    dataset.annotate("across", label_field="ground_truth", **kw)
    _task_id, job_id = bs.only_job(dataset.load_annotation_results("across"))

    # The annotator pastes frame 0's cat onto frame 1 (attributes, label_id included)
    # and deletes the original: nothing about the box changed but its image.
    shapes = bs.job_annotations(connection, job_id)["shapes"]
    cat0 = next(s for s in shapes if s["frame"] == 0 and s["points"][0] == 16.0)
    copy = {k: v for k, v in cat0.items() if k != "id"} | {"frame": 1}
    bs.edit_job(connection, job_id, "create", shapes=[copy])
    bs.edit_job(connection, job_id, "delete", shapes=[cat0])

    dataset.load_annotations("across", cleanup=True, **creds)
    s0, s1 = dataset
    assert [d.id for d in s0.ground_truth.detections] == [bs.fixed_id(2)]
    assert sorted(d.id for d in s1.ground_truth.detections) == sorted(
        [bs.fixed_id(1), bs.fixed_id(11), bs.fixed_id(12)]
    )
    dataset.delete_annotation_run("across")


def test_a_box_copied_into_another_task_gets_its_own_id_and_the_original_stays(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    """Loads compare and prune task by task: the first image, untouched, leaves the
    merge before the second task's copy of its cat arrives."""
    dataset = bs.boxes_dataset(tmp_path, "recorded-copied-across-tasks", n=2)
    dataset.annotate("copied", label_field="ground_truth", task_size=1, **kw)
    results = dataset.load_annotation_results("copied")
    first, second = results.task_ids
    (first_job,), (second_job,) = results.job_ids[first], results.job_ids[second]

    # The annotator pastes the first image's cat, label_id attribute and all, into
    # the second task's image.
    specs = bs.label_specs(connection, second)["cat"]
    cat = next(s for s in bs.job_annotations(connection, first_job)["shapes"] if s["points"][0])
    label_id = next(a["value"] for a in cat["attributes"] if a["value"] == bs.fixed_id(1))
    copy = bs.rectangle(specs["id"], 0, cat["points"])
    copy["attributes"] = [{"spec_id": specs["attrs"]["label_id"], "value": label_id}]
    bs.edit_job(connection, second_job, "create", shapes=[copy])

    dataset.load_annotations("copied", cleanup=True, **creds)
    s0, s1 = dataset
    assert sorted(d.id for d in s0.ground_truth.detections) == [bs.fixed_id(1), bs.fixed_id(2)]
    ids = [d.id for d in s1.ground_truth.detections]
    assert len(ids) == 3 and {bs.fixed_id(11), bs.fixed_id(12)} < set(ids)
    assert bs.fixed_id(1) not in ids  # one id, one label
    pasted = next(
        d for d in s1.ground_truth.detections if d.id not in (bs.fixed_id(11), bs.fixed_id(12))
    )
    assert pasted.label == "cat" and pasted.bounding_box == pytest.approx([0.25, 0.25, 0.5, 0.5])
    summary = dataset.load_annotation_results("copied", cache=False).merge_summary["ground_truth"]
    assert (summary["added"], summary["deleted"], summary["unchanged"]) == (1, 0, 4)
    dataset.delete_annotation_run("copied")


def test_untouched_videos_skip_the_merge_and_later_loads_stay_consistent(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = bs.new_dataset("recorded-untouched-videos")
    samples = []
    for v in range(2):
        sample = bs.video_sample(bs.write_video(tmp_path / f"u{v}.mp4", 3), 3)
        for n in range(1, 4):
            box = [0.123456789, 0.2, 0.3, 0.4] if v == 1 else [0.25, 0.25, 0.5, 0.5]
            car = fo.Detection(id=bs.fixed_id(10 * v + n), label="car", bounding_box=box)
            sample.frames[n]["gt"] = fo.Detections(detections=[car])
        samples.append(sample)
    dataset.add_samples(samples)
    dataset.annotate("videos", label_field="frames.gt", **kw)
    results = dataset.load_annotation_results("videos")
    (first_job,) = results.job_ids[results.task_ids[0]]
    (second_job,) = results.job_ids[results.task_ids[1]]

    # First pass: the annotator moves the car on the first video's first frame.
    car = next(s for s in bs.job_annotations(connection, first_job)["shapes"] if s["frame"] == 0)
    car["points"] = [0.0, 0.0, 32.0, 24.0]
    bs.edit_job(connection, first_job, "update", shapes=[car])
    dataset.load_annotations("videos", **creds)
    first, second = dataset
    assert first.frames[1].gt.detections[0].bounding_box == pytest.approx([0, 0, 0.5, 0.5])
    # The second video was left out of the merge: not even rounded to CVAT's grid.
    assert [second.frames[n].gt.detections[0].bounding_box[0] for n in (1, 2, 3)] == [
        0.123456789
    ] * 3
    stored = dataset.load_annotation_results("videos", cache=False)
    assert sorted(stored.id_map["frames.gt"]) == sorted([first.id, second.id])
    assert stored.merge_summary["frames.gt"]["unchanged"] == 5

    # Second pass: a deletion in the video the first load left out of the merge.
    car = next(s for s in bs.job_annotations(connection, second_job)["shapes"] if s["frame"] == 1)
    bs.edit_job(connection, second_job, "delete", shapes=[car])
    dataset.load_annotations("videos", cleanup=True, **creds)
    second.reload()
    assert [len(second.frames[n].gt.detections) for n in (1, 2, 3)] == [1, 0, 1]
    dataset.delete_annotation_run("videos")


def test_fiftyones_import_annotations_as_documented_runs_through_this_backend(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any]
) -> None:
    import fiftyone.utils.cvat as fouc

    dataset = bs.boxes_dataset(tmp_path, "recorded-doc-import", n=2)
    project = "fiftyone-cvat-doc-import"
    dataset.annotate("example_import", label_field="ground_truth", project_name=project, **kw)
    results = dataset.load_annotation_results("example_import")
    imported = bs.new_dataset("recorded-doc-import-target")
    target = tmp_path / "cvat_import"
    try:
        # The docs' example, verbatim but for the credentials: backend "cvat" is ours here.
        fouc.import_annotations(
            imported, project_name=project, data_path=str(target), download_media=True, **creds
        )
        assert sorted(p.name for p in target.iterdir()) == ["img0.jpg", "img1.jpg"]
        by_name = {Path(s.filepath).name: s for s in imported}
        for name in ("img0.jpg", "img1.jpg"):
            boxes = sorted(by_name[name].detections.detections, key=lambda d: d.label)
            assert [d.label for d in boxes] == ["cat", "dog"]
            assert boxes[0].bounding_box == pytest.approx([0.25, 0.25, 0.5, 0.5])
        assert not imported.list_annotation_runs()
    finally:
        imported.delete()
        results.cleanup()
        dataset.delete_annotation_run("example_import")
