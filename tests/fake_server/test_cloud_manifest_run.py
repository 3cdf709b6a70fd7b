"""``cloud_manifest=True`` in a whole annotate run against a fake CVAT: what is refused
before any request, and a bucket that refuses the manifest leaves nothing created.
(The accepted manifest is recorded: tests/recorded/test_recorded_cloud.py.)"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import fiftyone as fo
import httpx
import pytest
from fake_cvat import connect, json_response

from fiftyone_cvat.cvat import bucket
from fiftyone_cvat.domain.planning.cloud_media import CloudMediaError
from fiftyone_cvat.plugin.backend import CVATBackendConfig
from fiftyone_cvat.runs import annotate

pytestmark = pytest.mark.db

STORAGE = {
    "id": 3,
    "provider_type": "AWS_S3_BUCKET",
    "resource": "bkt",
    "display_name": "bucket",
    "credentials_type": "KEY_SECRET_KEY_PAIR",
    "specific_attributes": "endpoint_url=http://127.0.0.1:1&region=us-east-1",
    "manifests": [],
}


def _cvat(request: httpx.Request) -> httpx.Response | None:
    path = request.url.path.rstrip("/")
    if path == "/api/cloudstorages":
        return json_response(
            200, {"count": 1, "next": None, "previous": None, "results": [STORAGE]}
        )
    if path == "/api/cloudstorages/3/status":
        return json_response(200, "AVAILABLE")
    if path == "/api/cloudstorages/3/content-v2":
        names = [{"name": f"{i}.jpg", "type": "REG", "mime_type": "image"} for i in range(2)]
        return json_response(200, {"content": names, "next": None})
    return None


@pytest.fixture
def dataset() -> Iterator[fo.Dataset]:
    data = fo.Dataset()
    data.add_samples(
        fo.Sample(
            filepath=f"/nonexistent/{i}.jpg",
            s3_path=f"s3://bkt/imgs/{i}.jpg",
            metadata=fo.ImageMetadata(width=64, height=48),
        )
        for i in range(2)
    )
    yield data
    data.delete()


def _config() -> CVATBackendConfig:
    schema = {"gt": {"type": "detections", "classes": ["cat"]}}
    return CVATBackendConfig("cvat", schema, media_field="s3_path", cloud_manifest=True)


def _run(dataset: fo.Dataset) -> tuple[Any, list[httpx.Request]]:
    """The run against the fake; returns the outcome or exception, and the requests it
    sent (those of logging in excluded)."""
    conn, fake = connect(_cvat)
    conn.request_json("GET", "/api/users/self")  # logged in: the run's own requests follow
    before = len(fake.requests)
    try:
        return annotate.annotate_run(conn, _config(), dataset, "run"), fake.requests[before:]
    except Exception as exc:
        return exc, fake.requests[before:]


def test_a_missing_boto3_is_refused_before_any_request(
    dataset: fo.Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "boto3", None)
    outcome, sent = _run(dataset)
    assert isinstance(outcome, ImportError)
    assert 'pip install "fiftyone-cvat[cloud]"' in str(outcome)
    assert sent == []


def test_samples_without_sizes_are_refused_before_any_request(
    dataset: fo.Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(annotate, "open_session", lambda: pytest.fail("no session needed"))
    dataset.set_values("metadata", [None, fo.ImageMetadata(width=64, height=48)])
    outcome, sent = _run(dataset)
    assert isinstance(outcome, CloudMediaError)
    assert "cloud_manifest: 1 of 2 sample(s) have no width/height" in str(outcome)
    assert sent == []


class _Pages:
    def paginate(self, **kwargs: Any) -> list[dict[str, Any]]:
        assert kwargs == {"Bucket": "bkt", "Prefix": "imgs/", "Delimiter": "/"}
        return [{"Contents": [{"Key": "imgs/0.jpg"}]}, {"Contents": [{"Key": "imgs/1.jpg"}]}]


class _RefusingS3:
    def get_paginator(self, operation: str) -> _Pages:
        assert operation == "list_objects_v2"
        return _Pages()

    def put_object(self, **kwargs: Any) -> None:
        error = RuntimeError("An error occurred (AccessDenied) when calling PutObject")
        error.response = {"Error": {"Code": "AccessDenied"}}  # type: ignore[attr-defined]
        raise error


class _Session:
    def client(self, service: str, **kwargs: Any) -> _RefusingS3:
        assert service == "s3" and kwargs["endpoint_url"] == "http://127.0.0.1:1"
        return _RefusingS3()


def test_a_bucket_refusing_the_manifest_leaves_nothing_created(
    dataset: fo.Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The manifests are written after every read-only check and before the first
    creation, so a refused write fails the run with nothing to clean up. The keys were
    listed with boto3 (every page), not through CVAT, after CVAT's status check."""
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    monkeypatch.delenv("AWS_ENDPOINT_URL_S3", raising=False)
    monkeypatch.setattr(annotate, "open_session", lambda: bucket.BucketSession(_Session()))
    outcome, sent = _run(dataset)
    assert isinstance(outcome, bucket.BucketError)
    assert "AccessDenied" in str(outcome) and "s3:PutObject" in str(outcome)
    assert [r.method for r in sent] == ["GET"] * len(sent)  # read-only checks only
    assert [r.url.path for r in sent] == ["/api/cloudstorages", "/api/cloudstorages/3/status"]


def test_a_key_the_bucket_listing_lacks_is_refused(
    dataset: fo.Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Listed with boto3, every page: a key on no page is still refused before any write."""
    dataset.set_values("s3_path", ["s3://bkt/imgs/0.jpg", "s3://bkt/imgs/2.jpg"])
    monkeypatch.setattr(annotate, "open_session", lambda: bucket.BucketSession(_Session()))
    outcome, sent = _run(dataset)
    assert not [r for r in sent if r.method != "GET"]
    assert isinstance(outcome, CloudMediaError)
    assert "1 media file(s) are not in the bucket" in str(outcome)
    assert "s3://bkt/imgs/2.jpg" in str(outcome)
