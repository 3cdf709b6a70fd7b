"""Frame maps: which sample/frame each CVAT frame index of a task is.

Conventions (shared with ``fiftyone_cvat.planning``): CVAT frame ``k`` of a
video task is source frame ``frame_start + k * frame_step`` (0-based, as CVAT
reads ``start_frame``), i.e. FiftyOne frame number ``frame_start + k *
frame_step + 1``; ``frame_stop`` is an inclusive source frame.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from fiftyone_cvat.conversion.decode import FrameInfo


def image_frames(
    sample_ids: Sequence[str], sizes: Sequence[tuple[float, float]]
) -> list[FrameInfo]:
    """Frame map of an image task: CVAT frame ``k`` is ``sample_ids[k]``."""
    return [FrameInfo(s, w, h) for s, (w, h) in zip(sample_ids, sizes, strict=True)]


def video_frames(
    sample_id: str,
    size: tuple[float, float],
    num_frames: int,
    *,
    frame_start: int = 0,
    frame_stop: int | None = None,
    frame_step: int = 1,
    frame_ids: Mapping[int, str] | None = None,
) -> list[FrameInfo]:
    """Frame map of a video task of a ``num_frames``-frame video.

    ``frame_ids`` maps FiftyOne frame numbers to frame ids, so results are
    keyed by frame id where the frame exists.
    """
    if frame_step < 1:
        raise ValueError(f"frame_step must be >= 1, got {frame_step}")
    last = num_frames - 1 if frame_stop is None else min(frame_stop, num_frames - 1)
    width, height = size
    ids = frame_ids or {}
    return [
        FrameInfo(sample_id, width, height, source + 1, ids.get(source + 1))
        for source in range(frame_start, last + 1, frame_step)
    ]


def cvat_frame_of(frame_number: int, *, frame_start: int = 0, frame_step: int = 1) -> int | None:
    """The CVAT frame index of FiftyOne frame ``frame_number``, None if it is not sampled."""
    offset = frame_number - 1 - frame_start
    if offset < 0 or offset % frame_step:
        return None
    return offset // frame_step
