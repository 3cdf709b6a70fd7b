"""CVAT's media upload protocol for ``POST /api/tasks/{id}/data/``, hand-written.

The generated ``DataRequest`` sends repeated ``client_files`` parts, but CVAT
only reads indexed keys ``client_files[0]``, ``client_files[1]``, ... and
large files must go through its tus endpoint. So the upload is done here on
the connection's shared httpx client:

1. ``Upload-Start``;
2. small files in ``Upload-Multiple`` multipart requests of at most
   ``batch_bytes`` each;
3. files above ``chunk_threshold`` through tus (``Upload-Length`` POST, then
   ``PATCH`` chunks to the returned ``Location``; a failed chunk resumes from
   the server's ``Upload-Offset``);
4. ``Upload-Finish`` with the task data parameters as JSON, which returns the
   ``rq_id`` to wait on (:meth:`Connection.wait_for_request`).

When every file is small and they fit in one batch, the three steps are one
request instead (``Upload-Start`` and ``Upload-Finish`` together, the files and
the parameters as form fields: CVAT's one-request upload since 2.17), which
saves two round trips per task.

An upload whose answer was lost is not blindly sent again (CVAT appends re-sent
parts): :func:`upload_state` asks CVAT what it kept. CVAT names a task's import
request after the task, so an upload that landed is found and its import adopted;
a task that holds no data yet takes the upload again; only a half-kept upload
(some batches of several) makes the task start over.

Bodies are streamed from disk (one read buffer per file, one tus chunk at a
time) and the multipart boundary is fixed, so recorded bodies replay.
"""

from __future__ import annotations

import base64
import functools
import mimetypes
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.errors import (
    CVATConnectionError,
    CVATError,
    CVATServerError,
    CVATTimeoutError,
)
from fiftyone_cvat.cvat.retry import ReplayableStream
from fiftyone_cvat.domain.planning.task_data import TaskDataParams
from fiftyone_cvat.domain.progress import NULL_PROGRESS, ProgressReporter

__all__ = [
    "BOUNDARY",
    "DEFAULT_BATCH_BYTES",
    "DEFAULT_CHUNK_THRESHOLD",
    "DEFAULT_TUS_CHUNK_SIZE",
    "MultipartBody",
    "TaskDataParams",
    "UploadState",
    "import_request_id",
    "upload_media",
    "upload_state",
]

BOUNDARY = "fiftyone-cvat-7d3c1a59e2b84f06"
"""Fixed multipart boundary: deterministic bodies make cassettes replayable."""

DEFAULT_CHUNK_THRESHOLD = 8 * 1024 * 1024
DEFAULT_BATCH_BYTES = 32 * 1024 * 1024
DEFAULT_TUS_CHUNK_SIZE = 2 * 1024 * 1024
"""CVAT reads a tus chunk into memory (Django's body size limit applies); 2 MiB is safe."""

_READ_SIZE = 64 * 1024
TUS_VERSION = "1.0.0"


class _Tracker:
    """Thread-safe cumulative byte counter feeding the caller's reporter (file bytes)."""

    def __init__(self, total: int, reporter: ProgressReporter) -> None:
        self.total = total
        self.sent = 0
        self._reporter = reporter
        self._lock = threading.Lock()

    def add(self, n: int) -> None:
        if n == 0:
            return
        with self._lock:
            self.sent += n
            sent = self.sent
        self._reporter.report(sent)


@dataclass(frozen=True)
class _File:
    path: Path
    name: str
    size: int
    content_type: str


def _quote(value: str) -> str:
    """Escape a form-data parameter value the way browsers do (HTML spec)."""
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


class MultipartBody(ReplayableStream):
    """``multipart/form-data`` streamed from disk with a fixed boundary.

    Re-iterable (a retry sends it again); the content length is known up
    front so no chunked transfer encoding is needed.
    """

    def __init__(
        self,
        files: Sequence[tuple[str, _File]],
        *,
        boundary: str = BOUNDARY,
        tracker: _Tracker | None = None,
        fields: Mapping[str, str] | Sequence[tuple[str, str]] | None = None,
    ) -> None:
        self.boundary = boundary
        self._files = list(files)
        self._fields = b"".join(
            (
                f"--{boundary}\r\n"
                f'Content-Disposition: form-data; name="{_quote(name)}"\r\n\r\n{value}\r\n'
            ).encode()
            for name, value in (fields.items() if isinstance(fields, Mapping) else fields or ())
        )
        self._tracker = tracker
        self._reported = 0
        self._heads = [
            (
                f"--{boundary}\r\n"
                f'Content-Disposition: form-data; name="{_quote(key)}"; '
                f'filename="{_quote(f.name)}"\r\n'
                f"Content-Type: {f.content_type}\r\n\r\n"
            ).encode()
            for key, f in self._files
        ]
        self._tail = f"--{boundary}--\r\n".encode()

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    @property
    def content_length(self) -> int:
        return (
            len(self._fields)
            + sum(len(h) + f.size + 2 for h, (_, f) in zip(self._heads, self._files, strict=True))
            + len(self._tail)
        )

    def _report(self, n: int) -> None:
        self._reported += n
        if self._tracker is not None:
            self._tracker.add(n)

    def __iter__(self) -> Iterator[bytes]:
        if self._reported:  # a retry: take back what the failed attempt counted
            self._report(-self._reported)
        if self._fields:
            yield self._fields
        for head, (_, f) in zip(self._heads, self._files, strict=True):
            yield head
            with f.path.open("rb") as handle:
                remaining = f.size
                while remaining > 0:
                    chunk = handle.read(min(_READ_SIZE, remaining))
                    if not chunk:
                        raise CVATError(f"{f.path} shrank while it was being uploaded")
                    remaining -= len(chunk)
                    self._report(len(chunk))
                    yield chunk
            yield b"\r\n"
        yield self._tail


