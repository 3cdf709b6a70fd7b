"""The one place frame numbers are converted: CVAT frames, source frames, FiftyOne's.

Conventions: CVAT frame ``k`` of a video task is source frame ``frame_start +
k * frame_step`` (0-based, as CVAT reads ``start_frame``), i.e. FiftyOne frame
number ``frame_start + k * frame_step + 1``; ``frame_stop`` is an inclusive
source frame, clamped to the video's last frame. Planning, upload, load and
import all use these functions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from fiftyone_cvat.domain.conversion.records import Annotations


@dataclass(frozen=True)
class FrameInfo:
    """What CVAT frame ``k`` of a task is: its sample, size and (videos) frame.

    The one frame type of the package: a plan's frame map holds it unsized (``0``
    until the size is known, as for media CVAT reads from a bucket) and the run
    sizes it. ``frame_number`` is FiftyOne's 1-based frame number (None for
    images); ``frame_id`` the frame document's id if known.
    """

    sample_id: str
    width: float = 0.0
    height: float = 0.0
    frame_number: int | None = None
    frame_id: str | None = None

    def sized(self, width: float, height: float, frame_id: str | None = None) -> FrameInfo:
        """This frame with its size (and frame id) known."""
        return replace(self, width=width, height=height, frame_id=frame_id or self.frame_id)

    @property
    def key(self) -> str | int | None:
        """The key of this frame in a video's results (frame id, else number)."""
        return self.frame_id if self.frame_id is not None else self.frame_number


def sampled_source_frames(
    frame_count: int | None, frame_start: int | None, frame_stop: int | None, frame_step: int | None
) -> range:
    """The source frames CVAT keeps of a video: ``start..stop`` inclusive, every ``step``.

    CVAT clamps the stop frame to the video's last frame; an unknown
    ``frame_count`` leaves only the stop frame (or no end: an empty range).
    """
    start, step = frame_start or 0, frame_step or 1
    ends = [n for n in (frame_count, None if not frame_stop else frame_stop + 1) if n is not None]
    return range(start, min(ends) if ends else start, step)


def fiftyone_frame(frame_start: int | None, frame_step: int | None, cvat_frame: int) -> int:
    """FiftyOne's (1-based) frame number of CVAT frame ``cvat_frame`` of a video task."""
    return (frame_start or 0) + cvat_frame * (frame_step or 1) + 1


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
    width, height = size
    ids = frame_ids or {}
    return [
        FrameInfo(sample_id, width, height, source + 1, ids.get(source + 1))
        for source in sampled_source_frames(num_frames, frame_start, frame_stop, frame_step)
    ]


def cvat_frame_of(frame_number: int, *, frame_start: int = 0, frame_step: int = 1) -> int | None:
    """The CVAT frame index of FiftyOne frame ``frame_number``, None if it is not sampled."""
    offset = frame_number - 1 - frame_start
    if offset < 0 or offset % frame_step:
        return None
    return offset // frame_step


def frame_step_of(frames: Sequence[FrameInfo]) -> int:
    """The step between the source frames a video task samples (1 for images)."""
    if len(frames) < 2 or frames[0].frame_number is None or frames[1].frame_number is None:
        return 1
    return max(1, frames[1].frame_number - frames[0].frame_number)


def spread_over_source_frames(
    annotations: Annotations,
    frames: Sequence[FrameInfo],
    frame_ids: Mapping[int, str],
) -> tuple[Annotations, list[FrameInfo]]:
    """Re-index a subsampled video task (``frame_step`` > 1) by source frame.

    CVAT interpolates a track between the frames it was given; the video has
    frames between those, and a track covers them as well (as FiftyOne's
    built-in backend and CVAT's own video exports have it). Records move from
    CVAT frame ``k`` to position ``k * step`` of a frame list holding every
    source frame from the task's first sampled frame to its last, so decoding
    interpolates tracks over all of them. ``frame_ids`` gives the frame ids of
    those frames by FiftyOne frame number.
    """
    step = frame_step_of(frames)
    if step == 1:
        return annotations, list(frames)
    first = frames[0]
    assert first.frame_number is not None  # frame_step_of is 1 otherwise
    dense = [
        FrameInfo(first.sample_id, first.width, first.height, number, frame_ids.get(number))
        for number in range(first.frame_number, first.frame_number + (len(frames) - 1) * step + 1)
    ]
    for k, info in enumerate(frames):
        dense[k * step] = info
    out: Annotations = {
        "version": annotations["version"],
        "tags": [{**t, "frame": t["frame"] * step} for t in annotations["tags"]],
        "shapes": [{**s, "frame": s["frame"] * step} for s in annotations["shapes"]],
        "tracks": [
            {
                **t,
                "frame": t["frame"] * step,
                "shapes": [{**s, "frame": s["frame"] * step} for s in t["shapes"]],
            }
            for t in annotations["tracks"]
        ],
    }
    return out, dense
