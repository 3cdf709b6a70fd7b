"""Media CVAT reads from an S3 bucket (moto's server on loopback, attached to CVAT as a
cloud storage): annotate and load without uploading a byte of media, and the bad
inputs refused before any task exists.

Recording starts moto (tests/support/moto_s3.py); replaying needs neither moto nor
CVAT. FiftyOne (open source) rewrites an ``s3://`` filepath into a local path, so
the cloud URL is in a string field named by ``media_field``, or comes from
``cloud_prefix_map`` over local copies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import backend_support as bs
import cassette_support as cs
import fiftyone as fo
import httpx
import moto_s3
import pytest

from fiftyone_cvat.cvat import endpoints
from fiftyone_cvat.domain.planning.cloud_media import CloudMediaError

pytestmark = [pytest.mark.vcr, pytest.mark.db, pytest.mark.usefixtures("registered_backend")]


@pytest.fixture(scope="module")
def s3(record_mode: str) -> Iterator[moto_s3.S3Server]:
    """The bucket's S3 server: moto on loopback while recording, nothing on replay."""
    yield from moto_s3.serve(cs.is_recording(record_mode))


@pytest.fixture
def storage(s3: moto_s3.S3Server, connection: Any, request: pytest.FixtureRequest) -> Iterator[int]:
    """The bucket attached to CVAT for one test, detached afterwards."""
    storage_id = endpoints.create_cloud_storage(
        connection, s3.storage_body(f"fiftyone-cvat {request.node.name}"[:63])
    )
    yield storage_id
    endpoints.delete_cloud_storage(connection, storage_id)


def _cloud_dataset(name: str, urls: list[str], **fields: Callable[[int], Any]) -> fo.Dataset:
    """Samples whose media are only in the bucket: ``s3_path`` holds the URL, the
    filepath names no local file, and FiftyOne has no metadata."""
    dataset = bs.new_dataset(name)
    dataset.add_samples(
        fo.Sample(
            filepath=f"/nonexistent/{url.rsplit('/', 1)[-1]}",
            s3_path=url,
            **{k: make(i) for k, make in fields.items()},
        )
        for i, url in enumerate(urls)
    )
    return dataset


def _uploads(sent: list[httpx.Request]) -> list[httpx.Request]:
    return [r for r in sent if r.headers.get("Upload-Start") or r.headers.get("Upload-Multiple")]


def test_annotate_and_load_images_from_s3(
    s3: moto_s3.S3Server,
    storage: int,
    kw: dict[str, Any],
    creds: dict[str, Any],
    connection: Any,
    sent: list[httpx.Request],
    progress_bars: Any,
) -> None:
    """No metadata, no local file: CVAT reads the keys, its frame sizes place the
    boxes; detections and classifications go up and an annotator's edit comes back."""
    dataset = _cloud_dataset(
        "cloud-s3-roundtrip",
        [s3.url(k) for k in s3.keys],
        gt=lambda i: fo.Detections(
            detections=[
                fo.Detection(
                    id=bs.fixed_id(10 * i + 1), label="cat", bounding_box=[0.25, 0.25, 0.5, 0.5]
                )
            ]
        ),
        kind=lambda i: fo.Classification(
            id=bs.fixed_id(10 * i + 2), label="indoor" if i % 2 else "outdoor"
        ),
    )
    results = dataset.annotate(
        "cloud",
        label_schema={
            "gt": {"type": "detections", "classes": ["cat", "dog"]},
            "kind": {"type": "classification", "classes": ["indoor", "outdoor"]},
        },
        media_field="s3_path",
        **kw,
    )
    try:
        assert not _uploads(sent)  # not a byte of media sent
        (task_id,) = results.task_ids
        meta = connection.request_json("GET", f"/api/tasks/{task_id}/data/meta")
        assert [f["name"] for f in meta["frames"]] == list(s3.keys)
        sizes = [(f["width"], f["height"]) for f in meta["frames"]]
        assert sizes == list(moto_s3.IMAGE_SIZES)
        (bar,) = progress_bars.named("read by CVAT")  # one bar, filled by CVAT's progress
        assert sum(bar.updates) == 100

        (job_id,) = results.job_ids[task_id]
        shapes = bs.job_annotations(connection, job_id)["shapes"]
        first = next(s for s in shapes if s["frame"] == 0)
        w, h = moto_s3.IMAGE_SIZES[0]
        assert first["points"] == pytest.approx([0.25 * w, 0.25 * h, 0.75 * w, 0.75 * h])
        moved = dict(first, points=[0.0, 0.0, w / 2, h / 2])
        bs.edit_job(connection, job_id, "update", shapes=[moved])

        dataset.load_annotations("cloud", **creds)
        box = dataset.first().gt.detections[0]
        assert box.bounding_box == pytest.approx([0.0, 0.0, 0.5, 0.5])
        kinds = [s.kind.label for s in dataset]
        assert kinds == ["outdoor", "indoor", "outdoor", "indoor"]
    finally:
        dataset.load_annotation_results("cloud", **creds).cleanup()
        dataset.delete_annotation_run("cloud")


