"""The S3 bucket a CVAT cloud storage reads, reached with boto3: CVAT manifests written
into it, and its keys listed.

Only when the user asks (``cloud_manifest=True``): the manifests are the only writes
this package makes outside CVAT. The run's keys are then listed here too, 1,000 a
request straight from the bucket, instead of through CVAT's ``content-v2`` (500 a
page, each page a listing CVAT makes of the bucket: 10,000 keys took 29 s on the
benchmark's loopback setup, more than the tasks' creation with manifests). CVAT's
own view of the bucket is still checked first (the storage's status). boto3 is the
``cloud`` extra (``pip install "fiftyone-cvat[cloud]"``); it is imported here alone,
lazily, so the rest of the package never needs it.

Credentials are boto3's own default chain (``AWS_ACCESS_KEY_ID``/
``AWS_SECRET_ACCESS_KEY``, ``AWS_PROFILE``, ``~/.aws``, instance roles): the keys
CVAT holds for the storage are write-only in CVAT's API, and the user's may differ
anyway (CVAT needs only to read). The endpoint is the storage's own ``endpoint_url``
(an S3-compatible server) unless ``AWS_ENDPOINT_URL_S3`` or ``AWS_ENDPOINT_URL`` is
set, for a client that reaches the bucket at another address than the CVAT server
does; the region is the storage's. Nothing logged here holds a secret: bucket, keys
and endpoint only.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

from fiftyone_cvat.domain.planning.cloud_manifest import TaskManifest
from fiftyone_cvat.domain.planning.cloud_media import CloudStorage

logger = logging.getLogger(__name__)

INSTALL_HINT = 'pip install "fiftyone-cvat[cloud]"'
ENDPOINT_VARIABLES = ("AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL")
"""boto3 reads these itself; when one is set the storage's endpoint is not passed."""


class BucketError(RuntimeError):
    """The bucket could not be written or listed; the message names the fix."""


class _Paginator(Protocol):
    def paginate(self, **kwargs: str) -> Iterable[Any]: ...


class _S3Client(Protocol):
    def put_object(self, *, Bucket: str, Key: str, Body: bytes, ContentType: str) -> object: ...

    def get_paginator(self, operation: str) -> _Paginator: ...


@dataclass
class BucketSession:
    """boto3's session with credentials found (:func:`open_session`), and its S3
    client per storage (boto3 clients are thread-safe; making one is not cheap)."""

    session: Any  # boto3.session.Session: boto3 ships no type information
    _clients: dict[int, _S3Client] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def client(self, storage: CloudStorage) -> _S3Client:
        with self._lock:
            if storage.id not in self._clients:
                self._clients[storage.id] = self.session.client(
                    "s3", endpoint_url=endpoint_url(storage), region_name=storage.region or None
                )
            return self._clients[storage.id]


def open_session() -> BucketSession:
    """boto3's default session, refused up front when boto3 is missing or finds no
    credentials: called before any request, so a run that cannot write its manifest
    creates nothing."""
    try:
        import boto3
    except ImportError as exc:
        raise ImportError(
            f"cloud_manifest=True writes the manifest with boto3, which is not installed: "
            f"{INSTALL_HINT} (or drop cloud_manifest)"
        ) from exc
    session = boto3.session.Session()
    if session.get_credentials() is None:
        raise BucketError(
            "cloud_manifest: boto3 found no AWS credentials to write the manifest with; set "
            "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE, or ~/.aws/"
            "credentials) for an identity that may put objects into the bucket, or drop "
            "cloud_manifest"
        )
    return BucketSession(session)


def endpoint_url(storage: CloudStorage, environ: Mapping[str, str] | None = None) -> str | None:
    """Where the client writes: the storage's ``endpoint_url`` unless boto3's own
    endpoint variables say otherwise (then None: boto3 reads them)."""
    env = os.environ if environ is None else environ
    if any(env.get(name) for name in ENDPOINT_VARIABLES):
        return None
    return storage.endpoint_url or None


