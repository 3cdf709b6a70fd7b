"""The run record's JSON form, and what a checkpoint keeps of it."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from fiftyone_cvat.domain.frames import FrameInfo
from fiftyone_cvat.domain.run_record import PendingCreation, RunRecord, ServerKey

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
