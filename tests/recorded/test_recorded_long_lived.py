"""Loading one run again and again while annotators work (issue 22), replayed from cassettes.

Four images in one task of two jobs (frames 0-1 and 2-3), one uploaded box each. An
annotator draws boxes in CVAT (they carry no FiftyOne id there), FiftyOne users tag
and edit the loaded labels, and the run is loaded again: ids stay, jobs CVAT did not
change are not downloaded, labels CVAT did not change are not touched, and what CVAT
changed wins over FiftyOne's copy of the same fields (tags and FiftyOne-only fields
stay). The annotator is simulated with the requests CVAT's UI sends.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import backend_support as bs
import fiftyone as fo
import pytest

from fiftyone_cvat.cvat import endpoints

pytestmark = [pytest.mark.vcr, pytest.mark.db, pytest.mark.usefixtures("registered_backend")]

SCHEMA = {
    "ground_truth": {
        "type": "detections",
        "classes": ["cat"],
        "attributes": {"mood": {"type": "text"}},
    }
}


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The jobs whose annotations the backend downloads (the real call, counted)."""
    seen: list[int] = []
    real: Callable[..., Any] = endpoints.job_annotations

    def counted(conn: Any, job_id: int) -> Any:
        seen.append(job_id)
        return real(conn, job_id)

    monkeypatch.setattr(endpoints, "job_annotations", counted)
    return seen


class Run:
    """An annotated run and the annotator's hands in CVAT."""

    def __init__(self, tmp_path: Path, name: str, record_mode: str, connection: Any) -> None:
        self.dataset = bs.new_dataset(name)
        samples = []
        for i, path in enumerate(bs.write_images(tmp_path, 4)):
            box = fo.Detection(
                id=bs.fixed_id(i + 1), label="cat", bounding_box=[0.25, 0.25, 0.5, 0.5], mood="calm"
            )
            samples.append(fo.Sample(filepath=path, ground_truth=fo.Detections(detections=[box])))
        self.dataset.add_samples(samples)
        self.creds = bs.backend_kwargs(record_mode)
        self.dataset.annotate(
            "again", label_schema=SCHEMA, segment_size=2, **bs.annotate_kwargs(record_mode)
        )
        results = self.dataset.load_annotation_results("again")
        (task_id,) = results.task_ids
        self.job_a, self.job_b = results.job_ids[task_id]
        specs = bs.label_specs(connection, task_id)["cat"]
        self.cat, self.mood = specs["id"], specs["attrs"]["mood"]
        self.conn = connection

    def load(self, **kwargs: Any) -> None:
        self.dataset.load_annotations("again", **self.creds, **kwargs)

    def summary(self) -> dict[str, Any]:
        merge = self.dataset.load_annotation_results("again").merge_summary
        return dict(merge["ground_truth"])

    def draw(self, job_id: int, frame: int, x: float) -> dict[str, Any]:
        """A box drawn in CVAT's UI: no FiftyOne id; returns it as CVAT stored it."""
        shape = bs.rectangle(self.cat, frame, [x, 10.0, x + 20.0, 30.0])
        shape["attributes"] = [{"spec_id": self.mood, "value": "curious"}]
        made = self._patch(job_id, "create", shape)
        (stored,) = made["shapes"]
        return dict(stored)

    def edit(self, job_id: int, shape: dict[str, Any], x: float, mood: str) -> None:
        shape = {**shape, "points": [x, 10.0, x + 20.0, 30.0]}
        shape["attributes"] = [{"spec_id": self.mood, "value": mood}]
        self._patch(job_id, "update", shape)

    def delete(self, job_id: int, shape: dict[str, Any]) -> None:
        self._patch(job_id, "delete", shape)

    def _patch(self, job_id: int, action: str, shape: dict[str, Any]) -> dict[str, Any]:
        payload = {"version": 0, "shapes": [shape], "tags": [], "tracks": []}
        out: dict[str, Any] = self.conn.request_json(
            "PATCH", f"/api/jobs/{job_id}/annotations/", params={"action": action}, json=payload
        )
        return out

    def boxes(self, index: int) -> list[fo.Detection]:
        return list(self.dataset.skip(index).first().ground_truth.detections)

    def drawn(self, index: int) -> fo.Detection:
        """The one box of sample ``index`` that FiftyOne did not upload."""
        (box,) = [d for d in self.boxes(index) if d.id != bs.fixed_id(index + 1)]
        return box

    def docs(self) -> list[dict[str, Any]]:
        """Every sample as stored in the database (last_modified_at included)."""
        return list(self.dataset._sample_collection.find({}, sort=[("_id", 1)]))


