"""Transport and upload scenarios recorded against a real CVAT 2.73 server.

Replayed offline from ``cassettes/test_recorded_transport/``; re-record with
``pytest --record-mode=rewrite tests/recorded/test_recorded_transport.py`` (see
README, "Recorded tests"). Every test deletes what it created, also on
failure, so recording leaves the server as it found it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image, ImageDraw
from progress_capture import RecordingProgress

from cvat_api.api.auth import auth_create_access_tokens, auth_destroy_access_tokens
from cvat_api.api.jobs import (
    jobs_list,
    jobs_partial_update,
    jobs_retrieve_annotations,
    jobs_update_annotations,
)
from cvat_api.api.labels import labels_list
from cvat_api.api.projects import projects_create, projects_destroy
from cvat_api.api.server import server_retrieve_about
from cvat_api.api.tasks import (
    tasks_create,
    tasks_destroy,
    tasks_retrieve,
    tasks_retrieve_data_meta,
)
from cvat_api.api.users import users_list
from cvat_api.models.access_token_write_request import AccessTokenWriteRequest
from cvat_api.models.labeled_data import LabeledData
from cvat_api.models.labeled_data_request import LabeledDataRequest
from cvat_api.models.patched_job_write_request import PatchedJobWriteRequest
from cvat_api.models.project_write_request import ProjectWriteRequest
from cvat_api.models.task_write_request import TaskWriteRequest
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.errors import CVATAuthError, CVATNotFoundError, CVATPermissionError
from fiftyone_cvat.cvat.upload import TaskDataParams, upload_media

pytestmark = pytest.mark.vcr

Connect = Callable[..., Connection]

LABELS: list[dict[str, Any]] = [
    {
        "name": "car",
        "type": "rectangle",
        "attributes": [
            {
                "name": "make",
                "mutable": False,
                "input_type": "select",
                "default_value": "vw",
                "values": ["vw", "fiat"],
            },
            {
                "name": "parked",
                "mutable": True,
                "input_type": "checkbox",
                "default_value": "false",
                "values": ["false"],
            },
            {
                "name": "label_id",
                "mutable": True,
                "input_type": "text",
                "default_value": "",
                "values": [],
            },
        ],
    },
    {"name": "weather", "type": "tag", "attributes": []},
]


def make_images(directory: Path, count: int, size: tuple[int, int] = (64, 48)) -> list[Path]:
    """Tiny, deterministic JPEGs (a coloured box per frame)."""
    paths = []
    for i in range(count):
        image = Image.new("RGB", size, (20 * i, 120, 200 - 20 * i))
        ImageDraw.Draw(image).rectangle((4 + i, 4, 30 + i, 30), fill=(250, 250, 0))
        path = directory / f"frame_{i:03d}.jpg"
        image.save(path, format="JPEG", quality=80)
        paths.append(path)
    return paths


def noisy_image(directory: Path) -> Path:
    """A JPEG of a few KB (deterministic pseudo-random noise) for the tus path."""
    width, height = 96, 64
    data = bytes(
        (x * 131 + y * 71 + (x * y) % 17 * 37) % 256
        for y in range(height)
        for x in range(width * 3)
    )
    path = directory / "large.jpg"
    Image.frombytes("RGB", (width, height), data).save(path, format="JPEG", quality=95)
    return path


@contextmanager
def temporary_task(conn: Connection, name: str, **fields: Any) -> Iterator[int]:
    """Create a task and always delete it afterwards."""
    body = TaskWriteRequest.from_dict({"name": name, "labels": LABELS, **fields})
    task = conn.call(tasks_create.sync_detailed, body=body)
    assert isinstance(task.id, int)
    try:
        yield task.id
    finally:
        conn.call(tasks_destroy.sync_detailed, id=task.id)


def attach(conn: Connection, task_id: int, files: list[Path], **upload: Any) -> None:
    rq_id = upload_media(conn, task_id, files, TaskDataParams(image_quality=70), **upload)
    conn.wait_for_request(rq_id, timeout=120)


# ------------------------------------------------------------------- connection


def test_login_with_password(connect: Connect) -> None:
    conn = connect()
    assert conn.server_version.startswith("2.73")
    assert conn.client.prefix == "Token"
    user = conn.current_user()
    assert user.username


def test_access_token_created_and_used_alone(connect: Connect) -> None:
    admin = connect()
    created = admin.call(
        auth_create_access_tokens.sync_detailed,
        body=AccessTokenWriteRequest(name="fiftyone-cvat-recorded-test", read_only=False),
    )
    assert isinstance(created.id, int) and isinstance(created.value, str)
    try:
        with_token = connect(username=None, password=None, access_token=created.value)
        assert with_token.client.prefix == "Bearer"
        assert with_token.current_user().username == admin.current_user().username
        assert with_token.server_version == admin.server_version
    finally:
        admin.call(auth_destroy_access_tokens.sync_detailed, id=created.id)


def test_server_about(connection: Connection) -> None:
    about = connection.call(server_retrieve_about.sync_detailed)
    assert about.version == connection.server_version
    assert about.name


def test_users_list(connection: Connection, record_mode: str) -> None:
    import cassette_support as cs

    user1 = cs.test_account("user1", record_mode).username
    names = [u.username for u in connection.paginate(users_list.sync_detailed, page_size=1)]
    assert user1 in names
    assert connection.user_id(user1) > 0
    with pytest.raises(CVATNotFoundError):
        connection.user_id("no-such-user-fiftyone-cvat")


def test_project_with_labels_and_attributes(connection: Connection) -> None:
    body = ProjectWriteRequest.from_dict(
        {"name": "fiftyone-cvat-recorded-project", "labels": LABELS}
    )
    project = connection.call(projects_create.sync_detailed, body=body)
    assert isinstance(project.id, int)
    try:
        labels = {
            label.name: label
            for label in connection.paginate(labels_list.sync_detailed, project_id=project.id)
        }
        assert set(labels) == {"car", "weather"}
        attributes = {a.name: a for a in labels["car"].attributes}
        assert attributes["make"].values == ["vw", "fiat"]
        assert attributes["make"].input_type == "select"
        assert attributes["parked"].input_type == "checkbox"
        assert labels["weather"].type_ == "tag"
    finally:
        connection.call(projects_destroy.sync_detailed, id=project.id)


# ------------------------------------------------------------------------ media


def test_task_upload_images_multipart(connection: Connection, tmp_path: Path) -> None:
    files = make_images(tmp_path, 3)
    sent = RecordingProgress()
    with temporary_task(connection, "fiftyone-cvat-recorded-multipart") as task_id:
        rq_id = upload_media(
            connection,
            task_id,
            files,
            TaskDataParams(image_quality=70, sorting_method="predefined"),
            progress=sent,
        )
        progress = RecordingProgress()
        request = connection.wait_for_request(rq_id, timeout=120, progress=progress)
        assert request.status == "finished"
        assert progress.of("report")[-1] == 1.0
        meta = connection.call(tasks_retrieve_data_meta.sync_detailed, id=task_id)
        assert meta.size == 3
        assert meta.frames is not None
        assert [f.name for f in meta.frames] == [p.name for p in files]
        assert [(f.width, f.height) for f in meta.frames] == [(64, 48)] * 3
    total = sum(p.stat().st_size for p in files)
    assert sent.of("start") == [total] and sent.of("report")[-1] == total


def test_task_upload_through_tus(connection: Connection, tmp_path: Path) -> None:
    big = noisy_image(tmp_path)
    small = make_images(tmp_path, 1)
    with temporary_task(connection, "fiftyone-cvat-recorded-tus") as task_id:
        # A low threshold sends the "large" file through tus in several chunks.
        chunk = max(1024, big.stat().st_size // 3 + 1)
        attach(
            connection,
            task_id,
            [big, *small],
            chunk_threshold=big.stat().st_size - 1,
            tus_chunk_size=chunk,
        )
        meta = connection.call(tasks_retrieve_data_meta.sync_detailed, id=task_id)
        assert meta.frames is not None
        assert sorted(f.name for f in meta.frames) == sorted(["large.jpg", small[0].name])
        assert meta.size == 2


def make_video(directory: Path, frames: int = 5) -> Path:
    """A few-frame MJPEG AVI written by OpenCV's built-in encoder (no PyAV needed)."""
    cv2 = pytest.importorskip("cv2")
    import numpy as np

    path = directory / "clip.avi"
    writer = cv2.VideoWriter(
        str(path), cv2.CAP_OPENCV_MJPEG, cv2.VideoWriter_fourcc(*"MJPG"), 5, (64, 48)
    )
    if not writer.isOpened():
        pytest.skip("OpenCV cannot write MJPEG AVI here")
    for i in range(frames):
        frame = np.zeros((48, 64, 3), np.uint8)
        frame[:, :, 0] = 40 * i
        frame[10:30, 5 + 5 * i : 25 + 5 * i] = 255
        writer.write(frame)
    writer.release()
    return path


