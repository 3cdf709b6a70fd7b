"""Pure, fast conversion between FiftyOne labels and CVAT annotations (no HTTP).

Upload (per task; ``value`` is the field's label, raw dict or scalar on that frame)::

    result = encode_field(field_spec, [(cvat_frame, (width, height), value), ...],
                          end_frame=num_task_frames)
    payload = IdResolver(cvat_labels).to_wire(merge_annotations(*per_field_annotations))
    # result.label_ids -> id_map, result.skipped -> warn the user

Download (per task; GET the task's annotations so tracks are not cut at job bounds)::

    records, skipped = IdResolver(cvat_labels).from_wire(response_json)
    frames = image_frames(sample_ids, sizes)  # or video_frames(...)
    decoded = decode_annotations(records, run_schema, frames, fallback_ids=server_id_map)
    decoded.labels  # {field: {return_type: {sample_id: ...}}} for load_annotations

Modules: :mod:`.records` (name-based record types), :mod:`.encode`,
:mod:`.decode`, :mod:`.ids` (names <-> server ids), :mod:`.tracks` (track
building and CVAT-exact interpolation), :mod:`.masks` (CVAT RLE),
:mod:`.geometry` (coordinates), :mod:`.labels` (fast label construction).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fiftyone_cvat.domain.conversion.decode import decode_annotations
    from fiftyone_cvat.domain.conversion.decode_types import DecodeResult, Origin
    from fiftyone_cvat.domain.conversion.encode import EncodeResult, FrameValue, encode_field
    from fiftyone_cvat.domain.conversion.ids import IdResolver
    from fiftyone_cvat.domain.conversion.masks import rle_decode, rle_encode
    from fiftyone_cvat.domain.conversion.records import (
        Annotations,
        ShapeRecord,
        Skip,
        TagRecord,
        TrackRecord,
        empty_annotations,
        merge_annotations,
    )
    from fiftyone_cvat.domain.conversion.tracks import interpolate_track, track_shapes
    from fiftyone_cvat.domain.frames import FrameInfo, cvat_frame_of, image_frames, video_frames

# Imported on first use: the numpy-only modules (geometry, masks, tracks) must not
# pull in FiftyOne, which decoding and encoding need.
_LAZY = {
    "Annotations": "fiftyone_cvat.domain.conversion.records",
    "DecodeResult": "fiftyone_cvat.domain.conversion.decode_types",
    "EncodeResult": "fiftyone_cvat.domain.conversion.encode",
    "FrameInfo": "fiftyone_cvat.domain.frames",
    "FrameValue": "fiftyone_cvat.domain.conversion.encode",
    "IdResolver": "fiftyone_cvat.domain.conversion.ids",
    "Origin": "fiftyone_cvat.domain.conversion.decode_types",
    "ShapeRecord": "fiftyone_cvat.domain.conversion.records",
    "Skip": "fiftyone_cvat.domain.conversion.records",
    "TagRecord": "fiftyone_cvat.domain.conversion.records",
    "TrackRecord": "fiftyone_cvat.domain.conversion.records",
    "cvat_frame_of": "fiftyone_cvat.domain.frames",
    "decode_annotations": "fiftyone_cvat.domain.conversion.decode",
    "empty_annotations": "fiftyone_cvat.domain.conversion.records",
    "encode_field": "fiftyone_cvat.domain.conversion.encode",
    "image_frames": "fiftyone_cvat.domain.frames",
    "interpolate_track": "fiftyone_cvat.domain.conversion.tracks",
    "merge_annotations": "fiftyone_cvat.domain.conversion.records",
    "rle_decode": "fiftyone_cvat.domain.conversion.masks",
    "rle_encode": "fiftyone_cvat.domain.conversion.masks",
    "track_shapes": "fiftyone_cvat.domain.conversion.tracks",
    "video_frames": "fiftyone_cvat.domain.frames",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "Annotations",
    "DecodeResult",
    "EncodeResult",
    "FrameInfo",
    "FrameValue",
    "IdResolver",
    "Origin",
    "ShapeRecord",
    "Skip",
    "TagRecord",
    "TrackRecord",
    "cvat_frame_of",
    "decode_annotations",
    "empty_annotations",
    "encode_field",
    "image_frames",
    "interpolate_track",
    "merge_annotations",
    "rle_decode",
    "rle_encode",
    "track_shapes",
    "video_frames",
]
