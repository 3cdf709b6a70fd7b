"""CVAT manifests from FiftyOne's metadata: their exact content, where they go, the
refusals (pure), and the boto3 side without a network (botocore's Stubber)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from fiftyone_cvat.cvat import bucket
from fiftyone_cvat.domain.planning import MediaItem, PlanOptions, plan_run
from fiftyone_cvat.domain.planning.cloud_manifest import (
    LARGE_MANIFEST_TASK,
    ManifestImage,
    check_manifest_media,
    large_manifest_warning,
    manifest_directory,
    manifest_lines,
    run_manifests,
    task_manifest,
)
from fiftyone_cvat.domain.planning.cloud_media import CloudMediaError, CloudStorage
from fiftyone_cvat.domain.planning.task_data import TaskDataParams

S3 = "AWS_S3_BUCKET"


def _item(i: int, url: str, size: tuple[int, int] | None = (640, 480)) -> MediaItem:
    width, height = size or (None, None)
    return MediaItem(
        sample_id=f"s{i}",
        filepath=f"/nonexistent/{i}.jpg",
        media_path=url,
        media_type="image",
        width=width,
        height=height,
    )


def test_a_manifest_is_cvats_header_then_one_line_per_image() -> None:
    """CVAT's image manifest: version, type, then name (relative to the manifest's
    directory, without extension), extension, width, height; ASCII JSON (CVAT opens
    the file in its locale's encoding); a key listed twice is written once."""
    images = [
        ManifestImage("imgs/a.jpg", 640, 480),
        ManifestImage("imgs/sub/b.tar.png", 48, 64),
        ManifestImage("imgs/é.jpeg", 1, 2),
        ManifestImage("imgs/a.jpg", 640, 480),
    ]
    body = manifest_lines(images, "imgs/")
    lines = body.decode("ascii").splitlines()
    assert lines[:2] == ['{"version":"1.1"}', '{"type":"images"}']
    assert [json.loads(line) for line in lines[2:]] == [
        {"name": "a", "extension": ".jpg", "width": 640, "height": 480},
        {"name": "sub/b.tar", "extension": ".png", "width": 48, "height": 64},
        {"name": "é", "extension": ".jpeg", "width": 1, "height": 2},
    ]
    assert body.endswith(b"\n")


@pytest.mark.parametrize(
    ("keys", "directory"),
    [
        (["imgs/a.jpg", "imgs/sub/b.jpg"], "imgs/"),
        (["x/y/a.jpg"], "x/y/"),
        (["a.jpg", "imgs/b.jpg"], ""),
        (["ab/c.jpg", "abc/d.jpg"], ""),  # directories, not string prefixes
        (["d/e/f/a.jpg", "d/e/g/b.jpg"], "d/e/"),
    ],
)
def test_the_manifest_sits_in_the_deepest_directory_of_every_key(
    keys: list[str], directory: str
) -> None:
    """CVAT reads names relative to ``dirname(manifest key)`` and refuses files outside it."""
    assert manifest_directory(keys) == directory


def test_a_manifests_key_is_its_contents_digest_beside_the_images() -> None:
    """Same images and sizes: same key (a rerun writes the same file); other sizes:
    another key, so CVAT's cache of a manifest by key can never serve stale sizes."""
    images = [ManifestImage("imgs/a.jpg", 640, 480), ManifestImage("imgs/b.jpg", 10, 20)]
    first = task_manifest(images)
    assert first.key.startswith("imgs/fiftyone-cvat-manifest-") and first.key.endswith(".jsonl")
    assert task_manifest(list(images)).key == first.key
    resized = [ManifestImage("imgs/a.jpg", 641, 480), images[1]]
    assert task_manifest(resized).key != first.key
    assert first.images == 2


def test_the_manifest_is_named_last_in_the_tasks_server_files() -> None:
    """CVAT takes the ``.jsonl`` of ``server_files`` as the task's manifest."""
    body = TaskDataParams().to_cloud_json(7, ["imgs/a.jpg", "imgs/b.jpg"], "imgs/m.jsonl")
    assert body["server_files"] == ["imgs/a.jpg", "imgs/b.jpg", "imgs/m.jsonl"]
    assert TaskDataParams().to_cloud_json(7, ["imgs/a.jpg"])["server_files"] == ["imgs/a.jpg"]


def _plan(items: Sequence[MediaItem], task_size: int | None = None) -> Any:
    return plan_run(list(items), PlanOptions(task_size=task_size))


def test_each_task_gets_a_manifest_of_its_own_images() -> None:
    items = [_item(i, f"s3://bkt/imgs/{i}.jpg", (10 + i, 20)) for i in range(5)]
    plan = _plan(items, task_size=2)
    manifests = run_manifests(plan.tasks, "image", S3)
    assert sorted(manifests) == [t.index for t in plan.tasks]
    names = [
        [json.loads(line)["name"] for line in m.body.decode().splitlines()[2:]]
        for m in manifests.values()
    ]
    assert names == [["0", "1"], ["2", "3"], ["4"]]


def test_a_task_too_large_for_cvats_manifest_matching_is_warned_of() -> None:
    """CVAT's matching of a task's files against its manifest is quadratic in the task's
    size: the warning names task_size; tasks at the limit pass quietly."""
    items = [_item(i, f"s3://bkt/imgs/{i}.jpg") for i in range(LARGE_MANIFEST_TASK + 1)]
    one_task = run_manifests(_plan(items).tasks, "image", S3)
    warning = large_manifest_warning(one_task)
    assert warning is not None and f"a task of {LARGE_MANIFEST_TASK + 1:,} images" in warning
    assert "task_size" in warning
    split = run_manifests(_plan(items, task_size=LARGE_MANIFEST_TASK).tasks, "image", S3)
    assert large_manifest_warning(split) is None


def test_samples_without_metadata_are_refused_naming_compute_metadata() -> None:
    """The user asked for a manifest: a silent run without one would be slow for no
    visible reason, and one leaving images out would lose them (CVAT keeps only the
    files its manifest lists)."""
    items = [
        _item(0, "s3://bkt/imgs/0.jpg"),
        _item(1, "s3://bkt/imgs/1.jpg", None),
        _item(2, "s3://bkt/imgs/2.jpg", (0, 0)),
    ]
    with pytest.raises(CloudMediaError) as raised:
        run_manifests(_plan(items).tasks, "image", S3)
    message = str(raised.value)
    assert "cloud_manifest: 2 of 3 sample(s) have no width/height" in message
    assert "sample s1" in message and "compute_metadata()" in message
    assert "drop cloud_manifest" in message


@pytest.mark.parametrize(
    ("media_type", "provider", "problem"),
    [
        ("video", S3, "this collection holds video samples"),
        ("point-cloud", S3, "this collection holds point-cloud samples"),
        ("image", "GOOGLE_CLOUD_STORAGE", "in a GOOGLE_CLOUD_STORAGE bucket"),
        ("image", "SHARE", "on the CVAT server's share"),
    ],
)
def test_a_manifest_only_for_images_in_s3(media_type: str, provider: Any, problem: str) -> None:
    with pytest.raises(CloudMediaError, match=f"cloud_manifest: .*{problem}.*drop cloud_manifest"):
        check_manifest_media([_item(0, "s3://bkt/imgs/0.jpg")], media_type, provider)


def test_a_manifest_for_local_media_is_refused() -> None:
    items = [_item(0, "/data/0.jpg")]
    with pytest.raises(CloudMediaError, match="cloud_manifest: the run's media are local files"):
        run_manifests(_plan(items).tasks, "image", None)


def test_cloud_manifest_must_be_a_bool() -> None:
    from fiftyone_cvat.plugin.backend import CVATBackendConfig

    with pytest.raises(ValueError, match="cloud_manifest: 'yes' is not a bool"):
        CVATBackendConfig("cvat", {}, cloud_manifest="yes")


# --- the boto3 side ------------------------------------------------------------------

STORAGE = CloudStorage(
    3, S3, "bkt", "bucket", endpoint_url="http://127.0.0.1:1", region="eu-west-1"
)


def test_a_missing_boto3_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "boto3", None)  # import boto3 -> ImportError
    with pytest.raises(ImportError, match=r'pip install "fiftyone-cvat\[cloud\]"'):
        bucket.open_session()


