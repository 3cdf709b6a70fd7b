"""Where a run's tasks read media CVAT fetches itself (a bucket, or the server's share):
checked before any task exists.

Read-only requests only: the storages the account can use, the chosen one's status,
and one listing per directory of the run's keys (CVAT lists a directory at a
time), so a bucket nobody attached, a storage CVAT cannot reach or a key the
bucket lacks fails the run before anything is created.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from fiftyone_cvat.cvat import endpoints
from fiftyone_cvat.cvat.bucket import BucketSession, list_directory, write_manifests
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.domain.planning import TaskPlan
from fiftyone_cvat.domain.planning.cloud_manifest import TaskManifest
from fiftyone_cvat.domain.planning.cloud_media import (
    SHARE,
    CloudStorage,
    CloudUrl,
    check_keys,
    check_status,
    choose_storage,
    listing_prefixes,
    names_by_directory,
    parse_cloud_url,
)


@dataclass(frozen=True)
class CloudSource:
    """The CVAT cloud storage a run's tasks are created from (None: the server's share),
    and the bucket key of each task's manifest, by task index, when one was written."""

    storage: CloudStorage | None
    manifests: Mapping[int, str] = field(default_factory=dict)

    def task_body(self, task: TaskPlan) -> dict[str, object]:
        """The task's ``/data`` request: its media as bucket keys (share paths), in frame
        order, and its manifest's key."""
        keys = [_url(item.media_path).key for item in task.items]
        if self.storage is None:
            return task.data_params().to_share_json(keys)
        return task.data_params().to_cloud_json(
            self.storage.id, keys, self.manifests.get(task.index)
        )


def _url(path: str) -> CloudUrl:
    url = parse_cloud_url(path)
    if url is None:
        raise ValueError(f"{path!r} is not a cloud URL")
    return url


def resolve_cloud_source(
    conn: Connection,
    urls: Sequence[CloudUrl],
    cloud_storage_id: int | None,
    bucket: BucketSession | None = None,
) -> CloudSource:
    """The storage serving ``urls``, known to be available and to hold every key.

    With ``bucket`` (the user's boto3 session, ``cloud_manifest=True``) the keys are
    listed straight from the bucket, 1,000 a request, after CVAT reported the storage
    available; without it, through CVAT (500 a page, each a listing CVAT makes).
    """
    if urls[0].provider == SHARE:
        shared = {prefix: endpoints.share_files(conn, prefix) for prefix in listing_prefixes(urls)}
        check_keys("the CVAT server's share", urls, shared)
        return CloudSource(None)
    storages = endpoints.cloud_storages(
        conn, None if cloud_storage_id is not None else urls[0].provider
    )
    storage = choose_storage(urls, storages, cloud_storage_id)
    check_status(storage, endpoints.cloud_storage_status(conn, storage.id))
    listed = {
        prefix: endpoints.cloud_storage_files(conn, storage.id, prefix)
        if bucket is None
        else list_directory(bucket, storage, prefix, names)
        for prefix, names in sorted(names_by_directory(urls).items())
    }
    check_keys(f"the bucket of CVAT cloud storage {storage.describe()}", urls, listed)
    return CloudSource(storage)


def with_manifests(
    source: CloudSource,
    bucket: BucketSession,
    manifests: Mapping[int, TaskManifest],
    max_workers: int,
) -> CloudSource:
    """Write each task's manifest into the storage's bucket (after every check, before
    any task exists) and return the source that names them in the tasks' requests."""
    if source.storage is None:
        raise ValueError("a manifest is written into a cloud storage's bucket, not the share")
    unique = list({m.key: m for m in manifests.values()}.values())
    write_manifests(bucket, source.storage, unique, max_workers=max_workers)
    return replace(source, manifests={index: m.key for index, m in manifests.items()})