def _collect(files: Sequence[Path | str], names: Sequence[str] | None) -> list[_File]:
    paths = [Path(f) for f in files]
    if names is None:
        names = [p.name for p in paths]
    elif len(names) != len(paths):
        raise ValueError(f"got {len(names)} names for {len(paths)} files")
    seen: dict[str, Path] = {}
    out = []
    for path, name in zip(paths, names, strict=True):
        if name in seen:
            raise ValueError(
                f"two files would be uploaded as {name!r} ({seen[name]} and {path}); "
                "CVAT keys uploaded files by name, pass unique `names`"
            )
        seen[name] = path
        if not path.is_file():
            raise FileNotFoundError(path)
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        out.append(_File(path, name, path.stat().st_size, mime))
    return out


def _batches(files: Sequence[_File], batch_bytes: int) -> list[list[_File]]:
    batches: list[list[_File]] = []
    current: list[_File] = []
    size = 0
    for f in files:
        if current and size + f.size > batch_bytes:
            batches.append(current)
            current, size = [], 0
        current.append(f)
        size += f.size
    if current:
        batches.append(current)
    return batches


def _tus_metadata(f: _File) -> str:
    def b64(value: str) -> str:
        return base64.b64encode(value.encode()).decode("ascii")

    return f"filename {b64(f.name)},filetype {b64(f.content_type)}"


def _upload_tus(
    conn: Connection,
    url: str,
    f: _File,
    tracker: _Tracker,
    chunk_size: int,
) -> None:
    """One file through CVAT's tus endpoint, resuming after a failed chunk."""
    created = conn.request(
        "POST",
        url,
        headers={
            "Tus-Resumable": TUS_VERSION,
            "Upload-Length": str(f.size),
            "Upload-Metadata": _tus_metadata(f),
        },
    )
    location = created.headers.get("location")
    if not location:
        raise CVATError(
            "CVAT accepted a tus upload but returned no Location",
            method="POST",
            path=url,
            status=created.status_code,
        )
    offset = 0
    failures = 0
    first_failure: float | None = None
    with f.path.open("rb") as handle:
        while offset < f.size:
            handle.seek(offset)
            chunk = handle.read(min(chunk_size, f.size - offset))
            try:
                answer = conn.request(
                    "PATCH",
                    location,
                    content=chunk,
                    headers={
                        "Tus-Resumable": TUS_VERSION,
                        "Upload-Offset": str(offset),
                        "Content-Type": "application/offset+octet-stream",
                    },
                )
            except (CVATServerError, CVATConnectionError, CVATTimeoutError):
                # resumed for as long as the retry budget lasts (and the count, if set)
                failures += 1
                now = time.monotonic()
                first_failure = now if first_failure is None else first_failure
                cap = conn.settings.retries
                if (cap is not None and failures > cap) or (
                    now - first_failure > conn.settings.retry_budget
                ):
                    raise
                head = conn.request("HEAD", location, headers={"Tus-Resumable": TUS_VERSION})
                new_offset = int(head.headers.get("upload-offset", offset))
                tracker.add(new_offset - offset)
                offset = new_offset
                continue
            new_offset = int(answer.headers.get("upload-offset", offset + len(chunk)))
            tracker.add(new_offset - offset)
            offset = new_offset


def _send_batch(
    conn: Connection, url: str, batch: list[_File], tracker: _Tracker, image_quality: int
) -> None:
    """Small files, several per ``Upload-Multiple`` request. ``image_quality`` goes along:
    CVAT before 2.4x validates each batch as a whole data request, which requires it."""
    body = MultipartBody(
        [(f"client_files[{i}]", f) for i, f in enumerate(batch)],
        tracker=tracker,
        fields={"image_quality": str(image_quality)},
    )
    conn.request(
        "POST",
        url,
        content=body,
        headers={
            "Upload-Multiple": "true",
            "Content-Type": body.content_type,
            "Content-Length": str(body.content_length),
        },
    )


