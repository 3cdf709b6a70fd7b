"""CVAT's media upload protocol against an in-process fake server."""

from __future__ import annotations

import base64
import itertools
import json
from pathlib import Path

import cassette_support as cs
import httpx
import pytest
from fake_cvat import connect, json_response
from hypothesis import given
from hypothesis import strategies as st
from progress_capture import RecordingProgress

from fiftyone_cvat.cvat.retry import _replayable
from fiftyone_cvat.cvat.upload import (
    BOUNDARY,
    MultipartBody,
    TaskDataParams,
    _batches,
    _File,
    upload_media,
)

DATA_URL = "/api/tasks/9/data/"


class FakeUploadServer:
    """Implements Upload-Start / Upload-Multiple / tus / Upload-Finish in memory, and the
    one-request upload (Upload-Start and Upload-Finish on one multipart request)."""

    def __init__(self, fail_patch_once: bool = False) -> None:
        self.events: list[str] = []
        self.received: dict[str, bytes] = {}
        self.multipart_keys: list[list[str]] = []
        self.finish: dict[str, object] | None = None
        self.tus: dict[str, dict[str, object]] = {}
        self.fail_patch_once = fail_patch_once

    def __call__(self, request: httpx.Request) -> httpx.Response | None:
        path = request.url.path
        if path == DATA_URL and request.method == "POST":
            h = request.headers
            if h.get("Upload-Start") == "true" and h.get("Upload-Finish") == "true":
                self.events.append("one-request")
                fields = self._read_multipart(request)
                order = [v for k, v in fields if k == "upload_file_order"]
                self.finish = {k: v for k, v in fields if k != "upload_file_order"}
                self.finish["upload_file_order"] = order
                return json_response(202, {"rq_id": "create:task-9"})
            if h.get("Upload-Start") == "true":
                self.events.append("start")
                return httpx.Response(202)
            if h.get("Upload-Multiple") == "true":
                self.events.append("multiple")
                fields = self._read_multipart(request)
                # CVAT before 2.4x validates each batch as a data request: image_quality
                # is required
                assert [k for k, _ in fields] == ["image_quality"], fields
                return httpx.Response(200)
            if h.get("Upload-Finish") == "true":
                self.events.append("finish")
                assert h["content-type"] == "application/json"
                self.finish = json.loads(request.read())
                return json_response(202, {"rq_id": "create:task-9"})
            if "Upload-Length" in h:
                assert h["Tus-Resumable"] == "1.0.0"
                meta = dict(item.split(" ") for item in h["Upload-Metadata"].split(","))
                name = base64.b64decode(meta["filename"]).decode()
                file_id = f"f{len(self.tus)}"
                self.tus[file_id] = {"name": name, "length": int(h["Upload-Length"]), "data": b""}
                self.events.append(f"tus-create:{name}")
                # CVAT answers with an absolute URL (possibly an internal host).
                return httpx.Response(
                    201, headers={"Location": f"http://internal:8080{DATA_URL}{file_id}"}
                )
        if path.startswith(DATA_URL) and request.method in ("PATCH", "HEAD"):
            upload = self.tus[path.rsplit("/", 1)[-1]]
            data: bytes = upload["data"]  # type: ignore[assignment]
            if request.method == "HEAD":
                self.events.append("tus-head")
                return httpx.Response(200, headers={"Upload-Offset": str(len(data))})
            assert request.headers["Content-Type"] == "application/offset+octet-stream"
            assert int(request.headers["Upload-Offset"]) == len(data)
            chunk = request.read()
            if self.fail_patch_once:
                # Half the chunk arrived, then the server failed.
                self.fail_patch_once = False
                upload["data"] = data + chunk[: len(chunk) // 2]
                return json_response(503, {"detail": "busy"})
            upload["data"] = data + chunk
            self.events.append("tus-patch")
            if len(upload["data"]) == upload["length"]:  # type: ignore[arg-type]
                self.received[upload["name"]] = upload["data"]  # type: ignore[index]
            return httpx.Response(204, headers={"Upload-Offset": str(len(upload["data"]))})  # type: ignore[arg-type]
        return None

    def _read_multipart(self, request: httpx.Request) -> list[tuple[str, str]]:
        content_type = request.headers["content-type"]
        assert content_type == f"multipart/form-data; boundary={BOUNDARY}"
        body = request.read()
        assert int(request.headers["content-length"]) == len(body)
        keys = []
        fields = []
        for key, filename, payload in cs.multipart_parts(body, content_type):
            if filename is None:  # a plain form field
                fields.append((key, payload.decode()))
                continue
            keys.append(key)
            self.received[filename] = payload
        self.multipart_keys.append(keys)
        return fields


def make_files(tmp_path: Path, sizes: list[int]) -> list[Path]:
    files = []
    for i, size in enumerate(sizes):
        path = tmp_path / f"img{i}.jpg"
        path.write_bytes(bytes((i * 7 + j) % 256 for j in range(size)))
        files.append(path)
    return files


def test_protocol_batches_tus_and_finish(tmp_path: Path) -> None:
    files = make_files(tmp_path, [100, 200, 300, 5000, 50])
    server = FakeUploadServer()
    conn, _ = connect(server)
    progress = RecordingProgress()
    params = TaskDataParams(
        image_quality=80, chunk_size=4, start_frame=0, stop_frame=3, frame_step=2
    )
    with conn:
        rq_id = upload_media(
            conn,
            9,
            files,
            params,
            progress=progress,
            chunk_threshold=1000,
            batch_bytes=350,
            tus_chunk_size=2048,
        )
    assert rq_id == "create:task-9"
    # Start, two bounded batches, the big file in 3 tus chunks, finish.
    assert server.events == [
        "start",
        "multiple",
        "multiple",
        "tus-create:img3.jpg",
        "tus-patch",
        "tus-patch",
        "tus-patch",
        "finish",
    ]
    assert server.multipart_keys == [
        ["client_files[0]", "client_files[1]"],
        ["client_files[0]", "client_files[1]"],
    ]
    for path in files:
        assert server.received[path.name] == path.read_bytes()
    assert server.finish == {
        "image_quality": 80,
        "use_cache": True,
        "use_zip_chunks": True,
        "chunk_size": 4,
        "start_frame": 0,
        "stop_frame": 3,
        "frame_filter": "step=2",
        "upload_file_order": [p.name for p in files],
    }
    total = sum(p.stat().st_size for p in files)
    assert progress.of("start") == [total]
    sent = progress.of("report")
    assert sent[-1] == total
    assert all((b or 0) >= (a or 0) for a, b in itertools.pairwise(sent))
    assert progress.events[-1] == ("finish", None)


def test_tus_resumes_from_server_offset(tmp_path: Path) -> None:
    (big,) = make_files(tmp_path, [3000])
    server = FakeUploadServer(fail_patch_once=True)
    conn, _ = connect(server)
    with conn:
        upload_media(conn, 9, [big], TaskDataParams(), chunk_threshold=10, tus_chunk_size=1024)
    assert "tus-head" in server.events
    assert server.received["img0.jpg"] == big.read_bytes()


def test_custom_names_and_duplicate_check(tmp_path: Path) -> None:
    a = tmp_path / "a"
    b = tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "x.png").write_bytes(b"1")
    (b / "x.png").write_bytes(b"2")
    conn, _ = connect(FakeUploadServer())
    with conn:
        with pytest.raises(ValueError, match="pass unique `names`"):
            upload_media(conn, 9, [a / "x.png", b / "x.png"], TaskDataParams())
        server = FakeUploadServer()
    conn, _ = connect(server)
    with conn:
        upload_media(
            conn, 9, [a / "x.png", b / "x.png"], TaskDataParams(), names=["000.png", "001.png"]
        )
    assert server.received == {"000.png": b"1", "001.png": b"2"}
    assert server.finish is not None
    assert server.finish["upload_file_order"] == ["000.png", "001.png"]


