"""The pure half of media read from a bucket: URLs, the prefix map, which storage, refusals."""

from __future__ import annotations

import pytest

from fiftyone_cvat.domain.planning.cloud_media import (
    CloudMediaError,
    CloudStorage,
    CloudUrl,
    check_keys,
    check_status,
    check_storage_id,
    choose_storage,
    cloud_urls,
    listing_prefixes,
    mapped_path,
    parse_cloud_url,
    specific_attribute,
)
from fiftyone_cvat.domain.planning.task_data import TaskDataParams

S3 = "AWS_S3_BUCKET"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("s3://bkt/a/b.jpg", CloudUrl(S3, "bkt", "a/b.jpg")),
        ("S3://bkt/b.jpg", CloudUrl(S3, "bkt", "b.jpg")),
        ("gs://bkt/x/y.png", CloudUrl("GOOGLE_CLOUD_STORAGE", "bkt", "x/y.png")),
        ("az://cont/k.jpg", CloudUrl("AZURE_CONTAINER", "cont", "k.jpg")),
        (
            "https://acct.blob.core.windows.net/cont/dir/k.jpg",
            CloudUrl("AZURE_CONTAINER", "cont", "dir/k.jpg"),
        ),
        ("share://data/imgs/a.jpg", CloudUrl("SHARE", "", "data/imgs/a.jpg")),
        ("/data/a.jpg", None),
        ("relative/a.jpg", None),
        ("https://example.com/a.jpg", None),
    ],
)
def test_cloud_urls_parse_by_provider(path: str, expected: CloudUrl | None) -> None:
    assert parse_cloud_url(path) == expected


@pytest.mark.parametrize(
    "path", ["s3://bkt", "s3://bkt/", "gs:///key.jpg", "s3://bkt/dir/", "share://", "share://d/"]
)
def test_a_cloud_url_without_an_object_is_refused(path: str) -> None:
    with pytest.raises(CloudMediaError, match="names no"):
        parse_cloud_url(path)


def test_the_longest_mapped_prefix_wins() -> None:
    mapping = {"/data/": "s3://a/", "/data/imgs/": "s3://b/pics/"}
    assert mapped_path("/data/imgs/1.jpg", mapping) == "s3://b/pics/1.jpg"
    assert mapped_path("/data/x.jpg", mapping) == "s3://a/x.jpg"
    assert mapped_path("/other/x.jpg", mapping) == "/other/x.jpg"


def test_local_media_are_not_cloud_media() -> None:
    assert cloud_urls(["/a.jpg", "/b.jpg"], "filepath") is None


def test_mixed_local_and_cloud_media_are_refused_naming_both_fixes() -> None:
    with pytest.raises(CloudMediaError) as raised:
        cloud_urls(["/local/a.jpg", "s3://bkt/b.jpg"], "s3_path")
    message = str(raised.value)
    assert "media_field 's3_path'" in message and "/local/a.jpg" in message
    assert "separate runs" in message and "cloud_prefix_map" in message


def test_a_prefix_map_makes_local_paths_cloud_media() -> None:
    urls = cloud_urls(
        ["/data/a.jpg", "s3://bkt/imgs/b.jpg"], "filepath", {"/data/": "s3://bkt/imgs/"}
    )
    assert urls == [CloudUrl(S3, "bkt", "imgs/a.jpg"), CloudUrl(S3, "bkt", "imgs/b.jpg")]


@pytest.mark.parametrize(
    "mapping", [{"/data/": "/elsewhere/"}, {"": "s3://bkt/"}, {"/d/": "s3://"}, ["/d/"]]
)
def test_a_bad_prefix_map_is_refused_naming_the_option(mapping: object) -> None:
    with pytest.raises(CloudMediaError, match="cloud_prefix_map"):
        cloud_urls(["/d/a.jpg"], "filepath", mapping)  # type: ignore[arg-type]


def test_media_in_two_buckets_are_refused() -> None:
    with pytest.raises(CloudMediaError, match=r"2 buckets.*s3://a, s3://b"):
        cloud_urls(["s3://a/1.jpg", "s3://b/2.jpg"], "filepath")


STORAGES = [
    CloudStorage(1, S3, "other", "elsewhere"),
    CloudStorage(2, S3, "bkt", "mine"),
    CloudStorage(3, "GOOGLE_CLOUD_STORAGE", "bkt", "same name, other provider"),
]


def test_the_storage_of_the_buckets_provider_and_name_is_chosen() -> None:
    urls = [CloudUrl(S3, "bkt", "imgs/a.jpg")]
    assert choose_storage(urls, STORAGES).id == 2


def test_no_matching_storage_lists_what_exists() -> None:
    with pytest.raises(CloudMediaError) as raised:
        choose_storage([CloudUrl(S3, "nobody", "a.jpg")], STORAGES)
    message = str(raised.value)
    assert "no CVAT cloud storage serves s3://nobody" in message
    assert "#1 'elsewhere'" in message and "#2 'mine'" in message
    assert "cloud_storage_id" in message


def test_no_storage_at_all_says_so() -> None:
    with pytest.raises(CloudMediaError, match="the server has none"):
        choose_storage([CloudUrl(S3, "bkt", "a.jpg")], [])


