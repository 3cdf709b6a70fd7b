"""``import_annotations()`` offline: argument checks, field names, file mapping, and a
whole import against an in-process fake CVAT (images and a video task)."""

from __future__ import annotations

import json
import logging
import zipfile
from pathlib import Path
from typing import Any

import fiftyone as fo
import httpx
import pytest
from fake_cvat import connect, json_response

from fiftyone_cvat.domain.importing.import_plan import (
    TaskMedia,
    build_data_map,
    check_source,
    import_schema,
    label_fields,
    plan_files,
)
from fiftyone_cvat.plugin.importing import import_annotations
from fiftyone_cvat.runs.import_run import extract_video

pytestmark = pytest.mark.db  # builds datasets in FiftyOne's database

# ------------------------------------------------------------------ arguments


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"project_name": "p", "project_id": 1},
        {"project_id": 1, "task_ids": [2]},
        {"project_name": "p", "task_ids": 3},
    ],
)
def test_exactly_one_source(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="exactly one of project_name, project_id or task_ids"):
        check_source(kwargs.get("project_name"), kwargs.get("project_id"), kwargs.get("task_ids"))


def test_task_ids_forms() -> None:
    assert check_source(None, None, 5) == [5]
    assert check_source(None, None, [3, "4", 3]) == [3, 4]
    assert check_source(None, 7, None) == []
    with pytest.raises(ValueError, match="task_ids is empty"):
        check_source(None, None, [])
    with pytest.raises(ValueError, match="'x' is not a CVAT task id"):
        check_source(None, None, ["x"])


