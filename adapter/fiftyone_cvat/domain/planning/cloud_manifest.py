"""CVAT image manifests (``*.jsonl``) made from FiftyOne's metadata, one per task.

Pure. Without a manifest, CVAT downloads the head of every image of a cloud task to
learn its size; with one named in the task's ``server_files`` it reads the sizes from
the manifest and downloads nothing while creating the task (CVAT 2.73's
``cvat/apps/engine/task.py``: ``_create_task_manifest_based_on_cloud_storage_manifest``).

What CVAT requires of the file (``utils/dataset_manifest/core.py``): a ``{"version":
"1.1"}`` line, a ``{"type": "images"}`` line, then one line per image with ``name``
(the path without its extension), ``extension`` (with its dot), ``width`` and
``height``. Names are relative to the manifest's own directory (CVAT prefixes them with
``dirname(manifest key)``), so each manifest sits in the deepest directory common to
its task's keys. CVAT does not need the manifest registered on the cloud storage
(``manifests`` of ``PATCH /api/cloudstorages/{id}`` only feeds its UI's file browser):
naming it in ``server_files`` is enough, so the run never changes the storage.

One manifest per task, not per run: CVAT matches a task's files against the manifest
with list look-ups (quadratic in their sizes), and a per-task manifest keeps both small.
The manifest's name carries a digest of its content: CVAT caches a downloaded manifest
by key and re-downloads it only when the bucket's copy is newer (second resolution), so
a key rewritten with other content could be read stale; a content-addressed key never
changes content, and a later run over the same images and sizes writes the same file.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from fiftyone_cvat.domain.planning.cloud_media import (
    SHARE,
    CloudMediaError,
    Provider,
    parse_cloud_url,
)
from fiftyone_cvat.domain.planning.options import MediaItem
from fiftyone_cvat.domain.planning.plan import TaskPlan

MANIFEST_VERSION = "1.1"
"""The newest image manifest version CVAT 2.x reads (it also reads ``1.0``)."""
MANIFEST_STEM = "fiftyone-cvat-manifest"
LARGE_MANIFEST_TASK = 5000
"""Above this many images in one task, the run warns: CVAT 2.73 matches a task's files
against its manifest with list look-ups (``ImageManifestManager.get_subset``), in time
that grows with the square of the task's size. On the benchmark's server one task of
10,000 images spent most of its creation there; tasks of 2,500 did not."""
MANIFEST_PROVIDERS: tuple[Provider, ...] = ("AWS_S3_BUCKET",)
"""Buckets the manifest can be written to (with boto3: S3 and S3-compatible servers)."""


@dataclass(frozen=True)
class ManifestImage:
    """One image of a task: its key in the bucket and its size in pixels."""

    key: str
    width: int
    height: int


@dataclass(frozen=True)
class TaskManifest:
    """A task's manifest: where it goes in the bucket and its bytes."""

    key: str
    body: bytes
    images: int


def check_manifest_media(
    items: Sequence[MediaItem], collection_media_type: str, provider: Provider
) -> list[ManifestImage]:
    """Every item as a manifest image, or a :class:`CloudMediaError` naming the fix.

    A sample without a size in FiftyOne's metadata is an error, not a silent run
    without a manifest: the user asked for the manifest to make task creation fast,
    and a run that quietly takes the slow path (CVAT reading every image) is a
    surprise found only in the timings. A manifest that left such images out would
    be worse: CVAT keeps only the files its manifest lists.
    """
    if collection_media_type != "image":
        raise CloudMediaError(
            f"cloud_manifest: CVAT manifests made from FiftyOne metadata are for images; "
            f"this collection holds {collection_media_type} samples (CVAT downloads a "
            "video from the bucket whole anyway); drop cloud_manifest"
        )
    if provider not in MANIFEST_PROVIDERS:
        where = "on the CVAT server's share" if provider == SHARE else f"in a {provider} bucket"
        raise CloudMediaError(
            f"cloud_manifest: the manifest is written with boto3, to S3 or S3-compatible "
            f"buckets; this run's media are {where}; drop cloud_manifest"
        )
    images: list[ManifestImage] = []
    unsized: list[MediaItem] = []
    for item in items:
        url = parse_cloud_url(item.media_path)
        if url is None:
            raise ValueError(f"{item.media_path!r} is not a cloud URL")
        if _positive(item.width) and _positive(item.height):
            images.append(ManifestImage(url.key, int(item.width or 0), int(item.height or 0)))
        else:
            unsized.append(item)
    if unsized:
        raise CloudMediaError(
            f"cloud_manifest: {len(unsized)} of {len(items)} sample(s) have no width/height "
            f"in their metadata (e.g. sample {unsized[0].sample_id}, "
            f"{unsized[0].media_path!r}); run samples.compute_metadata() where their "
            "filepaths are readable, or set each sample's metadata to "
            "fo.ImageMetadata(width=..., height=...), or drop cloud_manifest to let CVAT "
            "read every image for its size"
        )
    return images


