"""A media upload whose answer was lost is resumed, not blindly re-made: once its stall
horizon has passed, CVAT is asked what it kept. An upload that landed has its import
adopted (no second upload, no new task); one CVAT kept none of is sent again to the same
task; only a half-kept one makes the task start over."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from fake_cvat import connect, json_response

from fiftyone_cvat.cvat.upload import import_request_id, upload_media
from fiftyone_cvat.domain.planning.task_data import TaskDataParams
from fiftyone_cvat.runs.annotate import send_upload

TASK = 5
RQ = import_request_id(TASK)


def _cvat(first_attempt: str) -> tuple[object, dict[str, object]]:
    """A CVAT whose first upload to task 5 is cut: after it ``landed`` (the import
    started), ``before`` it arrived, or ``midway`` (data made, no import)."""
    state: dict[str, object] = {"data": None, "requests": [], "posts": 0}

    def handler(request: httpx.Request) -> httpx.Response | None:
        path = request.url.path
        if path == f"/api/tasks/{TASK}/data/" and request.method == "POST":
            state["posts"] = int(state["posts"]) + 1  # type: ignore[call-overload]
            if state["posts"] == 1 and first_attempt != "none":
                if first_attempt in ("landed", "midway"):
                    state["data"] = 1
                if first_attempt == "landed":
                    state["requests"] = [{"id": RQ, "status": "started"}]
                raise httpx.ReadError("connection reset")
            state["data"] = 1
            return json_response(202, {"rq_id": RQ})
        if path == f"/api/tasks/{TASK}":
            return json_response(200, {"id": TASK, "data": state["data"]})
        if path == "/api/requests":
            assert request.url.params["task_id"] == str(TASK)
            return json_response(200, {"count": 1, "next": None, "results": state["requests"]})
        return None

    return handler, state


@pytest.mark.parametrize(
    ("first_attempt", "rq_id", "posts"),
    [("landed", RQ, 1), ("before", RQ, 2), ("midway", None, 1), ("none", RQ, 1)],
)
def test_a_cut_upload_is_resumed_from_what_cvat_kept(
    tmp_path: Path, first_attempt: str, rq_id: str | None, posts: int
) -> None:
    image = tmp_path / "a.jpg"
    image.write_bytes(b"\xff\xd8\xff" + b"0" * 100)
    handler, state = _cvat(first_attempt)
    conn, fake = connect(handler)
    with conn:
        got = send_upload(conn, TASK, lambda: upload_media(conn, TASK, [image], TaskDataParams()))
    assert got == rq_id
    assert state["posts"] == posts
    assert not fake.calls("DELETE") and not fake.calls("POST", "/api/tasks")