def _run_all(jobs: Sequence[Callable[[], None]], max_workers: int) -> None:
    if max_workers == 1 or len(jobs) == 1:
        for job in jobs:
            job()
        return
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        for future in [pool.submit(job) for job in jobs]:
            future.result()


def upload_media(
    conn: Connection,
    task_id: int,
    files: Sequence[Path | str],
    data: TaskDataParams,
    *,
    names: Sequence[str] | None = None,
    progress: ProgressReporter = NULL_PROGRESS,
    chunk_threshold: int = DEFAULT_CHUNK_THRESHOLD,
    batch_bytes: int = DEFAULT_BATCH_BYTES,
    tus_chunk_size: int = DEFAULT_TUS_CHUNK_SIZE,
    max_workers: int = 1,
) -> str:
    """Upload local media to a task and start CVAT's import; return its ``rq_id``.

    ``names`` are the file names CVAT stores (default: base names; they must
    be unique). The frame order is the order of ``files`` (sent as
    ``upload_file_order``; with ``sorting_method="predefined"`` CVAT keeps it).
    ``max_workers > 1`` sends batches and tus files concurrently over the
    connection's one client. ``progress`` is told the bytes of every file, then
    how many are sent.
    """
    if not files:
        raise ValueError("no files to upload")
    if batch_bytes <= 0 or tus_chunk_size <= 0 or max_workers < 1:
        raise ValueError("batch_bytes, tus_chunk_size and max_workers must be positive")
    items = _collect(files, names)
    tracker = _Tracker(sum(f.size for f in items), progress)
    progress.start(tracker.total)
    try:
        return _upload(
            conn,
            task_id,
            items,
            data,
            tracker,
            chunk_threshold,
            batch_bytes,
            tus_chunk_size,
            max_workers,
        )
    finally:
        progress.finish()


def _upload(
    conn: Connection,
    task_id: int,
    items: list[_File],
    data: TaskDataParams,
    tracker: _Tracker,
    chunk_threshold: int,
    batch_bytes: int,
    tus_chunk_size: int,
    max_workers: int,
) -> str:
    url = f"/api/tasks/{int(task_id)}/data/"
    small = [f for f in items if f.size <= chunk_threshold]
    large = [f for f in items if f.size > chunk_threshold]

    order = [f.name for f in items]
    batches = _batches(small, batch_bytes)
    form = data.to_form(upload_file_order=order) if not large and len(batches) == 1 else None
    if form is not None:
        body = MultipartBody(
            [(f"client_files[{i}]", f) for i, f in enumerate(small)], tracker=tracker, fields=form
        )
        answer = conn.request(
            "POST",
            url,
            content=body,
            headers={
                "Upload-Start": "true",
                "Upload-Finish": "true",
                "Content-Type": body.content_type,
                "Content-Length": str(body.content_length),
            },
        )
        return _rq_id(answer.json(), url)

    conn.request("POST", url, headers={"Upload-Start": "true"})
    jobs: list[Callable[[], None]] = [
        functools.partial(_send_batch, conn, url, batch, tracker, data.image_quality)
        for batch in batches
    ]
    jobs += [functools.partial(_upload_tus, conn, url, f, tracker, tus_chunk_size) for f in large]
    _run_all(jobs, max_workers)

    finished = conn.request_json(
        "POST", url, json=data.to_json(upload_file_order=order), headers={"Upload-Finish": "true"}
    )
    return _rq_id(finished, url)


def _rq_id(answer: object, url: str) -> str:
    rq_id = answer.get("rq_id") if isinstance(answer, dict) else None
    if not isinstance(rq_id, str):
        raise CVATError("CVAT's Upload-Finish answer has no rq_id", method="POST", path=url)
    return rq_id


def import_request_id(task_id: int) -> str:
    """The id CVAT (2.x) gives the import request of a task's media upload."""
    return f"action=create&target=task&target_id={int(task_id)}"


@dataclass(frozen=True)
class UploadState:
    """What CVAT kept of an upload whose answer was lost."""

    started: bool
    """CVAT holds some of it (the task has data)."""
    rq_id: str | None
    """The import CVAT started: the upload landed whole."""


def upload_state(conn: Connection, task_id: int) -> UploadState:
    """Ask CVAT what it kept of a task's upload (call it after the stall horizon)."""
    task = conn.request_json("GET", f"/api/tasks/{int(task_id)}")
    if not isinstance(task, dict) or task.get("data") is None:
        return UploadState(started=False, rq_id=None)
    wanted = import_request_id(task_id)
    listed = conn.request_json(
        "GET", "/api/requests", params={"task_id": int(task_id), "action": "create"}
    )
    results = listed.get("results") if isinstance(listed, dict) else None
    found = any(isinstance(r, dict) and r.get("id") == wanted for r in results or ())
    return UploadState(started=True, rq_id=wanted if found else None)