def _positive(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def manifest_directory(keys: Sequence[str]) -> str:
    """The deepest directory holding every key (``"a/b/"``, or ``""`` for the root)."""
    common: list[str] | None = None
    for key in keys:
        parts = key.split("/")[:-1]
        if common is None:
            common = parts
            continue
        n = 0
        while n < min(len(common), len(parts)) and common[n] == parts[n]:
            n += 1
        common = common[:n]
    return "".join(f"{part}/" for part in common or ())


def manifest_lines(images: Sequence[ManifestImage], directory: str) -> bytes:
    """The manifest's bytes: CVAT's two header lines, then one line per distinct key.

    JSON is ASCII-escaped: CVAT opens the file in the server's locale encoding.
    Names split at the extension as CVAT's own manifest writer does
    (``os.path.splitext`` of the path relative to the manifest).
    """
    lines = [
        json.dumps({"version": MANIFEST_VERSION}, separators=(",", ":")),
        json.dumps({"type": "images"}, separators=(",", ":")),
    ]
    seen: set[str] = set()
    for image in images:
        if image.key in seen:
            continue
        seen.add(image.key)
        if not image.key.startswith(directory):
            raise ValueError(f"{image.key!r} is not under the manifest's directory {directory!r}")
        name, extension = posixpath.splitext(image.key[len(directory) :])
        lines.append(
            json.dumps(
                {
                    "name": name,
                    "extension": extension,
                    "width": image.width,
                    "height": image.height,
                },
                separators=(",", ":"),
            )
        )
    return ("\n".join(lines) + "\n").encode("ascii")


def task_manifest(images: Sequence[ManifestImage]) -> TaskManifest:
    """The manifest of one task's images, named after its content, beside its images."""
    if not images:
        raise ValueError("a manifest needs at least one image")
    directory = manifest_directory([image.key for image in images])
    body = manifest_lines(images, directory)
    digest = hashlib.sha256(body).hexdigest()[:16]
    return TaskManifest(
        key=f"{directory}{MANIFEST_STEM}-{digest}.jsonl",
        body=body,
        images=len({image.key for image in images}),
    )


def run_manifests(
    tasks: Sequence[TaskPlan], collection_media_type: str, provider: Provider | None
) -> dict[int, TaskManifest]:
    """Each task's manifest by task index (``provider``: the bucket's, None for local
    media); every sample of the run is checked first, so the error counts them all
    (:func:`check_manifest_media`)."""
    if provider is None:
        raise CloudMediaError(
            "cloud_manifest: the run's media are local files, which are uploaded; a "
            "manifest is for media CVAT reads from a bucket (cloud URLs in media_field, or "
            "cloud_prefix_map); drop cloud_manifest or name the media by cloud URL"
        )
    check_manifest_media(
        [item for task in tasks for item in task.items], collection_media_type, provider
    )
    return {
        task.index: task_manifest(check_manifest_media(task.items, collection_media_type, provider))
        for task in tasks
    }


def large_manifest_warning(manifests: Mapping[int, TaskManifest]) -> str | None:
    """A warning when a task is too large for CVAT's manifest matching to stay quick."""
    largest = max((m.images for m in manifests.values()), default=0)
    if largest <= LARGE_MANIFEST_TASK:
        return None
    return (
        f"cloud_manifest: a task of {largest:,} images; CVAT matches a task's files against "
        "its manifest in time that grows with the square of the task's size, so one large "
        f"task is made much more slowly than several small ones. Pass task_size (at most "
        f"{LARGE_MANIFEST_TASK:,}) to split the run"
    )
