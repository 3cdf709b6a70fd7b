"""A run's jobs are listed in one request on servers that filter jobs by a list of
tasks, and task by task on older ones; what the load sees is the same."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from fiftyone_cvat.cvat import endpoints
from tests.support.fake_cvat import ABOUT, connect, json_response

# task -> its jobs (id, first frame); listed out of order, as CVAT may
TASKS = {7: [(72, 10), (71, 0)], 8: [(81, 0)], 9: []}


def _job(job_id: int, task_id: int, start: int) -> dict[str, Any]:
    return {
        "id": job_id,
        "task_id": task_id,
        "start_frame": start,
        "stop_frame": start + 9,
        "stage": "annotation",
        "state": "new",
        "updated_date": f"2026-12-07T15:25:{job_id % 60:02d}.000000Z",
        "issues": {"count": 0},
        "labels": {},
    }


def _listing(request: httpx.Request) -> httpx.Response | None:
    if request.url.path != "/api/jobs":
        return None
    params = request.url.params
    if "filter" in params:
        rule = json.loads(params["filter"])
        wanted = set(rule["in"][1])
    else:
        wanted = {int(params["task_id"])}
    jobs = [_job(j, t, s) for t, js in TASKS.items() if t in wanted for j, s in js]
    return json_response(200, {"count": len(jobs), "next": None, "previous": None, "results": jobs})


def _about(version: str) -> Any:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/server/about":
            return json_response(200, {**ABOUT, "version": version})
        return _listing(request)

    return handler


@pytest.mark.parametrize(("version", "requests"), [("2.73.0", 1), ("2.40.0", 3)])
def test_a_runs_jobs_are_one_listing_where_the_server_filters_by_task(
    version: str, requests: int
) -> None:
    conn, fake = connect(_about(version))
    with conn:
        listed = endpoints.jobs_of_tasks(conn, [7, 8, 9])
    assert len(fake.calls("GET", "/api/jobs")) == requests
    assert {t: [j.id for j in jobs] for t, jobs in listed.items()} == {7: [71, 72], 8: [81], 9: []}
    assert listed[7][1].updated_date is not None
    if requests == 1:
        rule = json.loads(fake.calls("GET", "/api/jobs")[0].url.params["filter"])
        assert rule == {"in": [{"var": "task_id"}, [7, 8, 9]]}
