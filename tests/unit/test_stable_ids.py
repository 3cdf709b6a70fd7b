"""Stable ids and incremental loads, pure parts: decoding under known ids, the run
record's loaded jobs, the plan that skips unchanged jobs, label-level id map splits."""

from __future__ import annotations

from typing import Any

from conversion_helpers import label_field

from fiftyone_cvat.domain.conversion import FrameInfo, decode_annotations, video_frames
from fiftyone_cvat.domain.conversion.records import Annotations
from fiftyone_cvat.domain.loading.id_map import IdMap
from fiftyone_cvat.domain.loading.job_filter import JobFilter, JobProgress, plan_partial_load
from fiftyone_cvat.domain.loading.stable_ids import JobObjects
from fiftyone_cvat.domain.run_record import LoadedJob, ObjectRef, RunRecord

A, B, C = "a" * 24, "b" * 24, "c" * 24


def _box(frame: int, cvat_id: int | None = None, **attrs: str) -> dict[str, Any]:
    shape: dict[str, Any] = {
        "type": "rectangle",
        "frame": frame,
        "label": "car",
        "points": [10.0, 10.0, 50.0, 40.0],
        "attributes": dict(attrs),
        "occluded": False,
        "z_order": 0,
        "rotation": 0.0,
        "outside": False,
        "source": "manual",
        "group": 0,
    }
    if cvat_id is not None:
        shape["id"] = cvat_id
    return shape


def _records(shapes: list[dict[str, Any]], tracks: list[dict[str, Any]] = ()) -> Annotations:  # type: ignore[assignment]
    return {"version": 0, "tags": [], "shapes": shapes, "tracks": list(tracks)}  # type: ignore[typeddict-item]


def _ids(decoded: Any, name: str) -> dict[Any, list[str]]:
    by_sample = decoded.labels[name]["detections"]
    return {k: list(v) for k, v in by_sample.items()}


def test_a_shape_drawn_in_cvat_takes_its_known_id_at_every_decode() -> None:
    spec = label_field("gt", "detections", attrs=())
    frames = [FrameInfo("s0", 64, 48)]
    records = _records([_box(0, cvat_id=12)])
    first = decode_annotations(records, [spec], frames)
    (new,) = _ids(first, "gt")["s0"]
    assert first.origins[new].id_source == "new"
    known = {ObjectRef("shape", 12): A}
    again = decode_annotations(records, [spec], frames, known_ids=known)
    assert _ids(again, "gt")["s0"] == [A]
    assert again.origins[A].id_source == "known"


def test_a_known_id_wins_over_a_copied_label_id_attribute() -> None:
    """A copy in CVAT carries its original's label_id: each keeps its own known id."""
    spec = label_field("gt", "detections", attrs=())
    frames = [FrameInfo("s0", 64, 48)]
    records = _records([_box(0, cvat_id=1, label_id=A), _box(0, cvat_id=2, label_id=A)])
    known = {ObjectRef("shape", 1): A, ObjectRef("shape", 2): B}
    decoded = decode_annotations(records, [spec], frames, known_ids=known)
    assert sorted(_ids(decoded, "gt")["s0"]) == [A, B]


def test_every_frame_of_a_track_keeps_its_id_interpolated_frames_too() -> None:
    spec = label_field("frames.gt", "detections", attrs=())
    frames = video_frames("v0", (200, 100), 4, frame_ids={i + 1: f"f{i + 1}" for i in range(4)})
    track = {
        "id": 7,
        "frame": 0,
        "label": "car",
        "group": 0,
        "source": "manual",
        "attributes": {},
        "shapes": [
            {**_box(0, cvat_id=70), "keyframe": True},
            {**_box(3, cvat_id=71), "keyframe": True},
        ],
    }
    records = _records([], [track])
    known = {ObjectRef("track", 7, k): i for k, i in enumerate([A, B, C, "d" * 24])}
    decoded = decode_annotations(records, [spec], frames, end_frame=4, known_ids=known)
    by_frame = decoded.labels["frames.gt"]["detections"]["v0"]
    assert [list(by_frame[f"f{k}"]) for k in range(1, 5)] == [[A], [B], [C], ["d" * 24]]


