"""No cassette may contain a credential.

Scans every recorded file under ``cassettes/`` (headers and bodies, decoded)
for auth headers, session/CSRF cookies, passwords, unredacted login keys and
access-token values, and the recording accounts' literal passwords when
they are in the environment. The scrubbing filters themselves are unit-tested
below on synthetic requests so a broken filter fails before a recording.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import cassette_support as cs
import pytest
import yaml
from vcr.request import Request

CASSETTES = sorted(cs.CASSETTE_DIR.rglob("*.yaml"))


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return "" if value is None else str(value)


def _lines(headers: dict[str, Any]) -> list[str]:
    out = []
    for name, values in (headers or {}).items():
        for value in values if isinstance(values, list) else [values]:
            out.append(f"{name}: {_text(value)}")
    return out


def problems_in(path: Path) -> list[str]:
    """Every secret-looking thing in one cassette, as human-readable findings."""
    raw = path.read_text(encoding="utf-8")
    document = yaml.load(raw, Loader=yaml.Loader)  # cassettes use !!binary/!!python tags
    found: list[str] = []
    texts: list[tuple[str, str]] = [("file", raw)]
    for i, interaction in enumerate(document.get("interactions", [])):
        request, response = interaction["request"], interaction["response"]
        where = f"#{i} {request.get('method')} {request.get('uri')}"
        texts += [(where, line) for line in _lines(request.get("headers", {}))]
        texts += [(where, line) for line in _lines(response.get("headers", {}))]
        texts.append((where, _text(request.get("body"))))
        body = _text((response.get("body") or {}).get("string"))
        texts.append((where, body))
        login = "/api/auth/login" in request.get("uri", "")
        if login and _text(request.get("body")) not in ("", cs.LOGIN_BODY.decode()):
            found.append(f"{where}: login request body kept")
        try:
            payload = json.loads(body)
        except ValueError:
            payload = None
        if isinstance(payload, dict):
            if set(payload) == {"key"} and payload["key"] != cs.REDACTED:
                found.append(f"{where}: login key kept")
            if "value" in payload and "read_only" in payload and payload["value"] != cs.REDACTED:
                found.append(f"{where}: access token value kept")
    for where, text in texts:
        for pattern in cs.SECRET_PATTERNS:
            match = pattern.search(text)
            if match:
                found.append(f"{where}: matches {pattern.pattern!r}: {match.group(0)[:40]}...")
        for secret in cs.recording_secrets():
            if secret in text:
                found.append(f"{where}: contains a recording account's password")
    return found


@pytest.mark.parametrize(
    "path", CASSETTES, ids=[p.relative_to(cs.CASSETTE_DIR).as_posix() for p in CASSETTES]
)
def test_cassette_has_no_secret(path: Path) -> None:
    assert problems_in(path) == []


@pytest.mark.parametrize(
    "sample",
    [
        "Authorization: Token 0123456789abcdef",
        "authorization: ['Bearer abc.def-ghi']",
        "Authorization: Basic YWRtaW46cGFzcw==",
        "Cookie: sessionid=abcd1234efgh; csrftoken=zz",
        "Set-Cookie: csrftoken=AbCdEf123456; Path=/",
        "X-CSRFToken: 0123456789abcdef0123",
        '{"username": "admin", "password": "hunter2"}',
    ],
)
def test_patterns_catch_secrets(sample: str) -> None:
    assert any(p.search(sample) for p in cs.SECRET_PATTERNS)


@pytest.mark.parametrize(
    "sample",
    [
        "Authorization: <redacted>",
        '{"detail": "Authentication credentials were not provided."}',
        '{"password": ""}',
        "X-CSRFToken: short",
    ],
)
def test_patterns_spare_harmless_text(sample: str) -> None:
    assert not any(p.search(sample) for p in cs.SECRET_PATTERNS)


REAL = "http://127.0.0.1:8080"


def test_request_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cs.ENV_PASSWORD, "env-password-123")
    scrub = cs.make_request_filter(REAL)
    login = Request(
        "POST",
        REAL + "/api/auth/login",
        b'{"username": "admin", "password": "env-password-123"}',
        {"Content-Type": "application/json", "Cookie": "sessionid=abcdefgh1234"},
    )
    out = scrub(login)
    assert out.uri == cs.PLACEHOLDER_URL + "/api/auth/login"
    assert out.body == cs.LOGIN_BODY
    assert "Cookie" not in out.headers
    assert login.body != cs.LOGIN_BODY  # the live request is untouched

    boundary = "xyz"
    multipart = (
        b'--xyz\r\nContent-Disposition: form-data; name="client_files[0]"; filename="a.jpg"\r\n'
        b"Content-Type: image/jpeg\r\n\r\n\xff\xd8binary\r\n--xyz--\r\n"
    )
    upload = Request(
        "POST",
        REAL + "/api/tasks/1/data/",
        multipart,
        {"Content-Type": f"multipart/form-data; boundary={boundary}", "Authorization": "Token abc"},
    )
    out = scrub(upload)
    assert b"binary" not in out.body and cs.FILE_OMITTED in out.body
    assert b'name="client_files[0]"; filename="a.jpg"' in out.body
    assert "Authorization" not in out.headers

    chunk = Request(
        "PATCH",
        REAL + "/api/tasks/1/data/abc",
        b"\x00" * 100,
        {"Content-Type": "application/offset+octet-stream"},
    )
    assert scrub(chunk).body == cs.CHUNK_OMITTED


def test_response_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cs.ENV_PASSWORD, "env-password-123")
    scrub = cs.make_response_filter(REAL)

    def response(body: dict[str, Any], **headers: str) -> dict[str, Any]:
        raw = json.dumps(body).encode()
        hdrs = {"Content-Type": ["application/json"], "Content-Length": [str(len(raw))]}
        hdrs.update({k: [v] for k, v in headers.items()})
        return {"status": {"code": 200, "message": "OK"}, "headers": hdrs, "body": {"string": raw}}

    out = scrub(response({"key": "abcdef0123456789"}, **{"Set-Cookie": "sessionid=abcdefgh1234"}))
    assert json.loads(out["body"]["string"]) == {"key": cs.REDACTED}
    assert "Set-Cookie" not in out["headers"]
    assert out["headers"]["Content-Length"] == [str(len(out["body"]["string"]))]

    token = {"id": 3, "value": "pat_ABCDEF", "read_only": False, "owner": {"id": 1}}
    out = scrub(response(token))
    assert json.loads(out["body"]["string"])["value"] == cs.REDACTED

    page = {"next": REAL + "/api/jobs?page=2", "message": "bad env-password-123"}
    out = scrub(response(page, Location=REAL + "/api/tasks/1/data/x"))
    body = json.loads(out["body"]["string"])
    assert body["next"] == cs.PLACEHOLDER_URL + "/api/jobs?page=2"
    assert "env-password-123" not in body["message"]
    assert out["headers"]["Location"] == [cs.PLACEHOLDER_URL + "/api/tasks/1/data/x"]

    # Ordinary attribute values named "value" survive (only token-shaped dicts change).
    shape = {"attributes": [{"spec_id": 1, "value": "fiat"}]}
    assert json.loads(scrub(response(shape))["body"]["string"]) == shape


def test_body_matcher_compares_json_as_documents() -> None:
    a = Request("PUT", "http://x/a", b'{"a": 1, "b": [1, 2]}', {})
    b = Request("PUT", "http://x/a", b'{"b":[1,2],"a":1}', {})
    c = Request("PUT", "http://x/a", b'{"a": 2}', {})
    cs.match_body(a, b)
    with pytest.raises(AssertionError):
        cs.match_body(a, c)
    with pytest.raises(AssertionError):
        cs.match_body(
            Request("POST", "http://x", b"abc", {}), Request("POST", "http://x", b"abd", {})
        )
