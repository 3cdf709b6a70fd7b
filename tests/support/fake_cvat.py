"""A tiny in-process stand-in for CVAT's HTTP API (httpx.MockTransport); helpers only, no tests.

Offline unit tests use it to check exactly what goes over the wire (headers,
bodies, retries) without a server or a cassette.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.settings import ConnectionSettings

URL = "http://cvat.local"
PASSWORD = "s3cret-Passw0rd"
KEY = "0123456789abcdef0123456789abcdef"

ABOUT = {
    "name": "Computer Vision Annotation Tool",
    "description": "",
    "version": "2.73.0",
    "logo_url": "",
    "subtitle": "",
}

Handler = Callable[[httpx.Request], httpx.Response | None]


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **headers},
    )


class FakeCvat:
    """Records requests; answers login/about itself and delegates the rest."""

    def __init__(self, handler: Handler | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []
        self.handler = handler

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(request.read())
        self.requests.append(request)
        if self.handler is not None:
            answer = self.handler(request)
            if answer is not None:
                return answer
        path = request.url.path
        if request.method == "POST" and path == "/api/auth/login":
            return json_response(
                200,
                {"key": KEY},
                **{"Set-Cookie": "sessionid=abcdefghijkl1234; Path=/"},
            )
        if request.method == "GET" and path == "/api/server/about":
            return json_response(200, ABOUT)
        if request.method == "GET" and path == "/api/users/self":
            return json_response(200, {"id": 1, "username": "admin", "url": URL + "/api/users/1"})
        return json_response(404, {"detail": "Not found."})

    def calls(self, method: str | None = None, path: str | None = None) -> list[httpx.Request]:
        return [
            r
            for r in self.requests
            if (method is None or r.method == method) and (path is None or r.url.path == path)
        ]


def settings(**overrides: Any) -> ConnectionSettings:
    values: dict[str, Any] = {
        "url": URL,
        "username": "admin",
        "password": PASSWORD,
        "poll_period": 0,
        "backoff": 0,
        "retries": 3,  # with no backoff, only a count ends the retries of a fake clock
    }
    values.update(overrides)
    return ConnectionSettings(**values)


def connect(
    handler: Handler | None = None,
    *,
    sleep: Callable[[float], None] | None = None,
    **overrides: Any,
) -> tuple[Connection, FakeCvat]:
    fake = FakeCvat(handler)
    kwargs: dict[str, Any] = {"transport": httpx.MockTransport(fake)}
    if sleep is not None:
        kwargs["sleep"] = sleep
    return Connection(settings(**overrides), **kwargs), fake


def fake_box(frame: int) -> dict[str, Any]:
    """One name-based rectangle of class "cat" on CVAT frame ``frame``."""
    return {
        "type": "rectangle",
        "frame": frame,
        "points": [1.0, 2.0, 3.0, 4.0],
        "attributes": {},
        "occluded": False,
        "z_order": 0,
        "source": "manual",
        "label": "cat",
        "group": 0,
    }