def test_task_upload_short_video(connection: Connection, tmp_path: Path) -> None:
    video = make_video(tmp_path)
    with temporary_task(connection, "fiftyone-cvat-recorded-video") as task_id:
        attach(connection, task_id, [video])
        meta = connection.call(tasks_retrieve_data_meta.sync_detailed, id=task_id)
        assert meta.size == 5
        assert meta.frames is not None
        assert (meta.frames[0].width, meta.frames[0].height) == (64, 48)


# ------------------------------------------------------------------------- jobs


def test_jobs_pagination_and_assignment(
    connection: Connection, tmp_path: Path, record_mode: str
) -> None:
    import cassette_support as cs

    user1 = cs.test_account("user1", record_mode).username
    with temporary_task(connection, "fiftyone-cvat-recorded-jobs", segment_size=1) as task_id:
        attach(connection, task_id, make_images(tmp_path, 3))
        jobs = list(connection.paginate(jobs_list.sync_detailed, page_size=1, task_id=task_id))
        assert len(jobs) == 3
        assert len({job.id for job in jobs}) == 3
        job = connection.call(
            jobs_partial_update.sync_detailed,
            id=jobs[0].id,
            body=PatchedJobWriteRequest(assignee=connection.user_id(user1)),
        )
        assert job.assignee is not None
        assert job.assignee.username == user1  # type: ignore[union-attr]