@pytest.fixture
def no_aws(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> pytest.MonkeyPatch:
    """An environment where boto3's default chain finds nothing (no instance lookup)."""
    import os

    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    return monkeypatch


def test_no_aws_credentials_are_refused_before_any_write(no_aws: pytest.MonkeyPatch) -> None:
    with pytest.raises(bucket.BucketError, match=r"found no AWS credentials.*AWS_PROFILE"):
        bucket.open_session()


def test_the_storages_endpoint_unless_boto3s_own_variable_says_otherwise() -> None:
    assert bucket.endpoint_url(STORAGE, {}) == "http://127.0.0.1:1"
    assert bucket.endpoint_url(STORAGE, {"AWS_ENDPOINT_URL_S3": "http://x:9"}) is None
    assert bucket.endpoint_url(STORAGE, {"AWS_ENDPOINT_URL": "http://x:9"}) is None
    assert bucket.endpoint_url(CloudStorage(1, S3, "b"), {}) is None  # AWS itself


SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def _stubbed(
    no_aws: pytest.MonkeyPatch, prepare: Callable[[Any], None]
) -> tuple[bucket.BucketSession, list[dict[str, Any]], list[Any]]:
    """A session whose S3 clients are real boto3 clients (their API model checks our
    parameters) with botocore's Stubber, set up by ``prepare``, in place of the network;
    returns it, the clients' arguments and their stubs."""
    from botocore.stub import Stubber

    no_aws.setenv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
    no_aws.setenv("AWS_SECRET_ACCESS_KEY", SECRET)
    session = bucket.open_session()
    real_client = session.session.client
    calls: list[dict[str, Any]] = []
    stubs: list[Any] = []

    def client(service: str, **kwargs: Any) -> Any:
        made = real_client(service, **kwargs)
        stub = Stubber(made)
        prepare(stub)
        stub.activate()
        calls.append(kwargs)
        stubs.append(stub)
        return made

    no_aws.setattr(session.session, "client", client)
    return session, calls, stubs


def test_each_manifest_is_put_into_the_storages_bucket(no_aws: pytest.MonkeyPatch) -> None:
    manifest = task_manifest([ManifestImage("imgs/a.jpg", 640, 480)])
    expected = {
        "Bucket": "bkt",
        "Key": manifest.key,
        "Body": manifest.body,
        "ContentType": "application/jsonl",
    }
    session, calls, stubs = _stubbed(
        no_aws, lambda stub: stub.add_response("put_object", {"ETag": '"x"'}, expected)
    )
    bucket.write_manifests(session, STORAGE, [manifest])
    stubs[0].assert_no_pending_responses()
    assert calls == [{"endpoint_url": "http://127.0.0.1:1", "region_name": "eu-west-1"}]


@pytest.mark.parametrize(
    ("code", "fix"),
    [
        ("AccessDenied", "s3:PutObject on it"),
        ("NoSuchBucket", "set AWS_ENDPOINT_URL_S3"),
        ("SlowDown", "check the bucket and boto3's credentials"),
    ],
)
def test_a_refused_write_names_the_fix_and_no_secret(
    no_aws: pytest.MonkeyPatch, code: str, fix: str
) -> None:
    session, _, _ = _stubbed(
        no_aws, lambda stub: stub.add_client_error("put_object", service_error_code=code)
    )
    manifest = task_manifest([ManifestImage("imgs/a.jpg", 640, 480)])
    with pytest.raises(bucket.BucketError) as raised:
        bucket.write_manifests(session, STORAGE, [manifest])
    message = str(raised.value)
    assert f"writing s3://bkt/{manifest.key} failed ({code})" in message
    assert fix in message
    assert SECRET not in message and "AKIDEXAMPLE" not in message


def test_keys_are_listed_from_the_bucket_like_cvats_listing(no_aws: pytest.MonkeyPatch) -> None:
    """Every page, names relative to the directory (as CVAT's content-v2 gives them)."""
    pages = [
        ({"Contents": [{"Key": "imgs/a.jpg"}], "IsTruncated": True, "NextContinuationToken": "t"}),
        ({"Contents": [{"Key": "imgs/b.jpg"}], "IsTruncated": False}),
    ]

    def prepare(stub: Any) -> None:
        stub.add_response(
            "list_objects_v2", pages[0], {"Bucket": "bkt", "Prefix": "imgs/", "Delimiter": "/"}
        )
        stub.add_response(
            "list_objects_v2",
            pages[1],
            {"Bucket": "bkt", "Prefix": "imgs/", "Delimiter": "/", "ContinuationToken": "t"},
        )

    session, _, stubs = _stubbed(no_aws, prepare)
    assert bucket.list_directory(session, STORAGE, "imgs/") == {"a.jpg", "b.jpg"}
    stubs[0].assert_no_pending_responses()


def test_a_refused_listing_names_the_fix(no_aws: pytest.MonkeyPatch) -> None:
    session, _, _ = _stubbed(
        no_aws,
        lambda stub: stub.add_client_error("list_objects_v2", service_error_code="AccessDenied"),
    )
    with pytest.raises(bucket.BucketError, match=r"listing s3://bkt/imgs/ failed.*s3:ListBucket"):
        bucket.list_directory(session, STORAGE, "imgs/")


class _ListingBucket:
    """S3's ``list_objects_v2`` over sorted keys: 1,000 a page, ``StartAfter``,
    ``Prefix`` and ``Delimiter``; it counts the pages it served."""

    def __init__(self, keys: Sequence[str]) -> None:
        self.keys = sorted(keys)
        self.pages = 0
        self.starts: list[str | None] = []

    def client(self, service: str, **kwargs: Any) -> _ListingBucket:
        return self

    def get_paginator(self, operation: str) -> _ListingBucket:
        assert operation == "list_objects_v2"
        return self

    def paginate(self, **kwargs: str) -> Any:
        prefix, after = kwargs["Prefix"], kwargs.get("StartAfter")
        self.starts.append(after)
        keys = [k for k in self.keys if k.startswith(prefix) and "/" not in k[len(prefix) :]]
        keys = [k for k in keys if after is None or k > after]
        for i in range(0, len(keys), bucket.LISTING_PAGE):
            self.pages += 1
            yield {"Contents": [{"Key": k} for k in keys[i : i + bucket.LISTING_PAGE]]}


def test_wanted_keys_are_listed_in_ranges_at_once_and_no_further() -> None:
    """2,500 wanted names in a directory of 4,000 keys: three ranges of 1,000 names,
    listed from after the previous range's last name, none read past its own last one."""
    present = [f"imgs/im{i:05d}.jpg" for i in range(4000)] + ["imgs/sub/x.jpg", "other/a.jpg"]
    fake = _ListingBucket(present)
    wanted = [f"im{i:05d}.jpg" for i in range(0, 5000, 2)]  # 2,500; the last 500 absent
    listed = bucket.list_directory(bucket.BucketSession(fake), STORAGE, "imgs/", wanted)
    assert {w for w in wanted if w in listed} == {f"im{i:05d}.jpg" for i in range(0, 4000, 2)}
    assert sorted(fake.starts, key=str) == [None, "imgs/im01998.jpg", "imgs/im03998.jpg"]
    # every other key is wanted, so a range of 1,000 wanted names spans two pages; the
    # last range ends with the listing: 2 + 2 + 1 (the whole directory is 5 pages)
    assert fake.pages == 5
