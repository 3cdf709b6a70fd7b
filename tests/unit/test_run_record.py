"""The run record's JSON form, and what a checkpoint keeps of it."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from fiftyone_cvat.domain.frames import FrameInfo
from fiftyone_cvat.domain.run_record import (
    PACKED,
    LoadedJob,
    ObjectRef,
    PendingCreation,
    RunRecord,
    ServerKey,
)

SINCE = datetime(2026, 12, 2, 10, 0, 0, tzinfo=timezone.utc)


def test_pending_creations_survive_json() -> None:
    record = RunRecord(
        project_ids=[3],
        task_ids=[10, 11],
        pending=[PendingCreation("task", "FiftyOne_ds_3", SINCE)],
    )
    again = RunRecord.from_json(record.to_json())
    assert again.pending == record.pending
    assert again.project_ids == [3] and again.task_ids == [10, 11]


def test_records_without_pending_creations_load() -> None:
    assert RunRecord.from_json({"task_ids": [1]}).pending == []


def test_a_pending_creation_of_something_else_is_refused() -> None:
    with pytest.raises(ValueError, match="not a project or task"):
        PendingCreation.from_json({"kind": "job", "name": "x", "since": SINCE.isoformat()})


def test_a_checkpoint_keeps_ids_and_drops_the_bulk() -> None:
    record = RunRecord(
        project_ids=[3],
        task_ids=[10],
        job_ids={10: [20, 21]},
        frames={10: [FrameInfo("s1", 640, 480)]},
        server_ids={ServerKey("shape", 5): "label-1"},
        pending=[PendingCreation("project", "p", SINCE)],
    )
    point = record.checkpoint()
    assert (point.project_ids, point.task_ids, point.job_ids) == ([3], [10], {10: [20, 21]})
    assert point.pending == record.pending
    assert point.frames == {} and point.server_ids == {}
    point.task_ids.append(11)  # a copy: the run goes on with its own lists
    assert record.task_ids == [10]


def _full_record() -> RunRecord:
    return RunRecord(
        project_ids=[3],
        task_ids=[10, 11],
        job_ids={10: [20], 11: [21]},
        frames={
            10: [FrameInfo("s1", 640, 480), FrameInfo("s2", 320, 240)],
            11: [FrameInfo("v1", 64, 48, 3, "f3")],
        },
        server_ids={ServerKey("track_shape", 9): "label-2", ServerKey("shape", 5): "label-1"},
        loaded_jobs={
            20: LoadedJob(
                "2026-12-07T15:25:12.032925Z",
                {ObjectRef("shape", 5): "label-1", ObjectRef("track", 7, 3): "label-3"},
                {ObjectRef("shape", 5): "d1"},
            )
        },
    )


def test_the_bulky_part_is_one_json_text_and_reads_back() -> None:
    """FiftyOne saves results through a pure-Python encoder that visits every value:
    the frames, server ids and loaded jobs go as one string."""
    record = _full_record()
    saved = record.to_json()
    assert isinstance(saved[PACKED], str)
    assert not {"frame_maps", "frame_sizes", "server_id_map", "loaded_jobs"} & set(saved)
    assert RunRecord.from_json(json.loads(json.dumps(saved))) == record


def test_records_saved_before_packing_still_load() -> None:
    record = _full_record()
    saved = record.to_json()
    old_form = {k: v for k, v in saved.items() if k != PACKED} | json.loads(str(saved[PACKED]))
    assert RunRecord.from_json(old_form) == record


def test_frames_written_as_text_are_valid_json_for_any_id_and_size() -> None:
    record = RunRecord(
        task_ids=[1],
        frames={1: [FrameInfo('odd "id" \\ é\n', 1.5, 2, 7, None), FrameInfo("s", 0.0, 1e-3)]},
    )
    assert RunRecord.from_json(json.loads(json.dumps(record.to_json()))).frames == {
        1: (FrameInfo('odd "id" \\ é\n', 1, 2, 7, None), FrameInfo("s", 0, 0))
    }


def test_saved_frames_and_server_ids_follow_every_change_after_a_save() -> None:
    """The frames' and server ids' text is kept between saves; a task added or
    forgotten after a save must still show in the next one."""
    record = RunRecord(task_ids=[1], frames={1: [FrameInfo("s1", 4, 3)]})
    first = record.to_json()
    assert record.to_json() == first  # kept, and the same
    record.task_ids.append(2)
    record.add_task(2, [20], [FrameInfo("s2", 8, 6)], {ServerKey("shape", 7): "label-7"})
    added = RunRecord.from_json(json.loads(json.dumps(record.to_json())))
    assert added.frames == {1: (FrameInfo("s1", 4, 3),), 2: (FrameInfo("s2", 8, 6),)}
    assert added.server_ids == {ServerKey("shape", 7): "label-7"}
    record.forget_tasks([1])
    forgotten = RunRecord.from_json(json.loads(json.dumps(record.to_json())))
    assert forgotten.frames == {2: (FrameInfo("s2", 8, 6),)}
