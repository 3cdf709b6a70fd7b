"""Every documented option reaches CVAT: each test reads back what the server stored.

Options recorded elsewhere: ``project_name``/``project_id``, ``job_assignees``,
``task_assignee`` (test_recorded_backend), ``frame_start``/``frame_stop``/
``frame_step``, ``occluded_attr``/``group_id_attr``, ``dest_field``,
``unexpected``, ``allow_*``/``read_only``, ``launch_editor``, ``cleanup``
(test_recorded_backend), ``organization`` and ``access_token`` at the connection
level (test_recorded_organization, test_recorded_transport). ``scripts/
prove_option_tests.py`` drops each option in turn and checks its test fails.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import backend_support as bs
import cassette_support as cs
import fiftyone as fo
import httpx
import pytest

pytestmark = [pytest.mark.vcr, pytest.mark.db, pytest.mark.usefixtures("registered_backend")]


def _images(tmp_path: Path, name: str, n: int) -> fo.Dataset:
    dataset = bs.new_dataset(name)
    dataset.add_samples(
        fo.Sample(filepath=p, gt=fo.Detections(detections=[])) for p in bs.write_images(tmp_path, n)
    )
    return dataset


def _data_request(sent: list[httpx.Request], task_id: int) -> dict[str, Any]:
    """The data parameters of the task's Upload-Finish request: its JSON body, or the
    form fields of a one-request upload (values as JSON where they parse)."""
    import json

    (finish,) = [
        r
        for r in sent
        if r.method == "POST"
        and r.url.path.rstrip("/") == f"/api/tasks/{task_id}/data"
        and r.headers.get("Upload-Finish")
    ]
    content_type = finish.headers["content-type"]
    if not content_type.startswith("multipart/form-data"):
        body: dict[str, Any] = json.loads(finish.content)
        return body
    form: dict[str, Any] = {}
    for name, value in cs.form_fields(b"".join(finish.stream), content_type):
        if name == "upload_file_order":
            form.setdefault(name, []).append(value)
            continue
        try:
            form[name] = json.loads(value)
        except ValueError:
            form[name] = value
    return form


def test_task_options_reach_cvat(
    tmp_path: Path, kw: dict[str, Any], connection: Any, sent: list[httpx.Request]
) -> None:
    """task_size, segment_size, task_name, issue_tracker, image_quality, chunk_size,
    use_cache."""
    dataset = _images(tmp_path, "recorded-task-options", 5)
    results = dataset.annotate(
        "options",
        label_field="gt",
        label_type="detections",
        classes=["cat"],
        task_size=3,
        segment_size=2,
        task_name="fo-options",
        issue_tracker="https://bugs.example/1",
        image_quality=55,
        chunk_size=7,
        use_cache=False,
        **kw,
    )
    tasks = [connection.request_json("GET", f"/api/tasks/{t}") for t in results.task_ids]
    assert [t["size"] for t in tasks] == [3, 2]  # task_size
    assert [t["name"] for t in tasks] == ["fo-options_1", "fo-options_2"]
    assert {t["segment_size"] for t in tasks} == {2}
    assert [len(results.job_ids[t]) for t in results.task_ids] == [2, 1]
    assert {t["bug_tracker"] for t in tasks} == {"https://bugs.example/1"}
    assert {t["image_quality"] for t in tasks} == {55}
    assert {t["data_chunk_size"] for t in tasks} == {7}
    # use_cache is not shown by CVAT's task or data endpoints: it went out with the data
    assert {_data_request(sent, t)["use_cache"] for t in results.task_ids} == {False}
    results.cleanup()
    dataset.delete_annotation_run("options")


def test_use_zip_chunks_reaches_cvat(tmp_path: Path, kw: dict[str, Any], connection: Any) -> None:
    dataset = bs.new_dataset("recorded-zip-chunks")
    path = bs.write_video(tmp_path / "clip.mp4", 6)
    dataset.add_sample(bs.video_sample(path, 6))
    results = dataset.annotate(
        "zip",
        label_field="frames.gt",
        label_type="detections",
        classes=["car"],
        use_zip_chunks=False,
        **kw,
    )
    (task_id,) = results.task_ids
    task = connection.request_json("GET", f"/api/tasks/{task_id}")
    assert task["data_compressed_chunk_type"] == "video"  # "imageset" with zip chunks
    results.cleanup()
    dataset.delete_annotation_run("zip")


def test_media_field_uploads_that_file(tmp_path: Path, kw: dict[str, Any], connection: Any) -> None:
    dataset = bs.new_dataset("recorded-media-field")
    (shown,) = bs.write_images(tmp_path, 1, prefix="shown")
    (alt,) = bs.write_images(tmp_path, 1, prefix="alternate")
    dataset.add_sample(fo.Sample(filepath=shown, alt_path=alt, gt=fo.Detections()))
    results = dataset.annotate(
        "media",
        label_field="gt",
        label_type="detections",
        classes=["cat"],
        media_field="alt_path",
        **kw,
    )
    (task_id,) = results.task_ids
    meta = connection.request_json("GET", f"/api/tasks/{task_id}/data/meta")
    assert [f["name"] for f in meta["frames"]] == ["alternate0.jpg"]
    results.cleanup()
    dataset.delete_annotation_run("media")


@pytest.mark.parametrize("coerce", [True, False])
def test_coerce_text_attrs(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any, coerce: bool
) -> None:
    """A text attribute the annotator fills with "7" loads as 7, or as "7" without coercion."""
    dataset = _images(tmp_path, f"recorded-coerce-{coerce}", 1)
    dataset.annotate(
        "coerce",
        label_field="gt",
        label_type="detections",
        classes=["cat"],
        attributes={"note": {"type": "text"}},
        coerce_text_attrs=coerce,
        **kw,
    )
    results = dataset.load_annotation_results("coerce")
    task_id, job_id = bs.only_job(results)
    cat = bs.label_specs(connection, task_id)["cat"]
    box = bs.rectangle(cat["id"], 0, [8.0, 8.0, 24.0, 24.0])
    box["attributes"] = [{"spec_id": cat["attrs"]["note"], "value": "7"}]
    bs.edit_job(connection, job_id, "create", shapes=[box])
    dataset.load_annotations("coerce", cleanup=True, **creds)
    (det,) = dataset.first().gt.detections
    assert det["note"] == (7 if coerce else "7")
    dataset.delete_annotation_run("coerce")


def test_job_reviewers_are_reported_not_dropped_silently(
    tmp_path: Path, kw: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    """CVAT 2.x jobs have no reviewer: the option is named in a warning (as the built-in)."""
    dataset = _images(tmp_path, "recorded-reviewers", 1)
    with caplog.at_level(logging.WARNING):
        results = dataset.annotate(
            "reviewers",
            label_field="gt",
            label_type="detections",
            classes=["cat"],
            job_reviewers=["user2"],
            **kw,
        )
    assert any("job_reviewers" in r.getMessage() for r in caplog.records)
    results.cleanup()
    dataset.delete_annotation_run("reviewers")


def test_organization_and_headers_reach_cvat(
    tmp_path: Path, kw: dict[str, Any], connection: Any, sent: list[httpx.Request]
) -> None:
    from cvat_api.api.organizations import organizations_create, organizations_destroy
    from cvat_api.models import OrganizationWriteRequest

    slug = "fo-cvat-opts"
    org = connection.call(
        organizations_create.sync_detailed, body=OrganizationWriteRequest(slug=slug, name=slug)
    )
    try:
        dataset = _images(tmp_path, "recorded-organization", 1)
        results = dataset.annotate(
            "org",
            label_field="gt",
            label_type="detections",
            classes=["cat"],
            organization=slug,
            headers={"X-Fiftyone-Test": "options"},
            **kw,
        )
        (task_id,) = results.task_ids
        task = connection.request_json("GET", f"/api/tasks/{task_id}")
        assert task["organization"] == org.id
        ours = [r for r in sent if r.headers.get("X-Organization") == slug]
        assert ours and all(r.headers.get("X-Fiftyone-Test") == "options" for r in ours)
        results.cleanup()
        dataset.delete_annotation_run("org")
    finally:
        connection.call(organizations_destroy.sync_detailed, id=org.id)