def test_a_prefix_map_reads_local_copies_from_the_bucket(
    s3: moto_s3.S3Server,
    storage: int,
    tmp_path: Path,
    kw: dict[str, Any],
    creds: dict[str, Any],
    connection: Any,
    sent: list[httpx.Request],
) -> None:
    """Local files mirroring the bucket: FiftyOne's metadata gives the sizes, CVAT reads
    the bucket; polylines go up and come back."""
    (tmp_path / "imgs").mkdir()
    paths = []
    for i, key in enumerate(s3.keys[:2]):
        path = tmp_path / key
        path.write_bytes(moto_s3.image_bytes(i))
        paths.append(str(path))
    dataset = bs.new_dataset("cloud-s3-prefix-map")
    dataset.add_samples(
        fo.Sample(
            filepath=p,
            lines=fo.Polylines(
                polylines=[
                    fo.Polyline(
                        id=bs.fixed_id(10 * i + 3),
                        label="road",
                        points=[[(0.1, 0.1), (0.5, 0.5), (0.9, 0.2)]],
                    )
                ]
            ),
        )
        for i, p in enumerate(paths)
    )
    results = dataset.annotate(
        "mapped",
        label_field="lines",
        label_type="polylines",
        classes=["road"],
        cloud_prefix_map={f"{tmp_path}/": f"s3://{s3.bucket}/"},
        **kw,
    )
    try:
        assert not _uploads(sent)
        (task_id,) = results.task_ids
        meta = connection.request_json("GET", f"/api/tasks/{task_id}/data/meta")
        assert [f["name"] for f in meta["frames"]] == list(s3.keys[:2])
        dataset.load_annotations("mapped", **creds)
        line = dataset.first().lines.polylines[0]
        flat = [c for point in line.points[0] for c in point]
        assert flat == pytest.approx([0.1, 0.1, 0.5, 0.5, 0.9, 0.2], abs=1e-2)
    finally:
        dataset.load_annotation_results("mapped", **creds).cleanup()
        dataset.delete_annotation_run("mapped")