class _NoServer:
    """A collection stand-in: validation must fail before any request or dataset access."""

    media_type = "image"

    @property
    def _dataset(self) -> Any:
        raise AssertionError("touched the dataset")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"task_ids": [1], "project_id": 2}, "exactly one of"),
        ({"task_ids": [1], "download_media": True}, "download_media=True needs data_path"),
        ({"task_ids": [1], "label_types": ["masks"]}, r"unsupported label type\(s\) \['masks'\]"),
        ({"task_ids": [1], "max_workers": 0}, "max_workers=0"),
        ({"task_ids": [1], "data_path": "/nonexistent/dir"}, "neither a directory nor a JSON"),
        ({"task_ids": [1], "cloud_url_field": "filepath"}, "cloud_url_field: 'filepath'"),
        ({"task_ids": [1], "cloud_url_field": ""}, "cloud_url_field: ''"),
    ],
)
def test_invalid_arguments_fail_before_any_request(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        import_annotations(_NoServer(), url="http://unreachable.invalid", **kwargs)


def test_connection_and_settings_are_exclusive() -> None:
    conn, fake = connect()
    try:
        with pytest.raises(ValueError, match=r"connection settings \['url'\]; pass one"):
            import_annotations(_NoServer(), task_ids=1, connection=conn, url="http://x")
        assert len(fake.requests) == 2  # login and about only
    finally:
        conn.close()


# ------------------------------------------------------------------ field names


def test_fields_default_to_label_type_names() -> None:
    assert label_fields(None) == {
        "classifications": "classifications",
        "detections": "detections",
        "polylines": "polylines",
        "keypoints": "keypoints",
    }


def test_fields_from_list_dict_and_video() -> None:
    assert label_fields(["detections"]) == {"detections": "detections"}
    assert label_fields("keypoints") == {"keypoints": "keypoints"}
    assert label_fields({"detections": "boxes", "classifications": "tags"}) == {
        "detections": "boxes",
        "classifications": "tags",
    }
    assert label_fields({"detections": "boxes"}, video=True) == {"detections": "frames.boxes"}
    assert label_fields(["polylines"], video=True) == {"polylines": "frames.polylines"}


@pytest.mark.parametrize(
    ("label_types", "message"),
    [
        ({"detections": "x", "polylines": "x"}, r"several label types map to field\(s\) \['x'\]"),
        ({"detections": ""}, "must be a non-empty string"),
        ({"detections": "frames.boxes"}, "is a frame field"),
        ([], "label_types is empty"),
    ],
)
def test_bad_label_types(label_types: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        label_fields(label_types)


# ------------------------------------------------------------------ data_path


def test_data_map_from_collection_basenames() -> None:
    assert build_data_map(None, ["/a/x.jpg", "/b/y.png"]) == {
        "x.jpg": "/a/x.jpg",
        "y.png": "/b/y.png",
    }


def test_data_map_from_directory_is_recursive(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.jpg").write_bytes(b"")
    (tmp_path / "sub" / "b.jpg").write_bytes(b"")
    assert build_data_map(str(tmp_path), ["/ignored/a.jpg"]) == {
        "a.jpg": str(tmp_path / "a.jpg"),
        "b.jpg": str(tmp_path / "sub" / "b.jpg"),
    }
    assert build_data_map(tmp_path / "missing", []) == {}


def test_data_map_from_dict_and_json(tmp_path: Path) -> None:
    assert build_data_map({"a.jpg": "/x/a.jpg"}, ["/y/a.jpg"]) == {"a.jpg": "/x/a.jpg"}
    manifest = tmp_path / "map.json"
    manifest.write_text(json.dumps({"a.jpg": "/z/a.jpg"}))
    assert build_data_map(str(manifest), []) == {"a.jpg": "/z/a.jpg"}


# ------------------------------------------------------------------ task meta and plans

IMAGE_META = {
    "size": 3,
    "start_frame": 0,
    "stop_frame": 2,
    "frame_filter": "",
    "frames": [{"name": n, "width": 64, "height": 48} for n in ("a.jpg", "b.jpg", "c.jpg")],
    "deleted_frames": [2],
}


def test_task_media_from_meta() -> None:
    media = TaskMedia.from_meta(4, IMAGE_META)
    assert media.names == ("a.jpg", "b.jpg", "c.jpg") and media.sizes[0] == (64, 48)
    assert media.deleted == {2} and not media.is_video
    video = TaskMedia.from_meta(
        5,
        {
            "size": 4,
            "start_frame": 2,
            "stop_frame": 8,
            "frame_filter": "step=2",
            "frames": [{"name": "v.mp4", "width": 64, "height": 48}],
            "deleted_frames": [],
        },
    )
    assert video.is_video and video.frame_step == 2 and video.start_frame == 2


def test_plan_maps_reports_and_downloads() -> None:
    media = TaskMedia.from_meta(4, IMAGE_META)
    plan = plan_files([media], {"a.jpg": "/d/a.jpg"}, data_dir=None, download_media=False)
    assert plan.filepaths == {4: {0: "/d/a.jpg"}}
    assert plan.unmapped == {4: ["b.jpg"]}  # c.jpg is deleted in CVAT: neither
    assert plan.downloads == []

    plan = plan_files(
        [media], {"a.jpg": "/d/a.jpg"}, data_dir="/d", download_media=True, exists=lambda p: False
    )
    assert plan.filepaths == {4: {0: "/d/a.jpg", 1: "/d/b.jpg"}}
    assert plan.downloads == [(4, 0, "/d/a.jpg"), (4, 1, "/d/b.jpg")]


def test_plan_never_downloads_outside_data_path() -> None:
    media = TaskMedia(4, names=("../escape.jpg",), sizes=((1, 1),))
    plan = plan_files([media], {}, data_dir="/d", download_media=True, exists=lambda p: False)
    assert plan.downloads == [] and plan.unmapped == {4: ["../escape.jpg"]}


def test_import_schema_has_one_field_per_type() -> None:
    schema = import_schema(
        [{"name": "cat", "attributes": [{"name": "age", "input_type": "text", "values": []}]}],
        ["detections", "classifications"],
        occluded_attr="occ",
    )
    assert schema.field_names == ("detections", "classifications")
    assert schema.field("detections").occluded_attr == "occ"
    assert schema.field("classifications").occluded_attr is None


# ------------------------------------------------------------------ fake server


def _label(label_id: int, name: str) -> dict[str, Any]:
    return {"id": label_id, "name": name, "attributes": [], "type": "any"}


def _job(job_id: int, task_id: int, job_type: str = "annotation") -> dict[str, Any]:
    return {"id": job_id, "task_id": task_id, "type": job_type, "issues": {}, "labels": {}}


def _page(results: list[dict[str, Any]]) -> dict[str, Any]:
    return {"count": len(results), "next": None, "previous": None, "results": results}


class _Server:
    """Meta, labels, jobs and annotations per task, as CVAT 2.x answers them."""

    def __init__(self) -> None:
        self.meta: dict[int, dict[str, Any]] = {}
        self.labels: dict[int, list[dict[str, Any]]] = {}
        self.jobs: dict[int, list[dict[str, Any]]] = {}
        self.annotations: dict[int, dict[str, Any]] = {}
        self.frames: dict[tuple[int, int], bytes] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response | None:
        path, query = request.url.path, request.url.params
        parts = path.strip("/").split("/")
        if parts[:2] == ["api", "tasks"] and parts[3:] == ["data", "meta"]:
            return json_response(200, self.meta[int(parts[2])])
        if parts[:2] == ["api", "tasks"] and parts[3:] == ["data"]:
            content = self.frames[(int(parts[2]), int(query["number"]))]
            return httpx.Response(200, content=content, headers={"Content-Type": "image/jpeg"})
        if path == "/api/labels":
            return json_response(200, _page(self.labels[int(query["task_id"])]))
        if path == "/api/jobs":
            return json_response(200, _page(self.jobs[int(query["task_id"])]))
        if parts[:2] == ["api", "jobs"] and parts[3:] == ["annotations"]:
            return json_response(200, self.annotations[int(parts[2])])
        return None


def _shape(label_id: int, frame: int, points: list[float], **extra: Any) -> dict[str, Any]:
    shape = {
        "id": 100 + frame,
        "type": "rectangle",
        "frame": frame,
        "label_id": label_id,
        "points": points,
        "attributes": [],
        "group": 0,
        "occluded": False,
        "z_order": 0,
        "rotation": 0.0,
        "outside": False,
        "source": "manual",
    }
    shape.update(extra)
    return shape


def _images(tmp_path: Path, names: list[str]) -> list[str]:
    from PIL import Image

    paths = []
    for name in names:
        path = tmp_path / name
        Image.new("RGB", (64, 48)).save(path)
        paths.append(str(path))
    return paths


def test_label_types_prompt_asks_a_field_per_type_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _images(tmp_path, ["a.jpg", "b.jpg"])
    server = _Server()
    server.meta[4] = dict(IMAGE_META, deleted_frames=[])
    server.labels[4] = [_label(1, "cat"), _label(2, "dog")]
    server.jobs[4] = [_job(7, 4)]
    server.annotations[7] = {
        "version": 0,
        "tags": [{"id": 5, "frame": 0, "label_id": 2, "group": 0, "attributes": []}],
        "shapes": [_shape(1, 1, [8, 6, 40, 30])],
        "tracks": [],
    }
    asked: list[str] = []
    answers = {"classifications": "weather", "detections": ""}

    def answer(prompt: str) -> str:
        asked.append(prompt)
        return next(v for k, v in answers.items() if f"'{k}'" in prompt)

    monkeypatch.setattr("builtins.input", answer)
    conn, _ = connect(server)
    dataset = fo.Dataset()
    try:
        dataset.add_samples([fo.Sample(filepath=f) for f in files])
        import_annotations(dataset, task_ids=4, label_types="prompt", connection=conn)
        assert len(asked) == 2  # one question per label type that arrived
        assert [c.label for c in dataset.first().weather.classifications] == ["dog"]
        assert not dataset.has_field("detections") and not dataset.has_field("classifications")
    finally:
        dataset.delete()


def test_a_grouped_dataset_receives_labels_in_every_slice(tmp_path: Path) -> None:
    left, right, _stray = _images(tmp_path, ["l.jpg", "r.jpg", "x.jpg"])
    server = _Server()
    meta = dict(IMAGE_META, deleted_frames=[])
    meta["frames"] = [dict(meta["frames"][0], name=n) for n in ("l.jpg", "r.jpg", "x.jpg")]
    meta["size"] = 3
    server.meta[4] = meta
    server.labels[4] = [_label(1, "cat")]
    server.jobs[4] = [_job(7, 4)]
    server.annotations[7] = {
        "version": 0,
        "tags": [],
        "shapes": [_shape(1, f, [8, 6, 40, 30], id=100 + f) for f in range(3)],
        "tracks": [],
    }
    conn, _ = connect(server)
    dataset = fo.Dataset()
    try:
        dataset.add_group_field("group", default="left")
        group = fo.Group()
        dataset.add_samples(
            [
                fo.Sample(filepath=left, group=group.element("left")),
                fo.Sample(filepath=right, group=group.element("right")),
            ]
        )
        import_annotations(dataset, task_ids=4, label_types=["detections"], connection=conn)
        flat = dataset.select_group_slices(_allow_mixed=True)
        assert len(flat) == 2  # x.jpg is in no group: reported, not added
        for sample in flat:
            (cat,) = sample.detections.detections
            assert cat.label == "cat"
    finally:
        dataset.delete()


def test_image_task_into_existing_dataset(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    files = _images(tmp_path, ["a.jpg", "b.jpg"])
    server = _Server()
    meta = dict(IMAGE_META, deleted_frames=[])
    server.meta[4] = meta  # c.jpg has no local file
    server.labels[4] = [_label(1, "cat"), _label(2, "dog")]
    server.jobs[4] = [_job(7, 4), _job(8, 4, "ground_truth")]
    server.annotations[7] = {
        "version": 0,
        "tags": [{"id": 5, "frame": 0, "label_id": 2, "group": 0, "attributes": []}],
        "shapes": [
            _shape(1, 1, [8, 6, 40, 30]),
            _shape(1, 2, [0, 0, 4, 4]),  # on c.jpg: reported once, as unmapped
            _shape(2, 1, [0, 0, 10, 10], type="points", id=300),
        ],
        "tracks": [],
    }
    conn, fake = connect(server)
    dataset = fo.Dataset()
    try:
        dataset.add_samples([fo.Sample(filepath=f) for f in files])
        with caplog.at_level(logging.WARNING):
            import_annotations(
                dataset, task_ids=4, label_types=["detections", "classifications"], connection=conn
            )
        assert "1 CVAT frame(s) in 1 task(s) (e.g. 'c.jpg')" in caplog.text
        assert "could not be converted" not in caplog.text
        a, b = dataset.first(), dataset.last()
        assert [c.label for c in a.classifications.classifications] == ["dog"]
        (cat,) = b.detections.detections
        assert cat.bounding_box == pytest.approx([8 / 64, 6 / 48, 32 / 64, 24 / 48])
        assert not dataset.has_field("keypoints")  # not among label_types
        assert not fake.calls("GET", "/api/jobs/8/annotations/")  # ground truth is skipped
        assert not dataset.list_annotation_runs()
    finally:
        dataset.delete()
        conn.close()


def _video_server() -> _Server:
    server = _Server()
    server.meta[9] = {
        "size": 3,
        "start_frame": 1,
        "stop_frame": 5,
        "frame_filter": "step=2",
        "frames": [{"name": "clip.mp4", "width": 64, "height": 48}],
        "deleted_frames": [],
    }
    server.labels[9] = [_label(1, "car")]
    server.jobs[9] = [_job(11, 9)]
    server.annotations[11] = {
        "version": 0,
        "tags": [],
        "shapes": [],
        "tracks": [
            {
                "id": 3,
                "frame": 0,
                "label_id": 1,
                "group": 0,
                "source": "manual",
                "attributes": [],
                "shapes": [
                    _shape(1, 0, [0, 0, 32, 24]),
                    _shape(1, 2, [0, 0, 32, 24], outside=True),
                ],
            }
        ],
    }
    return server


def test_video_task_track_lands_on_sampled_frames(tmp_path: Path) -> None:
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"not decoded")
    conn, _ = connect(_video_server())
    dataset = fo.Dataset()
    try:
        dataset.add_sample(fo.Sample(filepath=str(video)))
        for _ in range(2):  # the second import updates the same labels
            import_annotations(
                dataset, task_ids=[9], label_types={"detections": "cars"}, connection=conn
            )
            sample = dataset.first()
            # CVAT frame k = source frame 1 + 2k = FiftyOne frame 2 + 2k
            labelled = {n: f.cars for n, f in sample.frames.items() if f.cars is not None}
            assert sorted(labelled) == [2, 4]
            assert all(len(d.detections) == 1 for d in labelled.values())
            assert all(d.detections[0].index == 1 for d in labelled.values())
            assert labelled[2].detections[0].bounding_box == pytest.approx([0, 0, 0.5, 0.5])
            assert labelled[2].detections[0]["keyframe"] is True
    finally:
        dataset.delete()
        conn.close()


def test_the_video_of_a_task_backup_is_extracted_whole(tmp_path: Path) -> None:
    archive = tmp_path / "backup.zip"
    video = bytes(range(256)) * 64
    with zipfile.ZipFile(archive, "w") as backup:
        backup.writestr("task.json", "{}")
        backup.writestr("data/manifest.jsonl", "")
        backup.writestr("data/drive.mp4", video)
    extract_video(archive, str(tmp_path / "drive.mp4"), 7)
    assert (tmp_path / "drive.mp4").read_bytes() == video
    assert not (tmp_path / "drive.mp4.part").exists()


def test_a_backup_without_its_video_is_a_clear_error(tmp_path: Path) -> None:
    archive = tmp_path / "backup.zip"
    with zipfile.ZipFile(archive, "w") as backup:
        backup.writestr("task.json", "{}")  # a lightweight backup of cloud-storage media
    with pytest.raises(ValueError, match="download_media: the backup of CVAT task 7 holds 0"):
        extract_video(archive, str(tmp_path / "drive.mp4"), 7)
    assert not (tmp_path / "drive.mp4").exists()


def test_media_type_mismatch(tmp_path: Path) -> None:
    conn, _ = connect(_video_server())
    dataset = fo.Dataset()
    try:
        dataset.add_samples([fo.Sample(filepath=f) for f in _images(tmp_path, ["a.jpg"])])
        with pytest.raises(
            ValueError, match=r"hold videos but the dataset holds \['image'\] samples"
        ):
            import_annotations(dataset, task_ids=9, connection=conn)
    finally:
        dataset.delete()
        conn.close()


def _projects(names: dict[int, str]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/projects":
            results = [{"id": i, "name": n, "labels": {}, "tasks": {}} for i, n in names.items()]
            return json_response(200, _page(results))
        return None

    return handler


@pytest.mark.parametrize(
    ("names", "error", "message"),
    [
        ({1: "other"}, Exception, "no CVAT project named 'p'"),
        ({1: "p", 2: "p"}, ValueError, r"2 CVAT projects are named 'p' \(ids \[1, 2\]\)"),
    ],
)
def test_project_name_must_match_one_project(
    names: dict[int, str], error: type[Exception], message: str
) -> None:
    conn, _ = connect(_projects(names))
    try:
        with pytest.raises(error, match=message):
            import_annotations(fo.Dataset(), project_name="p", connection=conn)
    finally:
        conn.close()


def test_insert_new_false_and_files_in_two_tasks(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    a, _ = _images(tmp_path, ["a.jpg", "b.jpg"])
    server = _Server()
    for task_id, job_id, label in ((4, 7, "cat"), (5, 8, "dog")):
        server.meta[task_id] = dict(IMAGE_META, deleted_frames=[])
        # folders of server-side files do not matter: names match by basename too
        server.meta[task_id]["frames"] = [
            {"name": f"share/{n}", "width": 64, "height": 48} for n in ("a.jpg", "b.jpg")
        ]
        server.labels[task_id] = [_label(1, label)]
        server.jobs[task_id] = [_job(job_id, task_id)]
        server.annotations[job_id] = {
            "version": 0,
            "tags": [],
            "shapes": [_shape(1, 0, [0, 0, 8, 8], id=job_id), _shape(1, 1, [0, 0, 8, 8])],
            "tracks": [],
        }
    conn, _ = connect(server)
    dataset = fo.Dataset()
    try:
        dataset.add_sample(fo.Sample(filepath=a))
        with caplog.at_level(logging.WARNING):
            import_annotations(
                dataset, task_ids=[4, 5], data_path=tmp_path, insert_new=False, connection=conn
            )
        assert "Ignoring annotations of 1 file(s) not in the collection" in caplog.text
        assert len(dataset) == 1
        labels = sorted(d.label for d in dataset.first().detections.detections)
        assert labels == ["cat", "dog"]  # one from each task
    finally:
        dataset.delete()
        conn.close()


def test_download_media_writes_images_and_inserts_samples(tmp_path: Path) -> None:
    server = _Server()
    server.meta[4] = dict(IMAGE_META, deleted_frames=[1])
    server.labels[4] = [_label(1, "cat")]
    server.jobs[4] = [_job(7, 4)]
    server.annotations[7] = {"version": 0, "tags": [], "shapes": [], "tracks": []}
    for k, path in enumerate(_images(tmp_path, ["x0.jpg", "x1.jpg", "x2.jpg"])):
        server.frames[(4, k)] = Path(path).read_bytes()
    conn, fake = connect(server)
    dataset = fo.Dataset()
    target = tmp_path / "media"
    try:
        import_annotations(
            dataset, task_ids=[4], data_path=target, download_media=True, connection=conn
        )
        assert sorted(p.name for p in target.iterdir()) == ["a.jpg", "c.jpg"]  # b is deleted
        assert len(fake.calls("GET", "/api/tasks/4/data")) == 2
        # like FiftyOne: every mapped file becomes a sample, annotated or not
        assert len(dataset) == 2 and dataset.first().metadata.width == 64
    finally:
        dataset.delete()
        conn.close()
