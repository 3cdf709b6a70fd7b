"""The read-only checks of a cloud-storage run against a fake CVAT: which requests, which
refusal. (Recorded runs: tests/recorded/test_recorded_cloud.py; moto cannot refuse
credentials, so FORBIDDEN is shown here.)"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fake_cvat import connect, json_response

from fiftyone_cvat.domain.planning.cloud_media import CloudMediaError, CloudUrl
from fiftyone_cvat.runs.cloud_source import resolve_cloud_source

S3 = "AWS_S3_BUCKET"
STORAGE = {
    "id": 3,
    "provider_type": S3,
    "resource": "bkt",
    "display_name": "bucket",
    "credentials_type": "KEY_SECRET_KEY_PAIR",
    "specific_attributes": "endpoint_url=http://127.0.0.1:1&region=us-east-1",
    "manifests": [],
}
PAGES = {  # content-v2 of imgs/: two pages, the key on the second
    None: {"content": [{"name": "a.jpg", "type": "REG", "mime_type": "image"}], "next": "t2"},
    "t2": {"content": [{"name": "b.jpg", "type": "REG", "mime_type": "image"}], "next": None},
}


def _server(status: str) -> Any:
    def handler(request: httpx.Request) -> httpx.Response | None:
        path = request.url.path.rstrip("/")
        if path == "/api/cloudstorages":
            page = {"count": 1, "next": None, "previous": None, "results": [STORAGE]}
            return json_response(200, page)
        if path == "/api/cloudstorages/3/status":
            return json_response(200, status)
        if path == "/api/cloudstorages/3/content-v2":
            assert request.url.params["prefix"] == "imgs/"
            return json_response(200, PAGES[request.url.params.get("next_token")])
        return None

    return handler


def test_an_available_storage_holding_every_key_is_chosen() -> None:
    conn, fake = connect(_server("AVAILABLE"))
    urls = [CloudUrl(S3, "bkt", "imgs/a.jpg"), CloudUrl(S3, "bkt", "imgs/b.jpg")]
    assert resolve_cloud_source(conn, urls, None).storage.id == 3
    listings = fake.calls("GET", "/api/cloudstorages/3/content-v2")
    assert len(listings) == 2  # one directory, every page
    assert fake.calls("GET", "/api/cloudstorages")[0].url.params["provider_type"] == S3
    assert not fake.calls("POST")[1:]  # the login only


def test_credentials_the_bucket_refuses_fail_before_any_listing() -> None:
    conn, fake = connect(_server("FORBIDDEN"))
    with pytest.raises(CloudMediaError, match=r"#3 'bucket'.*is FORBIDDEN: .*credentials"):
        resolve_cloud_source(conn, [CloudUrl(S3, "bkt", "imgs/a.jpg")], None)
    assert not fake.calls("GET", "/api/cloudstorages/3/content-v2")


def test_a_key_on_no_page_of_the_listing_is_refused() -> None:
    conn, _ = connect(_server("AVAILABLE"))
    with pytest.raises(CloudMediaError, match=r"not in the bucket.*s3://bkt/imgs/c.jpg"):
        resolve_cloud_source(conn, [CloudUrl(S3, "bkt", "imgs/c.jpg")], None)
