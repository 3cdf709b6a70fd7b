"""``import_annotations()`` of every CVAT shape type, and into a grouped dataset,
replayed from cassettes. The tasks are made directly in CVAT, as a team that
never used FiftyOne would; re-record with ``--record-mode=rewrite``."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import backend_support as bs
import fiftyone as fo
import numpy as np
import pytest

from cvat_api.api.jobs import jobs_list
from cvat_api.api.tasks import tasks_create, tasks_destroy
from cvat_api.models.task_write_request import TaskWriteRequest
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.upload import TaskDataParams, upload_media
from fiftyone_cvat.domain.conversion.masks import mask_points
from fiftyone_cvat.domain.conversion.skeletons import skeleton_svg
from fiftyone_cvat.domain.schema.specs import SkeletonSpec
from fiftyone_cvat.plugin.importing import import_annotations

pytestmark = [pytest.mark.vcr, pytest.mark.db]

W, H = bs.WIDTH, bs.HEIGHT
POSE = SkeletonSpec(("head", "tail"), ((0, 1),))
LABELS = [
    {"name": "cat", "attributes": []},
    {"name": "road", "attributes": []},
    {
        "name": "pose",
        "type": "skeleton",
        "sublabels": [{"name": n, "type": "points"} for n in POSE.nodes],
        "svg": skeleton_svg(POSE),
    },
]


@contextmanager
def _task(conn: Connection, name: str, files: list[str]) -> Iterator[int]:
    body = TaskWriteRequest.from_dict({"name": name, "labels": LABELS})
    task = conn.call(tasks_create.sync_detailed, body=body)
    assert isinstance(task.id, int)
    try:
        rq_id = upload_media(conn, task.id, files, TaskDataParams(image_quality=95))
        conn.wait_for_request(rq_id, timeout=120)
        yield task.id
    finally:
        conn.call(tasks_destroy.sync_detailed, id=task.id)


def _labels(conn: Connection, task_id: int) -> dict[str, Any]:
    page = conn.request_json("GET", "/api/labels", params={"task_id": task_id, "page_size": 100})
    return {lab["name"]: lab for lab in page["results"]}


def _shape(label_id: int, frame: int, kind: str, points: list[float], **extra: Any) -> Any:
    return {**bs.rectangle(label_id, frame, points), "type": kind, **extra}


def blob() -> np.ndarray[Any, np.dtype[np.bool_]]:
    mask = np.zeros((4, 6), dtype=bool)
    mask[1:3, 2:5] = True
    return mask


def _draw_everything(conn: Connection, task_id: int) -> None:
    (job,) = list(conn.paginate(jobs_list.sync_detailed, task_id=task_id))
    labels = _labels(conn, task_id)
    cat, road, pose = (labels[n]["id"] for n in ("cat", "road", "pose"))
    nodes = {s["name"]: s["id"] for s in labels["pose"]["sublabels"]}
    shapes = [
        _shape(cat, 0, "rectangle", [8.0, 6.0, 40.0, 30.0]),
        _shape(cat, 0, "polygon", [2.0, 2.0, 20.0, 2.0, 20.0, 12.0]),
        _shape(road, 0, "polyline", [0.0, 40.0, 60.0, 44.0]),
        _shape(cat, 0, "points", [5.0, 5.0, 9.0, 7.0]),
        _shape(cat, 1, "mask", mask_points(blob(), 10, 20)),
        _shape(cat, 1, "ellipse", [30.0, 20.0, 40.0, 26.0]),
        _shape(
            pose,
            1,
            "skeleton",
            [],
            elements=[
                _shape(nodes["head"], 1, "points", [16.0, 12.0]),
                _shape(nodes["tail"], 1, "points", [0.0, 0.0], outside=True),
            ],
        ),
    ]
    bs.edit_job(conn, job.id, "create", shapes=shapes, tags=[bs.tag(road, 1)])


def test_every_shape_type_is_imported_or_counted(
    tmp_path: Path, connection: Connection, caplog: pytest.LogCaptureFixture
) -> None:
    files = bs.write_images(tmp_path, 2)
    dataset = bs.new_dataset("recorded-import-shapes")
    try:
        dataset.add_samples([fo.Sample(filepath=f) for f in files])
        with _task(connection, "fiftyone-cvat-import-shapes", files) as task_id:
            _draw_everything(connection, task_id)
            import_annotations(dataset, task_ids=task_id, connection=connection)
        first, second = dataset
        (box,) = first.detections.detections
        assert box.bounding_box == pytest.approx([8 / W, 6 / H, 32 / W, 24 / H])
        polygon, road = sorted(first.polylines.polylines, key=lambda p: p.label)
        assert (polygon.label, polygon.closed, polygon.filled) == ("cat", True, True)
        assert (road.label, road.closed, road.filled) == ("road", False, False)
        (points,) = first.keypoints.keypoints
        assert points.points == [pytest.approx([5 / W, 5 / H]), pytest.approx([9 / W, 7 / H])]
        (instance,) = second.detections.detections
        assert instance.mask.shape == (4, 6) and (instance.mask == blob()).all()
        assert instance.bounding_box == pytest.approx([10 / W, 20 / H, 6 / W, 4 / H])
        (skeleton,) = second.keypoints.keypoints
        assert skeleton.label == "pose"
        assert skeleton.points[0] == pytest.approx([16 / W, 12 / H])
        assert all(math.isnan(c) for c in skeleton.points[1])
        (tag,) = second.classifications.classifications
        assert tag.label == "road"
        assert "detections: 1 ellipse" in caplog.text  # named once, not dropped silently
    finally:
        dataset.delete()


def test_a_grouped_dataset_gets_labels_in_each_slice(
    tmp_path: Path, connection: Connection
) -> None:
    left, right = bs.write_images(tmp_path, 2)
    dataset = bs.new_dataset("recorded-import-group")
    try:
        dataset.add_group_field("group", default="left")
        group = fo.Group()
        dataset.add_samples(
            [
                fo.Sample(filepath=left, group=group.element("left")),
                fo.Sample(filepath=right, group=group.element("right")),
            ]
        )
        with _task(connection, "fiftyone-cvat-import-group", [left, right]) as task_id:
            (job,) = list(connection.paginate(jobs_list.sync_detailed, task_id=task_id))
            cat = _labels(connection, task_id)["cat"]["id"]
            boxes = [bs.rectangle(cat, f, [8.0, 6.0, 40.0, 30.0]) for f in (0, 1)]
            bs.edit_job(connection, job.id, "create", shapes=boxes)
            import_annotations(
                dataset, task_ids=task_id, label_types=["detections"], connection=connection
            )
        flat = dataset.select_group_slices(_allow_mixed=True)
        assert sorted(flat.values("group.name")) == ["left", "right"]
        for sample in flat:
            (box,) = sample.detections.detections
            assert box.label == "cat"
    finally:
        dataset.delete()
