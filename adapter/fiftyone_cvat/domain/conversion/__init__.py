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

from fiftyone_cvat.domain.conversion.decode import (
    DecodeResult,
    FrameInfo,
    Origin,
    decode_annotations,
)
from fiftyone_cvat.domain.conversion.encode import EncodeResult, FrameValue, encode_field
from fiftyone_cvat.domain.conversion.frames import cvat_frame_of, image_frames, video_frames
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
