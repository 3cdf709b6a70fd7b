"""A write that timed out may still land later: the network held it, CVAT carries it out
when it arrives. Against a fake CVAT whose network holds the first PUT of a job past the
client's timeout (as bench_faults' stalls mix does), annotate()'s job upload must not
return before that PUT has landed, so the annotator who starts right after is never
overwritten; and a PUT that met its retry in CVAT (both sets kept) is put right."""

from __future__ import annotations

import copy
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import httpx
import pytest
from fake_cvat import FakeCvat, fake_box, json_response, settings

from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.errors import CVATTimeoutError
from fiftyone_cvat.domain.conversion import IdResolver
from fiftyone_cvat.domain.loading.job_filter import JobProgress
from fiftyone_cvat.domain.run_record import PendingCreation, RunRecord
from fiftyone_cvat.domain.schema.cvat_labels import CvatLabel
from fiftyone_cvat.runs.annotate import _Recorder, finish_tasks, put_jobs

TIMEOUT = 4.0
STALL = TIMEOUT + 1.5  # what bench_faults' stalls mix holds a request for
JOB = 10
PATH = f"/api/jobs/{JOB}/annotations/"


@dataclass
class _Held:
    lands_at: float
    body: dict[str, Any]


@dataclass
class StallingCvat:
    """A fake CVAT behind a network that holds the first PUT of job 10 for ``STALL``
    seconds of a fake clock, then delivers it: replacing the job's labels, or, with
    ``merge``, adding to them (two PUTs whose transactions met)."""

    merge: bool = False
    now: float = 0.0
    jobs: dict[int, dict[str, Any]] = field(default_factory=dict)
    held: list[_Held] = field(default_factory=list)
    puts: int = 0
    next_id: int = 1
    lock: threading.Lock = field(default_factory=threading.Lock)

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.advance(seconds)

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.now += seconds
            due = [h for h in self.held if h.lands_at <= self.now]
            self.held = [h for h in self.held if h.lands_at > self.now]
            for h in due:
                self._store(h.body, replace=not self.merge)

    def _store(self, body: dict[str, Any], replace: bool = True) -> dict[str, Any]:
        stored = copy.deepcopy(body)
        for shape in stored["shapes"]:
            shape["id"] = self.next_id
            self.next_id += 1
        if replace or JOB not in self.jobs:
            self.jobs[JOB] = stored
        else:
            self.jobs[JOB]["shapes"] += stored["shapes"]
        return self.jobs[JOB]

    def handler(self, request: httpx.Request) -> httpx.Response | None:
        if request.url.path != PATH:
            return None
        with self.lock:
            if request.method == "GET":
                return json_response(200, self.jobs.get(JOB, _empty()))
            self.puts += 1
            body = json.loads(request.content)
            if self.puts == 1:  # held past the client's timeout; delivered later
                self.held.append(_Held(self.now + STALL, body))
                raise httpx.ReadTimeout("timed out", request=request)
            return json_response(200, self._store(body))


def _empty() -> dict[str, Any]:
    return {"version": 0, "tags": [], "shapes": [], "tracks": []}


def _upload(cvat: StallingCvat) -> Connection:
    """annotate()'s upload of one job's two boxes through the stalling network."""
    fake = FakeCvat(cvat.handler)
    conn = Connection(
        settings(timeout=TIMEOUT),
        transport=httpx.MockTransport(fake),
        sleep=cvat.sleep,
        clock=cvat.clock,
    )
    annotations: Any = {
        "version": 0,
        "tags": [],
        "shapes": [fake_box(0), fake_box(1)],
        "tracks": [],
    }
    resolver = IdResolver([CvatLabel("cat", id=7)])
    with ThreadPoolExecutor(max_workers=1) as pool:
        put_jobs(conn, [JobProgress(JOB, 0, 1, "annotation", "new")], annotations, resolver, pool)
    return conn


