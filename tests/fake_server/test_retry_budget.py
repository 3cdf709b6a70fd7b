"""Retries end on a time budget, not a count: a 503 storm that lasts longer than a few
retries is outlived, ``Retry-After`` is honoured within the budget, and a failure that
outlasts the budget is given up on with the server's answer."""

from __future__ import annotations

import httpx
import pytest
from fake_cvat import FakeCvat, json_response, settings

from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.errors import CVATConfigError, CVATConnectionError, CVATServerError
from fiftyone_cvat.cvat.settings import resolve_settings


class Clock:
    """A fake clock that only the client's sleeps move."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def _storm(answers: int, **headers: str) -> FakeCvat:
    """``GET /api/jobs`` answers 503 ``answers`` times, then 200."""
    left = [answers]

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path != "/api/jobs":
            return None
        if left[0] > 0:
            left[0] -= 1
            return json_response(503, {"detail": "busy"}, **headers)
        return json_response(200, {"ok": True})

    return FakeCvat(handler)


def _connect(fake: FakeCvat, clock: Clock, **overrides: object) -> Connection:
    values: dict[str, object] = {"retries": None, "retry_budget": 60.0, "backoff": 0.5}
    values.update(overrides)
    return Connection(
        settings(**values), transport=httpx.MockTransport(fake), sleep=clock.sleep, clock=clock
    )


def test_a_503_storm_longer_than_a_few_retries_is_outlived() -> None:
    clock = Clock()
    fake = _storm(20, **{"Retry-After": "1"})
    with _connect(fake, clock) as conn:
        assert conn.request_json("GET", "/api/jobs") == {"ok": True}
    assert len(fake.calls("GET", "/api/jobs")) == 21
    assert clock.slept == [1.0] * 20  # Retry-After, not the backoff


def test_backoff_doubles_up_to_its_cap_until_the_budget_is_spent() -> None:
    clock = Clock()
    fake = _storm(1000)
    with _connect(fake, clock, max_backoff=8.0) as conn, pytest.raises(CVATServerError):
        conn.request_json("GET", "/api/jobs")
    assert clock.slept[:6] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    # gave up when the next wait would not fit
    assert sum(clock.slept) <= 60.0 < sum(clock.slept) + 8.0


def test_retry_after_beyond_the_rest_of_the_budget_is_not_waited() -> None:
    clock = Clock()
    fake = _storm(1, **{"Retry-After": "61"})
    with _connect(fake, clock) as conn, pytest.raises(CVATServerError, match="busy"):
        conn.request_json("GET", "/api/jobs")
    assert clock.slept == []


@pytest.mark.parametrize(("budget", "reached"), [(60.0, True), (20.0, False)])
def test_connection_failures_are_retried_for_the_budget_too(budget: float, reached: bool) -> None:
    clock = Clock()
    failures = [httpx.ConnectError("refused")] * 6

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path != "/api/jobs":
            return None
        if failures:
            raise failures.pop()
        return json_response(200, {"ok": True})

    with _connect(FakeCvat(handler), clock, retry_budget=budget) as conn:
        if reached:
            assert conn.request_json("GET", "/api/jobs") == {"ok": True}
            assert clock.slept == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0]
        else:
            with pytest.raises(CVATConnectionError):
                conn.request_json("GET", "/api/jobs")
            assert clock.slept == [0.5, 1.0, 2.0, 4.0, 8.0]  # 16 more would pass 20 s


# --- where a user sets them ---------------------------------------------------------

CREDS = {"FIFTYONE_CVAT_USERNAME": "u", "FIFTYONE_CVAT_PASSWORD": "p"}


def test_budget_and_horizon_come_from_keyword_env_or_annotation_config() -> None:
    env = {**CREDS, "FIFTYONE_CVAT_RETRY_BUDGET": "300", "FIFTYONE_CVAT_STALL_HORIZON": "45"}
    s = resolve_settings(environ=env, interactive=False)
    assert (s.retry_budget, s.stall_horizon, s.write_horizon) == (300.0, 45.0, 45.0)
    cfg = {"retry_budget": 10, "stall_horizon": 5}
    s = resolve_settings(environ=CREDS, annotation_config=cfg, interactive=False, retry_budget=7)
    assert (s.retry_budget, s.stall_horizon) == (7.0, 5.0)
    s = resolve_settings(environ=CREDS, interactive=False, timeout=4)
    assert (s.retry_budget, s.write_horizon) == (120.0, 8.0)  # twice the request timeout


def test_a_budget_that_is_not_a_number_is_named_with_its_fix() -> None:
    env = {**CREDS, "FIFTYONE_CVAT_RETRY_BUDGET": "soon"}
    with pytest.raises(CVATConfigError, match="retry_budget must be a number of seconds"):
        resolve_settings(environ=env, interactive=False)
    with pytest.raises(CVATConfigError, match="stall_horizon must be >= 0"):
        resolve_settings(environ=CREDS, interactive=False, stall_horizon=-1)
