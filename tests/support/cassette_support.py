"""Shared vcrpy machinery for tests recorded against a real CVAT server.

Recording (``pytest --record-mode=rewrite``) talks to ``FIFTYONE_CVAT_URL``;
replaying (the default, ``--record-mode=none``) needs no server and no
environment variable. The two meet on a fixed placeholder host: every
recorded URL (request URIs, response bodies and headers such as tus
``Location``) has the real server root rewritten to :data:`PLACEHOLDER_URL`,
and replayed tests connect to the placeholder. Because vcrpy runs
``before_record_request`` on live requests too before matching, the same
scrubbing makes recorded and replayed requests compare equal.

Secrets are removed before anything is written: auth headers, cookies, the
login request body, the login ``key`` and access-token ``value`` in
responses, and any literal credential from the recording environment.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
CASSETTE_DIR = ROOT / "cassettes"

PLACEHOLDER_URL = "http://cvat.test"
"""Server root stored in cassettes (``.test`` is reserved and never resolves)."""

REDACTED = "<redacted>"
LOGIN_BODY = b"<login request body removed>"
FILE_OMITTED = b"<file content omitted>"
CHUNK_OMITTED = b"<tus chunk omitted>"

FILTERED_HEADERS = ("authorization", "cookie", "x-csrftoken", "set-cookie", "proxy-authorization")

# Environment variables read when recording.
ENV_URL = "FIFTYONE_CVAT_URL"
ENV_USERNAME = "FIFTYONE_CVAT_USERNAME"
ENV_PASSWORD = "FIFTYONE_CVAT_PASSWORD"
ENV_USERS = {  # role -> (username variable, password variable, default username)
    "user1": ("FIFTYONE_CVAT_TEST_USER1", "FIFTYONE_CVAT_TEST_USER1_PASSWORD", "user1"),
    "user2": ("FIFTYONE_CVAT_TEST_USER2", "FIFTYONE_CVAT_TEST_USER2_PASSWORD", "user2"),
}

# What every cassette is checked against (tests/recorded/test_cassette_secrets.py).
SECRET_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"authorization['\"]?\s*[:=]\s*\[?\s*['\"]?(token|bearer|basic)\s+[^\s'\"<]+",
        r"sessionid=[A-Za-z0-9]{8,}",
        r"csrftoken=[A-Za-z0-9]{8,}",
        r"x-csrftoken['\"]?\s*[:=]\s*\[?\s*['\"]?[^\s'\"\]]{16,}",
        r"\"password\"\s*:\s*\"[^\"]+\"",
    )
)


def is_recording(record_mode: str) -> bool:
    return record_mode != "none"


@dataclass(frozen=True)
class Account:
    """Credentials for one test account; placeholders when replaying."""

    username: str
    password: str = ""

    def __repr__(self) -> str:  # never show the password
        return f"Account({self.username!r})"


def server_url(record_mode: str) -> str:
    """The real server when recording, the placeholder when replaying."""
    if not is_recording(record_mode):
        return PLACEHOLDER_URL
    url = os.environ.get(ENV_URL)
    if not url:
        raise RuntimeError(f"recording needs {ENV_URL} (and credentials), see README")
    return url.rstrip("/")


def admin_account(record_mode: str) -> Account:
    if not is_recording(record_mode):
        return Account("recorded-admin", "recorded-password")
    try:
        return Account(os.environ[ENV_USERNAME], os.environ[ENV_PASSWORD])
    except KeyError as exc:
        raise RuntimeError(f"recording needs {exc.args[0]}") from None


def test_account(role: str, record_mode: str) -> Account:
    """An ordinary (non-admin) account; its username must be the same at replay."""
    user_var, password_var, default = ENV_USERS[role]
    username = os.environ.get(user_var, default) if is_recording(record_mode) else default
    if not is_recording(record_mode):
        return Account(username, "recorded-password")
    password = os.environ.get(password_var)
    if not password:
        raise RuntimeError(f"recording needs {password_var}")
    return Account(username, password)


def recording_secrets() -> list[str]:
    """Literal credentials in the environment (recording time); scrubbed anywhere."""
    names = [ENV_PASSWORD, "FIFTYONE_CVAT_ACCESS_TOKEN"] + [v[1] for v in ENV_USERS.values()]
    return [os.environ[n] for n in names if len(os.environ.get(n, "")) >= 4]


# --------------------------------------------------------------------------
# Scrubbing
# --------------------------------------------------------------------------


def _replace_all(data: bytes, pairs: Iterable[tuple[str, str]]) -> bytes:
    for old, new in pairs:
        if old and old != new:
            data = data.replace(old.encode(), new.encode())
    return data


def _scrub_multipart(body: bytes, content_type: str) -> bytes:
    """Keep a multipart body's structure and form fields; drop file contents."""
    match = re.search(r"boundary=\"?([^\";]+)\"?", content_type)
    if not match:
        return body
    delimiter = b"--" + match.group(1).encode()
    parts = body.split(delimiter)
    out = []
    for part in parts:
        head, sep, _rest = part.partition(b"\r\n\r\n")
        if sep and b"filename=" in head:
            part = head + sep + FILE_OMITTED + b"\r\n"
        out.append(part)
    return delimiter.join(out)


