"""What a run sends at once, against an in-process fake CVAT: a full load asks for its
jobs' annotations while the labels are still on their way (and for each job once), and
annotate() uploads the labels of a task's jobs together."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import attrs
import fiftyone as fo
import httpx
import pytest
from fake_cvat import connect, fake_box, json_response

from fiftyone_cvat.domain.conversion import IdResolver
from fiftyone_cvat.domain.frames import FrameInfo
from fiftyone_cvat.domain.loading.id_map import IdMap
from fiftyone_cvat.domain.loading.job_filter import JobProgress
from fiftyone_cvat.domain.planning.option_table import Options
from fiftyone_cvat.domain.run_record import RunRecord
from fiftyone_cvat.domain.schema.cvat_labels import CvatLabel
from fiftyone_cvat.runs.annotate import put_jobs
from fiftyone_cvat.runs.load import LoadTarget, load_run

pytestmark = pytest.mark.db  # builds a dataset in FiftyOne's database

LABELS = {
    "count": 1,
    "next": None,
    "previous": None,
    "results": [
        {
            "id": 7,
            "name": "cat",
            "color": "#6080c0",
            "attributes": [],
            "type": "rectangle",
            "sublabels": [],
            "has_parent": False,
            "task_id": 1,
            "parent_id": None,
        }
    ],
}
EMPTY_JOB = {"version": 0, "tags": [], "shapes": [], "tracks": []}
JOBS = (10, 11)


@attrs.define
class _Config:
    label_schema: dict[str, dict[str, Any]] = attrs.Factory(
        lambda: {"gt": {"type": "detections", "classes": ["cat"]}}
    )
    options: Options = attrs.Factory(lambda: Options(coerce_text_attrs=False))


@pytest.fixture
def dataset() -> Iterator[fo.Dataset]:
    ds = fo.Dataset()
    ds.add_sample(fo.Sample(filepath="/nowhere/a.jpg"))
    yield ds
    ds.delete()


def test_a_full_load_asks_for_the_jobs_while_the_labels_arrive(dataset: fo.Dataset) -> None:
    job_asked = threading.Event()
    seen_before_labels: list[bool] = []

    def handler(request: httpx.Request) -> httpx.Response | None:
        path = request.url.path
        if path == "/api/labels":
            # The labels answer late; a full load must not be waiting for it to ask
            # for the jobs (bounded wait: without that, the test fails, not hangs).
            seen_before_labels.append(job_asked.wait(timeout=5))
            return json_response(200, LABELS)
        if path.startswith("/api/jobs/") and path.endswith("/annotations/"):
            job_asked.set()
            return json_response(200, EMPTY_JOB)
        if path == "/api/jobs":  # listed first: the load skips jobs CVAT did not change
            return json_response(200, _job_listing(frames=1))
        return None

    conn, fake = connect(handler)
    sample_id = dataset.first().id
    record = RunRecord(
        task_ids=[1],
        job_ids={1: list(JOBS)},
        frames={1: [FrameInfo(sample_id, 64, 48)]},
    )
    target = LoadTarget(record, IdMap({"gt": {}}), dataset, prune=False)
    with conn:
        load_run(conn, _Config(), target, None)
    assert seen_before_labels == [True]
    asked = [r.url.path for r in fake.calls("GET") if r.url.path.startswith("/api/jobs/")]
    assert sorted(asked) == [f"/api/jobs/{j}/annotations/" for j in JOBS]


def _job_listing(frames: int) -> dict[str, Any]:
    """``GET /api/jobs?task_id=1`` as CVAT 2.73 answers it (the fields the load reads)."""
    jobs = [
        {
            "id": j,
            "task_id": 1,
            "start_frame": 0,
            "stop_frame": frames - 1,
            "stage": "annotation",
            "state": "new",
            "updated_date": "2026-12-07T15:25:12.032925Z",
            "issues": {"count": 0},
            "labels": {},
        }
        for j in JOBS
    ]
    return {"count": len(jobs), "next": None, "previous": None, "results": jobs}


# --- annotate: a task's jobs -------------------------------------------------------


def test_a_tasks_jobs_are_uploaded_at_once() -> None:
    """Each job is its own PUT, all in flight together; no body depends on which
    answer comes first."""
    arrived: list[str] = []
    both = threading.Barrier(2, timeout=5)  # without concurrency: fails, not hangs
    answered_together: list[bool] = []

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.method == "PUT":
            arrived.append(request.url.path)
            try:
                both.wait()
                answered_together.append(True)
            except threading.BrokenBarrierError:
                answered_together.append(False)
            return json_response(200, {"version": 1, "tags": [], "shapes": [], "tracks": []})
        return None

    annotations: Any = {
        "version": 0,
        "tags": [],
        "shapes": [fake_box(0), fake_box(1)],
        "tracks": [],
    }
    jobs = [JobProgress(10, 0, 0, "annotation", "new"), JobProgress(11, 1, 1, "annotation", "new")]
    resolver = IdResolver([CvatLabel("cat", id=7)])
    conn, _ = connect(handler)
    with conn, ThreadPoolExecutor(max_workers=2) as pool:
        put_jobs(conn, jobs, annotations, resolver, pool)
    assert sorted(arrived) == ["/api/jobs/10/annotations/", "/api/jobs/11/annotations/"]
    assert answered_together == [True, True]
