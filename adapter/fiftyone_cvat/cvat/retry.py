"""Retries with backoff, as an httpx transport wrapper.

Retrying below the client (instead of around each call) covers generated
operations, raw JSON calls and uploads alike, and keeps vcrpy (which patches
``httpx.HTTPTransport``) recording exactly what went over the wire.

Rules, chosen so a retry can never apply a write twice:

* connection failures before anything was sent (connect error/timeout) are
  retried for every method;
* other transport errors, and 502/503/504, only for idempotent methods
  (GET, HEAD, OPTIONS, PUT, DELETE, and a PATCH of an object's own fields such
  as ``/api/jobs/7``, which sets values, never a PATCH of annotations; and the
  login POST);
* 429, and 503 with ``Retry-After``, for every method: the server says it did
  not process the request and when to come back;
* ``Retry-After`` (seconds or HTTP date) is honoured up to ``max_backoff``;
  a longer demand is not waited for and the response is returned as is.
"""

from __future__ import annotations

import email.utils
import logging
import re
import time
from collections.abc import Callable
from datetime import datetime, timezone

import httpx

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRY_STATUSES",
    "ReplayableStream",
    "RetryTransport",
    "is_idempotent",
]

log = logging.getLogger(__name__)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout)
_OBJECT_PATH = re.compile(r"/api/(?:projects|tasks|jobs|labels)/\d+/?")


def is_idempotent(request: httpx.Request) -> bool:
    """Whether sending ``request`` twice has the effect of sending it once."""
    method = request.method.upper()
    if method in IDEMPOTENT_METHODS:
        return True
    if method == "POST":
        return request.url.path.rstrip("/") == "/api/auth/login"  # a second login is harmless
    return method == "PATCH" and _OBJECT_PATH.fullmatch(request.url.path) is not None


def _not_processed(response: httpx.Response) -> bool:
    """The server refused to process the request now (and said when to retry)."""
    status = response.status_code
    return status == 429 or (status == 503 and "retry-after" in response.headers)


class ReplayableStream(httpx.SyncByteStream):
    """Marker base for request bodies that can be iterated again on a retry."""


def _replayable(request: httpx.Request) -> bool:
    stream = request.stream
    # httpx wraps an iterable ``content=`` in its IteratorByteStream, which iterates
    # the wrapped object again on a retry (unless it is a generator)
    inner = getattr(stream, "_stream", None)
    return isinstance(stream, (httpx.ByteStream, ReplayableStream)) or isinstance(
        inner, ReplayableStream
    )


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header, or None if absent/invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    current = datetime.now(timezone.utc).timestamp() if now is None else now
    return max(0.0, when.timestamp() - current)


class RetryTransport(httpx.BaseTransport):
    """Wraps another transport and retries what is safe to retry (see module doc)."""

    def __init__(
        self,
        transport: httpx.BaseTransport,
        *,
        retries: int = 3,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.transport = transport
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.sleep = sleep

    def _delay(self, attempt: int) -> float:
        return float(min(self.max_backoff, self.backoff * (2**attempt)))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        idempotent = is_idempotent(request)
        attempt = 0
        while True:
            try:
                response = self.transport.handle_request(request)
            except httpx.TransportError as exc:
                retryable = isinstance(exc, _NOT_SENT) or (idempotent and _replayable(request))
                if not retryable or attempt >= self.retries:
                    raise
                delay = self._delay(attempt)
                log.info(
                    "CVAT %s %s failed (%s); retry %d/%d in %.1fs",
                    request.method,
                    request.url.path,
                    type(exc).__name__,
                    attempt + 1,
                    self.retries,
                    delay,
                )
            else:
                status = response.status_code
                retryable = status in RETRY_STATUSES and (idempotent or _not_processed(response))
                if not retryable or attempt >= self.retries or not _replayable(request):
                    return response
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                if retry_after is not None and retry_after > self.max_backoff:
                    return response
                delay = self._delay(attempt) if retry_after is None else retry_after
                response.close()
                log.info(
                    "CVAT %s %s answered %d; retry %d/%d in %.1fs",
                    request.method,
                    request.url.path,
                    status,
                    attempt + 1,
                    self.retries,
                    delay,
                )
            attempt += 1
            if delay > 0:
                self.sleep(delay)

    def close(self) -> None:
        self.transport.close()
