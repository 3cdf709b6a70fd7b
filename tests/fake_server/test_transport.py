"""Connection behaviour against an in-process fake CVAT (httpx.MockTransport)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from fake_cvat import ABOUT, KEY, PASSWORD, URL, connect, json_response
from progress_capture import RecordingProgress

from cvat_api.api.jobs import jobs_list
from cvat_api.api.server import server_retrieve_about
from cvat_api.api.tasks import tasks_retrieve
from cvat_api.api.users import users_list
from fiftyone_cvat.cvat.errors import (
    CVATAuthError,
    CVATConfigError,
    CVATConnectionError,
    CVATError,
    CVATHTTPError,
    CVATNotFoundError,
    CVATPermissionError,
    CVATRequestFailedError,
    CVATServerError,
    CVATTimeoutError,
)
from fiftyone_cvat.cvat.retry import parse_retry_after

# --------------------------------------------------------------------------- auth


def test_logs_in_once_and_sends_token() -> None:
    conn, fake = connect()
    with conn:
        assert conn.server_version == "2.73.0"
        assert conn.base_url == URL
        conn.request_json("GET", "/api/server/about")
        conn.request_json("GET", "/api/server/about")
    assert len(fake.calls("POST", "/api/auth/login")) == 1
    # the version first (an unsupported server fails before credentials are sent), then login
    assert [r.url.path for r in fake.requests[:2]] == ["/api/server/about", "/api/auth/login"]
    login_body = json.loads(fake.bodies[1])
    assert login_body == {"username": "admin", "password": PASSWORD}
    for request in fake.requests[2:]:
        assert request.headers["Authorization"] == f"Token {KEY}"
        # The login's session cookie must not come back (it would trigger CSRF).
        assert "cookie" not in request.headers
    assert all(r.headers.get("Authorization") is None for r in fake.requests[:2])


def test_access_token_preferred_over_password() -> None:
    conn, fake = connect(access_token="pat-123456789")
    with conn:
        assert conn.current_user().username == "admin"
    assert not fake.calls("POST", "/api/auth/login")
    assert all(r.headers["Authorization"] == "Bearer pat-123456789" for r in fake.requests[1:])
    assert conn.client.prefix == "Bearer"


def _about(version: str) -> Any:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/server/about":
            return json_response(200, {**ABOUT, "version": version})
        return None

    return handler


def test_an_access_token_for_a_server_without_tokens_is_refused_before_it_is_sent() -> None:
    with pytest.raises(CVATConfigError, match=r"access_token: CVAT 2\.40\.0 .* has no personal"):
        connect(_about("2.40.0"), access_token="pat-123456789")
    conn, fake = connect(_about("2.40.0"))  # a password login works there
    assert conn.capabilities.version == (2, 40, 0) and not conn.capabilities.access_tokens
    assert fake.calls("POST", "/api/auth/login")


def test_a_server_older_than_supported_fails_naming_both_versions() -> None:
    fake_log: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response | None:
        fake_log.append(request)
        return _about("2.11.2")(request)

    with pytest.raises(CVATConfigError, match=r"CVAT 2\.11\.2 at .* older than 2\.17\.0"):
        connect(handler)
    assert [r.url.path for r in fake_log] == ["/api/server/about"]  # no credentials sent


def test_email_login() -> None:
    conn, fake = connect(username=None, email="admin@example.org")
    conn.close()
    assert json.loads(fake.bodies[1]) == {"email": "admin@example.org", "password": PASSWORD}


def test_wrong_password_is_auth_error_without_secret() -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/auth/login":
            # A server (or proxy) echoing the submitted password back.
            return json_response(400, {"non_field_errors": [f"Bad credentials {PASSWORD}"]})
        return None

    with pytest.raises(CVATAuthError) as info:
        connect(handler)
    text = str(info.value)
    assert "login failed for 'admin'" in text
    assert PASSWORD not in text
    assert info.value.status == 400 and info.value.path == "/api/auth/login"


def test_invalid_access_token_fails_fast() -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/users/self":
            return json_response(401, {"detail": "Invalid token."})
        return None

    with pytest.raises(CVATAuthError, match="Invalid token"):
        connect(handler, access_token="bad-token-value")


def test_headers_and_organization_on_every_request() -> None:
    conn, fake = connect(headers={"X-Proxy-Key": "abc"}, organization="my-org")
    conn.request_json("GET", "/api/server/about")
    conn.close()
    for request in fake.requests:
        assert request.headers["X-Proxy-Key"] == "abc"
        assert request.headers["X-Organization"] == "my-org"


def test_no_organization_header_by_default() -> None:
    conn, fake = connect()
    conn.close()
    assert all("x-organization" not in r.headers for r in fake.requests)


# ------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, CVATHTTPError),
        (401, CVATAuthError),
        (403, CVATPermissionError),
        (404, CVATNotFoundError),
        (500, CVATServerError),
    ],
)
def test_status_maps_to_error(status: int, cls: type[CVATHTTPError]) -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/tasks/7":
            return json_response(status, {"detail": f"nope {KEY}"})
        return None

    conn, _ = connect(handler, retries=0)
    with conn, pytest.raises(cls) as info:
        conn.call(tasks_retrieve.sync_detailed, id=7)
    err = info.value
    assert type(err) is cls
    assert (err.method, err.path, err.status) == ("GET", "/api/tasks/7", status)
    assert err.server_message == "nope <redacted>"
    assert KEY not in str(err)


def test_field_errors_are_flattened() -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/tasks":
            return json_response(400, {"name": ["This field is required."], "labels": ["bad"]})
        return None

    conn, _ = connect(handler)
    with conn, pytest.raises(CVATHTTPError) as info:
        conn.request_json("POST", "/api/tasks", json={})
    assert info.value.server_message == "name: This field is required.; labels: bad"


def test_html_error_page_is_reduced_to_text() -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/jobs":
            return httpx.Response(
                502,
                content=b"<html><body><h1>502 Bad Gateway</h1></body></html>",
                headers={"Content-Type": "text/html"},
            )
        return None

    conn, _ = connect(handler, retries=0)
    with conn, pytest.raises(CVATServerError) as info:
        conn.request_json("GET", "/api/jobs")
    assert info.value.server_message == "502 Bad Gateway"


def test_unparseable_body_is_our_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/tasks/3":
            return json_response(200, {"unexpected": True})
        return None

    conn, _ = connect(handler)
    with conn, pytest.raises(CVATError, match="could not parse") as info:
        conn.call(tasks_retrieve.sync_detailed, id=3)
    assert info.value.path == "/api/tasks/3"


def test_timeout_maps_to_timeout_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/tasks":
            raise httpx.ReadTimeout("timed out", request=request)
        return None

    conn, _ = connect(handler)
    with conn, pytest.raises(CVATTimeoutError) as info:
        conn.request_json("POST", "/api/tasks", json={"name": "x"})
    assert isinstance(info.value, TimeoutError)
    assert (info.value.method, info.value.path) == ("POST", "/api/tasks")


# ------------------------------------------------------------------------ retries


def flaky(path: str, failures: list[httpx.Response | Exception]) -> object:
    """Handler failing with the given answers on ``path``, then succeeding."""

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path != path:
            return None
        if failures:
            failure = failures.pop(0)
            if isinstance(failure, Exception):
                raise failure
            return failure
        return json_response(200, {"ok": True})

    return handler


def test_injected_503_is_retried_then_succeeds() -> None:
    sleeps: list[float] = []
    failures: list[httpx.Response | Exception] = [
        json_response(503, {"detail": "busy"}),
        json_response(503, {"detail": "busy"}),
    ]
    conn, fake = connect(flaky("/api/jobs", failures), sleep=sleeps.append, backoff=0.25)
    with conn:
        assert conn.request_json("GET", "/api/jobs") == {"ok": True}
    assert len(fake.calls("GET", "/api/jobs")) == 3
    assert sleeps == [0.25, 0.5]


def test_retry_after_is_honoured() -> None:
    sleeps: list[float] = []
    failures: list[httpx.Response | Exception] = [
        json_response(429, {"detail": "slow down"}, **{"Retry-After": "7"})
    ]
    conn, fake = connect(flaky("/api/tasks", failures), sleep=sleeps.append)
    with conn:
        # 429 means "not processed", so even a POST is retried.
        assert conn.request_json("POST", "/api/tasks", json={}) == {"ok": True}
    assert sleeps == [7.0]
    assert len(fake.calls("POST", "/api/tasks")) == 2


def test_retry_after_longer_than_cap_is_not_waited() -> None:
    sleeps: list[float] = []
    failures: list[httpx.Response | Exception] = [
        json_response(503, {"detail": "maintenance"}, **{"Retry-After": "3600"})
    ]
    conn, _ = connect(flaky("/api/jobs", failures), sleep=sleeps.append)
    with conn, pytest.raises(CVATServerError, match="maintenance"):
        conn.request_json("GET", "/api/jobs")
    assert sleeps == []


def test_post_is_not_blindly_retried_on_503() -> None:
    failures: list[httpx.Response | Exception] = [json_response(503, {"detail": "busy"})]
    conn, fake = connect(flaky("/api/tasks", failures))
    with conn, pytest.raises(CVATServerError):
        conn.request_json("POST", "/api/tasks", json={"name": "t"})
    assert len(fake.calls("POST", "/api/tasks")) == 1


def test_post_is_retried_on_503_with_retry_after() -> None:
    sleeps: list[float] = []
    failures: list[httpx.Response | Exception] = [
        json_response(503, {"detail": "busy"}, **{"Retry-After": "2"})
    ]
    conn, fake = connect(flaky("/api/tasks", failures), sleep=sleeps.append)
    with conn:
        # the server says it did not process it, and when to come back
        assert conn.request_json("POST", "/api/tasks", json={"name": "t"}) == {"ok": True}
    assert sleeps == [2.0]
    assert len(fake.calls("POST", "/api/tasks")) == 2


@pytest.mark.parametrize(
    ("path", "retried"),
    [("/api/jobs/7", True), ("/api/tasks/3/", True), ("/api/jobs/7/annotations", False)],
)
def test_patch_of_an_object_is_retried_but_not_of_annotations(path: str, retried: bool) -> None:
    failures: list[httpx.Response | Exception] = [httpx.ReadError("reset")]
    conn, fake = connect(flaky(path, failures))
    with conn:
        if retried:
            conn.request_json("PATCH", path, json={"assignee": 2})
        else:
            with pytest.raises(CVATConnectionError):
                conn.request_json("PATCH", path, json={"shapes": []})
    assert len(fake.calls("PATCH")) == (2 if retried else 1)


def test_a_reset_login_is_sent_again() -> None:
    resets: list[Exception] = [httpx.ReadError("reset")]

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/auth/login" and resets:
            raise resets.pop()
        return None

    conn, fake = connect(handler)
    with conn:
        conn.request_json("GET", "/api/server/about")
    assert len(fake.calls("POST", "/api/auth/login")) == 2


def test_post_read_error_is_not_retried() -> None:
    failures: list[httpx.Response | Exception] = [httpx.ReadError("reset")]
    conn, fake = connect(flaky("/api/tasks", failures))
    with conn, pytest.raises(CVATConnectionError):
        conn.request_json("POST", "/api/tasks", json={"name": "t"})
    assert len(fake.calls("POST", "/api/tasks")) == 1


def test_connect_error_is_retried_even_for_post() -> None:
    failures: list[httpx.Response | Exception] = [httpx.ConnectError("refused")]
    conn, fake = connect(flaky("/api/tasks", failures))
    with conn:
        assert conn.request_json("POST", "/api/tasks", json={"name": "t"}) == {"ok": True}
    assert len(fake.calls("POST", "/api/tasks")) == 2
    assert json.loads(fake.bodies[-1]) == {"name": "t"}  # the body was sent again


def test_put_read_error_is_retried() -> None:
    failures: list[httpx.Response | Exception] = [httpx.ReadError("reset")]
    conn, fake = connect(flaky("/api/jobs/1/annotations", failures))
    with conn:
        conn.request_json("PUT", "/api/jobs/1/annotations", json={"shapes": []})
    assert len(fake.calls("PUT")) == 2


def test_gives_up_after_retries() -> None:
    failures: list[httpx.Response | Exception] = [httpx.ConnectError("refused")] * 5
    conn, fake = connect(flaky("/api/jobs", failures), retries=2)
    with conn, pytest.raises(CVATConnectionError, match="could not reach CVAT"):
        conn.request_json("GET", "/api/jobs")
    assert len(fake.calls("GET", "/api/jobs")) == 3


def test_parse_retry_after_http_date() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now=1445412480.0) == 30.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


# --------------------------------------------------------------------- pagination


def test_paginate_follows_next() -> None:
    pages = {
        1: {"count": 3, "next": URL + "/api/users?page=2&page_size=2", "results": [1, 2]},
        2: {"count": 3, "next": None, "results": [3]},
    }

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/users":
            assert request.url.params["page_size"] == "2"
            page = pages[int(request.url.params["page"])]
            results = [{"id": i, "username": f"u{i}", "url": ""} for i in page["results"]]  # type: ignore[attr-defined]
            return json_response(200, {**page, "results": results})
        return None

    conn, fake = connect(handler)
    with conn:
        users = list(conn.paginate(users_list.sync_detailed, page_size=2))
    assert [u.username for u in users] == ["u1", "u2", "u3"]
    assert len(fake.calls("GET", "/api/users")) == 2


def test_paginate_passes_filters() -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/jobs":
            assert request.url.params["task_id"] == "5"
            return json_response(200, {"count": 0, "next": None, "results": []})
        return None

    conn, _ = connect(handler)
    with conn:
        assert list(conn.paginate(jobs_list.sync_detailed, task_id=5)) == []


def test_user_id_exact_match_and_cache() -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/users":
            name = request.url.params["username"]
            results = [{"id": 11, "username": "bob", "url": ""}] if name == "bob" else []
            return json_response(200, {"count": len(results), "next": None, "results": results})
        return None

    conn, fake = connect(handler)
    with conn:
        assert conn.user_id("bob") == 11
        assert conn.user_id("bob") == 11
        with pytest.raises(CVATNotFoundError, match="no CVAT user named 'bobby'"):
            conn.user_id("bobby")
    assert len(fake.calls("GET", "/api/users")) == 2


# ------------------------------------------------------------- long-running work


def request_state(status: str, progress: float | None = None, message: str = "") -> dict:  # type: ignore[type-arg]
    return {
        "id": "rq-1",
        "status": status,
        "progress": progress,
        "message": message,
        "created_date": "2026-01-01T00:00:00Z",
        "operation": {"type": "create:task", "target": "task", "task_id": 1},
    }


def test_wait_for_request_polls_until_finished() -> None:
    states = [request_state("queued"), request_state("started", 0.5), request_state("finished")]
    states[1:1] = [request_state("started", 0.5)] * 3

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/requests/rq-1":
            return json_response(200, states.pop(0))
        return None

    sleeps: list[float] = []
    seen = RecordingProgress()
    conn, _ = connect(handler, sleep=sleeps.append, poll_period=1.6)
    with conn:
        final = conn.wait_for_request("rq-1", progress=seen)
    assert final.status == "finished"
    # a state without progress reports nothing; the total is 1.0
    assert seen.events == [
        ("start", 1.0),
        *[("report", 0.5)] * 4,
        ("report", 1.0),
        ("finish", None),
    ]
    assert sleeps == pytest.approx([0.16] * 5)


def test_wait_for_request_overshoots_by_a_tenth_of_the_wait_at_most() -> None:
    """Every tenth of the period at first, then a tenth of the time waited, capped at
    the period: a long import is polled rarely, a short one is seen at once."""
    states = [request_state("started", 0.5)] * 60 + [request_state("finished")]

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/requests/rq-1":
            return json_response(200, states.pop(0))
        return None

    sleeps: list[float] = []
    conn, _ = connect(handler, sleep=sleeps.append, poll_period=2.0)
    with conn:
        conn.wait_for_request("rq-1")
    assert sleeps[:10] == pytest.approx([0.2] * 10)
    waited = 0.0
    for delay in sleeps:
        assert delay == pytest.approx(min(2.0, max(0.2, waited / 10)))
        waited += delay
    assert sleeps[-1] == pytest.approx(2.0)


def test_wait_for_request_surfaces_failure_message() -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/requests/rq-1":
            return json_response(200, request_state("failed", message="No media data found"))
        return None

    conn, _ = connect(handler)
    with conn, pytest.raises(CVATRequestFailedError, match="No media data found") as info:
        conn.wait_for_request("rq-1")
    assert info.value.rq_id == "rq-1"


def test_wait_for_request_times_out() -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/requests/rq-1":
            return json_response(200, request_state("queued"))
        return None

    conn, _ = connect(handler)
    with conn, pytest.raises(CVATTimeoutError, match="still queued"):
        conn.wait_for_request("rq-1", timeout=0)


# ---------------------------------------------------------------------- raw calls


def test_request_json_round_trip_and_empty_body() -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.method == "PUT":
            assert request.headers["content-type"] == "application/json"
            return json_response(200, json.loads(request.read()))
        if request.method == "DELETE":
            return httpx.Response(204)
        return None

    conn, _ = connect(handler)
    with conn:
        doc = {"version": 0, "shapes": [{"type": "rectangle", "points": [1, 2, 3, 4]}]}
        assert conn.request_json("PUT", "/api/jobs/1/annotations", json=doc) == doc
        assert conn.request_json("DELETE", "/api/tasks/1") is None


def test_absolute_urls_use_our_server(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/requests/rq-1/result":
            assert request.url.host == "cvat.local"
            return httpx.Response(200, content=b"zipbytes")
        return None

    conn, _ = connect(handler)
    received = RecordingProgress()
    with conn:
        # A server behind a proxy may report an internal host in result_url.
        out = conn.download(
            "http://internal:8080/api/requests/rq-1/result",
            tmp_path / "a.zip",
            progress=received,
        )
    assert out.read_bytes() == b"zipbytes"
    assert received.of("start") == [8]
    assert sum(n or 0 for n in received.of("advance")) == 8
    assert received.events[-1] == ("finish", None)
    assert not (tmp_path / "a.zip.part").exists()


def test_generated_client_is_authenticated_and_shared() -> None:
    conn, fake = connect()
    with conn:
        assert conn.client.get_httpx_client() is conn.http
        conn.client.get_httpx_client().get("/api/server/about")
    assert fake.requests[-1].headers["Authorization"] == f"Token {KEY}"
    assert conn.is_closed


def test_a_closed_connection_reopens_with_the_same_login() -> None:
    """FiftyOne hands the same API object to every ``with results:`` block and later
    load: leaving one must not end the connection."""
    conn, fake = connect()
    logins = sum(r.url.path == "/api/auth/login" for r in fake.requests)
    conn.close()
    assert conn.is_closed
    about = conn.call(server_retrieve_about.sync_detailed)
    assert about.version and not conn.is_closed
    assert fake.requests[-1].headers["Authorization"] == f"Token {KEY}"
    assert sum(r.url.path == "/api/auth/login" for r in fake.requests) == logins
    conn.close()
    conn.request("GET", "/api/server/about")  # raw requests reopen too
    assert conn.client.get_httpx_client() is conn.http


@pytest.mark.parametrize("verify", [True, False, "/etc/ssl/certs/ca-certificates.crt"])
def test_tls_verification_setting_reaches_transport(
    monkeypatch: pytest.MonkeyPatch, verify: bool | str
) -> None:
    from fake_cvat import FakeCvat, settings

    from fiftyone_cvat.cvat import connection as transport_module
    from fiftyone_cvat.cvat.connection import Connection

    seen: list[object] = []

    def fake_transport(*, verify: object) -> httpx.BaseTransport:
        seen.append(verify)
        return httpx.MockTransport(FakeCvat())

    monkeypatch.setattr(transport_module.httpx, "HTTPTransport", fake_transport)
    overrides = {} if verify is True else {"verify": verify}
    Connection(settings(**overrides)).close()
    assert seen == [verify]


def test_schema_less_operation_returns_none_despite_body() -> None:
    from cvat_api.api.jobs import jobs_update_annotations
    from cvat_api.models.labeled_data_request import LabeledDataRequest

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.method == "PUT":
            # One JSON document, not multipart form parts.
            assert request.headers["content-type"] == "application/json"
            assert json.loads(request.read())["shapes"] == []
            return json_response(200, {"version": 1, "shapes": [], "tags": [], "tracks": []})
        return None

    conn, _ = connect(handler)
    with conn:
        body = LabeledDataRequest.from_dict({"version": 0, "shapes": []})
        assert conn.call(jobs_update_annotations.sync_detailed, id=1, body=body) is None


def test_undocumented_status_with_body_is_reported() -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/tasks/4":
            return json_response(203, {"id": 4})
        return None

    conn, _ = connect(handler)
    with conn, pytest.raises(CVATError, match="does not know how to read") as info:
        conn.call(tasks_retrieve.sync_detailed, id=4)
    assert info.value.status == 203
