"""A task whose media upload was cut is deleted and made again; CVAT may refuse that
DELETE (500) while it still imports the cut upload. The run goes on and deletes the
task at its end; until then the run's record keeps it, so cleanup() would find it."""

from __future__ import annotations

import httpx
import pytest
from fake_cvat import Handler, connect, json_response

from fiftyone_cvat.cvat.errors import CVATServerError
from fiftyone_cvat.domain.run_record import RunRecord
from fiftyone_cvat.runs.annotate import _Recorder, delete_discarded, discard_task


def _refusing(times: int) -> tuple[Handler, list[str]]:
    """A handler whose first ``times`` DELETEs of task 5 answer 500."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.method == "DELETE" and request.url.path == "/api/tasks/5":
            seen.append("DELETE")
            if len(seen) <= times:
                return json_response(500, {"detail": "Server Error (500)"})
            return httpx.Response(204)
        return None

    return handler, seen


def test_a_task_cvat_will_not_delete_yet_is_deleted_at_the_end_of_the_run() -> None:
    handler, seen = _refusing(times=2)
    conn, _ = connect(handler)
    recorder = _Recorder(RunRecord(task_ids=[5]))
    with conn:
        discard_task(conn, 5, recorder)  # refused: the run goes on
        assert recorder.record.task_ids == [5] and recorder.discarded == [5]
        delete_discarded(conn, recorder)  # refused once more, then deleted
    assert seen == ["DELETE"] * 3
    assert recorder.record.task_ids == [] and recorder.discarded == []


def test_a_task_cvat_keeps_refusing_fails_the_run_and_stays_for_cleanup() -> None:
    handler, seen = _refusing(times=100)
    conn, _ = connect(handler)
    recorder = _Recorder(RunRecord(task_ids=[5]))
    with conn:
        discard_task(conn, 5, recorder)
        with pytest.raises(CVATServerError):
            delete_discarded(conn, recorder, attempts=3)
    assert len(seen) == 4
    assert recorder.record.task_ids == [5]  # cleanup() deletes it


def test_a_task_cvat_deletes_at_once_leaves_the_record_at_once() -> None:
    handler, seen = _refusing(times=0)
    conn, _ = connect(handler)
    recorder = _Recorder(RunRecord(task_ids=[5]))
    with conn:
        discard_task(conn, 5, recorder)
    assert seen == ["DELETE"] and recorder.record.task_ids == [] and not recorder.discarded
