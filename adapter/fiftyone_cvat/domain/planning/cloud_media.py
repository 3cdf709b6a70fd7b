"""Media CVAT reads itself: URLs, the storage that serves them, checks.

Pure: a run whose media are cloud URLs (``s3://bucket/key``, ``gs://bucket/key``,
``az://container/key`` or ``https://ACCOUNT.blob.core.windows.net/container/key``)
creates its tasks from a CVAT cloud storage instead of uploading bytes; one whose
media are ``share://path`` URLs (paths under the CVAT server's mounted share)
creates them from the share. Everything
that can be wrong with that (local and cloud media mixed, several buckets, no
storage attached for the bucket, a storage CVAT cannot reach, a key the bucket does
not hold) is decided here from what the server listed, before any task exists.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qs, urlsplit

Provider = Literal["AWS_S3_BUCKET", "GOOGLE_CLOUD_STORAGE", "AZURE_CONTAINER", "SHARE"]
SHARE: Provider = "SHARE"
"""Not a cloud provider: the directory mounted on the CVAT server (``storage=share``)."""

_SCHEMES: dict[str, Provider] = {
    "s3": "AWS_S3_BUCKET",
    "gs": "GOOGLE_CLOUD_STORAGE",
    "az": "AZURE_CONTAINER",
    "share": SHARE,
}
_AZURE_HOST_SUFFIX = ".blob.core.windows.net"
AVAILABLE = "AVAILABLE"
"""The status ``/api/cloudstorages/{id}/status`` reports for a storage CVAT can read."""

_STATUS_FIX = {
    "FORBIDDEN": (
        "the bucket refuses the credentials CVAT holds for it; update the storage's "
        "credentials in CVAT (Cloud storages > Update) and try again"
    ),
    "NOT_FOUND": (
        "CVAT cannot find the bucket with the storage's settings; check its resource "
        "name, region and endpoint_url in CVAT (Cloud storages > Update)"
    ),
}


class CloudMediaError(ValueError):
    """Cloud media that cannot become a task; the message names the fix."""


@dataclass(frozen=True)
class CloudUrl:
    """One object in a bucket: which provider, which bucket (container), which key."""

    provider: Provider
    bucket: str
    key: str

    @property
    def bucket_url(self) -> str:
        scheme = {v: k for k, v in _SCHEMES.items()}[self.provider]
        return f"{scheme}://{self.bucket}"

    def __str__(self) -> str:
        if self.provider == SHARE:
            return f"share://{self.key}"
        return f"{self.bucket_url}/{self.key}"


@dataclass(frozen=True)
class CloudStorage:
    """A cloud storage attached to CVAT, as listed by ``/api/cloudstorages``.

    ``prefix`` is the storage's ``prefix`` specific attribute: CVAT lists (and
    serves) only keys under it. ``endpoint_url`` and ``region`` are its S3 specific
    attributes (empty: AWS's own endpoint, the default region).
    """

    id: int
    provider: str
    resource: str
    display_name: str = ""
    prefix: str = ""
    manifests: tuple[str, ...] = ()
    endpoint_url: str = ""
    region: str = ""

    def describe(self) -> str:
        where = f"{self.resource}/{self.prefix}" if self.prefix else self.resource
        return f"#{self.id} '{self.display_name}' ({self.provider} {where})"

    def url(self, key: str) -> str:
        """The cloud URL of one of its keys (``s3://bucket/key``, ``gs://...``,
        ``az://...``), as a run's ``media_field`` takes it."""
        provider = next((p for p in _SCHEMES.values() if p == self.provider), SHARE)
        if provider == SHARE:
            raise CloudMediaError(f"CVAT cloud storage {self.describe()}: unknown provider")
        return str(CloudUrl(provider, self.resource, key))

    def serves(self, url: CloudUrl) -> bool:
        return (
            self.provider == url.provider
            and self.resource == url.bucket
            and url.key.startswith(self.prefix)
        )


def specific_attribute(attributes: str, name: str) -> str:
    """One value of a storage's ``specific_attributes`` (a query string), or ``""``."""
    values = parse_qs(attributes or "", keep_blank_values=True).get(name)
    return values[0] if values else ""


def parse_cloud_url(path: str) -> CloudUrl | None:
    """The bucket object (or share file) ``path`` names, or None for a local path.

    A cloud URL without a key (``s3://bucket``) names no file: an error.
    """
    scheme, sep, rest = path.partition("://")
    scheme = scheme.lower()
    if not sep:
        return None
    if scheme == "share":  # a path under the server's share: no bucket
        key = rest.lstrip("/")
        if not key or key.endswith("/"):
            raise CloudMediaError(
                f"media path {path!r} names no file: a share URL is share://PATH/TO/FILE "
                "(relative to the CVAT server's share); fix the sample's media field"
            )
        return CloudUrl(SHARE, "", key)
    if scheme in _SCHEMES:
        bucket, _, key = rest.partition("/")
        provider = _SCHEMES[scheme]
    elif scheme == "https" and (urlsplit(path).hostname or "").endswith(_AZURE_HOST_SUFFIX):
        bucket, _, key = urlsplit(path).path.lstrip("/").partition("/")
        provider = "AZURE_CONTAINER"
    else:
        return None
    if not bucket or not key or key.endswith("/"):
        raise CloudMediaError(
            f"media path {path!r} names no object: a cloud URL is "
            f"{scheme}://BUCKET/KEY; fix the sample's media field"
        )
    return CloudUrl(provider, bucket, key)


def check_prefix_map(prefix_map: Mapping[str, str] | None) -> dict[str, str]:
    """``cloud_prefix_map`` validated: local path prefixes -> cloud URL prefixes."""
    if prefix_map is None:
        return {}
    if not isinstance(prefix_map, Mapping):
        raise CloudMediaError(
            f"cloud_prefix_map: expected a dict of local prefix -> cloud URL prefix, got "
            f"{prefix_map!r}; pass e.g. {{'/data/images/': 's3://bucket/images/'}}"
        )
    out: dict[str, str] = {}
    for local, cloud in prefix_map.items():
        if not isinstance(local, str) or not local or not isinstance(cloud, str):
            raise CloudMediaError(
                f"cloud_prefix_map: {local!r} -> {cloud!r} is not a non-empty local prefix "
                "mapped to a cloud URL prefix; fix that entry"
            )
        try:
            target = parse_cloud_url(cloud + ("x" if cloud.endswith("/") else "/x"))
        except CloudMediaError:
            target = None
        if target is None:
            raise CloudMediaError(
                f"cloud_prefix_map: {cloud!r} (for {local!r}) is not a cloud URL prefix; "
                "use s3://BUCKET/PREFIX, gs://BUCKET/PREFIX, az://CONTAINER/PREFIX or "
                "share://PREFIX (the CVAT server's share)"
            )
        out[local] = cloud
    return out


def mapped_path(path: str, prefix_map: Mapping[str, str]) -> str:
    """``path`` with its longest mapped local prefix replaced by the cloud prefix."""
    best = max((p for p in prefix_map if path.startswith(p)), key=len, default=None)
    return path if best is None else prefix_map[best] + path[len(best) :]


def cloud_urls(
    paths: Sequence[str], field: str, prefix_map: Mapping[str, str] | None = None
) -> list[CloudUrl] | None:
    """The run's media as bucket objects; None when every path is local.

    One run reads one bucket or uploads local files, never both: a half-done run
    is worse than a refused one.
    """
    mapping = check_prefix_map(prefix_map)
    parsed = [parse_cloud_url(mapped_path(p, mapping)) if p else None for p in paths]
    clouds = [u for u in parsed if u is not None]
    if not clouds:
        return None
    local = [p for p, u in zip(paths, parsed, strict=True) if u is None]
    if local:
        raise CloudMediaError(
            f"media_field '{field}': {len(local)} sample(s) are local files (e.g. "
            f"{local[0]!r}) and {len(clouds)} are cloud URLs (e.g. '{clouds[0]}'); a run "
            "either uploads local files or reads one bucket: annotate them in separate "
            "runs, or map the local paths to the bucket with cloud_prefix_map="
            "{'/local/prefix/': 's3://bucket/prefix/'}"
        )
    buckets = sorted({u.bucket_url for u in clouds})
    if len(buckets) > 1:
        raise CloudMediaError(
            f"media_field '{field}': the media are in {len(buckets)} buckets "
            f"({', '.join(buckets)}); a run reads one CVAT cloud storage: annotate each "
            "bucket's samples in a run of its own"
        )
    return [u for u in parsed if u is not None]


def check_storage_id(cloud_storage_id: object, has_cloud_media: bool) -> int | None:
    """``cloud_storage_id`` validated against the run's media, before any request."""
    if cloud_storage_id is None:
        return None
    if isinstance(cloud_storage_id, bool) or not isinstance(cloud_storage_id, int):
        raise CloudMediaError(
            f"cloud_storage_id: {cloud_storage_id!r} is not a CVAT id; pass a positive int"
        )
    if not has_cloud_media:
        raise CloudMediaError(
            f"cloud_storage_id: {cloud_storage_id} was given but the run's media are local "
            "files; name the media by cloud URL (media_field) or map their paths to the "
            "bucket with cloud_prefix_map, or drop cloud_storage_id"
        )
    return cloud_storage_id


def choose_storage(
    urls: Sequence[CloudUrl],
    storages: Iterable[CloudStorage],
    cloud_storage_id: int | None = None,
) -> CloudStorage:
    """The CVAT storage the run's tasks read from.

    An explicit ``cloud_storage_id`` wins (the key check still runs against it);
    otherwise exactly one storage of the bucket's provider and name whose prefix
    covers every key must exist.
    """
    listed = list(storages)
    if cloud_storage_id is not None:
        for storage in listed:
            if storage.id == cloud_storage_id:
                return storage
        raise CloudMediaError(
            f"cloud_storage_id: CVAT has no cloud storage {cloud_storage_id} this account "
            f"can use ({_describe_all(listed)}); pass one of those ids, or attach the bucket "
            "in CVAT (Cloud storages > +)"
        )
    first = urls[0]
    matches = [s for s in listed if all(s.serves(u) for u in urls)]
    if not matches:
        raise CloudMediaError(
            f"no CVAT cloud storage serves {first.bucket_url} ({first.provider}) "
            f"[{_describe_all(listed)}]; attach the bucket in CVAT (Cloud storages > +, or "
            "POST /api/cloudstorages) or pass cloud_storage_id"
        )
    if len(matches) > 1:
        raise CloudMediaError(
            f"several CVAT cloud storages serve {first.bucket_url}: "
            f"{', '.join(s.describe() for s in matches)}; pass cloud_storage_id to choose one"
        )
    return matches[0]


def _describe_all(storages: Sequence[CloudStorage]) -> str:
    if not storages:
        return "the server has none"
    return "the server has " + ", ".join(s.describe() for s in storages)


def check_status(storage: CloudStorage, status: str) -> None:
    """Refuse a storage CVAT reports as anything but ``AVAILABLE``."""
    if status == AVAILABLE:
        return
    fix = _STATUS_FIX.get(status, "check the storage in CVAT (Cloud storages)")
    raise CloudMediaError(f"CVAT cloud storage {storage.describe()} is {status}: {fix}")


def directory_of(key: str) -> str:
    """The listing prefix of a key's directory (``"a/b/"`` for ``a/b/c.jpg``; ``""`` at root)."""
    head, slash, _ = key.rpartition("/")
    return head + slash


def listing_prefixes(urls: Iterable[CloudUrl]) -> list[str]:
    """Each directory to list once to see every key of the run."""
    return sorted({directory_of(u.key) for u in urls})


def names_by_directory(urls: Iterable[CloudUrl]) -> dict[str, list[str]]:
    """The file names the run needs in each directory (relative to it), by listing
    prefix: what each listing must find."""
    names: dict[str, list[str]] = {}
    for u in urls:
        names.setdefault(directory_of(u.key), []).append(u.key.rpartition("/")[2])
    return names


def check_keys(where: str, urls: Sequence[CloudUrl], listed: Mapping[str, set[str]]) -> None:
    """Refuse keys the bucket (or share) does not hold. ``listed`` maps each directory
    prefix to the file names CVAT listed in it (names relative to the directory);
    ``where`` names the storage in the error."""
    missing = [
        str(u) for u in urls if u.key.rpartition("/")[2] not in listed.get(directory_of(u.key), ())
    ]
    if missing:
        raise CloudMediaError(
            f"{len(missing)} media file(s) are not in {where}, e.g. {missing[0]!r}; put them "
            "there or fix the samples' media paths"
        )