def test_missing_file_fails_before_any_request(tmp_path: Path) -> None:
    server = FakeUploadServer()
    conn, _ = connect(server)
    with conn, pytest.raises(FileNotFoundError):
        upload_media(conn, 9, [tmp_path / "nope.jpg"], TaskDataParams())
    assert server.events == []


def test_concurrent_batches_over_one_client(tmp_path: Path) -> None:
    files = make_files(tmp_path, [100] * 8 + [3000])
    server = FakeUploadServer()
    conn, _ = connect(server)
    with conn:
        upload_media(
            conn,
            9,
            files,
            TaskDataParams(),
            batch_bytes=200,
            chunk_threshold=1000,
            tus_chunk_size=1000,
            max_workers=3,
        )
    assert server.events[0] == "start" and server.events[-1] == "finish"
    assert server.events.count("multiple") == 4
    assert set(server.received) == {p.name for p in files}


def test_server_error_on_batch_is_not_retried(tmp_path: Path) -> None:
    files = make_files(tmp_path, [10, 10])  # two batches: the three-step protocol
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.headers.get("Upload-Multiple"):
            calls.append("multiple")
            return json_response(503, {"detail": "busy"})
        if request.headers.get("Upload-Start"):
            return httpx.Response(202)
        return None

    conn, _ = connect(handler)
    from fiftyone_cvat.cvat.errors import CVATServerError

    with conn, pytest.raises(CVATServerError):
        upload_media(conn, 9, files, TaskDataParams(), batch_bytes=10)
    assert calls == ["multiple"]


def test_a_batch_the_server_did_not_process_is_sent_again_whole(tmp_path: Path) -> None:
    files = make_files(tmp_path, [10, 20])
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.headers.get("Upload-Multiple"):
            bodies.append(request.read())
            if len(bodies) == 1:
                return json_response(503, {"detail": "busy"}, **{"Retry-After": "0"})
            return httpx.Response(200)
        if request.headers.get("Upload-Start"):
            return httpx.Response(202)
        if request.headers.get("Upload-Finish"):
            return json_response(202, {"rq_id": "rq-1"})
        return None

    conn, _ = connect(handler)
    with conn:
        assert upload_media(conn, 9, files, TaskDataParams(), batch_bytes=20) == "rq-1"
    assert len(bodies) == 3  # the first batch twice, then the second
    assert bodies[1] == bodies[0] and len(bodies[0]) > 30


