"""Point clouds: a FiftyOne point-cloud dataset with 3D detections becomes a CVAT 3D
task of cuboids; an annotator moves one and adds one; the load brings both back with
ids kept (``location``/``rotation``/``dimensions``, as FiftyOne's 3D detections)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import backend_support as bs
import fiftyone as fo
import numpy as np
import pytest

pytestmark = [pytest.mark.vcr, pytest.mark.db, pytest.mark.usefixtures("registered_backend")]


def write_pcd(path: Path, n: int, seed: int) -> str:
    """An ASCII ``.pcd`` of ``n`` points (x y z), deterministic."""
    points = np.random.default_rng(seed).uniform(-5, 5, size=(n, 3)).round(3)
    header = (
        "# .PCD v0.7 - Point Cloud Data file format\nVERSION 0.7\nFIELDS x y z\n"
        "SIZE 4 4 4\nTYPE F F F\nCOUNT 1 1 1\n"
        f"WIDTH {n}\nHEIGHT 1\nVIEWPOINT 0 0 0 1 0 0 0\nPOINTS {n}\nDATA ascii\n"
    )
    body = "\n".join(" ".join(f"{v:.3f}" for v in p) for p in points)
    path.write_text(header + body + "\n")
    return str(path)


def test_cuboids_round_trip_on_a_point_cloud_task(
    tmp_path: Path, record_mode: str, connection: Any
) -> None:
    dataset = bs.new_dataset("recorded-point-clouds")
    samples = []
    for i in range(2):
        car = fo.Detection(
            id=bs.fixed_id(i + 1),
            label="car",
            location=[1.0 + i, 2.0, 0.5],
            dimensions=[4.0, 2.0, 1.5],
            rotation=[0.0, 0.0, 0.25],
        )
        path = write_pcd(tmp_path / f"scene{i}.pcd", 2000, seed=i)
        samples.append(fo.Sample(filepath=path, ground_truth=fo.Detections(detections=[car])))
    dataset.add_samples(samples)
    assert dataset.media_type == "point-cloud"
    dataset.annotate("cubes", label_field="ground_truth", **bs.annotate_kwargs(record_mode))
    results = dataset.load_annotation_results("cubes")
    task_id, job_id = bs.only_job(results)
    assert connection.request_json("GET", f"/api/tasks/{task_id}")["dimension"] == "3d"

    shapes = sorted(bs.job_annotations(connection, job_id)["shapes"], key=lambda s: s["frame"])
    assert [s["type"] for s in shapes] == ["cuboid", "cuboid"]
    assert shapes[0]["points"][:9] == pytest.approx([1, 2, 0.5, 0, 0, 0.25, 4, 2, 1.5])
    moved = shapes[0]
    moved["points"] = [3.0, -1.0, 0.5, 0.0, 0.0, 1.0, 4.0, 2.0, 1.5] + [0.0] * 7
    bs.edit_job(connection, job_id, "update", shapes=[moved])
    new = {
        **bs.rectangle(shapes[1]["label_id"], 1, [0.0, 0.0, 0.0, 0, 0, 0, 1, 1, 1] + [0] * 7),
        "type": "cuboid",
    }
    bs.edit_job(connection, job_id, "create", shapes=[new])

    dataset.load_annotations("cubes", cleanup=True, **bs.backend_kwargs(record_mode))
    first, second = dataset
    (car,) = first.ground_truth.detections
    assert car.id == bs.fixed_id(1)
    assert car.location == pytest.approx([3.0, -1.0, 0.5])
    assert car.rotation == pytest.approx([0.0, 0.0, 1.0])
    assert car.dimensions == pytest.approx([4.0, 2.0, 1.5])
    kept, added = sorted(second.ground_truth.detections, key=lambda d: d.id != bs.fixed_id(2))
    assert kept.id == bs.fixed_id(2) and kept.location == pytest.approx([2.0, 2.0, 0.5])
    assert added.dimensions == pytest.approx([1.0, 1.0, 1.0]) and added.label == "car"
    dataset.delete_annotation_run("cubes")
