"""What a load sends, against an in-process fake CVAT: a full load asks for its jobs'
annotations while the labels are still on their way, and asks for each job once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import attrs
import fiftyone as fo
import httpx
import pytest
from fake_cvat import connect, json_response

from fiftyone_cvat.domain.run_record import RunRecord, TaskFrame
from fiftyone_cvat.runs.load import load_run
from fiftyone_cvat.runs.load_target import LoadTarget

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
    occluded_attr: str | None = None
    group_id_attr: str | None = None
    coerce_text_attrs: bool = False
    max_workers: int = 4


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
        return None

    conn, fake = connect(handler)
    sample_id = dataset.first().id
    record = RunRecord(
        task_ids=[1],
        job_ids={1: list(JOBS)},
        frames={1: [TaskFrame(sample_id, None, None, 64, 48)]},
    )
    target = LoadTarget(record, {"gt": {}}, dataset, prune=False)
    with conn:
        load_run(conn, _Config(), target, None)
    assert seen_before_labels == [True]
    asked = [r.url.path for r in fake.calls("GET") if r.url.path.startswith("/api/jobs/")]
    assert sorted(asked) == [f"/api/jobs/{j}/annotations/" for j in JOBS]
