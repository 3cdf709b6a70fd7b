"""The documented annotate() -> annotator -> load_annotations() recipes, replayed from cassettes.

Each test plays the annotator through CVAT's API between annotate and load
(recorded too) and asserts the labels that end up in the dataset.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import backend_support as bs
import fiftyone as fo
import pytest

pytestmark = pytest.mark.vcr


@pytest.fixture(autouse=True)
def _registered() -> Iterator[None]:
    yield from bs.registered()


@pytest.fixture
def kw(record_mode: str) -> dict[str, Any]:
    return bs.annotate_kwargs(record_mode)


@pytest.fixture
def creds(record_mode: str) -> dict[str, Any]:
    return bs.backend_kwargs(record_mode)


def _detections_dataset(tmp_path: Path, name: str, n: int = 3) -> fo.Dataset:
    dataset = bs.new_dataset(name)
    samples = []
    for i, path in enumerate(bs.write_images(tmp_path, n)):
        boxes = [
            fo.Detection(id=bs.fixed_id(10 * i + 1), label="cat", bounding_box=[0.25, 0.25, 0.5, 0.5]),
            fo.Detection(id=bs.fixed_id(10 * i + 2), label="dog", bounding_box=[0.0, 0.0, 0.25, 0.5]),
        ]
        samples.append(fo.Sample(filepath=path, ground_truth=fo.Detections(detections=boxes)))
    dataset.add_samples(samples)
    return dataset


def test_basic_recipe_edits_arrive_and_cleanup_removes_tasks(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    dataset = _detections_dataset(tmp_path, "recorded-basic")
    dataset.annotate("basic", label_field="ground_truth", segment_size=2, **kw)
    results = dataset.load_annotation_results("basic")
    (task_id,) = results.task_ids
    assert len(results.job_ids[task_id]) == 2

    # The annotator, in the first job: delete frame 0's dog, move frame 1's cat, draw a cat.
    first_job = results.job_ids[task_id][0]
    annos = bs.job_annotations(connection, first_job)
    assert len(annos["shapes"]) == 4
    by_frame = {(s["frame"], s["points"][0]): s for s in annos["shapes"]}
    dog0 = by_frame[(0, 0.0)]
    cat1 = by_frame[(1, 16.0)]
    cat1["points"] = [20.0, 12.0, 52.0, 36.0]
    bs.edit_job(connection, first_job, "delete", shapes=[dog0])
    bs.edit_job(connection, first_job, "update", shapes=[cat1])
    new_cat = bs.rectangle(cat1["label_id"], 0, [2.0, 2.0, 10.0, 10.0])
    bs.edit_job(connection, first_job, "create", shapes=[new_cat])

    dataset.load_annotations("basic", cleanup=True, **creds)

    s0, s1, s2 = dataset
    ids0 = {d.id for d in s0.ground_truth.detections}
    assert bs.fixed_id(2) not in ids0 and bs.fixed_id(1) in ids0
    new = [d for d in s0.ground_truth.detections if d.id != bs.fixed_id(1)]
    assert len(new) == 1 and new[0].label == "cat"
    assert new[0].bounding_box == pytest.approx([2 / 64, 2 / 48, 8 / 64, 8 / 48])
    moved = next(d for d in s1.ground_truth.detections if d.id == bs.fixed_id(11))
    assert moved.bounding_box == pytest.approx([20 / 64, 12 / 48, 0.5, 0.5])
    assert [d.id for d in s2.ground_truth.detections] == [bs.fixed_id(21), bs.fixed_id(22)]
    assert s2.ground_truth.detections[0].bounding_box == pytest.approx([0.25, 0.25, 0.5, 0.5])

    assert not results.task_ids
    api = results.connect_to_api()
    assert not api.task_exists(task_id)
    dataset.delete_annotation_run("basic")
