"""Creating a task exactly once when the answer to its POST is lost or refused."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from fake_cvat import connect, json_response

from cvat_api.api.tasks import tasks_create
from cvat_api.models import TaskWriteRequest
from fiftyone_cvat.cvat import create_once as co
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.errors import CVATConnectionError, CVATHTTPError
from fiftyone_cvat.domain.run_record import PendingCreation

NAME = "FiftyOne_ds"


def _task(task_id: int, name: str = NAME, *, size: int = 0, age: float = 0) -> dict[str, Any]:
    created = datetime.now(timezone.utc) - timedelta(seconds=age)
    return {
        "id": task_id,
        "name": name,
        "size": size,
        "created_date": created.isoformat(),
        "jobs": {"completed": 0, "validation": 0},
        "labels": {},
    }


class Server:
    """Tasks CVAT holds, and what happens to each POST /api/tasks (in order)."""

    def __init__(self, posts: list[str], tasks: list[dict[str, Any]] | None = None) -> None:
        self.posts = posts  # "ok", "lost" (created, answer reset), "503", "400"
        self.tasks = list(tasks or [])
        self.list_queries: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response | None:
        path = request.url.path
        if request.method == "POST" and path == "/api/tasks":
            outcome = self.posts.pop(0)
            if outcome == "503":
                return json_response(503, {"detail": "busy"})
            if outcome == "400":
                return json_response(400, {"name": ["bad"]})
            task = _task(100 + len(self.tasks), json.loads(request.content)["name"])
            self.tasks.append(task)
            if outcome == "lost":
                raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
            return json_response(201, task)
        if request.method == "GET" and path == "/api/tasks":
            self.list_queries.append(dict(request.url.params))
            return json_response(200, {"count": len(self.tasks), "results": self.tasks})
        return None


def _create(conn: Connection, events: list[str] | None = None, known: tuple[int, ...] = ()) -> int:
    log = events if events is not None else []

    def post() -> int:
        task = conn.call(tasks_create.sync_detailed, body=TaskWriteRequest(name=NAME))
        assert isinstance(task.id, int)
        return task.id

    return co.create_once(
        conn,
        "task",
        NAME,
        post,
        known=known,
        on_pending=lambda p: log.append(f"pending {p.name}"),
        on_refused=lambda p: log.append(f"refused {p.name}"),
    )


@pytest.fixture(autouse=True)
def _no_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(co, "RETRY_DELAY", 0)


def test_a_lost_answer_adopts_the_task_instead_of_creating_a_twin() -> None:
    server = Server(["lost"], tasks=[_task(7, size=5)])  # an older run's task, with data
    conn, fake = connect(server)
    events: list[str] = []
    assert _create(conn, events) == 101
    assert len(fake.calls("POST", "/api/tasks")) == 1
    assert len(server.tasks) == 2
    assert events == [f"pending {NAME}"]
    assert server.list_queries[0]["name"] == NAME
    assert server.list_queries[0]["owner"] == "admin"


def test_a_post_that_never_created_anything_is_sent_again() -> None:
    server = Server(["503", "ok"])
    conn, fake = connect(server)
    assert _create(conn) == 100
    assert len(fake.calls("POST", "/api/tasks")) == 2
    assert len(server.tasks) == 1


def test_a_refusal_is_raised_at_once_and_reported() -> None:
    server = Server(["400"])
    conn, fake = connect(server)
    events: list[str] = []
    with pytest.raises(CVATHTTPError):
        _create(conn, events)
    assert len(fake.calls("POST", "/api/tasks")) == 1
    assert not fake.calls("GET", "/api/tasks")
    assert events == [f"pending {NAME}", f"refused {NAME}"]


def test_gives_up_after_the_attempts() -> None:
    server = Server(["503"] * co.ATTEMPTS)
    conn, fake = connect(server)
    with pytest.raises(CVATHTTPError):
        _create(conn)
    assert len(fake.calls("POST", "/api/tasks")) == co.ATTEMPTS


def test_a_reset_on_every_attempt_is_a_connection_error() -> None:
    def reset(request: httpx.Request) -> httpx.Response | None:
        if request.method == "POST" and request.url.path == "/api/tasks":
            raise httpx.ReadError("Connection reset by peer")
        if request.method == "GET" and request.url.path == "/api/tasks":
            return json_response(200, {"count": 0, "results": []})
        return None

    conn, fake = connect(reset)
    with pytest.raises(CVATConnectionError):
        _create(conn)
    assert len(fake.calls("POST", "/api/tasks")) == co.ATTEMPTS


def test_find_created_takes_only_an_empty_task_of_that_name_made_since() -> None:
    tasks = [
        _task(1),  # the one
        _task(2, size=10),  # has data: another run's
        _task(3, name=NAME + "_2"),  # another name (CVAT's filter matches parts)
        _task(4, age=3600),  # older than the attempt
        _task(5),  # already known to the run
    ]
    conn, _ = connect(Server([], tasks))
    pending = PendingCreation("task", NAME, datetime.now(timezone.utc))
    assert co.find_created(conn, pending, known=[5]) == [1]
