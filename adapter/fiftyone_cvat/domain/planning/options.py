"""The planning inputs: one :class:`MediaItem` per sample and the user's options.

:class:`PlanOptions` validates every option that can be checked without the
samples at construction, naming the option and the fix.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal, Protocol, TypeAlias

from fiftyone_cvat.domain.task_data import SortingMethod

MediaType = Literal["image", "video"]
FrameArg: TypeAlias = int | Sequence[int | None] | Mapping[str, int | None] | None
"""An int for every video, a list applied round robin over videos, or a dict by filepath."""

LARGE_TASK_BYTES = 2 * 1024**3
"""Above this much image data in one task, FiftyOne warns; so do we."""
MAX_TASK_NAME_LENGTH = 256
"""CVAT's ``Task.name`` column length."""
DEFAULT_IMAGE_QUALITY = 75
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
    relative to the clip, as in FiftyOne).
    """

    sample_id: str
    filepath: str
    media_path: str
    media_type: MediaType
    size_bytes: int | None = None
    frame_count: int | None = None
    has_tracks: bool = False
    clip: tuple[int, int] | None = None


def option_error(param: str, problem: str, fix: str) -> ValueError:
    return ValueError(f"{param}: {problem}; {fix}")


def _check_count(param: str, value: object, fix: str) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise option_error(param, f"expected an int or None, got {value!r}", fix)
    if value < 1:
        raise option_error(param, f"{value} is not positive", fix)


def _names(param: str, value: object) -> tuple[str, ...] | None:
    """Normalize a username/URL option to a tuple (or None), rejecting empty values."""
    if value is None:
        return None
    if isinstance(value, str):
        values: tuple[object, ...] = (value,)
    elif isinstance(value, Sequence):
        values = tuple(value)
        if not values:
            raise option_error(param, "the list is empty", "pass at least one value, or None")
    else:
        raise option_error(
            param, f"expected a string or a list of strings, got {value!r}", "fix the type"
        )
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise option_error(param, f"{v!r} is not a non-empty string", "remove it or fix it")
    return tuple(str(v) for v in values)


def _check_frame_value(param: str, value: object, where: str = "") -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise option_error(
            param, f"{value!r}{where} is not an int", "use ints (or None for the default)"
        )
    if param == "frame_step" and value < 1:
        raise option_error(
            param, f"{value}{where} is below 1", "use 1 for every frame, N for every Nth"
        )
    if value < 0:
        raise option_error(param, f"{value}{where} is negative", "frames are numbered from 0")


def _normalize_frame_arg(param: str, value: object) -> FrameArg:
    if value is None:
        return None
    if isinstance(value, bool | str | bytes):
        raise option_error(param, f"unsupported value {value!r}", "pass an int, a list or a dict")
    if isinstance(value, int):
        _check_frame_value(param, value)
        return value
    if isinstance(value, Mapping):
        if not value:
            raise option_error(
                param, "the dict is empty", "map video filepaths to ints, or pass None"
            )
        out: dict[str, int | None] = {}
        for key, v in value.items():
            if not isinstance(key, str):
                raise option_error(
                    param, f"key {key!r} is not a filepath", "key the dict by filepath"
                )
            _check_frame_value(param, v, f" (for {key!r})")
            out[key] = v
        return MappingProxyType(out)
    if isinstance(value, Sequence):
        if not value:
            raise option_error(param, "the list is empty", "pass at least one value, or None")
        for i, v in enumerate(value):
            _check_frame_value(param, v, f" (list index {i})")
        return tuple(value)
    raise option_error(
        param, f"unsupported type {type(value).__name__}", "pass an int, a list or a dict"
    )


class PlanConfig(Protocol):
    """What planning reads off a backend config (``CVATBackendConfig`` has them all)."""

    task_size: int | None
    segment_size: int | None
    image_quality: int
    use_cache: bool
    use_zip_chunks: bool
    chunk_size: int | None
    task_assignee: str | Sequence[str] | None
    job_assignees: Sequence[str] | None
    job_reviewers: Sequence[str] | None
    task_name: str | None
    issue_tracker: str | Sequence[str] | None
    frame_start: FrameArg
    frame_stop: FrameArg
    frame_step: FrameArg
    project_name: str | None
    project_id: int | None


@dataclass(frozen=True)
class PlanOptions:
    """The user's planning options, with the defaults of FiftyOne's CVAT backend.

    Options that can be checked without the samples are validated here, at
    construction. Lists become tuples and ``frame_*`` dicts read-only copies,
    so the options cannot change under a plan made from them.
    """

    task_size: int | None = None
    segment_size: int | None = None
    image_quality: int = DEFAULT_IMAGE_QUALITY
    use_cache: bool = True
    use_zip_chunks: bool = True
    chunk_size: int | None = None
    task_assignee: str | Sequence[str] | None = None
    job_assignees: Sequence[str] | None = None
    job_reviewers: Sequence[str] | None = None
    task_name: str | None = None
    issue_tracker: str | Sequence[str] | None = None
    frame_start: FrameArg = None
    frame_stop: FrameArg = None
    frame_step: FrameArg = None
    project_name: str | None = None
    project_id: int | None = None
    dataset_name: str | None = None

    def __post_init__(self) -> None:
        _check_count(
            "task_size", self.task_size, "pass the maximum number of images per task, or None"
        )
        _check_count(
            "segment_size", self.segment_size, "pass the maximum number of images per job, or None"
        )
        _check_count(
            "chunk_size", self.chunk_size, "pass a number of frames per chunk, or None for CVAT's"
        )
        q = self.image_quality
        if isinstance(q, bool) or not isinstance(q, int) or not 0 <= q <= 100:
            raise option_error(
                "image_quality", f"{q!r} is not an int in 0..100", "use e.g. 75 (default)"
            )
        for flag in ("use_cache", "use_zip_chunks"):
            if not isinstance(getattr(self, flag), bool):
                raise option_error(
                    flag, f"{getattr(self, flag)!r} is not a bool", "pass True or False"
                )
        if self.task_name is not None and (
            not isinstance(self.task_name, str) or not self.task_name.strip()
        ):
            raise option_error("task_name", f"{self.task_name!r} is empty", "pass a name, or None")
        if isinstance(self.task_name, str) and len(self.task_name) > MAX_TASK_NAME_LENGTH:
            raise option_error(
                "task_name",
                f"{len(self.task_name)} characters exceed CVAT's {MAX_TASK_NAME_LENGTH}",
                "use a shorter name",
            )
        if self.project_id is not None and (
            isinstance(self.project_id, bool)
            or not isinstance(self.project_id, int)
            or self.project_id < 1
        ):
            raise option_error(
                "project_id", f"{self.project_id!r} is not a CVAT id", "pass a positive int"
            )
        if self.project_name is not None and (
            not isinstance(self.project_name, str) or not self.project_name.strip()
        ):
            raise option_error(
                "project_name", f"{self.project_name!r} is empty", "pass a name, or None"
            )
        set_ = object.__setattr__
        set_(self, "task_assignee", _unwrap(_names("task_assignee", self.task_assignee)))
        set_(self, "issue_tracker", _unwrap(_names("issue_tracker", self.issue_tracker)))
        set_(self, "job_assignees", _names("job_assignees", self.job_assignees))
        set_(self, "job_reviewers", _names("job_reviewers", self.job_reviewers))
        for param in ("frame_start", "frame_stop", "frame_step"):
            set_(self, param, _normalize_frame_arg(param, getattr(self, param)))
        start, stop = self.frame_start, self.frame_stop
        if isinstance(start, int) and isinstance(stop, int) and start > stop:
            raise option_error(
                "frame_start",
                f"{start} is after frame_stop={stop}",
                "use frame_start <= frame_stop (both are inclusive 0-based frames)",
            )

    @classmethod
    def from_config(cls, config: PlanConfig, *, dataset_name: str | None = None) -> PlanOptions:
        """Read the planning options off a backend config."""
        names = [
            "task_size",
            "segment_size",
            "image_quality",
            "use_cache",
            "use_zip_chunks",
            "chunk_size",
            "task_assignee",
            "job_assignees",
            "job_reviewers",
            "task_name",
            "issue_tracker",
            "frame_start",
            "frame_stop",
            "frame_step",
            "project_name",
            "project_id",
        ]
        defaults = cls()
        kwargs = {n: getattr(config, n, getattr(defaults, n)) for n in names}
        return cls(**kwargs, dataset_name=dataset_name)


def _unwrap(names: tuple[str, ...] | None) -> str | tuple[str, ...] | None:
    """Keep a single str as str, so the normalized option reads like the user's."""
    if names is not None and len(names) == 1:
        return names[0]
    return names