@pytest.fixture
def aws_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """boto3's default chain finds moto's dummy keys in the environment (replays sign
    with them too: the PUT is matched by method, URL and body, never by signature)."""
    for name in ("AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


def test_a_manifest_from_fiftyone_metadata_spares_cvat_reading_the_images(
    s3: moto_s3.S3Server,
    storage: int,
    aws_credentials: None,
    kw: dict[str, Any],
    creds: dict[str, Any],
    connection: Any,
    sent: list[httpx.Request],
) -> None:
    """``cloud_manifest=True``: the run writes one manifest per task into the bucket
    (boto3) and names it in the task's ``server_files``; CVAT takes the frame sizes from
    it instead of reading the images. The metadata here says twice the images' real
    sizes, so CVAT's ``/data/meta`` reporting them proves it read the manifest (and the
    boxes, encoded with FiftyOne's sizes, agree with CVAT's frames)."""
    from fiftyone_cvat.domain.planning.cloud_manifest import ManifestImage, task_manifest

    sizes = [(2 * w, 2 * h) for w, h in moto_s3.IMAGE_SIZES[:3]]
    dataset = _cloud_dataset(
        "cloud-s3-manifest",
        [s3.url(k) for k in s3.keys[:3]],
        gt=lambda i: fo.Detections(
            detections=[
                fo.Detection(
                    id=bs.fixed_id(10 * i + 6), label="cat", bounding_box=[0.25, 0.25, 0.5, 0.5]
                )
            ]
        ),
    )
    for sample, (w, h) in zip(dataset, sizes, strict=True):
        sample.metadata = fo.ImageMetadata(width=w, height=h)
        sample.save()
    results = dataset.annotate(
        "manifest",
        label_field="gt",
        label_type="detections",
        classes=["cat"],
        media_field="s3_path",
        cloud_manifest=True,
        **kw,
    )
    try:
        assert not _uploads(sent)
        expected = task_manifest(
            [ManifestImage(k, w, h) for k, (w, h) in zip(s3.keys[:3], sizes, strict=True)]
        )
        assert expected.key.startswith("imgs/fiftyone-cvat-manifest-")
        (data,) = [r for r in sent if r.method == "POST" and r.url.path.endswith("/data/")]
        import json

        assert json.loads(data.content)["server_files"] == [*s3.keys[:3], expected.key]
        (task_id,) = results.task_ids
        meta = connection.request_json("GET", f"/api/tasks/{task_id}/data/meta")
        assert [f["name"] for f in meta["frames"]] == list(s3.keys[:3])
        assert [(f["width"], f["height"]) for f in meta["frames"]] == sizes

        (job_id,) = results.job_ids[task_id]
        shapes = sorted(bs.job_annotations(connection, job_id)["shapes"], key=lambda s: s["frame"])
        w, h = sizes[1]
        assert shapes[1]["points"] == pytest.approx([0.25 * w, 0.25 * h, 0.75 * w, 0.75 * h])
        bs.edit_job(connection, job_id, "update", shapes=[dict(shapes[1], points=[0, 0, w, h])])
        dataset.load_annotations("manifest", **creds)
        box = dataset.skip(1).first().gt.detections[0]
        assert box.bounding_box == pytest.approx([0.0, 0.0, 1.0, 1.0])
    finally:
        dataset.load_annotation_results("manifest", **creds).cleanup()
        dataset.delete_annotation_run("manifest")


def test_a_manifest_without_metadata_is_refused_before_any_request(
    s3: moto_s3.S3Server, aws_credentials: None, kw: dict[str, Any], sent: list[httpx.Request]
) -> None:
    """No frame sizes in FiftyOne: the manifest cannot be written, and the run says how
    to get them (or to drop the option) before it talks to CVAT or the bucket."""
    dataset = _cloud_dataset("cloud-s3-manifest-no-metadata", [s3.url(k) for k in s3.keys[:2]])
    with pytest.raises(CloudMediaError, match=r"cloud_manifest: 2 of 2 .*compute_metadata"):
        dataset.annotate(
            "nometa",
            label_field="gt",
            label_type="detections",
            classes=["cat"],
            media_field="s3_path",
            cloud_manifest=True,
            **kw,
        )
    assert not [r for r in sent if "/cloudstorages" in r.url.path]  # no storage looked up
    _no_task_posted(sent)


def _no_task_posted(sent: list[httpx.Request]) -> None:
    posted = [r for r in sent if r.method == "POST" and r.url.path.rstrip("/") == "/api/tasks"]
    assert not posted


def test_a_key_missing_from_the_bucket_is_refused_before_any_task(
    s3: moto_s3.S3Server, storage: int, kw: dict[str, Any], sent: list[httpx.Request]
) -> None:
    dataset = _cloud_dataset(
        "cloud-s3-missing-key", [s3.url(s3.keys[0]), s3.url("imgs/not-there.jpg")]
    )
    with pytest.raises(CloudMediaError, match=r"not in the bucket.*imgs/not-there.jpg"):
        dataset.annotate(
            "missing",
            label_field="gt",
            label_type="detections",
            classes=["cat"],
            media_field="s3_path",
            **kw,
        )
    _no_task_posted(sent)
    assert "missing" not in dataset.list_annotation_runs()


def test_a_bucket_no_storage_serves_is_refused_listing_what_exists(
    s3: moto_s3.S3Server, storage: int, kw: dict[str, Any], sent: list[httpx.Request]
) -> None:
    dataset = _cloud_dataset("cloud-s3-no-storage", ["s3://no-such-bucket/imgs/im0.jpg"])
    with pytest.raises(CloudMediaError) as raised:
        dataset.annotate(
            "nostorage",
            label_field="gt",
            label_type="detections",
            classes=["cat"],
            media_field="s3_path",
            **kw,
        )
    message = str(raised.value)
    assert "no CVAT cloud storage serves s3://no-such-bucket" in message
    assert f"#{storage} " in message and s3.bucket in message  # what does exist
    _no_task_posted(sent)


def test_an_explicit_cloud_storage_id_takes_precedence(
    s3: moto_s3.S3Server,
    storage: int,
    connection: Any,
    kw: dict[str, Any],
    creds: dict[str, Any],
    sent: list[httpx.Request],
) -> None:
    """Two storages serve the bucket: matching alone is ambiguous, the id decides."""
    twin = endpoints.create_cloud_storage(connection, s3.storage_body("fiftyone-cvat twin"))
    try:
        dataset = _cloud_dataset("cloud-s3-explicit", [s3.url(s3.keys[0])])
        schema = {"label_field": "gt", "label_type": "detections", "classes": ["cat"]}
        with pytest.raises(CloudMediaError, match="several CVAT cloud storages"):
            dataset.annotate("ambiguous", media_field="s3_path", **schema, **kw)
        _no_task_posted(sent)
        results = dataset.annotate(
            "explicit", media_field="s3_path", cloud_storage_id=twin, **schema, **kw
        )
        try:
            (body,) = [r for r in sent if r.method == "POST" and r.url.path.endswith("/data/")]
            import json

            assert json.loads(body.content)["cloud_storage_id"] == twin
        finally:
            results.cleanup()
            dataset.delete_annotation_run("explicit")
    finally:
        endpoints.delete_cloud_storage(connection, twin)


def test_import_with_download_media_fetches_a_cloud_tasks_images_through_cvat(
    s3: moto_s3.S3Server,
    storage: int,
    tmp_path: Path,
    kw: dict[str, Any],
    creds: dict[str, Any],
    connection: Any,
) -> None:
    """A task made from the bucket imports like an uploaded one: CVAT serves its frames
    (the bucket's keys, folders kept) and its labels land on them; ``cloud_url_field``
    gives each sample its cloud URL, from the task's storage."""
    from fiftyone_cvat import import_annotations

    source = _cloud_dataset(
        "cloud-s3-import-source",
        [s3.url(k) for k in s3.keys[:2]],
        gt=lambda i: fo.Detections(
            detections=[
                fo.Detection(
                    id=bs.fixed_id(10 * i + 4), label="cat", bounding_box=[0.1, 0.2, 0.3, 0.4]
                )
            ]
        ),
    )
    results = source.annotate(
        "exported",
        label_field="gt",
        label_type="detections",
        classes=["cat"],
        media_field="s3_path",
        **kw,
    )
    target = bs.new_dataset("cloud-s3-import-target")
    try:
        import_annotations(
            target,
            task_ids=results.task_ids,
            data_path=str(tmp_path / "media"),
            download_media=True,
            cloud_url_field="s3_path",
            connection=connection,
        )
        names = sorted(str(Path(s.filepath).relative_to(tmp_path / "media")) for s in target)
        assert names == list(s3.keys[:2])
        by_name = {Path(s.filepath).relative_to(tmp_path / "media").as_posix(): s for s in target}
        assert {k: by_name[k].s3_path for k in s3.keys[:2]} == {k: s3.url(k) for k in s3.keys[:2]}
        target.compute_metadata()
        first = target.sort_by("filepath").first()
        assert (first.metadata.width, first.metadata.height) == moto_s3.IMAGE_SIZES[0]
        (box,) = first.detections.detections
        assert box.label == "cat"
        assert box.bounding_box == pytest.approx([0.1, 0.2, 0.3, 0.4], abs=1e-2)
    finally:
        target.delete()
        results.cleanup()
        source.delete_annotation_run("exported")


def test_a_video_from_s3_without_metadata(
    s3: moto_s3.S3Server,
    storage: int,
    kw: dict[str, Any],
    creds: dict[str, Any],
    connection: Any,
    sent: list[httpx.Request],
) -> None:
    """FiftyOne knows neither the video's length nor its size: CVAT's ``/data/meta``
    gives both once it read the video, and the frame boxes land in its pixels."""
    dataset = bs.new_dataset("cloud-s3-video")
    sample = fo.Sample(filepath="/nonexistent/clip.mp4", s3_path=s3.url(moto_s3.VIDEO_KEY))
    for number in (1, 3):
        box = fo.Detection(id=bs.fixed_id(number), label="car", bounding_box=[0.25, 0.25, 0.5, 0.5])
        sample.frames[number] = fo.Frame(gt=fo.Detections(detections=[box]))
    dataset.add_sample(sample)
    results = dataset.annotate(
        "video",
        label_field="frames.gt",
        label_type="detections",
        classes=["car"],
        media_field="s3_path",
        **kw,
    )
    try:
        assert not _uploads(sent)
        (task_id,) = results.task_ids
        meta = connection.request_json("GET", f"/api/tasks/{task_id}/data/meta")
        assert meta["size"] == moto_s3.VIDEO_FRAMES
        (job_id,) = results.job_ids[task_id]
        shapes = sorted(bs.job_annotations(connection, job_id)["shapes"], key=lambda s: s["frame"])
        assert [s["frame"] for s in shapes] == [0, 2]
        w, h = moto_s3.VIDEO_SIZE
        assert shapes[0]["points"] == pytest.approx([0.25 * w, 0.25 * h, 0.75 * w, 0.75 * h])
        moved = dict(shapes[1], points=[0.0, 0.0, w / 2, h / 2])
        bs.edit_job(connection, job_id, "update", shapes=[moved])

        dataset.load_annotations("video", **creds)
        frames = dataset.first().frames
        assert frames[1].gt.detections[0].bounding_box == pytest.approx([0.25, 0.25, 0.5, 0.5])
        assert frames[3].gt.detections[0].bounding_box == pytest.approx([0.0, 0.0, 0.5, 0.5])
    finally:
        dataset.load_annotation_results("video", **creds).cleanup()
        dataset.delete_annotation_run("video")


@pytest.fixture
def share_dir(record_mode: str) -> Iterator[str]:
    """``fiftyone-cvat-test/`` in the CVAT server's share, filled with the bucket's
    images while recording (the server's share directory is
    ``FIFTYONE_CVAT_TEST_SHARE_ROOT``); replays touch nothing."""
    name = "fiftyone-cvat-test"
    if not cs.is_recording(record_mode):
        yield name
        return
    import os
    import shutil

    root = os.environ.get("FIFTYONE_CVAT_TEST_SHARE_ROOT")
    if not root:
        pytest.skip("recording share runs needs FIFTYONE_CVAT_TEST_SHARE_ROOT")
    directory = Path(root) / name
    (directory / "imgs").mkdir(parents=True, exist_ok=True)
    try:
        for i in range(2):
            (directory / "imgs" / f"im{i}.jpg").write_bytes(moto_s3.image_bytes(i))
        (directory / "videos").mkdir(exist_ok=True)
        (directory / "videos" / "clip.mp4").write_bytes(moto_s3.video_bytes())
        yield name
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def test_images_from_the_servers_share(
    share_dir: str,
    kw: dict[str, Any],
    creds: dict[str, Any],
    connection: Any,
    sent: list[httpx.Request],
) -> None:
    """``share://`` paths: CVAT reads its mounted share (a missing file is refused first)."""
    urls = [f"share://{share_dir}/imgs/im{i}.jpg" for i in range(2)]
    missing = _cloud_dataset("cloud-share-missing", [*urls, f"share://{share_dir}/imgs/no.jpg"])
    with pytest.raises(CloudMediaError, match=r"not in the CVAT server's share.*imgs/no.jpg"):
        missing.annotate(
            "missing",
            label_field="gt",
            label_type="detections",
            classes=["cat"],
            media_field="s3_path",
            **kw,
        )
    _no_task_posted(sent)
    dataset = _cloud_dataset(
        "cloud-share",
        urls,
        gt=lambda i: fo.Detections(
            detections=[
                fo.Detection(
                    id=bs.fixed_id(10 * i + 5), label="cat", bounding_box=[0.5, 0.5, 0.25, 0.25]
                )
            ]
        ),
    )
    results = dataset.annotate(
        "share",
        label_field="gt",
        label_type="detections",
        classes=["cat"],
        media_field="s3_path",
        **kw,
    )
    try:
        assert not _uploads(sent)
        (task_id,) = results.task_ids
        meta = connection.request_json("GET", f"/api/tasks/{task_id}/data/meta")
        assert [(f["width"], f["height"]) for f in meta["frames"]] == list(moto_s3.IMAGE_SIZES[:2])
        (job_id,) = results.job_ids[task_id]
        shapes = sorted(bs.job_annotations(connection, job_id)["shapes"], key=lambda s: s["frame"])
        w, h = moto_s3.IMAGE_SIZES[1]
        assert shapes[1]["points"] == pytest.approx([0.5 * w, 0.5 * h, 0.75 * w, 0.75 * h])
        dataset.load_annotations("share", **creds)
        box = dataset.last().gt.detections[0]
        assert box.bounding_box == pytest.approx([0.5, 0.5, 0.25, 0.25])
    finally:
        dataset.load_annotation_results("share", **creds).cleanup()
        dataset.delete_annotation_run("share")


def test_a_video_from_the_servers_share(
    share_dir: str,
    kw: dict[str, Any],
    creds: dict[str, Any],
    connection: Any,
    sent: list[httpx.Request],
) -> None:
    """A ``share://`` video that FiftyOne holds no copy or metadata of: CVAT reads it
    from its share, ``/data/meta`` gives its length and size, a moved frame box loads."""
    dataset = bs.new_dataset("cloud-share-video")
    sample = fo.Sample(
        filepath="/nonexistent/clip.mp4", s3_path=f"share://{share_dir}/videos/clip.mp4"
    )
    for number in (1, 3):
        box = fo.Detection(id=bs.fixed_id(number), label="car", bounding_box=[0.25, 0.25, 0.5, 0.5])
        sample.frames[number] = fo.Frame(gt=fo.Detections(detections=[box]))
    dataset.add_sample(sample)
    results = dataset.annotate(
        "share_video",
        label_field="frames.gt",
        label_type="detections",
        classes=["car"],
        media_field="s3_path",
        **kw,
    )
    try:
        assert not _uploads(sent)
        (task_id,) = results.task_ids
        meta = connection.request_json("GET", f"/api/tasks/{task_id}/data/meta")
        assert meta["size"] == moto_s3.VIDEO_FRAMES
        (job_id,) = results.job_ids[task_id]
        shapes = sorted(bs.job_annotations(connection, job_id)["shapes"], key=lambda s: s["frame"])
        assert [s["frame"] for s in shapes] == [0, 2]
        w, h = moto_s3.VIDEO_SIZE
        assert shapes[0]["points"] == pytest.approx([0.25 * w, 0.25 * h, 0.75 * w, 0.75 * h])
        moved = dict(shapes[1], points=[0.0, 0.0, w / 2, h / 2])
        bs.edit_job(connection, job_id, "update", shapes=[moved])

        dataset.load_annotations("share_video", **creds)
        frames = dataset.first().frames
        assert frames[1].gt.detections[0].bounding_box == pytest.approx([0.25, 0.25, 0.5, 0.5])
        assert frames[3].gt.detections[0].bounding_box == pytest.approx([0.0, 0.0, 0.5, 0.5])
    finally:
        dataset.load_annotation_results("share_video", **creds).cleanup()
        dataset.delete_annotation_run("share_video")