def _tag(dataset: fo.Dataset, label_id: str, **fields: Any) -> None:
    """A FiftyOne user tags a label (and sets fields on it) in the dataset."""
    for sample in dataset:
        for box in sample.ground_truth.detections:
            if box.id == label_id:
                box.tags = ["reviewed"]
                for name, value in fields.items():
                    box[name] = value
                sample.save()


def test_a_reload_with_nothing_changed_keeps_every_id_and_writes_nothing(
    tmp_path: Path, record_mode: str, connection: Any, asked: list[int]
) -> None:
    run = Run(tmp_path, "long-lived-unchanged", record_mode, connection)
    run.draw(run.job_a, 0, 4.0)
    run.draw(run.job_b, 3, 8.0)

    run.load()
    drawn = [run.drawn(0).id, run.drawn(3).id]
    assert run.summary()["added"] == 2
    before = run.docs()
    asked.clear()

    run.load()
    assert asked == []  # only the job listing was asked: both jobs unchanged
    assert run.docs() == before  # not one sample written
    assert [run.drawn(0).id, run.drawn(3).id] == drawn
    assert run.summary()["jobs_skipped_unchanged"] == 2
    run.dataset.delete_annotation_run("again")


def test_fiftyone_side_edits_survive_a_reload_and_cvat_edits_win(
    tmp_path: Path, record_mode: str, connection: Any, asked: list[int]
) -> None:
    run = Run(tmp_path, "long-lived-edits", record_mode, connection)
    x = run.draw(run.job_a, 0, 4.0)
    run.draw(run.job_b, 2, 8.0)
    run.load()
    drawn_x, drawn_y = run.drawn(0).id, run.drawn(2).id
    _tag(run.dataset, drawn_x, note="checked", mood="sleepy")
    _tag(run.dataset, bs.fixed_id(2), bounding_box=[0.3, 0.3, 0.2, 0.2])  # job A, CVAT keeps it
    _tag(run.dataset, drawn_y)  # job B
    job_b_docs = run.docs()[2:]

    run.edit(run.job_a, x, 12.0, "angry")  # CVAT changes x after FiftyOne tagged it
    asked.clear()
    run.load()

    assert asked == [run.job_a]  # job B is unchanged in CVAT: not downloaded
    edited = run.drawn(0)
    assert edited.id == drawn_x
    assert edited.bounding_box == pytest.approx([12 / 64, 10 / 48, 20 / 64, 20 / 48])
    assert edited.mood == "angry"  # CVAT's attribute wins
    assert edited.tags == ["reviewed"] and edited["note"] == "checked"  # FiftyOne's stay
    assert [d.id for d in run.boxes(0)] == [bs.fixed_id(1), drawn_x]  # its neighbour stays
    (kept,) = [d for d in run.boxes(1) if d.id == bs.fixed_id(2)]
    assert kept.tags == ["reviewed"]
    assert kept.bounding_box == pytest.approx([0.3, 0.3, 0.2, 0.2])  # CVAT did not change it
    assert run.docs()[2:] == job_b_docs
    assert run.drawn(2).id == drawn_y
    summary = run.summary()
    assert (summary["edited"], summary["added"], summary["deleted"]) == (1, 0, 0)
    assert summary["jobs_skipped_unchanged"] == 1
    # labels left out of the merge are still the run's: every label is in the saved id map
    stored = run.dataset.load_annotation_results("again").id_map["ground_truth"]
    in_map = sorted(i for ids in stored.values() for i in ([ids] if isinstance(ids, str) else ids))
    assert in_map == sorted(d.id for s in run.dataset for d in s.ground_truth.detections)
    run.dataset.delete_annotation_run("again")


def test_a_label_deleted_in_cvat_goes_with_its_fiftyone_tags(
    tmp_path: Path, record_mode: str, connection: Any
) -> None:
    run = Run(tmp_path, "long-lived-deletion", record_mode, connection)
    gone = run.draw(run.job_a, 0, 4.0)
    run.draw(run.job_a, 1, 8.0)
    run.load()
    doomed, staying = run.drawn(0).id, run.drawn(1).id
    _tag(run.dataset, doomed)
    _tag(run.dataset, staying)

    run.delete(run.job_a, gone)
    run.load()

    assert [d.id for d in run.boxes(0)] == [bs.fixed_id(1)]
    assert run.drawn(1).id == staying and run.drawn(1).tags == ["reviewed"]
    summary = run.summary()
    assert (summary["deleted"], summary["added"]) == (1, 0)
    run.dataset.delete_annotation_run("again")