def multipart_parts(body: bytes, content_type: str) -> list[tuple[str, str | None, bytes]]:
    """A whole multipart body's parts, in order: (field name, file name or None, payload)."""
    match = re.search(r"boundary=\"?([^\";]+)\"?", content_type)
    assert match, content_type
    parts = body.split(b"--" + match.group(1).encode())
    assert parts[0] == b"" and parts[-1] == b"--\r\n", "not a whole multipart body"
    out = []
    for part in parts[1:-1]:
        head, _, payload = part[2:].partition(b"\r\n\r\n")
        name = re.search(rb'name="([^"]*)"', head)
        assert name, head
        filename = re.search(rb'filename="([^"]+)"', head)
        out.append((name.group(1).decode(), filename and filename.group(1).decode(), payload[:-2]))
    return out


def form_fields(body: bytes, content_type: str) -> list[tuple[str, str]]:
    """The plain (non-file) fields of a multipart body, in order."""
    return [(n, p.decode()) for n, f, p in multipart_parts(body, content_type) if f is None]


def _header(headers: Mapping[str, Any], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name:
            return value[0] if isinstance(value, list) else str(value)
    return ""


def _body_bytes(request: Any) -> bytes:
    """A recorded request's body as bytes: vcrpy hands a file-like body (boto3's
    PUTs) back as a fresh ``BytesIO`` on every read of ``.body``."""
    body = request.body_bytes if hasattr(request, "body_bytes") else request.body
    if isinstance(body, str):
        return body.encode()
    return body or b""


def make_request_filter(real_url: str) -> Any:
    """vcrpy ``before_record_request``: placeholder host, no secrets, small bodies."""
    secrets = recording_secrets()

    def before_record_request(request: Any) -> Any:
        request = copy.deepcopy(request)
        if real_url != PLACEHOLDER_URL and request.uri.startswith(real_url):
            request.uri = PLACEHOLDER_URL + request.uri[len(real_url) :]
        for name in list(request.headers):
            if name.lower() in FILTERED_HEADERS:
                del request.headers[name]
            elif name.lower() == "host":  # the recording server's address, like the URI
                request.headers[name] = urlsplit(PLACEHOLDER_URL).netloc
        body = _body_bytes(request)
        if body:
            content_type = _header(request.headers, "content-type").lower()
            if request.path.rstrip("/").endswith("/api/auth/login"):
                body = LOGIN_BODY
            elif content_type.startswith("multipart/form-data"):
                body = _scrub_multipart(body, content_type)
            elif content_type.startswith("application/offset+octet-stream"):
                body = CHUNK_OMITTED
            body = _replace_all(body, [(s, REDACTED) for s in secrets])
            request.body = body
        return request

    return before_record_request


def _scrub_json(value: Any) -> Any:
    """Replace login keys and access-token values in a decoded JSON document."""
    if isinstance(value, dict):
        out = {k: _scrub_json(v) for k, v in value.items()}
        if set(out) == {"key"}:  # POST /api/auth/login -> {"key": ...}
            out["key"] = REDACTED
        if "value" in out and "read_only" in out and "owner" in out:  # access token
            out["value"] = REDACTED
        for field in ("password", "password1", "password2", "token"):
            if field in out:
                out[field] = REDACTED
        return out
    if isinstance(value, list):
        return [_scrub_json(v) for v in value]
    return value


def make_response_filter(real_url: str) -> Any:
    """vcrpy ``before_record_response``: the same host rewrite and secret removal."""
    secrets = recording_secrets()
    pairs = [(real_url, PLACEHOLDER_URL), *((s, REDACTED) for s in secrets)]

    def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
        response = copy.deepcopy(response)
        headers = {
            name: [_replace_all(v.encode(), pairs).decode() for v in values]
            for name, values in response["headers"].items()
            if name.lower() not in FILTERED_HEADERS
        }
        response["headers"] = headers
        body = response["body"]["string"]
        if isinstance(body, str):
            body = body.encode()
        if body:
            content_type = _header(headers, "content-type").lower()
            if "json" in content_type:
                try:
                    document = json.loads(body)
                except ValueError:
                    pass
                else:
                    body = json.dumps(_scrub_json(document), separators=(",", ":")).encode()
            body = _replace_all(body, pairs)
            if any(n.lower() == "content-length" for n in headers):
                for n in headers:
                    if n.lower() == "content-length":
                        headers[n] = [str(len(body))]
        response["body"]["string"] = body
        return response

    return before_record_response


# --------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------


def match_body(r1: Any, r2: Any) -> None:
    """vcrpy matcher: JSON bodies compare as documents, others byte for byte.

    Raises AssertionError on mismatch (vcrpy's matcher protocol).
    """
    b1, b2 = _body_bytes(r1), _body_bytes(r2)
    if b1 == b2:
        return
    try:
        assert json.loads(b1) == json.loads(b2), "JSON bodies differ"
    except ValueError:
        raise AssertionError("bodies differ") from None


MATCH_ON = ("method", "scheme", "host", "port", "path", "query", "cvat_body")


def vcr_config(record_mode: str) -> dict[str, Any]:
    """The ``vcr_config`` used by every recorded test."""
    real = server_url(record_mode)
    return {
        "filter_headers": list(FILTERED_HEADERS),
        "before_record_request": make_request_filter(real),
        "before_record_response": make_response_filter(real),
        "decode_compressed_response": True,
        "match_on": MATCH_ON,
        # Loopback stays reachable under --block-network (FiftyOne's database);
        # replayed requests never reach a socket (the placeholder host is fake).
        "allowed_hosts": ["127.0.0.1", "localhost", "::1"],
    }