def test_put_and_get_annotations(connection: Connection, tmp_path: Path) -> None:
    with temporary_task(connection, "fiftyone-cvat-recorded-annotations") as task_id:
        attach(connection, task_id, make_images(tmp_path, 3))
        labels = {
            label.name: label
            for label in connection.paginate(labels_list.sync_detailed, task_id=task_id)
        }
        car, weather = labels["car"], labels["weather"]
        spec = {a.name: a.id for a in car.attributes}
        (job,) = list(connection.paginate(jobs_list.sync_detailed, task_id=task_id))
        document = {
            "version": 0,
            "tags": [{"frame": 0, "label_id": weather.id, "group": 0, "source": "manual"}],
            "shapes": [
                {
                    "type": "rectangle",
                    "frame": 1,
                    "label_id": car.id,
                    "points": [1.0, 2.0, 30.0, 40.0],
                    "occluded": False,
                    "z_order": 0,
                    "group": 0,
                    "source": "manual",
                    "attributes": [
                        {"spec_id": spec["make"], "value": "fiat"},
                        {"spec_id": spec["parked"], "value": "true"},
                        {"spec_id": spec["label_id"], "value": "abc123"},
                    ],
                }
            ],
            "tracks": [
                {
                    "frame": 0,
                    "label_id": car.id,
                    "group": 0,
                    "source": "manual",
                    "attributes": [{"spec_id": spec["make"], "value": "vw"}],
                    "shapes": [
                        {
                            "type": "rectangle",
                            "frame": 0,
                            "points": [5.0, 5.0, 20.0, 20.0],
                            "outside": False,
                            "occluded": False,
                            "keyframe": True,
                            "attributes": [],
                        },
                        {
                            "type": "rectangle",
                            "frame": 2,
                            "points": [8.0, 6.0, 24.0, 22.0],
                            "outside": True,
                            "occluded": False,
                            "keyframe": True,
                            "attributes": [],
                        },
                    ],
                }
            ],
        }
        connection.call(
            jobs_update_annotations.sync_detailed,
            id=job.id,
            body=LabeledDataRequest.from_dict(document),
        )
        read = connection.call(jobs_retrieve_annotations.sync_detailed, id=job.id)
        assert isinstance(read, LabeledData)
        assert [t.label_id for t in read.tags] == [weather.id]
        (shape,) = read.shapes
        assert shape.type_ == "rectangle" and shape.points == [1.0, 2.0, 30.0, 40.0]
        values = {a.spec_id: a.value for a in shape.attributes}
        assert values[spec["label_id"]] == "abc123"
        (track,) = read.tracks
        assert [(s.frame, s.outside) for s in track.shapes] == [(0, False), (2, True)]
        # The same document as plain JSON (the bulk path the backend uses).
        raw = connection.request_json("GET", f"/api/jobs/{job.id}/annotations/")
        assert len(raw["shapes"]) == 1 and len(raw["tracks"]) == 1


# ----------------------------------------------------------------------- errors


def test_wrong_password_is_auth_error(connect: Connect, record_mode: str) -> None:
    with pytest.raises(CVATAuthError) as info:
        connect(password="definitely-not-the-password")
    assert info.value.path == "/api/auth/login"
    assert "definitely-not-the-password" not in str(info.value)


def test_missing_task_is_not_found(connection: Connection) -> None:
    with pytest.raises(CVATNotFoundError) as info:
        connection.call(tasks_retrieve.sync_detailed, id=987654321)
    assert info.value.status == 404
    assert info.value.path == "/api/tasks/987654321"


def test_ordinary_user_cannot_touch_admin_task(connect: Connect) -> None:
    admin = connect()
    user = connect("user1")
    with temporary_task(admin, "fiftyone-cvat-recorded-private") as task_id:
        with pytest.raises(CVATPermissionError) as info:
            user.call(tasks_retrieve.sync_detailed, id=task_id)
        assert info.value.status == 403
        with pytest.raises(CVATPermissionError):
            user.call(tasks_destroy.sync_detailed, id=task_id)


class InjectFailures(httpx.BaseTransport):
    """Answers the first ``count`` GETs with 503 itself, then defers to the real transport.

    The injected answers never reach the network or the cassette; only the
    successful retry is recorded.
    """

    def __init__(self, inner: httpx.BaseTransport, count: int) -> None:
        self.inner = inner
        self.count = count
        self.injected = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and self.injected < self.count:
            self.injected += 1
            return httpx.Response(503, json={"detail": "injected"}, request=request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_injected_503_is_retried_then_succeeds(connect: Connect) -> None:
    flaky = InjectFailures(httpx.HTTPTransport(), count=2)
    conn = connect(transport=flaky, backoff=0)
    # The first GET (server about, during connect) met two 503s and was retried.
    assert flaky.injected == 2
    assert conn.server_version.startswith("2.73")