def write_manifests(
    bucket: BucketSession,
    storage: CloudStorage,
    manifests: Sequence[TaskManifest],
    *,
    max_workers: int = 4,
) -> None:
    """Put each manifest into the storage's bucket (``max_workers`` at a time)."""
    client = bucket.client(storage)
    where = _where(storage)
    logger.info("Writing %d CVAT manifest(s) into %s", len(manifests), where)

    def put(manifest: TaskManifest) -> None:
        try:
            client.put_object(
                Bucket=storage.resource,
                Key=manifest.key,
                Body=manifest.body,
                ContentType="application/jsonl",
            )
        except Exception as exc:  # botocore's errors, named without importing botocore
            key = f"s3://{storage.resource}/{manifest.key}"
            raise BucketError(_explain(exc, f"writing {key}", where)) from exc

    with ThreadPoolExecutor(max_workers=max(1, min(max_workers, len(manifests)))) as pool:
        list(pool.map(put, manifests))


LISTING_PAGE = 1000
"""The most keys S3 returns in one listing page."""


def list_directory(
    bucket: BucketSession,
    storage: CloudStorage,
    directory: str,
    wanted: Iterable[str] = (),
    *,
    max_workers: int = 4,
) -> set[str]:
    """Names of the files directly in ``directory`` (``""``: the root) of the storage's
    bucket, as CVAT's listing names them (relative to the directory).

    With ``wanted`` (the names the run needs), only the key range they span is listed,
    cut into ranges of about a page each that are listed at once (``StartAfter``): S3's
    pages come one after the other, each a round trip, so 10,000 keys were ten
    sequential requests. Each range ends once a page reaches its last wanted name; every
    wanted name lies in exactly one range.
    """
    client = bucket.client(storage)
    ranges = _listing_ranges(sorted(set(wanted)))

    def one(after: str | None, last: str | None) -> set[str]:
        names: set[str] = set()
        kwargs = {"Bucket": storage.resource, "Prefix": directory, "Delimiter": "/"}
        if after is not None:
            kwargs["StartAfter"] = directory + after
        try:
            for page in client.get_paginator("list_objects_v2").paginate(**kwargs):
                keys = [o["Key"][len(directory) :] for o in page.get("Contents", ())]
                names.update(keys)
                if last is not None and keys and keys[-1] >= last:
                    break
        except Exception as exc:  # botocore's errors, named without importing botocore
            what = f"listing s3://{storage.resource}/{directory}"
            raise BucketError(_explain(exc, what, _where(storage))) from exc
        return names

    workers = max(1, min(max_workers, len(ranges)))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return set().union(*pool.map(lambda r: one(*r), ranges))


def _listing_ranges(wanted: Sequence[str]) -> list[tuple[str | None, str | None]]:
    """``(start after, last name)`` per page's worth of sorted wanted names; one open
    range when nothing is wanted. S3 orders keys by their UTF-8 bytes, which is the
    order of Python's ``str`` comparison."""
    if not wanted:
        return [(None, None)]
    chunks = [wanted[i : i + LISTING_PAGE] for i in range(0, len(wanted), LISTING_PAGE)]
    return [(chunks[i - 1][-1] if i else None, chunk[-1]) for i, chunk in enumerate(chunks)]


def _where(storage: CloudStorage) -> str:
    endpoint = endpoint_url(storage)
    return f"s3://{storage.resource}" + (f" at {endpoint}" if endpoint else "")


def _explain(exc: Exception, action: str, where: str) -> str:
    """botocore's failure as a message that names the fix (no secret is in it)."""
    response = getattr(exc, "response", None)
    code = ""
    if isinstance(response, dict):
        code = str(response.get("Error", {}).get("Code", ""))
    kind = type(exc).__name__
    if code in ("AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "403"):
        fix = (
            "the bucket refused boto3's credentials; use credentials (AWS_PROFILE, "
            "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY) allowed s3:ListBucket and "
            "s3:PutObject on it"
        )
    elif code in ("NoSuchBucket", "404"):
        fix = (
            f"the bucket does not exist at {where}; if this machine reaches it at another "
            "address than CVAT does, set AWS_ENDPOINT_URL_S3"
        )
    elif kind in ("EndpointConnectionError", "ConnectTimeoutError", "ConnectionClosedError"):
        fix = (
            f"this machine cannot reach {where}; set AWS_ENDPOINT_URL_S3 to the address it "
            "reaches the bucket at"
        )
    else:
        fix = "check the bucket and boto3's credentials, or drop cloud_manifest"
    return f"cloud_manifest: {action} failed ({code or kind}): {fix}"
