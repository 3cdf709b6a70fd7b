"""A real S3 API on loopback for recording cloud-storage flows: moto's server.

Recording starts ``moto_server`` (``pip install "moto[server]"``) on 127.0.0.1 at a
fixed port (``FIFTYONE_CVAT_TEST_S3_PORT``, default 9547: the port is part of the
storage's ``endpoint_url`` CVAT stores, so replays must see the same one), fills a
bucket with deterministic JPEGs, and stops the server afterwards. Replaying starts
nothing: CVAT's answers are in the cassette, and no test reads the bucket itself.

The bucket is filled over plain HTTP before any cassette is open (moto accepts
unsigned requests), so none of it is recorded.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

BUCKET = "fiftyone-cvat-test"
DEFAULT_PORT = 9547
IMAGE_SIZES = ((64, 48), (80, 40), (48, 64), (100, 50))
"""(width, height) of ``imgs/im{i}.jpg``: distinct, so frame sizes from CVAT are checked."""
VIDEO_KEY = "videos/clip.mp4"
VIDEO_FRAMES = 8
VIDEO_SIZE = (96, 64)


@dataclass(frozen=True)
class S3Server:
    """Where the bucket is; ``endpoint_url`` is what CVAT's storage is given."""

    endpoint_url: str
    bucket: str
    keys: tuple[str, ...]

    def url(self, key: str) -> str:
        return f"s3://{self.bucket}/{key}"

    def storage_body(self, name: str) -> dict[str, object]:
        """``POST /api/cloudstorages`` for this bucket (moto takes any key pair)."""
        return {
            "provider_type": "AWS_S3_BUCKET",
            "resource": self.bucket,
            "display_name": name,
            "credentials_type": "KEY_SECRET_KEY_PAIR",
            "key": "testing",
            "secret_key": "testing",
            "specific_attributes": f"endpoint_url={self.endpoint_url}&region=us-east-1",
        }


def image_bytes(index: int) -> bytes:
    width, height = IMAGE_SIZES[index % len(IMAGE_SIZES)]
    pixels = np.full((height, width, 3), 30 + 50 * index % 200, dtype=np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, format="JPEG", quality=90)
    return out.getvalue()


def video_bytes() -> bytes:
    """A tiny MPEG-4 video made with OpenCV (no ffmpeg needed)."""
    import tempfile

    import cv2

    width, height = VIDEO_SIZE
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "clip.mp4"
        writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), 5, VIDEO_SIZE)
        for i in range(VIDEO_FRAMES):
            writer.write(np.full((height, width, 3), 25 * i % 255, dtype=np.uint8))
        writer.release()
        return path.read_bytes()


def _port() -> int:
    return int(os.environ.get("FIFTYONE_CVAT_TEST_S3_PORT", DEFAULT_PORT))


def _put(url: str, data: bytes = b"") -> None:
    # urllib's default form content type makes moto's server wait for a form body
    request = urllib.request.Request(
        url, data=data, method="PUT", headers={"Content-Type": "application/octet-stream"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        response.read()


def _wait_for(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"moto_server did not listen on 127.0.0.1:{port} within {timeout:g}s")


def serve(recording: bool, count: int = len(IMAGE_SIZES)) -> Iterator[S3Server]:
    """The bucket's server for the duration of a fixture: started only when recording."""
    port = _port()
    keys = tuple(f"imgs/im{i}.jpg" for i in range(count))
    server = S3Server(f"http://127.0.0.1:{port}", BUCKET, keys)
    if not recording:
        yield server
        return
    beside_python = Path(sys.executable).with_name("moto_server")
    executable = str(beside_python) if beside_python.exists() else shutil.which("moto_server")
    if executable is None:
        raise RuntimeError('recording needs moto\'s S3 server: pip install "moto[server]"')
    process = subprocess.Popen(
        [executable, "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _wait_for(port)
        _put(f"{server.endpoint_url}/{BUCKET}")
        for i, key in enumerate(keys):
            _put(f"{server.endpoint_url}/{BUCKET}/{key}", image_bytes(i))
        _put(f"{server.endpoint_url}/{BUCKET}/{VIDEO_KEY}", video_bytes())
        yield server
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
