"""``import_annotations()`` of tasks and projects made directly in CVAT, replayed from cassettes.

Each test creates its CVAT task (or project) with our own client and upload
code, plays the annotator through CVAT's API, imports, asserts the dataset,
and deletes what it created, also on failure. Re-record with
``pytest --record-mode=rewrite tests/recorded/test_recorded_import.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import backend_support as bs
import fiftyone as fo
import pytest

from cvat_api.api.jobs import jobs_list
from cvat_api.api.projects import projects_create, projects_destroy
from cvat_api.api.tasks import tasks_create, tasks_destroy
from cvat_api.models.project_write_request import ProjectWriteRequest
from cvat_api.models.task_write_request import TaskWriteRequest
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.upload import TaskDataParams, upload_media
from fiftyone_cvat.plugin.importing import import_annotations

pytestmark = [pytest.mark.vcr, pytest.mark.db]

LABELS = [{"name": "cat", "attributes": []}, {"name": "dog", "attributes": []}]
W, H = bs.WIDTH, bs.HEIGHT


@contextmanager
def _task(
    conn: Connection, name: str, files: list[str], *, project_id: int | None = None
) -> Iterator[int]:
    """A CVAT image task holding ``files``, deleted afterwards."""
    fields: dict[str, Any] = {"name": name}
    if project_id is None:
        fields["labels"] = LABELS
    else:
        fields["project_id"] = project_id
    task = conn.call(tasks_create.sync_detailed, body=TaskWriteRequest.from_dict(fields))
    assert isinstance(task.id, int)
    try:
        rq_id = upload_media(conn, task.id, files, TaskDataParams(image_quality=95))
        conn.wait_for_request(rq_id, timeout=120)
        yield task.id
    finally:
        conn.call(tasks_destroy.sync_detailed, id=task.id)


def _annotate(conn: Connection, task_id: int) -> None:
    """An annotator draws a cat on frame 1 and tags frame 2 as dog."""
    (job,) = list(conn.paginate(jobs_list.sync_detailed, task_id=task_id))
    labels = bs.label_ids_by_name(conn, task_id)
    bs.edit_job(
        conn,
        job.id,
        "create",
        shapes=[bs.rectangle(labels["cat"], 1, [8.0, 6.0, 40.0, 30.0])],
        tags=[bs.tag(labels["dog"], 2)],
    )


def _by_name(dataset: fo.Dataset) -> dict[str, fo.Sample]:
    return {Path(s.filepath).name: s for s in dataset}


def _assert_imported(dataset: fo.Dataset) -> None:
    samples = _by_name(dataset)
    assert sorted(samples) == ["img0.jpg", "img1.jpg", "img2.jpg"]
    (cat,) = samples["img1.jpg"].detections.detections
    assert cat.label == "cat"
    assert cat.bounding_box == pytest.approx([8 / W, 6 / H, 32 / W, 24 / H])
    (dog,) = samples["img2.jpg"].classifications.classifications
    assert dog.label == "dog"
    assert samples["img0.jpg"].detections is None
    assert samples["img1.jpg"].classifications is None
    assert not dataset.list_annotation_runs()  # the temporary run is gone


def test_task_into_existing_samples_by_directory(tmp_path: Path, connection: Connection) -> None:
    files = bs.write_images(tmp_path, 3)
    dataset = bs.new_dataset("recorded-import-task")
    try:
        dataset.add_samples([fo.Sample(filepath=f) for f in files])
        with _task(connection, "fiftyone-cvat-import-task", files) as task_id:
            _annotate(connection, task_id)
            import_annotations(
                dataset, task_ids=[task_id], data_path=str(tmp_path), connection=connection
            )
            assert len(dataset) == 3
            _assert_imported(dataset)

            # importing again updates the same labels instead of adding copies
            import_annotations(
                dataset,
                task_ids=task_id,
                label_types={"detections": "boxes"},
                connection=connection,
            )
            first_id = _by_name(dataset)["img1.jpg"].detections.detections[0].id
            (box,) = _by_name(dataset)["img1.jpg"].boxes.detections
            assert box.label == "cat" and box.id == first_id
            import_annotations(dataset, task_ids=[task_id], connection=connection)
            assert len(_by_name(dataset)["img1.jpg"].detections.detections) == 1
            assert len(_by_name(dataset)["img2.jpg"].classifications.classifications) == 1
    finally:
        dataset.delete()


def test_project_by_name_inserts_new_samples(
    tmp_path: Path, connection: Connection, record_mode: str
) -> None:
    files = bs.write_images(tmp_path, 3)
    body = ProjectWriteRequest.from_dict({"name": "fiftyone-cvat-import-project", "labels": LABELS})
    project = connection.call(projects_create.sync_detailed, body=body)
    dataset = bs.new_dataset("recorded-import-project")
    try:
        with _task(
            connection, "fiftyone-cvat-import-project-task", files, project_id=project.id
        ) as task_id:
            _annotate(connection, task_id)
            # credentials instead of a connection: import_annotations logs in itself
            import_annotations(
                dataset,
                project_name="fiftyone-cvat-import-project",
                data_path={Path(f).name: f for f in files},
                insert_new=True,
                poll_period=0,
                annotation_config={},
                environ={},
                interactive=False,
                **bs.backend_kwargs(record_mode),
            )
            assert len(dataset) == 3
            _assert_imported(dataset)
            assert dataset.first().metadata.width == W
    finally:
        dataset.delete()
        connection.call(projects_destroy.sync_detailed, id=project.id)


def test_download_media_into_fresh_directory(tmp_path: Path, connection: Connection) -> None:
    source = tmp_path / "source"
    source.mkdir()
    files = bs.write_images(source, 3)
    target = tmp_path / "downloaded"
    dataset = bs.new_dataset("recorded-import-download")
    try:
        with _task(connection, "fiftyone-cvat-import-download", files) as task_id:
            _annotate(connection, task_id)
            import_annotations(
                dataset,
                task_ids=[task_id],
                data_path=str(target),
                download_media=True,
                connection=connection,
            )
            assert sorted(p.name for p in target.iterdir()) == ["img0.jpg", "img1.jpg", "img2.jpg"]
            assert all(Path(s.filepath).parent == target for s in dataset)
            assert dataset.first().metadata.width == W
            _assert_imported(dataset)
    finally:
        dataset.delete()


def test_video_task_track_into_frame_field(tmp_path: Path, connection: Connection) -> None:
    path = bs.write_video(tmp_path / "clip.mp4", 10)
    dataset = bs.new_dataset("recorded-import-video")
    labels = [
        {
            "name": "car",
            "attributes": [{"name": "make", "input_type": "text", "mutable": False, "values": []}],
        }
    ]
    body = TaskWriteRequest.from_dict({"name": "fiftyone-cvat-import-video", "labels": labels})
    task = connection.call(tasks_create.sync_detailed, body=body)
    assert isinstance(task.id, int)
    try:
        dataset.add_sample(bs.video_sample(path, 10))
        rq_id = upload_media(connection, task.id, [path], TaskDataParams(frame_step=2))
        connection.wait_for_request(rq_id, timeout=120)
        (job,) = list(connection.paginate(jobs_list.sync_detailed, task_id=task.id))
        car = bs.label_specs(connection, task.id)["car"]

        track = bs.volvo_track(car)
        bs.edit_job(connection, job.id, "create", tracks=[track])

        for _ in range(2):  # importing again updates the same labels (ids per track, frame)
            import_annotations(
                dataset,
                task_ids=[task.id],
                label_types={"detections": "vehicles"},
                connection=connection,
            )
            frames = dataset.first().frames
            boxes = {n: frames[n].vehicles.detections for n in frames if frames[n].vehicles}
            # CVAT frames 0..4 at step 2 are FiftyOne frames 1, 3, 5, 7, 9; the track ends at 4
            assert sorted(boxes) == [1, 3, 5, 7]
            for n, expected_x in ((1, 0.0), (3, 8.0), (5, 16.0), (7, 16.0)):
                (det,) = boxes[n]
                assert det.label == "car" and det["make"] == "volvo" and det.index == 1
                assert det.bounding_box[0] == pytest.approx(expected_x / W)
            assert boxes[1][0]["keyframe"] is True
            assert not dataset.list_annotation_runs()
    finally:
        dataset.delete()
        connection.call(tasks_destroy.sync_detailed, id=task.id)


def test_download_media_fetches_a_video_task_original_file(
    tmp_path: Path, connection: Connection
) -> None:
    import cv2

    path = bs.write_video(tmp_path / "drive.mp4", 10)
    target = tmp_path / "downloaded"
    dataset = bs.new_dataset("recorded-import-video-download")
    labels = [{"name": "car", "attributes": []}]
    body = TaskWriteRequest.from_dict({"name": "fiftyone-cvat-import-video-dl", "labels": labels})
    task = connection.call(tasks_create.sync_detailed, body=body)
    assert isinstance(task.id, int)
    try:
        rq_id = upload_media(connection, task.id, [path], TaskDataParams())
        connection.wait_for_request(rq_id, timeout=120)
        (job,) = list(connection.paginate(jobs_list.sync_detailed, task_id=task.id))
        car = bs.label_ids_by_name(connection, task.id)["car"]
        bs.edit_job(
            connection, job.id, "create", shapes=[bs.rectangle(car, 3, [0.0, 0.0, 32.0, 24.0])]
        )

        import_annotations(
            dataset,
            task_ids=[task.id],
            data_path=str(target),
            download_media=True,
            connection=connection,
        )
        downloaded = target / "drive.mp4"
        assert [p.name for p in target.iterdir()] == ["drive.mp4"]  # no partial or archive left
        video = cv2.VideoCapture(str(downloaded))
        assert int(video.get(cv2.CAP_PROP_FRAME_COUNT)) == 10
        video.release()
        sample = dataset.first()
        assert sample.filepath == str(downloaded)
        boxed = [n for n in sample.frames if sample.frames[n].detections]
        assert boxed == [4]  # CVAT frame 3
        (box,) = sample.frames[4].detections.detections
        assert box.label == "car" and box.bounding_box == pytest.approx([0, 0, 0.5, 0.5])
    finally:
        dataset.delete()
        connection.call(tasks_destroy.sync_detailed, id=task.id)
