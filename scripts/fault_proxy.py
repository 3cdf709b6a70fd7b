"""A loopback HTTP proxy that injects faults in front of a CVAT server (for bench_faults).

On a chosen share of requests it answers 503 with ``Retry-After`` itself, resets
the connection before the request reaches the server, resets it after the
server has answered (the client never hears that the request was carried out),
or stalls longer than the client's timeout before passing the request on (the
server carries it out, the client has given up). Everything else is passed
through unchanged. Bound to 127.0.0.1 only; started and stopped by its owner.
"""

from __future__ import annotations

import http.client
import random
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

FAULTS = ("503", "reset_before", "reset_after", "stall")
SPARED = ("/api/server/about",)
"""Never faulted: the version probe runs before anything, as a harness precondition."""

_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-connection",
    "transfer-encoding",
    "upgrade",
    "te",
    "trailer",
}


@dataclass
class FaultMix:
    """Which share of requests gets which fault (shares add up to at most 1)."""

    name: str
    shares: dict[str, float]
    stall_seconds: float = 0.0

    def pick(self, rng: random.Random) -> str | None:
        roll = rng.random()
        for fault, share in self.shares.items():
            if roll < share:
                return fault
            roll -= share
        return None


@dataclass
class ProxyStats:
    requests: int = 0
    faults: Counter[str] = field(default_factory=Counter)

    @property
    def injected(self) -> int:
        return sum(self.faults.values())


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up on a stalled request closed its socket: expected


class FaultProxy:
    """``with FaultProxy(upstream, mix, seed) as proxy: proxy.url``."""

    def __init__(self, upstream: str, mix: FaultMix, seed: int = 0) -> None:
        parts = urlsplit(upstream)
        if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError(f"upstream must be a loopback CVAT, got {upstream}")
        self.upstream = (parts.hostname, parts.port or 80)
        self.mix = mix
        self.rng = random.Random(seed)
        self.stats = ProxyStats()
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def _decide(self, path: str) -> str | None:
        with self._lock:
            self.stats.requests += 1
            if path.startswith(SPARED):
                return None
            fault = self.mix.pick(self.rng)
            if fault is not None:
                self.stats.faults[fault] += 1
            return fault

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def _body(self) -> bytes:
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    chunks: list[bytes] = []
                    while True:
                        size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                        if size == 0:
                            self.rfile.readline()
                            return b"".join(chunks)
                        chunks.append(self.rfile.read(size))
                        self.rfile.readline()
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def _reset(self) -> None:
                """Close with RST: the client sees the connection reset, no answer."""
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.close_connection = True
                self.connection.close()

            def _forward(self, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
                conn = http.client.HTTPConnection(*proxy.upstream, timeout=600)
                try:
                    headers = {
                        k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP
                    }
                    headers["Host"] = f"{proxy.upstream[0]}:{proxy.upstream[1]}"
                    headers["Content-Length"] = str(len(body))
                    conn.request(self.command, self.path, body=body, headers=headers)
                    response = conn.getresponse()
                    data = response.read()
                    return response.status, response.getheaders(), data
                finally:
                    conn.close()

            def _handle(self) -> None:
                body = self._body()
                fault = proxy._decide(self.path)
                if fault == "503":
                    payload = b'{"detail": "injected by fault_proxy"}'
                    self.send_response(503)
                    self.send_header("Retry-After", "1")
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                if fault == "reset_before":
                    self._reset()
                    return
                if fault == "stall":
                    time.sleep(proxy.mix.stall_seconds)
                status, headers, data = self._forward(body)
                if fault in ("reset_after", "stall"):
                    self._reset()
                    return
                self.send_response(status)
                for key, value in headers:
                    if key.lower() not in _HOP_BY_HOP and key.lower() != "content-length":
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

        return Handler
