"""Tests for the pure run planner: options, splitting, round robin, frames, validation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, replace
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fiftyone_cvat.domain.frames import FrameInfo
from fiftyone_cvat.domain.planning import (
    LARGE_TASK_BYTES,
    MAX_TASK_NAME_LENGTH,
    MediaItem,
    PlanOptions,
    RunPlan,
    cvat_segments,
    plan_run,
    video_frame_count,
)
from fiftyone_cvat.domain.planning.task_data import TaskDataParams

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def data_fields(params: TaskDataParams) -> dict[str, Any]:
    """The planned ``/data`` options (the upload adds the file mapping and extras)."""
    return {k: v for k, v in asdict(params).items() if k not in ("job_file_mapping", "extra")}


def images(n: int, size: int | None = 1000, prefix: str = "img") -> list[MediaItem]:
    return [
        MediaItem(
            f"s{i}" if prefix == "img" else f"{prefix}-s{i}",
            f"/data/{prefix}{i}.jpg",
            f"/data/{prefix}{i}.jpg",
            "image",
            size,
        )
        for i in range(n)
    ]


def videos(
    n: int, frames: int | None = 300, tracks: Sequence[bool] = (), alt: bool = False
) -> list[MediaItem]:
    return [
        MediaItem(
            f"v{i}",
            f"/videos/v{i}.mp4",
            f"/blurred/v{i}.mp4" if alt else f"/videos/v{i}.mp4",
            "video",
            10**7,
            frames,
            has_tracks=tracks[i] if i < len(tracks) else False,
        )
        for i in range(n)
    ]


def plan(items: Sequence[MediaItem], **kwargs: Any) -> RunPlan:
    return plan_run(items, PlanOptions(**kwargs))


def job_ranges(p: RunPlan, task: int = 0) -> list[tuple[int, int | None]]:
    return [(j.start_frame, j.stop_frame) for j in p.tasks[task].jobs]


# ---------------------------------------------------------------------------
# Defaults and pass-through options
# ---------------------------------------------------------------------------


def test_defaults_match_fiftyone() -> None:
    o = PlanOptions()
    assert (o.task_size, o.segment_size, o.chunk_size) == (None, None, None)
    assert (o.image_quality, o.use_cache, o.use_zip_chunks) == (75, True, True)
    assert o.task_assignee is None and o.job_assignees is None and o.job_reviewers is None
    assert o.task_name is None and o.issue_tracker is None
    assert (o.frame_start, o.frame_stop, o.frame_step) == (None, None, None)
    assert (o.project_name, o.project_id) == (None, None)


def test_default_image_run_is_one_task_one_job() -> None:
    p = plan(images(7), dataset_name="ds")
    assert len(p.tasks) == 1 and p.num_jobs == 1
    t = p.tasks[0]
    assert t.name == "FiftyOne_ds"
    assert t.num_frames == 7 and job_ranges(p) == [(0, 6)]
    assert t.sorting_method == "predefined" and t.overlap == 0
    assert t.task_request().to_dict() == {
        "name": "FiftyOne_ds",
        "overlap": 0,
        "labels": [],
    }
    assert data_fields(t.data_params()) == {
        "image_quality": 75,
        "use_cache": True,
        "use_zip_chunks": True,
        "chunk_size": None,
        "start_frame": None,
        "stop_frame": None,
        "frame_step": None,
        "sorting_method": "predefined",
    }
    assert p.warnings == ()


@pytest.mark.parametrize(
    ("option", "value", "where", "key", "expected"),
    [
        ("image_quality", 0, "data", "image_quality", 1),  # CVAT's lowest: 0 is refused
        ("image_quality", 100, "data", "image_quality", 100),
        ("use_cache", False, "data", "use_cache", False),
        ("use_zip_chunks", False, "data", "use_zip_chunks", False),
        ("chunk_size", 32, "data", "chunk_size", 32),
        ("segment_size", 3, "spec", "segment_size", 3),
        ("issue_tracker", "https://bugs/1", "spec", "bug_tracker", "https://bugs/1"),
        ("task_name", "mine", "spec", "name", "mine"),
    ],
)
def test_each_option_reaches_the_task(
    option: str, value: object, where: str, key: str, expected: object
) -> None:
    t = plan(images(4), **{option: value}).tasks[0]
    out = data_fields(t.data_params()) if where == "data" else t.task_request().to_dict()
    assert out[key] == expected


def test_image_quality_zero_is_sent_as_cvats_lowest_with_a_warning() -> None:
    p = plan(images(2), image_quality=0)
    assert p.tasks[0].data_params().image_quality == 1
    assert any("image_quality=0" in w for w in p.warnings)


def test_task_request_carries_assignee_and_project_or_labels() -> None:
    from cvat_api.models import PatchedLabelRequest

    t = plan(images(4), task_size=2, task_assignee=["ann1", "ann2"]).tasks[1]
    assert t.assignee == "ann2"
    in_project = t.task_request(assignee_id=7, project_id=3).to_dict()
    assert in_project["assignee_id"] == 7 and in_project["project_id"] == 3
    assert "labels" not in in_project
    alone = t.task_request(labels=[PatchedLabelRequest(name="cat")]).to_dict()
    assert "assignee_id" not in alone and alone["labels"] == [{"name": "cat"}]


def test_data_params_build_the_upload_request() -> None:
    t = plan(videos(1), frame_start=2, frame_stop=50, frame_step=4, chunk_size=8).tasks[0]
    body = t.data_params().to_json()
    assert body["start_frame"] == 2 and body["stop_frame"] == 50
    assert body["frame_filter"] == "step=4" and body["chunk_size"] == 8
    assert body["sorting_method"] == "predefined"


def test_project_options_pass_through() -> None:
    p = plan(images(2), project_name="proj")
    assert (p.project_name, p.project_id) == ("proj", None)
    p = plan(images(2), project_name="proj", project_id=3)
    assert p.project_id == 3
    assert any("project_name 'proj' is ignored" in w for w in p.warnings)


def test_from_config_reads_backend_attributes() -> None:
    config = SimpleNamespace(task_size=2, segment_size=1, job_assignees=["a"], frame_step=None)
    o = PlanOptions.from_config(config, dataset_name="d")
    assert (o.task_size, o.segment_size, o.job_assignees, o.dataset_name) == (2, 1, ("a",), "d")
    assert o.image_quality == 75  # missing attributes keep the defaults


def test_options_are_normalized_to_immutable_values() -> None:
    names = ["a", "b"]
    start = {"/videos/v0.mp4": 1}
    o = PlanOptions(job_assignees=names, frame_start=start, frame_step=[1, 2], task_assignee=["x"])
    names.append("c")
    start["/videos/v0.mp4"] = 99
    assert o.job_assignees == ("a", "b") and o.frame_step == (1, 2)
    assert o.frame_start == {"/videos/v0.mp4": 1}
    assert o.task_assignee == "x"  # a one-name list reads as the name


# ---------------------------------------------------------------------------
# Splitting images into tasks and jobs
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "task_size", "sizes"),
    [
        (10, None, [10]),
        (10, 6, [6, 4]),
        (12, 6, [6, 6]),
        (3, 10, [3]),
        (5, 1, [1, 1, 1, 1, 1]),
    ],
)
def test_task_size_splits_images(n: int, task_size: int | None, sizes: list[int]) -> None:
    p = plan(images(n), task_size=task_size)
    assert [len(t.items) for t in p.tasks] == sizes
    assert [i.sample_id for t in p.tasks for i in t.items] == [f"s{i}" for i in range(n)]
    assert [t.index for t in p.tasks] == list(range(len(sizes)))


@pytest.mark.parametrize(
    ("num_frames", "segment_size", "overlap", "expected"),
    [
        (10, None, 0, [(0, 9)]),
        (10, 0, 0, [(0, 9)]),
        (10, 20, 0, [(0, 9)]),
        (10, 10, 0, [(0, 9)]),
        (10, 3, 0, [(0, 2), (3, 5), (6, 8), (9, 9)]),  # last job takes the remainder
        (6, 2, 0, [(0, 1), (2, 3), (4, 5)]),
        (1, 1, 0, [(0, 0)]),
        (0, 3, 0, []),
        # CVAT's own overlap rule (its default for video tasks is 5)
        (10, 4, 2, [(0, 3), (2, 5), (4, 7), (6, 9)]),
        (50, 20, 5, [(0, 19), (15, 34), (30, 49)]),
        (10, 4, 9, [(0, 3), (2, 5), (4, 7), (6, 9)]),  # overlap capped at half a segment
    ],
)
def test_cvat_segments_mirror_cvat(
    num_frames: int, segment_size: int | None, overlap: int, expected: list[tuple[int, int]]
) -> None:
    got = [(r.start, r.stop - 1) for r in cvat_segments(num_frames, segment_size, overlap)]
    assert got == expected


def test_task_size_and_segment_size_together() -> None:
    p = plan(images(20), task_size=6, segment_size=2)
    assert [len(t.items) for t in p.tasks] == [6, 6, 6, 2]
    assert [len(t.jobs) for t in p.tasks] == [3, 3, 3, 1]
    assert job_ranges(p, 0) == [(0, 1), (2, 3), (4, 5)]
    assert all(t.segment_size == 2 for t in p.tasks)


# ---------------------------------------------------------------------------
# Users: round robin
# ---------------------------------------------------------------------------


def test_job_assignees_round_robin_restarts_per_image_task() -> None:
    # 7 images, 3 per job -> jobs of 3, 3, 1 per 7-image task; names wrap around
    p = plan(images(14), task_size=7, segment_size=3, job_assignees=["a", "b"])
    for task in p.tasks:
        assert [j.assignee for j in task.jobs] == ["a", "b", "a"]


def test_job_reviewers_round_robin_like_assignees() -> None:
    p = plan(images(5), segment_size=1, job_reviewers=["r1", "r2", "r3"])
    assert [j.reviewer for j in p.tasks[0].jobs] == ["r1", "r2", "r3", "r1", "r2"]
    assert [j.assignee for j in p.tasks[0].jobs] == [None] * 5


def test_single_username_strings_are_accepted() -> None:
    p = plan(images(2), segment_size=1, job_assignees="alice", task_assignee="bob")
    assert [j.assignee for j in p.tasks[0].jobs] == ["alice", "alice"]
    assert p.tasks[0].assignee == "bob"


def test_task_assignee_and_issue_tracker_lists_round_robin_over_tasks() -> None:
    p = plan(images(5), task_size=1, task_assignee=["t1", "t2"], issue_tracker=["u1", "u2", "u3"])
    assert [t.assignee for t in p.tasks] == ["t1", "t2", "t1", "t2", "t1"]
    assert [t.issue_tracker for t in p.tasks] == ["u1", "u2", "u3", "u1", "u2"]


def test_string_task_assignee_goes_to_every_task() -> None:
    p = plan(images(4), task_size=2, task_assignee="bob", issue_tracker="u")
    assert [t.assignee for t in p.tasks] == ["bob", "bob"]
    assert [t.issue_tracker for t in p.tasks] == ["u", "u"]


def test_video_tasks_take_one_job_assignee_each() -> None:
    p = plan(
        videos(5),
        job_assignees=["a", "b"],
        job_reviewers=["r"],
        task_assignee=["t1", "t2", "t3"],
        issue_tracker=["u1", "u2"],
    )
    assert [t.jobs[0].assignee for t in p.tasks] == ["a", "b", "a", "b", "a"]
    assert [t.jobs[0].reviewer for t in p.tasks] == ["r"] * 5
    assert [t.assignee for t in p.tasks] == ["t1", "t2", "t3", "t1", "t2"]
    assert [t.issue_tracker for t in p.tasks] == ["u1", "u2", "u1", "u2", "u1"]


@pytest.mark.parametrize(
    ("items", "kwargs", "fragment"),
    [
        (images(4), {"segment_size": 2, "job_assignees": ["a", "b", "c"]}, "'c' will not"),
        (images(2), {"task_size": 1, "task_assignee": ["a", "b", "c"]}, "'c' will not"),
        (videos(1), {"job_reviewers": ["a", "b"]}, "'b' will not"),
        (videos(2), {"issue_tracker": ["a", "b", "c"]}, "'c' will not"),
    ],
)
def test_unused_names_are_reported(
    items: list[MediaItem], kwargs: dict[str, Any], fragment: str
) -> None:
    assert any(fragment in w for w in plan(items, **kwargs).warnings)


# ---------------------------------------------------------------------------
# Task names
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "kwargs", "names"),
    [
        (3, {"dataset_name": "quickstart"}, ["FiftyOne_quickstart"]),
        (3, {"dataset_name": "my data set"}, ["FiftyOne_my_data_set"]),
        (3, {}, ["FiftyOne"]),
        (3, {"dataset_name": "ds", "task_size": 2}, ["FiftyOne_ds_1", "FiftyOne_ds_2"]),
        (3, {"dataset_name": "ds", "task_name": "mine"}, ["mine"]),
        (
            3,
            {"dataset_name": "ds", "task_name": "mine", "task_size": 1},
            ["mine_1", "mine_2", "mine_3"],
        ),
    ],
)
def test_task_names(n: int, kwargs: dict[str, Any], names: list[str]) -> None:
    assert [t.name for t in plan(images(n), **kwargs).tasks] == names


def test_video_task_names_are_numbered_when_several() -> None:
    assert [t.name for t in plan(videos(2), dataset_name="v").tasks] == [
        "FiftyOne_v_1",
        "FiftyOne_v_2",
    ]
    assert [t.name for t in plan(videos(1), dataset_name="v").tasks] == ["FiftyOne_v"]


def test_long_default_names_are_cut_to_cvat_limit() -> None:
    p = plan(images(12), dataset_name="x" * 400, task_size=1)
    assert all(len(t.name) <= MAX_TASK_NAME_LENGTH for t in p.tasks)
    assert p.tasks[-1].name.endswith("_12")
    assert len({t.name for t in p.tasks}) == 12


# ---------------------------------------------------------------------------
# Large tasks
# ---------------------------------------------------------------------------


def test_two_gib_warning_only_above_the_limit() -> None:
    half = LARGE_TASK_BYTES // 2
    assert plan(images(2, size=half)).warnings == ()  # exactly 2 GiB
    big = images(2, size=half) + images(1, size=1, prefix="extra")
    (warning,) = plan(big, dataset_name="d").warnings
    assert "'FiftyOne_d'" in warning and "2.0 GiB" in warning and "task_size" in warning


def test_task_size_removes_the_large_task_warning() -> None:
    assert plan(images(3, size=LARGE_TASK_BYTES // 2), task_size=2).warnings == ()


def test_large_task_warning_mentions_unknown_sizes() -> None:
    items = images(3, size=LARGE_TASK_BYTES) + images(2, size=None, prefix="u")
    (warning,) = plan(items).warnings
    assert "2 of unknown size" in warning


def test_unknown_sizes_count_as_zero() -> None:
    assert plan(images(5, size=None)).tasks[0].size_bytes == 0


# ---------------------------------------------------------------------------
# Videos and frame arguments
# ---------------------------------------------------------------------------


def test_each_video_is_one_task_with_one_job() -> None:
    p = plan(videos(3, frames=120), task_size=2, segment_size=10)
    assert len(p.tasks) == 3 and [len(t.jobs) for t in p.tasks] == [1, 1, 1]
    assert job_ranges(p, 0) == [(0, 119)]
    assert all(
        t.segment_size is None and "segment_size" not in t.task_request().to_dict() for t in p.tasks
    )
    assert any(w.startswith("segment_size does not apply") for w in p.warnings)
    assert any(w.startswith("task_size does not apply") for w in p.warnings)


def test_frame_args_as_in_the_documentation() -> None:
    # frame_start by filepath, frame_step round robin, one frame_stop for all
    vids = videos(2, frames=300)
    p = plan(
        vids,
        frame_start={vids[0].filepath: 10, vids[1].filepath: 5},
        frame_step=[1, 10],
        frame_stop=100,
    )
    a, b = p.tasks
    assert (a.frame_start, a.frame_stop, a.frame_step, a.num_frames) == (10, 100, 1, 91)
    assert (b.frame_start, b.frame_stop, b.frame_step, b.num_frames) == (5, 100, 10, 10)
    assert p.num_frames == 101


def test_frame_list_round_robin_and_extra_values() -> None:
    p = plan(videos(3), frame_start=[0, 7])
    assert [t.frame_start for t in p.tasks] == [0, 7, 0]
    assert p.warnings == ()
    p = plan(videos(1), frame_step=[2, 3])
    assert p.tasks[0].frame_step == 2
    assert any("frame_step has 2 values for 1 video" in w for w in p.warnings)


def test_frame_dict_none_keeps_the_default() -> None:
    vids = videos(2, frames=50)
    p = plan(vids, frame_stop={vids[0].filepath: 9, vids[1].filepath: None})
    assert [t.num_frames for t in p.tasks] == [10, 50]
    assert p.tasks[1].data_params().stop_frame is None


@pytest.mark.parametrize(
    ("frames", "start", "stop", "step", "expected"),
    [
        (300, None, None, None, 300),
        (300, 10, None, None, 290),
        (300, None, 99, None, 100),  # stop is inclusive
        (300, 10, 100, 1, 91),
        (300, 5, 100, 10, 10),  # 5, 15, ..., 95
        (300, 0, 1000, None, 300),  # stop past the end is clamped, as CVAT does
        (300, 299, None, None, 1),
        (10, None, None, 3, 4),  # 0, 3, 6, 9
        (10, 1, None, 20, 1),
    ],
)
def test_video_frame_count(
    frames: int, start: int | None, stop: int | None, step: int | None, expected: int
) -> None:
    assert video_frame_count(frames, start, stop, step) == expected


def test_frame_args_on_images_are_ignored_with_a_warning() -> None:
    p = plan(images(3), frame_start=1, frame_step=2)
    assert p.tasks[0].data_params().start_frame is None
    assert p.tasks[0].num_frames == 3
    assert p.warnings == (
        "frame_start, frame_step apply only to videos; ignored for this image run",
    )


def test_frame_step_one_is_allowed_with_tracks() -> None:
    p = plan(videos(1, tracks=[True]), frame_step=1, frame_start=4)
    assert p.tasks[0].num_frames == 296


def test_bucket_videos_of_unknown_length_are_left_to_cvat_not_to_compute_metadata() -> None:
    """FiftyOne cannot measure a video it holds no copy of: the warning says CVAT
    checks the range, and does not send the user to compute_metadata()."""
    in_bucket = [replace(v, media_path=f"s3://b/{v.sample_id}.mp4") for v in videos(2, frames=None)]
    # media_items() has already mapped cloud_prefix_map's local paths to these URLs
    on_share = [
        replace(v, media_path=f"share://videos/{v.sample_id}.mp4") for v in videos(1, frames=None)
    ]
    for p in (plan(in_bucket), plan(on_share)):
        (warning,) = [w for w in p.warnings if "no frame count" in w]
        assert "checked by CVAT when it makes each task" in warning
        assert "compute the samples' metadata" not in warning


def test_frame_step_only_refused_for_the_videos_with_tracks() -> None:
    vids = videos(2, tracks=[False, True])
    p = plan(vids, frame_step={vids[0].filepath: 5, vids[1].filepath: None})
    assert [t.frame_step for t in p.tasks] == [5, None]


def test_unknown_video_length_is_planned_and_reported() -> None:
    p = plan(videos(2, frames=None), frame_start=3)
    t = p.tasks[0]
    assert t.num_frames is None and job_ranges(p) == [(0, None)]
    assert p.num_frames is None
    assert any("2 video(s) have no known frame count" in w for w in p.warnings)
    with pytest.raises(ValueError, match="frame count is unknown"):
        t.frame_map()
    assert t.frame_map(num_frames=2) == (
        FrameInfo("v0", frame_number=4),
        FrameInfo("v0", frame_number=5),
    )


def test_clip_frames_are_relative_to_the_clip() -> None:
    # support [11, 20] = source frames 10..19 (0-based)
    clip = replace(videos(1, frames=None)[0], clip=(11, 20))
    t = plan([clip]).tasks[0]
    assert (t.frame_start, t.frame_stop, t.frame_step, t.num_frames) == (10, 19, None, 10)
    assert t.frame_map()[0] == FrameInfo("v0", frame_number=11) and t.frame_map()[-1] == FrameInfo(
        "v0", frame_number=20
    )
    t = plan([clip], frame_start=2, frame_stop=100, frame_step=3).tasks[0]
    # clip frames 2, 5, 8 = source frames 12, 15, 18 = FiftyOne frames 13, 16, 19
    assert (t.frame_start, t.frame_stop, t.num_frames) == (12, 19, 3)
    assert [r.frame_number for r in t.frame_map()] == [13, 16, 19]
    assert [t.cvat_frame(n) for n in (10, 13, 19, 22)] == [None, 0, 2, None]
    assert (
        "clip 11-20 of video /videos/v0.mp4, 3 frame(s)"
        in plan([clip], frame_start=2, frame_step=3).describe()
    )


def test_clip_starting_at_the_first_frame() -> None:
    t = plan([replace(videos(1, frames=50)[0], clip=(1, 10))]).tasks[0]
    assert (t.frame_start, t.frame_stop, t.num_frames) == (0, 9, 10)


# ---------------------------------------------------------------------------
# Validation: every error names the parameter and the fix
# ---------------------------------------------------------------------------

V = videos(2)
FP0 = V[0].filepath

OPTION_ERRORS: list[tuple[dict[str, Any], str, str]] = [
    ({"task_size": 0}, "task_size", "maximum number of images per task"),
    ({"task_size": -3}, "task_size", "maximum number of images per task"),
    ({"task_size": 2.5}, "task_size", "or None"),
    ({"task_size": True}, "task_size", "or None"),
    ({"segment_size": 0}, "segment_size", "maximum number of images per job"),
    ({"chunk_size": 0}, "chunk_size", "number of frames per chunk"),
    ({"image_quality": 101}, "image_quality", "0..100"),
    ({"image_quality": -1}, "image_quality", "0..100"),
    ({"image_quality": 75.0}, "image_quality", "0..100"),
    ({"use_cache": "yes"}, "use_cache", "True or False"),
    ({"use_zip_chunks": 1}, "use_zip_chunks", "True or False"),
    ({"task_name": ""}, "task_name", "pass a name"),
    ({"task_name": "x" * 300}, "task_name", "shorter name"),
    ({"project_id": 0}, "project_id", "positive int"),
    ({"project_name": " "}, "project_name", "pass a name"),
    ({"task_assignee": []}, "task_assignee", "at least one value"),
    ({"job_assignees": []}, "job_assignees", "at least one value"),
    ({"job_reviewers": ["a", ""]}, "job_reviewers", "remove it"),
    ({"issue_tracker": [None]}, "issue_tracker", "remove it"),
    ({"job_assignees": 3}, "job_assignees", "fix the type"),
    ({"frame_step": 0}, "frame_step", "use 1 for every frame"),
    ({"frame_step": [2, 0]}, "frame_step", "use 1 for every frame"),
    ({"frame_step": {FP0: -1}}, "frame_step", "use 1 for every frame"),
    ({"frame_start": -1}, "frame_start", "numbered from 0"),
    ({"frame_stop": [-5]}, "frame_stop", "numbered from 0"),
    ({"frame_start": 20, "frame_stop": 10}, "frame_start", "frame_start <= frame_stop"),
    ({"frame_start": []}, "frame_start", "at least one value"),
    ({"frame_stop": {}}, "frame_stop", "map video filepaths"),
    ({"frame_step": "2"}, "frame_step", "an int, a list or a dict"),
    ({"frame_step": 2.0}, "frame_step", "an int, a list or a dict"),
    ({"frame_start": True}, "frame_start", "an int, a list or a dict"),
    ({"frame_start": [1.5]}, "frame_start", "use ints"),
    ({"frame_start": {1: 2}}, "frame_start", "key the dict by filepath"),
]


@pytest.mark.parametrize(("kwargs", "param", "fix"), OPTION_ERRORS)
def test_option_errors_name_the_parameter_and_fix(
    kwargs: dict[str, Any], param: str, fix: str
) -> None:
    with pytest.raises(ValueError) as exc:
        PlanOptions(**kwargs)
    message = str(exc.value)
    assert message.startswith(f"{param}: ") and fix in message


RUN_ERRORS: list[tuple[list[MediaItem], dict[str, Any], str, str]] = [
    ([], {}, "samples", "non-empty"),
    (images(1) + V[:1], {}, "samples", "separate runs"),
    (images(1) + images(1), {}, "samples", "each sample once"),
    (
        [MediaItem("p", "/a.pcd", "/a.pcd", "point-cloud")],  # type: ignore[arg-type]
        {},
        "samples",
        "image or video",
    ),
    (images(3), {"task_assignee": ["a", "b"]}, "task_assignee", "set task_size"),
    (images(3), {"issue_tracker": ["u1", "u2"]}, "issue_tracker", "set task_size"),
    (V, {"frame_start": {FP0: 1}}, "frame_start", "map a video to None"),
    (V, {"frame_stop": {FP0: 5, V[1].filepath: 5, "/other.mp4": 5}}, "frame_stop", "filepaths"),
    (
        videos(1, alt=True),
        {"frame_step": {"/blurred/v0.mp4": 2}},
        "frame_step",
        "media_field path",
    ),
    (V, {"frame_start": [0, 20], "frame_stop": [100, 10]}, "frame_start", "<= frame_stop"),
    (V, {"frame_start": 300}, "frame_start", "below 300"),
    (V, {"frame_stop": 0}, "frame_stop", "1 or more"),
    (V, {"frame_stop": [5, 0]}, "frame_stop", "1 or more"),
    ([replace(V[0], clip=(1, 1))], {}, "frame_stop", "widen the clip"),
    ([replace(V[0], clip=(0, 5))], {}, "clip", "1-based"),
    ([replace(V[0], clip=(5, 4))], {}, "clip", "1-based"),
    ([replace(V[0], clip=(5, 301))], {}, "clip", "1-based"),
    ([replace(V[0], clip=(11, 20))], {"frame_start": 10}, "frame_start", "relative to the clip"),
    (videos(2, tracks=[False, True]), {"frame_step": 2}, "frame_step", "drop frame_step"),
    (videos(1, frames=0), {}, "samples", "remove it"),
    (images(3), {"task_name": "x" * 255, "task_size": 1}, "task_name", "shorter name"),
    (
        [MediaItem("a", "/a.jpg", "/a.jpg", "image", -1)],
        {},
        "size_bytes",
        ">= 0",
    ),
]


@pytest.mark.parametrize(("items", "kwargs", "param", "fix"), RUN_ERRORS)
def test_run_errors_name_the_parameter_and_fix(
    items: list[MediaItem], kwargs: dict[str, Any], param: str, fix: str
) -> None:
    options = PlanOptions(**kwargs)
    with pytest.raises(ValueError) as exc:
        plan_run(items, options)
    message = str(exc.value)
    assert message.startswith(f"{param}: ") and fix in message


def test_one_name_list_is_fine_for_a_single_image_task() -> None:
    assert plan(images(3), task_assignee=["a"]).tasks[0].assignee == "a"


# ---------------------------------------------------------------------------
# Frame maps
# ---------------------------------------------------------------------------


def test_image_frame_map_and_inverse() -> None:
    p = plan(images(5), task_size=3)
    t = p.tasks[1]
    assert t.frame_map() == (FrameInfo("s3"), FrameInfo("s4"))
    assert t.inverse_frame_map() == {FrameInfo("s3"): 0, FrameInfo("s4"): 1}
    with pytest.raises(ValueError, match="one frame per image"):
        t.frame_map(num_frames=3)
    with pytest.raises(ValueError, match="holds images"):
        t.cvat_frame(1)


def test_video_frame_map_uses_one_based_fiftyone_frames() -> None:
    t = plan(videos(1, frames=30), frame_start=5, frame_stop=20, frame_step=5).tasks[0]
    # CVAT frames 0..3 are source frames 5, 10, 15, 20 = FiftyOne frames 6, 11, 16, 21
    assert t.frame_map() == tuple(FrameInfo("v0", frame_number=n) for n in (6, 11, 16, 21))
    assert t.inverse_frame_map()[FrameInfo("v0", frame_number=16)] == 2
    assert [t.cvat_frame(n) for n in (5, 6, 7, 11, 21, 26)] == [None, 0, None, 1, 3, None]


def test_job_of_frame() -> None:
    t = plan(images(7), segment_size=3, job_assignees=["a", "b"]).tasks[0]
    assert [t.job_of_frame(k).index for k in range(7)] == [0, 0, 0, 1, 1, 1, 2]
    with pytest.raises(ValueError):
        t.job_of_frame(7)
    assert plan(videos(1, frames=None)).tasks[0].job_of_frame(10_000).index == 0


def test_task_of_sample() -> None:
    p = plan(images(5), task_size=2)
    assert p.task_of_sample("s4").index == 2
    with pytest.raises(KeyError):
        p.task_of_sample("nope")


# ---------------------------------------------------------------------------
# Upload names
# ---------------------------------------------------------------------------


def test_upload_names_are_unique_per_task_and_keep_extensions() -> None:
    items = [
        MediaItem("a", "/x/1.jpg", "/x/img.jpg", "image"),
        MediaItem("b", "/y/2.jpg", "/y/img.jpg", "image"),
        MediaItem("c", "/z/3.jpg", "C:\\z\\img.jpg", "image"),
        MediaItem("d", "/z/4.png", "s3://bucket/README", "image"),
        MediaItem("e", "/z/5.png", "/w/README", "image"),
        MediaItem("f", "/z/6.png", "/w/img-2.jpg", "image"),
    ]
    names = plan(items).tasks[0].upload_names
    assert names == ("img.jpg", "img-2.jpg", "img-3.jpg", "README", "README-2", "img-2-2.jpg")
    assert len(set(names)) == len(names)


# ---------------------------------------------------------------------------
# describe()
# ---------------------------------------------------------------------------


def test_describe_images() -> None:
    p = plan(
        images(5, size=2048),
        task_size=3,
        segment_size=2,
        task_assignee="boss",
        job_assignees=["a", "b"],
        job_reviewers=["r"],
        dataset_name="ds",
        project_name="proj",
    )
    text = p.describe()
    assert text.splitlines()[0] == (
        "CVAT annotation plan: 5 image(s) in 2 task(s), 3 job(s), 5 frame(s)"
    )
    assert "Project: 'proj' (created if it does not exist)" in text
    assert "Task 1/2 'FiftyOne_ds_1': 3 image(s), 6.0 KiB; assignee: boss" in text
    assert "    job 2: frames 2-2 (1); assignee: b, reviewer: r" in text
    assert "Warnings" not in text


def test_describe_videos_and_warnings() -> None:
    p = plan(videos(1, frames=None) + videos(2)[1:], frame_start=2, frame_step=2, project_id=4)
    text = p.describe()
    assert "frame count unknown" in text.splitlines()[0]
    assert "Project: id 4" in text
    assert "video /videos/v0.mp4 (length unknown; source frames from 2, step 2)" in text
    assert "frames 0-end" in text
    assert "149 frame(s): source frames 2..298 step 2 (FiftyOne frames 3..299)" in text
    assert "Warnings:\n  - 1 video(s) have no known frame count" in text


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

names_st = st.none() | st.lists(st.sampled_from(["a", "b", "c", "d", "e"]), min_size=1, max_size=5)


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(1, 60),
    task_size=st.none() | st.integers(1, 25),
    segment_size=st.none() | st.integers(1, 12),
    job_assignees=names_st,
    job_reviewers=names_st,
)
def test_image_plans_partition_the_samples(
    n: int,
    task_size: int | None,
    segment_size: int | None,
    job_assignees: list[str] | None,
    job_reviewers: list[str] | None,
) -> None:
    p = plan(
        images(n),
        task_size=task_size,
        segment_size=segment_size,
        job_assignees=job_assignees,
        job_reviewers=job_reviewers,
    )
    assert [i.sample_id for t in p.tasks for i in t.items] == [f"s{i}" for i in range(n)]
    assert p.num_frames == n
    for task in p.tasks:
        assert 1 <= len(task.items) <= (task_size or n)
        assert task.num_frames == len(task.items)
        # jobs tile the task's frames in order, none larger than segment_size
        covered = [k for j in task.jobs for k in range(j.start_frame, (j.stop_frame or 0) + 1)]
        assert covered == list(range(len(task.items)))
        for j, job in enumerate(task.jobs):
            assert job.index == j
            assert (job.num_frames or 0) <= (segment_size or len(task.items))
            if job_assignees:
                assert job.assignee == job_assignees[j % len(job_assignees)]
            if job_reviewers:
                assert job.reviewer == job_reviewers[j % len(job_reviewers)]
        # every job but the last is full
        assert all(job.num_frames == (segment_size or len(task.items)) for job in task.jobs[:-1])
        refs = task.frame_map()
        assert {ref: k for k, ref in enumerate(refs)} == task.inverse_frame_map()
        assert [r.sample_id for r in refs] == [i.sample_id for i in task.items]


frame_value = st.none() | st.integers(0, 120)


@settings(max_examples=300, deadline=None)
@given(
    frames=st.integers(1, 120),
    start=frame_value,
    stop=st.none() | st.integers(1, 150),
    step=st.none() | st.integers(1, 13),
)
def test_video_frame_maps_match_brute_force(
    frames: int, start: int | None, stop: int | None, step: int | None
) -> None:
    if start is not None and (start >= frames or (stop is not None and start > stop)):
        with pytest.raises(ValueError):
            plan(videos(1, frames=frames), frame_start=start, frame_stop=stop, frame_step=step)
        return
    t = plan(videos(1, frames=frames), frame_start=start, frame_stop=stop, frame_step=step).tasks[0]
    first, last, every = (
        start or 0,
        min(stop if stop is not None else frames - 1, frames - 1),
        step or 1,
    )
    expected = [f + 1 for f in range(frames) if first <= f <= last and (f - first) % every == 0]
    refs = t.frame_map()
    assert [r.frame_number for r in refs] == expected
    assert t.num_frames == len(expected) == len(refs)
    assert job_ranges(
        plan(videos(1, frames=frames), frame_start=start, frame_stop=stop, frame_step=step)
    ) == [(0, len(expected) - 1)]
    inverse = t.inverse_frame_map()
    for number in range(0, frames + 3):
        k = t.cvat_frame(number)
        assert k == inverse.get(FrameInfo("v0", frame_number=number))
        if k is not None:
            assert refs[k].frame_number == number


@settings(max_examples=100, deadline=None)
@given(
    n=st.integers(1, 8),
    steps=st.lists(st.none() | st.integers(1, 5), min_size=1, max_size=10),
    assignees=names_st,
)
def test_video_lists_round_robin_over_videos(
    n: int, steps: list[int | None], assignees: list[str] | None
) -> None:
    p = plan(videos(n), frame_step=steps, job_assignees=assignees, task_assignee=assignees)
    assert [t.frame_step for t in p.tasks] == [steps[i % len(steps)] for i in range(n)]
    for i, task in enumerate(p.tasks):
        expected = assignees[i % len(assignees)] if assignees else None
        assert task.jobs[0].assignee == expected and task.assignee == expected
    assert any("frame_step has" in w for w in p.warnings) == (len(steps) > n)


@settings(max_examples=200, deadline=None)
@given(
    num_frames=st.integers(0, 200),
    segment_size=st.none() | st.integers(0, 50),
    overlap=st.integers(0, 10),
)
def test_cvat_segments_cover_every_frame(
    num_frames: int, segment_size: int | None, overlap: int
) -> None:
    segs = cvat_segments(num_frames, segment_size, overlap)
    covered = sorted({k for r in segs for k in r})
    assert covered == list(range(num_frames))
    if overlap == 0:
        assert [k for r in segs for k in r] == list(range(num_frames))  # disjoint, in order


@settings(max_examples=200, deadline=None)
@given(
    first=st.integers(1, 60),
    length=st.integers(1, 60),
    start=st.none() | st.integers(0, 70),
    stop=st.none() | st.integers(0, 70),
    step=st.none() | st.integers(1, 7),
)
def test_clip_frame_maps_stay_inside_the_clip(
    first: int, length: int, start: int | None, stop: int | None, step: int | None
) -> None:
    assume(start is None or stop is None or start <= stop)
    last = first + length - 1
    item = replace(videos(1, frames=200)[0], clip=(first, last))
    options = PlanOptions(frame_start=start, frame_stop=stop, frame_step=step)
    rel_first = start or 0
    rel_last = length - 1 if stop is None else min(stop, length - 1)
    if rel_first >= length or (first == 1 and rel_last == 0):
        with pytest.raises(ValueError):
            plan_run([item], options)
        return
    t = plan_run([item], options).tasks[0]
    expected = [first + f for f in range(rel_first, rel_last + 1, step or 1)]
    assert [r.frame_number for r in t.frame_map()] == expected
