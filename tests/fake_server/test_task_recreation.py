"""A task whose media upload was cut is deleted and made again; CVAT may refuse that
DELETE (500) while it still imports the cut upload. The run goes on and deletes the
task at its end; until then the run's record keeps it, so cleanup() would find it."""

from __future__ import annotations

import httpx
import pytest
from fake_cvat import connect, json_response

from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.errors import CVATServerError
from fiftyone_cvat.domain.run_record import RunRecord
from fiftyone_cvat.runs.annotate import _Recorder, delete_discarded, discard_task


def _discarded(refusals: int) -> tuple[Connection, _Recorder, list[str]]:
    """Task 5 of a run, just discarded through a CVAT whose first ``refusals`` DELETEs
    of it answer 500; returns the connection, the recorder and the DELETEs seen."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.method == "DELETE" and request.url.path == "/api/tasks/5":
            seen.append("DELETE")
            if len(seen) <= refusals:
                return json_response(500, {"detail": "Server Error (500)"})
            return httpx.Response(204)
        return None

    conn, _ = connect(handler)
    recorder = _Recorder(RunRecord(task_ids=[5]))
    discard_task(conn, 5, recorder)
    return conn, recorder, seen


def test_a_task_cvat_will_not_delete_yet_is_deleted_at_the_end_of_the_run() -> None:
    conn, recorder, seen = _discarded(refusals=2)
    with conn:
        assert recorder.record.task_ids == [5] and recorder.discarded == [5]  # the run goes on
        delete_discarded(conn, recorder)  # refused once more, then deleted
    assert seen == ["DELETE"] * 3
    assert recorder.record.task_ids == [] and recorder.discarded == []


def test_a_task_cvat_keeps_refusing_fails_the_run_and_stays_for_cleanup() -> None:
    conn, recorder, seen = _discarded(refusals=100)
    with conn, pytest.raises(CVATServerError):
        delete_discarded(conn, recorder, attempts=3)
    assert len(seen) == 4
    assert recorder.record.task_ids == [5]  # cleanup() deletes it


def test_a_task_cvat_deletes_at_once_leaves_the_record_at_once() -> None:
    conn, recorder, seen = _discarded(refusals=0)
    conn.close()
    assert seen == ["DELETE"] and recorder.record.task_ids == [] and not recorder.discarded


def test_the_deletes_at_the_end_last_as_long_as_the_retry_budget() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.method == "DELETE":
            seen.append("DELETE")
            return json_response(500, {"detail": "Server Error (500)"})
        return None

    conn, _ = connect(handler, retry_budget=0)
    recorder = _Recorder(RunRecord(task_ids=[5]))
    recorder.discarded.append(5)
    with conn, pytest.raises(CVATServerError):
        delete_discarded(conn, recorder)
    assert seen == ["DELETE"] and recorder.record.task_ids == [5]
