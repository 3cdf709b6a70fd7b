"""The planning inputs: one :class:`MediaItem` per sample and the user's options.

:class:`PlanOptions` is the option table, with every option that can be checked
without the samples checked at construction, naming the option and the fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fiftyone_cvat.domain.aliases import MediaType, SortingMethod
from fiftyone_cvat.domain.planning.option_table import (
    MAX_TASK_NAME_LENGTH,
    OPTIONS,
    FrameArg,
    Options,
    check_options,
    option_error,
)

__all__ = [
    "DEFAULT_IMAGE_QUALITY",
    "LARGE_TASK_BYTES",
    "MAX_TASK_NAME_LENGTH",
    "FrameArg",
    "MediaItem",
    "PlanOptions",
    "option_error",
    "task_data_options",
]


LARGE_TASK_BYTES = 2 * 1024**3
"""Above this much image data in one task, FiftyOne warns; so do we."""
DEFAULT_IMAGE_QUALITY: int = Options.image_quality
MIN_CVAT_IMAGE_QUALITY = 1
"""CVAT's data request refuses 0, which FiftyOne's documented range ``[0, 100]`` allows."""
DEFAULT_TASK_PREFIX = "FiftyOne"
SORTING_METHOD: SortingMethod = "predefined"
"""CVAT keeps the upload order, so CVAT frame ``k`` is the ``k``-th planned item."""


@dataclass(frozen=True)
class MediaItem:
    """One sample to annotate, reduced to what planning needs.

    ``filepath`` is the sample's ``filepath`` (the key of ``frame_*`` dicts);
    ``media_path`` is the file actually uploaded (the ``media_field`` value).
    ``frame_count`` is the video's number of frames when known, and
    ``has_tracks`` says that existing tracked labels of the video are uploaded.
    ``clip`` is a clips-view sample's ``support``: the first and last 1-based
    frame numbers of the source video it covers (``frame_*`` options are then
    relative to the clip, as in FiftyOne). ``width``/``height`` are an image's
    size in FiftyOne's metadata, when known (a CVAT manifest is written from them).
    """

    sample_id: str
    filepath: str
    media_path: str
    media_type: MediaType
    size_bytes: int | None = None
    frame_count: int | None = None
    has_tracks: bool = False
    clip: tuple[int, int] | None = None
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class PlanOptions(Options):
    """The user's options, checked for planning, with the defaults of FiftyOne's CVAT backend.

    Every option of the table (:class:`~fiftyone_cvat.domain.planning.option_table.Options`);
    the ones planning reads are checked and normalized at construction, by their
    rows. Lists become tuples and ``frame_*`` dicts read-only copies, so the
    options cannot change under a plan made from them.
    """

    dataset_name: str | None = None

    def __post_init__(self) -> None:
        for name, value in check_options(self, planning=True).items():
            object.__setattr__(self, name, value)
        start, stop = self.frame_start, self.frame_stop
        if isinstance(start, int) and isinstance(stop, int) and start > stop:
            raise option_error(
                "frame_start",
                f"{start} is after frame_stop={stop}",
                "use frame_start <= frame_stop (both are inclusive 0-based frames)",
            )

    @classmethod
    def from_config(cls, config: object, *, dataset_name: str | None = None) -> PlanOptions:
        """Read the options off a backend config (missing ones keep their defaults;
        credentials are not read: planning has no use for them)."""
        given: dict[str, Any] = {
            o.name: getattr(config, o.name, o.default)
            for o in OPTIONS
            if "credential" not in o.places
        }
        return cls(**given, dataset_name=dataset_name)


def task_data_options(options: Options) -> tuple[tuple[str, object], ...]:
    """The options that go to a task's ``/data`` request, by name, in table order."""
    return tuple((o.name, getattr(options, o.name)) for o in OPTIONS if "task_data" in o.places)
