"""Loading only the jobs a team has finished (FiftyOne issue #4142), replayed from cassettes.

Four images in one task of two jobs. The first job reaches stage "acceptance"
and state "completed"; in the second an annotator is still at work. A load
with ``job_stages="acceptance"`` brings in the first job's edits only and
leaves the second job's samples exactly as they were (their deleted box is not
read as a deletion); a later full load downloads only the second job (the first
is unchanged since) and merges the rest.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import backend_support as bs
import fiftyone as fo
import pytest

pytestmark = [pytest.mark.vcr, pytest.mark.db, pytest.mark.usefixtures("registered_backend")]


def _dataset(tmp_path: Path) -> fo.Dataset:
    dataset = bs.new_dataset("recorded-partial-load")
    samples = []
    for i, path in enumerate(bs.write_images(tmp_path, 4)):
        box = fo.Detection(id=bs.fixed_id(i + 1), label="cat", bounding_box=[0.25, 0.25, 0.5, 0.5])
        samples.append(fo.Sample(filepath=path, ground_truth=fo.Detections(detections=[box])))
    dataset.add_samples(samples)
    return dataset


def _move_box(connection: Any, job_id: int, frame: int, x: float) -> None:
    (shape,) = [s for s in bs.job_annotations(connection, job_id)["shapes"] if s["frame"] == frame]
    shape["points"] = [x, 12.0, x + 32.0, 36.0]
    bs.edit_job(connection, job_id, "update", shapes=[shape])


def test_load_by_job_stage_then_everything(
    tmp_path: Path, record_mode: str, connection: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    creds = bs.backend_kwargs(record_mode)
    dataset = _dataset(tmp_path)
    dataset.annotate(
        "stages", label_field="ground_truth", segment_size=2, **bs.annotate_kwargs(record_mode)
    )
    results = dataset.load_annotation_results("stages")
    (task_id,) = results.task_ids
    done, busy = results.job_ids[task_id]

    _move_box(connection, done, 0, 4.0)
    connection.request_json("PATCH", f"/api/jobs/{done}", json={"stage": "acceptance"})
    connection.request_json("PATCH", f"/api/jobs/{done}", json={"state": "completed"})
    _move_box(connection, busy, 2, 8.0)
    (gone,) = [s for s in bs.job_annotations(connection, busy)["shapes"] if s["frame"] == 3]
    bs.edit_job(connection, busy, "delete", shapes=[gone])

    # Refused before any request: a misspelled stage, and cleanup of unloaded jobs.
    with pytest.raises(ValueError, match=r"job_stages='accepted': use one or more of"):
        dataset.load_annotations("stages", job_stages="accepted", **creds)
    with pytest.raises(ValueError, match="cleanup=True with job_stages"):
        dataset.load_annotations("stages", job_stages="acceptance", cleanup=True, **creds)

    dataset.load_annotations("stages", job_stages="acceptance", job_states="completed", **creds)
    boxes = [s.ground_truth.detections for s in dataset]
    assert boxes[0][0].bounding_box == pytest.approx([4 / 64, 12 / 48, 0.5, 0.5])
    assert boxes[2][0].bounding_box == pytest.approx([0.25, 0.25, 0.5, 0.5])  # not loaded
    assert [d.id for d in boxes[3]] == [bs.fixed_id(4)]  # its deletion is not applied yet
    summary = results_summary(dataset)
    assert summary["edited"] == 1 and summary["deleted"] == 0

    asked = _count_downloads(monkeypatch)
    dataset.load_annotations("stages", cleanup=True, **creds)
    assert asked == [busy]  # the accepted job is unchanged since the partial load
    assert results_summary(dataset)["jobs_skipped_unchanged"] == 1
    boxes = [s.ground_truth.detections for s in dataset]
    assert boxes[0][0].bounding_box == pytest.approx([4 / 64, 12 / 48, 0.5, 0.5])
    assert boxes[2][0].bounding_box == pytest.approx([8 / 64, 12 / 48, 0.5, 0.5])
    assert boxes[3] == []
    assert [d.id for d in boxes[1]] == [bs.fixed_id(2)]
    dataset.delete_annotation_run("stages")


def _count_downloads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The jobs whose annotations the backend downloads from now on (the real call)."""
    from fiftyone_cvat.cvat import endpoints

    seen: list[int] = []
    real = endpoints.job_annotations

    def counted(conn: Any, job_id: int) -> Any:
        seen.append(job_id)
        return real(conn, job_id)

    monkeypatch.setattr(endpoints, "job_annotations", counted)
    return seen


def results_summary(dataset: fo.Dataset) -> dict[str, Any]:
    summary: dict[str, Any] = dataset.load_annotation_results("stages").merge_summary
    return dict(summary["ground_truth"])