def test_a_timed_out_put_cannot_overwrite_the_annotator_who_starts_after_annotate() -> None:
    cvat = StallingCvat()
    with _upload(cvat):
        pass
    # annotate() has returned: the annotator deletes a box and saves
    cvat.jobs[JOB]["shapes"] = cvat.jobs[JOB]["shapes"][:1]
    cvat.advance(3600)  # whatever the network still held has landed by now
    assert len(cvat.jobs[JOB]["shapes"]) == 1, "a late PUT overwrote the annotator's edit"
    assert not cvat.held


def test_a_put_that_met_its_retry_in_cvat_is_put_right() -> None:
    cvat = StallingCvat(merge=True)
    with _upload(cvat) as conn:
        assert len(cvat.jobs[JOB]["shapes"]) == 2  # not 4: read back, then sent again
        assert conn.uncertain_writes.since(0)[0].path == PATH
    assert cvat.puts == 3


def test_writes_that_cannot_land_late_cost_no_wait() -> None:
    """A read, a DELETE and a request that never left are not waited for."""
    slept: list[float] = []
    failures = [httpx.ReadTimeout("t"), httpx.ReadTimeout("t"), httpx.ConnectError("refused")]

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path.startswith("/api/x") and failures:
            raise failures.pop(0)
        return json_response(200, {}) if request.url.path.startswith("/api/x") else None

    conn = Connection(
        settings(timeout=TIMEOUT),
        transport=httpx.MockTransport(FakeCvat(handler)),
        sleep=slept.append,
    )
    with conn:
        conn.request("GET", "/api/x")
        conn.request("DELETE", "/api/x/1")
        conn.request("POST", "/api/x")
        assert conn.settle_writes() == []
    assert slept == []


def test_a_write_in_doubt_is_waited_out_for_the_stall_horizon() -> None:
    cvat = StallingCvat()
    posts: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/jobs/3":
            posts.append(1)
            if len(posts) == 1:
                raise httpx.ReadTimeout("timed out", request=request)
            return json_response(200, {})
        return None

    conn = Connection(
        settings(timeout=TIMEOUT, stall_horizon=30),
        transport=httpx.MockTransport(FakeCvat(handler)),
        sleep=cvat.sleep,
        clock=cvat.clock,
    )
    with conn:
        conn.request("PATCH", "/api/jobs/3", json={"assignee": 2})  # retried: idempotent
        cvat.advance(10)
        (write,) = conn.settle_writes()
    assert (write.method, write.path, cvat.now) == ("PATCH", "/api/jobs/3", pytest.approx(30))


def test_a_twin_that_a_late_post_makes_is_found_and_deleted() -> None:
    """A task POST timed out and was sent again; the held one lands 5.5 s later and makes
    an empty twin. The run must wait for it before it looks for twins, or leave it."""
    cvat = StallingCvat()
    tasks: list[dict[str, Any]] = []
    deleted: list[str] = []

    def task(task_id: int) -> dict[str, Any]:
        created = datetime.now(timezone.utc).isoformat()
        return {
            "id": task_id,
            "name": "t",
            "size": 0,
            "created_date": created,
            "jobs": {"completed": 0, "validation": 0},
            "labels": {},
        }

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/tasks" and request.method == "POST":
            cvat.held.append(_Held(cvat.now + STALL, {"shapes": []}))
            raise httpx.ReadTimeout("timed out", request=request)
        if request.url.path == "/api/tasks" and request.method == "GET":
            if not cvat.held and len(tasks) == 1:
                tasks.append(task(101))  # the held POST has landed
            return json_response(200, {"count": len(tasks), "next": None, "results": tasks})
        if request.method == "DELETE":
            deleted.append(request.url.path)
            return httpx.Response(204)
        return None

    conn = Connection(
        settings(timeout=TIMEOUT),
        transport=httpx.MockTransport(FakeCvat(handler)),
        sleep=cvat.sleep,
        clock=cvat.clock,
    )
    recorder = _Recorder(RunRecord(task_ids=[100]))
    pending = PendingCreation("task", "t", datetime.now(timezone.utc))
    recorder.uncertain.append(pending)
    tasks.append(task(100))  # the task the run went on with
    with conn:
        with pytest.raises(CVATTimeoutError):
            conn.request("POST", "/api/tasks", json={"name": "t"})
        finish_tasks(conn, recorder, 0)
    assert deleted == ["/api/tasks/101"]
