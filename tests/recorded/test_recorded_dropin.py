"""What a user switching from FiftyOne's built-in CVAT backend relies on, replayed from cassettes.

The built-in's public API surface on a live server, the run after a ``with
results:`` block, documented values CVAT itself would refuse, imported polygons,
and labels of classes annotators add in CVAT, under each ``unexpected`` mode.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import backend_support as bs
import fiftyone as fo
import fiftyone.utils.cvat as fouc
import pytest

pytestmark = [pytest.mark.vcr, pytest.mark.db, pytest.mark.usefixtures("registered_backend")]


def test_the_run_keeps_working_after_a_with_block(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """FiftyOne's tests and docs use ``with results:``; leaving it closed our connection
    for good, and every later load, status or cleanup failed."""
    dataset = bs.boxes_dataset(tmp_path, "recorded-with-block")
    results = dataset.annotate("with", label_field="ground_truth", **kw)
    with results:
        api = results.connect_to_api()
        task_id = results.task_ids[0]
        assert api.get(api.task_url(task_id)).json()["id"] == task_id
    results.print_status()  # after the block: the same API object, reconnected
    assert f"Task {task_id}" in capsys.readouterr().out
    with results:
        dataset.load_annotations("with", **creds)
    dataset.load_annotations("with", cleanup=True, **creds)  # and after it
    assert not results.connect_to_api().task_exists(task_id)
    assert len(dataset.first().ground_truth.detections) == 2
    dataset.delete_annotation_run("with")


def test_image_quality_zero_uploads_at_cvats_lowest(
    tmp_path: Path, kw: dict[str, Any], connection: Any
) -> None:
    """The docs allow ``[0, 100]``; CVAT refuses 0, after the task exists."""
    dataset = bs.boxes_dataset(tmp_path, "recorded-quality-zero")
    results = dataset.annotate("q0", label_field="ground_truth", image_quality=0, **kw)
    (task_id,) = results.task_ids
    assert connection.request_json("GET", f"/api/tasks/{task_id}")["image_quality"] == 1
    results.cleanup()
    dataset.delete_annotation_run("q0")


def test_builtin_api_surface_on_a_live_server(
    tmp_path: Path, kw: dict[str, Any], connection: Any
) -> None:
    """What scripts written for the built-in call, with its arguments and return values."""
    from packaging.version import Version

    dataset = bs.boxes_dataset(tmp_path, "recorded-api-surface")
    results = dataset.annotate("api", label_field="ground_truth", **kw)
    api = results.connect_to_api()
    assert api.server_version >= Version("2.4")
    assert api.get_user_id("user1") == connection.user_id("user1")
    assert api.get_user_id("no-such-user-xyz") is None

    project_id = api.create_project("fo-cvat-api-project", {"cat": {}})
    assert api.get_project_id("fo-cvat-api-project") == project_id
    assert api.get_project_name(project_id) == "fo-cvat-api-project"
    assert project_id in api.list_projects() and api.project_exists(project_id)
    assert api.get_empty_projects([project_id]) == [project_id]

    task_id, class_ids, attr_ids = api.create_task(
        "fo-cvat-api-task", project_id=project_id, task_assignee="user1", issue_tracker="bugs"
    )
    assert list(class_ids) == ["cat"] and attr_ids == {class_ids["cat"]: {}}
    (path,) = bs.write_images(tmp_path, 1, prefix="api")
    job_ids = api.upload_data(task_id, [path], image_quality=60, job_assignees=["user2"])
    task = api.get(api.task_url(task_id)).json()
    assert task["assignee"]["username"] == "user1" and task["bug_tracker"] == "bugs"
    assert task["image_quality"] == 60 and task["project_id"] == project_id
    jobs = api.get(api.jobs_url(task_id)).json()["results"]
    assert [j["id"] for j in jobs] == job_ids
    assert api.get(jobs[0]["url"]).json()["assignee"]["username"] == "user2"
    assert api.get(api.task_data_meta_url(task_id)).json()["size"] == 1
    assert api.get_project_tasks(project_id) == [task_id] and task_id in api.list_tasks()
    assert api.get_empty_projects([project_id]) == []
    assert api.get(api.tasks_url).json()["count"] >= 2  # the docs' own example

    from fiftyone_cvat.cvat.errors import CVATNotFoundError

    with pytest.raises(CVATNotFoundError) as caught:
        api.get(api.task_url(10**8), print_error_info=False)
    assert caught.value.response is not None and caught.value.response.status_code == 404

    api.delete_project(project_id)
    assert not api.task_exists(task_id) and not api.project_exists(project_id)
    results.delete_tasks(results.task_ids)
    assert results.task_ids == [] and results.frame_id_map == {}
    dataset.delete_annotation_run("api")


def test_imported_polygons_stay_filled_and_export_as_polygons(
    tmp_path: Path, kw: dict[str, Any]
) -> None:
    dataset = bs.new_dataset("recorded-import-polygons")
    (path,) = bs.write_images(tmp_path, 1)
    polygon = fo.Polyline(
        id=bs.fixed_id(1),
        label="roof",
        points=[[(0.1, 0.1), (0.5, 0.1), (0.3, 0.6)]],
        closed=True,
        filled=True,
    )
    dataset.add_sample(fo.Sample(filepath=path, shapes=fo.Polylines(polylines=[polygon])))
    results = dataset.annotate("polygons", label_field="shapes", label_type="polygons", **kw)
    (task_id,) = results.task_ids

    imported = bs.new_dataset("recorded-import-polygons-into")
    fouc.import_annotations(imported, task_ids=[task_id], data_path=str(tmp_path), **kw)
    (poly,) = imported.first().polylines.polylines
    assert poly.label == "roof" and poly.closed and poly.filled
    export_dir = tmp_path / "export"
    imported.export(str(export_dir), dataset_type=fo.types.CVATImageDataset)
    assert "<polygon" in (export_dir / "labels.xml").read_text()
    results.cleanup()
    dataset.delete_annotation_run("polygons")


@pytest.mark.parametrize("unexpected", ["keep", "return", "ignore", "prompt"])
def test_a_class_added_in_cvat_follows_unexpected(
    tmp_path: Path,
    kw: dict[str, Any],
    creds: dict[str, Any],
    connection: Any,
    monkeypatch: pytest.MonkeyPatch,
    unexpected: str,
) -> None:
    """An annotator adds the label "bird" to the task and draws one; FiftyOne's built-in
    drops such shapes (FiftyOne issue #3768)."""
    dataset = bs.boxes_dataset(tmp_path, f"recorded-new-class-{unexpected}")
    results = dataset.annotate("birds", label_field="ground_truth", **kw)
    task_id, job_id = bs.only_job(results)
    connection.request_json(
        "PATCH", f"/api/tasks/{task_id}", json={"labels": [{"name": "bird"}]}
    )  # what CVAT's UI sends when an annotator adds a label to the task
    bird = bs.label_specs(connection, task_id)["bird"]
    bs.edit_job(
        connection, job_id, "create", shapes=[bs.rectangle(bird["id"], 0, [8.0, 8.0, 24.0, 24.0])]
    )
    asked: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "y")

    returned = dataset.load_annotations("birds", unexpected=unexpected, **creds)
    labels = sorted(d.label for d in dataset.first().ground_truth.detections)
    summary = dataset.load_annotation_results("birds").merge_summary["ground_truth"]
    assert summary["new_classes"] == {"bird": 1}
    kept = unexpected in ("keep", "prompt")  # the prompt was answered "y"
    assert labels == (["bird", "cat", "dog"] if kept else ["cat", "dog"])
    assert (
        summary["new_classes_outcome"]
        == {
            "keep": "kept",
            "prompt": "kept",
            "return": "returned",
            "ignore": "ignored",
        }[unexpected]
    )
    assert bool(asked) is (unexpected == "prompt") and all("'bird'" in a for a in asked)
    if unexpected == "return":
        (birds,) = returned["ground_truth"]["detections"].values()
        assert [b.label for b in birds.values()] == ["bird"]
    else:
        assert returned is None
    dataset.load_annotation_results("birds", **creds).cleanup()
    dataset.delete_annotation_run("birds")


def test_cleanup_keeps_a_created_project_that_holds_other_runs_tasks(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any]
) -> None:
    """Deleting a CVAT project deletes its tasks: another run's work must survive."""
    dataset = bs.boxes_dataset(tmp_path, "recorded-shared-project")
    first = dataset.annotate(
        "first", label_field="ground_truth", project_name="fo-cvat-shared", **kw
    )
    second = dataset.annotate(
        "second", label_field="ground_truth", project_name="fo-cvat-shared", **kw
    )
    (project_id,) = first.project_ids
    assert second.project_ids == []  # reused
    api = first.connect_to_api()
    dataset.load_annotations("first", cleanup=True, **creds)
    assert api.project_exists(project_id)
    assert api.get_project_tasks(project_id) == second.task_ids
    dataset.load_annotations("second", cleanup=True, **creds)
    assert api.get_project_tasks(project_id) == []
    api.delete_project(project_id)
    for key in ("first", "second"):
        dataset.delete_annotation_run(key)
