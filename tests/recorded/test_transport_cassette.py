"""The cassette machinery end to end, against a stub HTTP server on loopback.

Records a login, a paginated list and a multipart upload through vcrpy with
the project's filters into a temporary cassette, checks the cassette is
scrubbed, then replays it with the placeholder URL and no server. This
proves record/replay symmetry without needing CVAT (the real scenarios are
in test_recorded_transport.py).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import cassette_support as cs
import pytest
import vcr
from test_cassette_secrets import problems_in

from cvat_api.api.users import users_list
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.settings import ConnectionSettings
from fiftyone_cvat.cvat.upload import TaskDataParams, upload_media

PASSWORD = "stub-password-42"
KEY = "f00dfeedf00dfeedf00dfeedf00dfeed"


class Stub(BaseHTTPRequestHandler):
    base = ""

    def log_message(self, *args: Any) -> None:
        pass

    def _send(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        raw = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(raw)

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length", 0)))

    def do_GET(self) -> None:
        if self.path == "/api/server/about":
            self._send(
                200,
                {
                    "name": "CVAT",
                    "description": "",
                    "version": "2.73.0",
                    "logo_url": "",
                    "subtitle": "",
                },
            )
        elif self.path.startswith("/api/users"):
            page = 2 if "page=2" in self.path else 1
            nxt = f"{self.base}/api/users?page=2&page_size=1" if page == 1 else None
            user = {"id": page, "username": f"u{page}", "url": f"{self.base}/api/users/{page}"}
            self._send(200, {"count": 2, "next": nxt, "results": [user]})
        elif self.path == "/api/requests/rq-1":
            self._send(
                200,
                {
                    "id": "rq-1",
                    "status": "finished",
                    "created_date": "2026-01-01T00:00:00Z",
                    "operation": {"type": "create:task", "target": "task"},
                },
            )
        else:
            self._send(404, {"detail": "Not found."})

    def do_POST(self) -> None:
        body = self._body()
        if self.path == "/api/auth/login":
            assert json.loads(body)["password"] == PASSWORD
            self._send(200, {"key": KEY}, {"Set-Cookie": "sessionid=abcdefgh12345678; Path=/"})
        elif self.headers.get("Upload-Finish"):
            self._send(202, {"rq_id": "rq-1"})
        elif self.headers.get("Upload-Multiple") or self.headers.get("Upload-Start"):
            self._send(200 if self.headers.get("Upload-Multiple") else 202)
        else:
            self._send(404, {"detail": "Not found."})


@pytest.fixture
def stub_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    Stub.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Stub.base
    server.shutdown()
    server.server_close()


def scenario(url: str, files: list[Path]) -> tuple[list[int], str]:
    settings = ConnectionSettings(url=url, username="stub", password=PASSWORD, poll_period=0)
    with Connection(settings) as conn:
        ids = [user.id for user in conn.paginate(users_list.sync_detailed, page_size=1)]
        rq_id = upload_media(conn, 1, files, TaskDataParams())
        conn.wait_for_request(rq_id)
        return ids, conn.server_version


def test_record_then_replay_offline(
    stub_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cs.ENV_PASSWORD, PASSWORD)
    image = tmp_path / "a.jpg"
    image.write_bytes(b"\xff\xd8" + bytes(range(256)) * 4)
    cassette = tmp_path / "cassette.yaml"

    def use(url: str, mode: str) -> Any:
        config = {
            "before_record_request": cs.make_request_filter(url),
            "before_record_response": cs.make_response_filter(url),
            "filter_headers": list(cs.FILTERED_HEADERS),
            "decode_compressed_response": True,
            "match_on": cs.MATCH_ON,
            "record_mode": mode,
        }
        recorder = vcr.VCR()
        recorder.register_matcher("cvat_body", cs.match_body)
        return recorder.use_cassette(str(cassette), **config)

    with use(stub_url, "all"):
        recorded = scenario(stub_url, [image])
    text = cassette.read_text()
    assert stub_url not in text and cs.PLACEHOLDER_URL in text
    assert problems_in(cassette) == []
    assert PASSWORD not in text and KEY not in text

    monkeypatch.delenv(cs.ENV_PASSWORD)
    with use(cs.PLACEHOLDER_URL, "none") as played:
        replayed = scenario(cs.PLACEHOLDER_URL, [image])
        assert played.all_played
    assert replayed == recorded == ([1, 2], "2.73.0")