def test_media_that_fits_one_batch_goes_in_one_request(tmp_path: Path) -> None:
    """Upload-Start and Upload-Finish on one multipart request: the files and every
    data option as form fields (two round trips fewer per task)."""
    files = make_files(tmp_path, [100, 200, 50])
    server = FakeUploadServer()
    conn, _ = connect(server)
    params = TaskDataParams(
        image_quality=80, chunk_size=4, frame_step=2, sorting_method="predefined"
    )
    with conn:
        assert upload_media(conn, 9, files, params) == "create:task-9"
    assert server.events == ["one-request"]
    assert server.multipart_keys == [["client_files[0]", "client_files[1]", "client_files[2]"]]
    for path in files:
        assert server.received[path.name] == path.read_bytes()
    assert server.finish == {
        "image_quality": "80",
        "use_cache": "true",
        "use_zip_chunks": "true",
        "chunk_size": "4",
        "sorting_method": "predefined",
        "frame_filter": "step=2",
        "upload_file_order": [p.name for p in files],
    }


def test_options_a_form_cannot_carry_take_the_three_steps(tmp_path: Path) -> None:
    files = make_files(tmp_path, [100, 200])
    server = FakeUploadServer()
    conn, _ = connect(server)
    params = TaskDataParams(job_file_mapping=[["img0.jpg"], ["img1.jpg"]])
    with conn:
        upload_media(conn, 9, files, params)
    assert server.events == ["start", "multiple", "finish"]
    assert server.finish is not None
    assert server.finish["job_file_mapping"] == [["img0.jpg"], ["img1.jpg"]]


def test_a_one_request_upload_the_server_did_not_process_is_sent_again_whole(
    tmp_path: Path,
) -> None:
    files = make_files(tmp_path, [10, 20])
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.headers.get("Upload-Start") and request.headers.get("Upload-Finish"):
            bodies.append(request.read())
            if len(bodies) == 1:
                return json_response(503, {"detail": "busy"}, **{"Retry-After": "0"})
            return json_response(202, {"rq_id": "rq-1"})
        return None

    conn, _ = connect(handler)
    with conn:
        assert upload_media(conn, 9, files, TaskDataParams()) == "rq-1"
    assert len(bodies) == 2
    assert bodies[1] == bodies[0] and len(bodies[0]) > 30


def test_a_multipart_body_stays_replayable_inside_httpx(tmp_path: Path) -> None:
    """httpx wraps ``content=`` iterables; the retry must still see a body it can re-send
    (the fake transport reads bodies into bytes, so it cannot show this by itself)."""
    (path,) = make_files(tmp_path, [100])
    body = MultipartBody([("client_files[0]", _File(path, "a.jpg", 100, "image/jpeg"))])
    assert _replayable(httpx.Request("POST", "http://cvat.test/api", content=body))
    once = (chunk for chunk in [b"x"])
    assert not _replayable(httpx.Request("POST", "http://cvat.test/api", content=once))


def test_multipart_body_is_streamed_and_replayable(tmp_path: Path) -> None:
    (path,) = make_files(tmp_path, [200_000])
    f = _File(path, 'we"ird\nname.jpg', 200_000, "image/jpeg")
    body = MultipartBody([("client_files[0]", f)])
    chunks = list(body)
    assert max(len(c) for c in chunks) <= 64 * 1024  # never the whole file at once
    first = b"".join(chunks)
    assert b"".join(body) == first  # re-iterable for retries
    assert len(first) == body.content_length
    assert b'filename="we%22ird%0Aname.jpg"' in first


def test_task_data_params_validation_and_extra() -> None:
    with pytest.raises(ValueError):
        TaskDataParams(image_quality=0)
    with pytest.raises(ValueError):
        TaskDataParams(frame_step=0)
    body = TaskDataParams(
        use_cache=None,
        sorting_method="predefined",
        job_file_mapping=[["a.jpg"], ["b.jpg"]],
        extra={"storage_method": "cache"},
    ).to_json(["a.jpg", "b.jpg"])
    assert body == {
        "image_quality": 75,
        "use_zip_chunks": True,
        "sorting_method": "predefined",
        "job_file_mapping": [["a.jpg"], ["b.jpg"]],
        "upload_file_order": ["a.jpg", "b.jpg"],
        "storage_method": "cache",
    }


@given(
    sizes=st.lists(st.integers(min_value=0, max_value=500), max_size=30),
    limit=st.integers(min_value=1, max_value=600),
)
def test_batches_are_bounded_and_ordered(sizes: list[int], limit: int) -> None:
    files = [_File(Path(f"{i}"), f"{i}", size, "x/y") for i, size in enumerate(sizes)]
    batches = _batches(files, limit)
    assert [f for batch in batches for f in batch] == files
    for batch in batches:
        assert batch
        assert len(batch) == 1 or sum(f.size for f in batch) <= limit