def test_a_storage_prefix_must_cover_every_key() -> None:
    scoped = [CloudStorage(4, S3, "bkt", "scoped", prefix="train/")]
    assert choose_storage([CloudUrl(S3, "bkt", "train/a.jpg")], scoped).id == 4
    with pytest.raises(CloudMediaError, match="no CVAT cloud storage"):
        choose_storage(
            [CloudUrl(S3, "bkt", "train/a.jpg"), CloudUrl(S3, "bkt", "val/b.jpg")], scoped
        )


def test_two_matching_storages_ask_for_an_id_and_an_id_wins() -> None:
    twins = [*STORAGES, CloudStorage(5, S3, "bkt", "twin")]
    urls = [CloudUrl(S3, "bkt", "a.jpg")]
    with pytest.raises(CloudMediaError, match=r"several.*#2.*#5.*cloud_storage_id"):
        choose_storage(urls, twins)
    assert choose_storage(urls, twins, cloud_storage_id=5).id == 5
    assert choose_storage(urls, twins, cloud_storage_id=1).id == 1  # precedence over matching


def test_an_unknown_cloud_storage_id_is_refused() -> None:
    with pytest.raises(CloudMediaError, match="cloud_storage_id: CVAT has no cloud storage 9"):
        choose_storage([CloudUrl(S3, "bkt", "a.jpg")], STORAGES, cloud_storage_id=9)


@pytest.mark.parametrize(
    ("status", "fix"), [("FORBIDDEN", "credentials"), ("NOT_FOUND", "endpoint_url"), ("X", "check")]
)
def test_a_storage_that_is_not_available_is_refused(status: str, fix: str) -> None:
    with pytest.raises(CloudMediaError, match=rf"is {status}: .*{fix}"):
        check_status(STORAGES[1], status)
    check_status(STORAGES[1], "AVAILABLE")


def test_keys_are_checked_directory_by_directory() -> None:
    urls = [CloudUrl(S3, "bkt", "imgs/a.jpg"), CloudUrl(S3, "bkt", "top.jpg")]
    assert listing_prefixes(urls) == ["", "imgs/"]
    check_keys("the bucket", urls, {"imgs/": {"a.jpg"}, "": {"top.jpg"}})
    with pytest.raises(CloudMediaError, match=r"1 media file.*'s3://bkt/top.jpg'"):
        check_keys("the bucket", urls, {"imgs/": {"a.jpg"}, "": {"other.jpg"}})


def test_specific_attributes_are_a_query_string() -> None:
    attrs = "endpoint_url=http://127.0.0.1:9000&region=us-east-1&prefix=train/"
    assert specific_attribute(attrs, "prefix") == "train/"
    assert specific_attribute(attrs, "missing") == ""
    assert specific_attribute("", "prefix") == ""


def test_a_cloud_task_names_its_keys_and_storage_and_uploads_nothing() -> None:
    body = TaskDataParams(image_quality=70, sorting_method="predefined").to_cloud_json(
        7, ["imgs/b.jpg", "imgs/a.jpg"]
    )
    assert body["storage"] == "cloud_storage" and body["cloud_storage_id"] == 7
    assert body["server_files"] == ["imgs/b.jpg", "imgs/a.jpg"]
    assert body["sorting_method"] == "predefined" and "upload_file_order" not in body


def test_share_paths_map_like_buckets_and_name_the_share() -> None:
    urls = cloud_urls(["/mnt/nfs/a/1.jpg"], "filepath", {"/mnt/nfs/": "share://"})
    assert urls == [CloudUrl("SHARE", "", "a/1.jpg")] and str(urls[0]) == "share://a/1.jpg"
    body = TaskDataParams().to_share_json(["a/1.jpg"])
    assert body["storage"] == "share" and body["server_files"] == ["a/1.jpg"]
    assert "cloud_storage_id" not in body and "upload_file_order" not in body


def test_a_cloud_storage_id_needs_cloud_media_and_an_int() -> None:
    assert check_storage_id(None, False) is None
    assert check_storage_id(4, True) == 4
    with pytest.raises(CloudMediaError, match=r"cloud_storage_id: 4 was given but .* local"):
        check_storage_id(4, False)
    with pytest.raises(CloudMediaError, match="cloud_storage_id: '4' is not a CVAT id"):
        check_storage_id("4", True)


def test_a_storages_key_as_a_cloud_url() -> None:
    """What ``import_annotations(cloud_url_field=...)`` writes: the URL ``annotate()``
    reads back as the same bucket object."""
    for provider, url in [
        (S3, "s3://bkt/imgs/a.jpg"),
        ("GOOGLE_CLOUD_STORAGE", "gs://bkt/imgs/a.jpg"),
        ("AZURE_CONTAINER", "az://bkt/imgs/a.jpg"),
    ]:
        storage = CloudStorage(1, provider, "bkt")
        assert storage.url("imgs/a.jpg") == url
        assert parse_cloud_url(url) == CloudUrl(provider, "bkt", "imgs/a.jpg")  # type: ignore[arg-type]
    with pytest.raises(CloudMediaError, match="unknown provider"):
        CloudStorage(1, "NEW_CLOUD", "bkt").url("a.jpg")
