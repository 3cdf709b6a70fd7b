"""Read what planning needs from a FiftyOne collection, in a few bulk queries."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from fiftyone.core.collections import SampleCollection

from fiftyone_cvat._fiftyone_compat import is_clips
from fiftyone_cvat.domain.aliases import MediaType
from fiftyone_cvat.domain.planning import MediaItem
from fiftyone_cvat.domain.planning.cloud_media import cloud_urls
from fiftyone_cvat.domain.schema.specs import RunSchema

THREE_D = ("point-cloud", "3d")
"""FiftyOne's media types for scenes CVAT annotates as point clouds (``.pcd``)."""


def media_items(
    samples: SampleCollection,
    media_field: str,
    run_schema: RunSchema,
    cloud_prefix_map: Mapping[str, str] | None = None,
) -> list[MediaItem]:
    """One :class:`MediaItem` per sample, in collection order.

    Missing metadata is computed first (frame sizes and video lengths come
    from it), and a missing media file is reported here, before any request.
    Media that are cloud URLs (or local paths ``cloud_prefix_map`` maps to a
    bucket) become items whose ``media_path`` is the cloud URL: nothing is read
    locally, and metadata is computed only for samples whose ``filepath`` is local.
    """
    if samples.media_type not in ("image", "video", *THREE_D):
        raise ValueError(
            f"media type '{samples.media_type}' is not supported by this backend; "
            "annotate image, video, point-cloud or 3D collections"
        )
    if samples.media_type == "3d" and media_field == "filepath":
        raise ValueError(
            "media_field: a 3D sample's filepath is its .fo3d scene, which CVAT cannot "
            "read; pass media_field naming the field that holds each sample's .pcd file"
        )
    # a CVAT point-cloud task is planned like an image task: one frame per scene
    media_type: MediaType = "video" if samples.media_type == "video" else "image"
    ids, filepaths, media = samples.values(["id", "filepath", media_field])
    urls = cloud_urls(media, media_field, cloud_prefix_map)
    if urls is None:
        samples.compute_metadata()
    else:
        media = [str(url) for url in urls]
        local = [sid for sid, fp in zip(ids, filepaths, strict=True) if _local_file(fp)]
        if local:
            samples.select(local).compute_metadata()
    sizes = samples.values("metadata.size_bytes")
    missing = [path for path in media if urls is None and (not path or not os.path.isfile(path))]
    if missing:
        raise ValueError(
            f"media_field '{media_field}': {len(missing)} sample(s) have no local file, "
            f"e.g. {missing[0]!r}; fix the paths or choose another media_field"
        )
    frame_counts: list[Any] = [None] * len(ids)
    tracks = [False] * len(ids)
    clips: list[Any] = [None] * len(ids)
    widths: list[Any] = [None] * len(ids)
    heights: list[Any] = [None] * len(ids)
    if samples.media_type == "image":
        widths, heights = samples.values(["metadata.width", "metadata.height"])
    if media_type == "video":
        frame_counts = samples.values("metadata.total_frame_count")
        tracks = _has_tracks(samples, run_schema)
        if is_clips(samples):
            clips = [tuple(s) for s in samples.values("support")]
    return [
        MediaItem(
            sample_id=sid,
            filepath=fp,
            media_path=mp,
            media_type=media_type,
            size_bytes=size,
            frame_count=count,
            has_tracks=has,
            clip=clip,
            width=width,
            height=height,
        )
        for sid, fp, mp, size, count, has, clip, width, height in zip(
            ids, filepaths, media, sizes, frame_counts, tracks, clips, widths, heights, strict=True
        )
    ]


def _local_file(path: str | None) -> bool:
    return bool(path) and "://" not in str(path) and os.path.isfile(str(path))


def _has_tracks(samples: SampleCollection, run_schema: RunSchema) -> list[bool]:
    """Per sample: does any uploaded frame label carry a track ``index``?"""
    result = [False] * len(samples)
    for spec in run_schema.fields:
        if not (spec.is_trackable and spec.existing):
            continue
        path = f"frames.{spec.path}" + (f".{spec.list_field}" if spec.list_field else "")
        for i, per_frame in enumerate(samples.values(f"{path}.index")):
            result[i] = result[i] or any(_non_null(v) for v in per_frame or ())
    return result


def _non_null(value: object) -> bool:
    """True when a frame's index value (or any index in its label list) is set."""
    if isinstance(value, list):
        return any(v is not None for v in value)
    return value is not None


def field_paths(samples: SampleCollection) -> set[str]:
    """Top-level label fields of the collection, frame fields as ``frames.<name>``."""
    paths = set(samples.get_field_schema())
    if samples.media_type == "video":
        paths |= {f"frames.{p}" for p in samples.get_frame_field_schema()}
    return paths


def frame_ids_of(samples: SampleCollection, sample_id: str) -> dict[int, str]:
    """Frame number -> frame id of one video of a collection."""
    numbers, ids = samples.select(sample_id).values(["frames.frame_number", "frames.id"])
    return dict(zip(numbers[0], ids[0], strict=True)) if numbers else {}
