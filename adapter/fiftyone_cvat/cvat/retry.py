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
* retries go on, with exponential backoff (``backoff`` doubling up to
  ``max_backoff``), for as long as the time budget (``budget`` seconds since the
  first attempt) lasts, and at most ``retries`` times when that is set: a storm
  of 503s is outlived instead of spending a fixed count in a few seconds;
* ``Retry-After`` (seconds or HTTP date) is honoured when it fits the rest of the
  budget; a longer demand is not waited for and the response is returned as is.

A write whose answer never came (a timeout or a reset after the request may have
been sent) may still be carried out later, after its retry: a request held by
the network lands when it lands. Each such attempt is written to the
:class:`WriteLedger`, so the caller can wait out the stall horizon before it
reports success (see :meth:`~fiftyone_cvat.cvat.connection.Connection.settle_writes`).
"""

from __future__ import annotations

import email.utils
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRY_STATUSES",
    "ReplayableStream",
    "RetryTransport",
    "UncertainWrite",
    "WriteLedger",
    "is_idempotent",
]

log = logging.getLogger(__name__)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
"""Reads: a late one changes nothing."""
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


@dataclass(frozen=True)
class UncertainWrite:
    """A write attempt whose answer never came: CVAT may carry it out later."""

    method: str
    path: str
    gave_up: float
    """``time.monotonic()`` when the client stopped waiting for the answer."""


class WriteLedger:
    """Every write attempt that may still land, in the order the client gave up on them.

    DELETEs are left out: a late delete removes what the client wanted removed. Reads
    are left out: a late read changes nothing.
    """

    def __init__(self) -> None:
        self._writes: list[UncertainWrite] = []
        self._lock = threading.Lock()

    def add(self, request: httpx.Request, gave_up: float) -> None:
        method = request.method.upper()
        if method in SAFE_METHODS or method == "DELETE":
            return
        with self._lock:
            self._writes.append(UncertainWrite(method, request.url.path, gave_up))

    def mark(self) -> int:
        """A position to ask :meth:`since` about later."""
        with self._lock:
            return len(self._writes)

    def since(self, mark: int = 0) -> list[UncertainWrite]:
        with self._lock:
            return self._writes[mark:]


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
        budget: float = 120.0,
        retries: int | None = None,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        ledger: WriteLedger | None = None,
    ) -> None:
        self.transport = transport
        self.budget = budget
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.sleep = sleep
        self.clock = clock
        self.ledger = ledger

    def _delay(self, attempt: int) -> float:
        return float(min(self.max_backoff, self.backoff * (2**attempt)))

    def _may_wait(self, attempt: int, delay: float, spent: float) -> bool:
        """Whether one more attempt after ``delay`` fits the count and the time budget."""
        if self.retries is not None and attempt >= self.retries:
            return False
        return spent + delay <= self.budget

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        idempotent = is_idempotent(request)
        start = self.clock()
        waited = 0.0  # counted apart from the clock, so an injected sleep spends budget too
        attempt = 0
        while True:
            try:
                response = self.transport.handle_request(request)
            except httpx.TransportError as exc:
                sent = not isinstance(exc, _NOT_SENT)
                if sent and self.ledger is not None:
                    self.ledger.add(request, self.clock())
                retryable = not sent or (idempotent and _replayable(request))
                delay = self._delay(attempt)
                spent = max(self.clock() - start, waited)
                if not retryable or not self._may_wait(attempt, delay, spent):
                    raise
                log.info(
                    "CVAT %s %s failed (%s); retry %d in %.1fs (%.0fs of %.0fs spent)",
                    request.method,
                    request.url.path,
                    type(exc).__name__,
                    attempt + 1,
                    delay,
                    spent,
                    self.budget,
                )
            else:
                status = response.status_code
                retryable = status in RETRY_STATUSES and (idempotent or _not_processed(response))
                if not retryable or not _replayable(request):
                    return response
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                delay = self._delay(attempt) if retry_after is None else retry_after
                spent = max(self.clock() - start, waited)
                if not self._may_wait(attempt, delay, spent):
                    return response
                response.close()
                log.info(
                    "CVAT %s %s answered %d; retry %d in %.1fs (%.0fs of %.0fs spent)",
                    request.method,
                    request.url.path,
                    status,
                    attempt + 1,
                    delay,
                    spent,
                    self.budget,
                )
            attempt += 1
            if delay > 0:
                self.sleep(delay)
                waited += delay

    def close(self) -> None:
        self.transport.close()