def test_loaded_jobs_survive_json_and_leave_with_their_task() -> None:
    record = RunRecord(
        task_ids=[3],
        job_ids={3: [30, 31]},
        frames={3: [FrameInfo("s0", 64, 48)]},
        loaded_jobs={
            30: LoadedJob(
                "2026-12-07T15:25:12.032925+00:00",
                {ObjectRef("shape", 12): A, ObjectRef("track", 7, 3): B},
                {ObjectRef("shape", 12): "00ff", ObjectRef("track", 7): "ff00"},
            )
        },
    )
    again = RunRecord.from_json(record.to_json())
    assert again.loaded_jobs == record.loaded_jobs
    assert again.known_ids() == {ObjectRef("shape", 12): A, ObjectRef("track", 7, 3): B}
    record.forget_tasks([3])
    assert record.loaded_jobs == {}
    assert RunRecord.from_json({}).loaded_jobs == {}  # records saved before loaded_jobs


def _job(job_id: int, start: int, stop: int, date: str) -> JobProgress:
    return JobProgress(job_id, start, stop, "annotation", "new", date)


def test_unchanged_jobs_are_skipped_and_new_or_changed_ones_loaded() -> None:
    frames = {4: ["a", "b", "c", "d", "e", "f"]}
    jobs = {4: [_job(40, 0, 1, "t1"), _job(41, 2, 3, "t2"), _job(42, 4, 5, "t3")]}
    before = {40: "t1", 41: "t0"}  # 41 changed since, 42 never loaded
    plan = plan_partial_load(frames, jobs, JobFilter(), before)
    assert plan.job_ids == {4: [41, 42]}
    assert plan.untouched == frozenset({"a", "b"})
    assert (plan.matched, plan.unchanged) == (2, 1)
    assert plan.complete == frozenset({41, 42})
    assert plan_partial_load(frames, jobs, JobFilter()).unchanged == 0  # not incremental


def test_a_video_job_fetched_for_its_neighbour_is_not_marked_unless_all_merged() -> None:
    frames = {4: ["v", "v", "w", "w"]}  # two videos, a job straddling them
    jobs = {4: [_job(40, 0, 1, "t1"), _job(41, 1, 2, "t2"), _job(42, 3, 3, "t3")]}
    plan = plan_partial_load(frames, jobs, JobFilter(), {40: "t0", 41: "t2", 42: "t3"})
    assert plan.job_ids == {4: [40, 41]}  # 41 holds a frame of "v"
    assert plan.untouched == frozenset({"w"})
    assert plan.complete == frozenset({40})  # 41's "w" frame was not merged


def test_label_ids_split_out_of_their_samples_and_come_back() -> None:
    id_map = IdMap({"gt": {"s1": [A, B], "s2": C, "s3": []}, "other": None})
    rest, taken = id_map.split_labels({"gt": {B, C}})
    assert rest.fields["gt"] == {"s1": [A], "s2": [], "s3": []}
    assert taken.fields == {"gt": {"s1": [B], "s2": [C]}}
    assert taken.label_ids() == {"gt": {B, C}}
    back = rest.with_labels(taken)
    assert back.fields["gt"] == {"s1": [A, B], "s2": [C], "s3": []}
    assert id_map.fields["gt"] == {"s1": [A, B], "s2": C, "s3": []}  # the input is unchanged


def test_an_object_is_unchanged_only_when_cvat_sent_the_same_json() -> None:
    first, second = JobObjects(), JobObjects()
    first.add(40, _records([_box(0, cvat_id=1), _box(1, cvat_id=2)]))
    moved = _box(1, cvat_id=2)
    moved["points"] = [11.0, 10.0, 51.0, 40.0]
    second.add(40, _records([_box(0, cvat_id=1), moved]))
    assert first.owner == {("shape", 1): 40, ("shape", 2): 40}
    assert second.unchanged(first.marks) == frozenset({ObjectRef("shape", 1)})
