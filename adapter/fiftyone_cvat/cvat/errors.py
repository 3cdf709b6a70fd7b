"""One exception hierarchy for everything that can go wrong talking to CVAT.

Callers (the FiftyOne backend, users' scripts) catch a few meaningful classes
instead of httpx exceptions, generated-client quirks and raw status codes.
Every HTTP error carries the method, path, status and the server's own message
so a failure can be acted on without re-running with debug logging. Messages
never contain credentials: anything that reaches an exception text goes
through :func:`redact` with the connection's secrets.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

import httpx

__all__ = [
    "CVATAuthError",
    "CVATConfigError",
    "CVATConnectionError",
    "CVATError",
    "CVATHTTPError",
    "CVATNotFoundError",
    "CVATPermissionError",
    "CVATRequestFailedError",
    "CVATServerError",
    "CVATTimeoutError",
    "error_from_response",
    "redact",
    "server_message",
]

_MAX_MESSAGE = 500
REDACTED = "<redacted>"


class CVATError(Exception):
    """Base class of every error raised by fiftyone_cvat's transport layer.

    ``method``/``path``/``status`` are ``None`` when the failure did not come
    from one HTTP exchange (e.g. a configuration problem).
    """

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        path: str | None = None,
        status: int | None = None,
        server_message: str | None = None,
    ) -> None:
        self.message = message
        self.method = method
        self.path = path
        self.status = status
        self.server_message = server_message
        super().__init__(self._render())

    def _render(self) -> str:
        where = f"{self.method} {self.path}" if self.method and self.path else None
        parts = [self.message]
        if where is not None:
            parts.append(f"[{where}" + (f" -> {self.status}]" if self.status else "]"))
        if self.server_message:
            parts.append(f"server said: {self.server_message}")
        return " ".join(parts)


class CVATConfigError(CVATError):
    """Settings are missing or inconsistent (e.g. no credentials and no terminal)."""


class CVATConnectionError(CVATError):
    """The server could not be reached (DNS, refused connection, TLS failure...)."""


class CVATTimeoutError(CVATError, TimeoutError):
    """A request, or a long-running server job we waited on, took too long."""


class CVATHTTPError(CVATError):
    """The server answered with a 4xx/5xx status not covered by a subclass (e.g. 400).

    ``response`` is the answer (as ``requests.HTTPError.response`` is, so scripts
    written for FiftyOne's built-in API can read ``e.response.status_code``).
    """

    response: httpx.Response | None = None


class CVATAuthError(CVATHTTPError):
    """Credentials were rejected (401, or a failed login)."""


class CVATPermissionError(CVATHTTPError):
    """Authenticated, but the account may not do this (403)."""


class CVATNotFoundError(CVATHTTPError):
    """The resource does not exist or is not visible to this account (404)."""


class CVATServerError(CVATHTTPError):
    """The server failed (5xx) even after the allowed retries."""


class CVATRequestFailedError(CVATError):
    """A long-running server request (``/api/requests/{rq_id}``) ended as failed.

    ``rq_id`` identifies the request; ``server_message`` holds CVAT's failure
    text (often a Python traceback tail from the worker).
    """

    def __init__(self, message: str, *, rq_id: str, server_message: str | None = None) -> None:
        self.rq_id = rq_id
        super().__init__(
            message,
            method="GET",
            path=f"/api/requests/{rq_id}",
            server_message=server_message,
        )


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """Replace every occurrence of each secret (longest first) in ``text``."""
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def _flatten(value: object, prefix: str = "") -> list[str]:
    """Flatten DRF error payloads ({"field": ["msg"]}, ["msg"], "msg") into lines."""
    if isinstance(value, dict):
        if set(value) == {"detail"} or (prefix == "" and "detail" in value):
            return _flatten(value["detail"], prefix)
        out: list[str] = []
        for key, item in value.items():
            label = str(key) if key != "non_field_errors" else ""
            out.extend(_flatten(item, f"{prefix}{label}: " if label else prefix))
        return out
    if isinstance(value, list):
        return [line for item in value for line in _flatten(item, prefix)]
    return [f"{prefix}{value}"]


def server_message(content: bytes, content_type: str | None = None) -> str | None:
    """The server's human-readable error text from a response body, shortened.

    CVAT answers errors as DRF JSON ({"detail": ...} or field -> messages), as
    plain text, or (from a proxy) as HTML; each is reduced to one line.
    """
    if not content:
        return None
    text = content.decode("utf-8", errors="replace")
    if content_type is None or "json" in content_type or text.lstrip()[:1] in "{[":
        try:
            payload = json.loads(text)
        except ValueError:
            pass
        else:
            text = "; ".join(_flatten(payload))
    if content_type and "html" in content_type:
        text = _TAG.sub(" ", text)
    text = _SPACE.sub(" ", text).strip()
    if len(text) > _MAX_MESSAGE:
        text = text[: _MAX_MESSAGE - 3] + "..."
    return text or None


_STATUS_CLASSES: dict[int, type[CVATHTTPError]] = {
    401: CVATAuthError,
    403: CVATPermissionError,
    404: CVATNotFoundError,
}

_STATUS_TEXT = {
    401: "authentication failed",
    403: "permission denied",
    404: "not found",
}


def error_from_response(
    response: httpx.Response, secrets: Iterable[str | None] = ()
) -> CVATHTTPError:
    """Map a non-2xx response to our exception; the body must already be read."""
    status = response.status_code
    cls = _STATUS_CLASSES.get(status)
    if cls is None:
        cls = CVATServerError if status >= 500 else CVATHTTPError
    text = _STATUS_TEXT.get(status, "server error" if status >= 500 else "request rejected")
    secrets = list(secrets)
    message = server_message(response.content, response.headers.get("content-type"))
    request = response.request
    error = cls(
        f"CVAT {text}",
        method=request.method,
        path=redact(request.url.path, secrets),
        status=status,
        server_message=redact(message, secrets) if message else None,
    )
    error.response = response
    return error
