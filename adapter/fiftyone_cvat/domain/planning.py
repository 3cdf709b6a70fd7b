"""Plan an annotation run: tasks, jobs, assignees and frame ranges, before any request.

Everything here is pure: the input is plain data (:class:`MediaItem` per sample,
:class:`PlanOptions` from the user's parameters) and the output is a frozen
:class:`RunPlan`. That lets every option be validated, and the whole run be
shown to the user (:meth:`RunPlan.describe`), before a task exists on the
server that would then have to be cleaned up.

Conventions (shared with the backend and the label conversion):

- **CVAT frame index**: 0-based position of a frame in a task's data, the
  numbering of annotation ``frame`` fields and job ``start_frame``/``stop_frame``.
- **Source frame**: 0-based frame of the original video. ``frame_start`` and
  ``frame_stop`` are source frames (both inclusive, as CVAT reads them) and
  CVAT frame ``k`` is source frame ``frame_start + k * frame_step``.
- **FiftyOne frame number**: 1-based, so it is ``source frame + 1``.

Behaviour follows FiftyOne's built-in CVAT backend, with these deliberate
choices (see the module's tests for each):

- Images are split into tasks of ``task_size``; each video is its own task.
- Image jobs are CVAT's own segmentation of a task into ``segment_size``
  frames with ``overlap`` 0 (sent explicitly, so the plan's job ranges are
  exactly the server's); the last job takes the remainder.
- Videos get one job each. ``segment_size`` does not apply to them (as the
  documentation says) and is ignored with a warning: CVAT splits tracks at
  job boundaries, which would break track identity on download.
- ``job_assignees``/``job_reviewers`` go round robin over the jobs of each
  image task, restarting at the first name for every task; video task ``i``
  gets name ``i % n`` for its job. ``task_assignee``/``issue_tracker`` lists
  go round robin over tasks.
- ``job_reviewers`` are kept in the plan; CVAT 2.x has no per-job reviewer,
  so applying or warning about them is the backend's call.
- ``frame_*`` dicts must name every video of the run (map a video to
  ``None`` to keep the default) and nothing else: a missing or unknown key is
  an error rather than a silently uploaded whole video.
- ``frame_*`` lists go round robin over videos (extra values: a warning).
  ``frame_*`` options on an image run are ignored with a warning.
- A ``task_assignee``/``issue_tracker`` list on an image run without
  ``task_size`` (always one task) is an error; with ``task_size`` it goes
  round robin over the tasks.
- Clips (``MediaItem.clip``): ``frame_*`` are relative to the clip and the
  clip's first frame is CVAT frame 0, so labels line up with the clip's
  frames.
- A video of unknown length is planned with an open-ended job and a warning;
  its frame map then needs the size CVAT reports.
- ``frame_step`` above 1 is refused for videos with existing tracks
  (``frame_step=1`` changes nothing and is allowed).
- ``frame_stop=0`` is refused: CVAT reads a zero stop frame as "no stop".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal, Protocol, TypeAlias

from cvat_api.models import PatchedLabelRequest, TaskWriteRequest
from cvat_api.types import UNSET

__all__ = [
    "DEFAULT_IMAGE_QUALITY",
    "LARGE_TASK_BYTES",
    "MAX_TASK_NAME_LENGTH",
    "FrameArg",
    "FrameRef",
    "JobPlan",
    "MediaItem",
    "MediaType",
    "PlanOptions",
    "RunPlan",
    "TaskPlan",
    "cvat_segments",
    "plan_run",
    "video_frame_count",
]

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
SORTING_METHOD = "predefined"
"""CVAT keeps the upload order, so CVAT frame ``k`` is the ``k``-th planned item."""


# ---------------------------------------------------------------------------
# Input
# ---------------------------------------------------------------------------


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


def _fail(param: str, problem: str, fix: str) -> ValueError:
    return ValueError(f"{param}: {problem}; {fix}")


def _check_count(param: str, value: object, fix: str) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(param, f"expected an int or None, got {value!r}", fix)
    if value < 1:
        raise _fail(param, f"{value} is not positive", fix)


def _names(param: str, value: object) -> tuple[str, ...] | None:
    """Normalize a username/URL option to a tuple (or None), rejecting empty values."""
    if value is None:
        return None
    if isinstance(value, str):
        values: tuple[object, ...] = (value,)
    elif isinstance(value, Sequence):
        values = tuple(value)
        if not values:
            raise _fail(param, "the list is empty", "pass at least one value, or None")
    else:
        raise _fail(param, f"expected a string or a list of strings, got {value!r}", "fix the type")
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise _fail(param, f"{v!r} is not a non-empty string", "remove it or fix it")
    return tuple(str(v) for v in values)


def _check_frame_value(param: str, value: object, where: str = "") -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(param, f"{value!r}{where} is not an int", "use ints (or None for the default)")
    if param == "frame_step" and value < 1:
        raise _fail(param, f"{value}{where} is below 1", "use 1 for every frame, N for every Nth")
    if value < 0:
        raise _fail(param, f"{value}{where} is negative", "frames are numbered from 0")


def _normalize_frame_arg(param: str, value: object) -> FrameArg:
    if value is None:
        return None
    if isinstance(value, bool | str | bytes):
        raise _fail(param, f"unsupported value {value!r}", "pass an int, a list or a dict")
    if isinstance(value, int):
        _check_frame_value(param, value)
        return value
    if isinstance(value, Mapping):
        if not value:
            raise _fail(param, "the dict is empty", "map video filepaths to ints, or pass None")
        out: dict[str, int | None] = {}
        for key, v in value.items():
            if not isinstance(key, str):
                raise _fail(param, f"key {key!r} is not a filepath", "key the dict by filepath")
            _check_frame_value(param, v, f" (for {key!r})")
            out[key] = v
        return MappingProxyType(out)
    if isinstance(value, Sequence):
        if not value:
            raise _fail(param, "the list is empty", "pass at least one value, or None")
        for i, v in enumerate(value):
            _check_frame_value(param, v, f" (list index {i})")
        return tuple(value)
    raise _fail(param, f"unsupported type {type(value).__name__}", "pass an int, a list or a dict")


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
            raise _fail("image_quality", f"{q!r} is not an int in 0..100", "use e.g. 75 (default)")
        for flag in ("use_cache", "use_zip_chunks"):
            if not isinstance(getattr(self, flag), bool):
                raise _fail(flag, f"{getattr(self, flag)!r} is not a bool", "pass True or False")
        if self.task_name is not None and (
            not isinstance(self.task_name, str) or not self.task_name.strip()
        ):
            raise _fail("task_name", f"{self.task_name!r} is empty", "pass a name, or None")
        if isinstance(self.task_name, str) and len(self.task_name) > MAX_TASK_NAME_LENGTH:
            raise _fail(
                "task_name",
                f"{len(self.task_name)} characters exceed CVAT's {MAX_TASK_NAME_LENGTH}",
                "use a shorter name",
            )
        if self.project_id is not None and (
            isinstance(self.project_id, bool)
            or not isinstance(self.project_id, int)
            or self.project_id < 1
        ):
            raise _fail(
                "project_id", f"{self.project_id!r} is not a CVAT id", "pass a positive int"
            )
        if self.project_name is not None and (
            not isinstance(self.project_name, str) or not self.project_name.strip()
        ):
            raise _fail("project_name", f"{self.project_name!r} is empty", "pass a name, or None")
        set_ = object.__setattr__
        set_(self, "task_assignee", _unwrap(_names("task_assignee", self.task_assignee)))
        set_(self, "issue_tracker", _unwrap(_names("issue_tracker", self.issue_tracker)))
        set_(self, "job_assignees", _names("job_assignees", self.job_assignees))
        set_(self, "job_reviewers", _names("job_reviewers", self.job_reviewers))
        for param in ("frame_start", "frame_stop", "frame_step"):
            set_(self, param, _normalize_frame_arg(param, getattr(self, param)))
        start, stop = self.frame_start, self.frame_stop
        if isinstance(start, int) and isinstance(stop, int) and start > stop:
            raise _fail(
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


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FrameRef:
    """What a CVAT frame of a task is: a sample, and for videos its 1-based frame number."""

    sample_id: str
    frame_number: int | None = None


@dataclass(frozen=True)
class JobPlan:
    """One CVAT job: an inclusive range of CVAT frame indices and its users.

    ``stop_frame`` is None only for a video whose length is unknown before upload.
    """

    index: int
    start_frame: int
    stop_frame: int | None
    assignee: str | None = None
    reviewer: str | None = None

    @property
    def num_frames(self) -> int | None:
        return None if self.stop_frame is None else self.stop_frame - self.start_frame + 1


@dataclass(frozen=True)
class TaskPlan:
    """One CVAT task: its media in upload order, data parameters and jobs.

    ``frame_start``/``frame_stop``/``frame_step`` are set only for videos and
    are what is sent to CVAT. ``num_frames`` is the number of frames CVAT
    should report (None for a video of unknown length).
    """

    index: int
    name: str
    media_type: MediaType
    items: tuple[MediaItem, ...]
    upload_names: tuple[str, ...]
    segment_size: int | None
    assignee: str | None
    issue_tracker: str | None
    frame_start: int | None
    frame_stop: int | None
    frame_step: int | None
    image_quality: int
    use_cache: bool
    use_zip_chunks: bool
    chunk_size: int | None
    num_frames: int | None
    jobs: tuple[JobPlan, ...]
    overlap: int = 0
    sorting_method: str = SORTING_METHOD

    @property
    def size_bytes(self) -> int:
        """Known media bytes of the task (unknown sizes count as 0)."""
        return sum(i.size_bytes or 0 for i in self.items)

    def task_request(
        self,
        *,
        assignee_id: int | None = None,
        project_id: int | None = None,
        labels: Sequence[PatchedLabelRequest] | None = None,
    ) -> TaskWriteRequest:
        """The body of ``POST /api/tasks``.

        The caller resolves what needs the server: the assignee's user id (the plan
        holds the name, ``assignee``) and either the project or the task's labels.
        """
        # consensus_replicas stays unset: servers before consensus (CVAT < 2.29) know no such field
        body = TaskWriteRequest(name=self.name, overlap=self.overlap, consensus_replicas=UNSET)
        if self.segment_size is not None:
            body.segment_size = self.segment_size
        if self.issue_tracker is not None:
            body.bug_tracker = self.issue_tracker
        if assignee_id is not None:
            body.assignee_id = assignee_id
        if project_id is not None:
            body.project_id = project_id
        else:
            body.labels = list(labels or [])
        return body

    def data_params(self) -> dict[str, Any]:
        """Keyword arguments for ``upload.TaskDataParams`` (the task's ``/data`` request)."""
        return {
            "image_quality": self.image_quality,
            "use_cache": self.use_cache,
            "use_zip_chunks": self.use_zip_chunks,
            "chunk_size": self.chunk_size,
            "start_frame": self.frame_start,
            "stop_frame": self.frame_stop,
            "frame_step": self.frame_step,
            "sorting_method": self.sorting_method,
        }

    def frame_map(self, num_frames: int | None = None) -> tuple[FrameRef, ...]:
        """``result[k]`` is what CVAT frame ``k`` of this task shows.

        ``num_frames`` overrides the planned count, e.g. with the ``size`` CVAT
        reports in ``/data/meta`` for a video whose length was unknown.
        """
        n = self.num_frames if num_frames is None else num_frames
        if self.media_type == "image":
            if n is not None and n != len(self.items):
                raise ValueError(
                    f"task {self.name!r}: {n} frames asked for {len(self.items)} images; "
                    "an image task has exactly one frame per image"
                )
            return tuple(FrameRef(i.sample_id) for i in self.items)
        if n is None:
            raise ValueError(
                f"task {self.name!r}: the video's frame count is unknown; pass num_frames "
                "(the task's size from CVAT's /data/meta) or set MediaItem.frame_count"
            )
        sample_id = self.items[0].sample_id
        start, step = self.frame_start or 0, self.frame_step or 1
        return tuple(FrameRef(sample_id, start + k * step + 1) for k in range(n))

    def inverse_frame_map(self, num_frames: int | None = None) -> dict[FrameRef, int]:
        """CVAT frame index of each sample (images) or FiftyOne frame (videos) of the task."""
        return {ref: k for k, ref in enumerate(self.frame_map(num_frames))}

    def cvat_frame(self, frame_number: int) -> int | None:
        """CVAT frame index of a 1-based video frame number; None when it was not uploaded."""
        if self.media_type != "video":
            raise ValueError(f"task {self.name!r} holds images, not video frames")
        start, step = self.frame_start or 0, self.frame_step or 1
        offset = frame_number - 1 - start
        if offset < 0 or offset % step:
            return None
        if self.frame_stop is not None and frame_number - 1 > self.frame_stop:
            return None
        k = offset // step
        if self.num_frames is not None and k >= self.num_frames:
            return None
        return k

    def job_of_frame(self, cvat_frame: int) -> JobPlan:
        """The job whose range holds a CVAT frame index."""
        for job in self.jobs:
            if cvat_frame >= job.start_frame and (
                job.stop_frame is None or cvat_frame <= job.stop_frame
            ):
                return job
        raise ValueError(f"task {self.name!r} has no frame {cvat_frame}")


@dataclass(frozen=True)
class RunPlan:
    """The whole run: tasks in creation order, plus warnings to show the user."""

    media_type: MediaType
    tasks: tuple[TaskPlan, ...]
    warnings: tuple[str, ...] = ()
    project_name: str | None = None
    project_id: int | None = None

    @property
    def num_samples(self) -> int:
        return sum(len(t.items) for t in self.tasks)

    @property
    def num_jobs(self) -> int:
        return sum(len(t.jobs) for t in self.tasks)

    @property
    def num_frames(self) -> int | None:
        counts = [t.num_frames for t in self.tasks]
        return None if any(c is None for c in counts) else sum(c or 0 for c in counts)

    def task_of_sample(self, sample_id: str) -> TaskPlan:
        for task in self.tasks:
            if any(i.sample_id == sample_id for i in task.items):
                return task
        raise KeyError(sample_id)

    def describe(self) -> str:
        """A readable summary to print before anything is sent."""
        kind = "image" if self.media_type == "image" else "video"
        frames = self.num_frames
        lines = [
            f"CVAT annotation plan: {self.num_samples} {kind}(s) in {len(self.tasks)} task(s), "
            f"{self.num_jobs} job(s), "
            + (f"{frames} frame(s)" if frames is not None else "frame count unknown")
        ]
        if self.project_id is not None:
            lines.append(f"Project: id {self.project_id}")
        elif self.project_name is not None:
            lines.append(f"Project: {self.project_name!r} (created if it does not exist)")
        for task in self.tasks:
            lines.append(
                f"Task {task.index + 1}/{len(self.tasks)} {task.name!r}: "
                + _describe_media(task)
                + f"; assignee: {task.assignee or '-'}"
                + (f"; issue tracker: {task.issue_tracker}" if task.issue_tracker else "")
            )
            for job in task.jobs:
                rng = (
                    f"frames {job.start_frame}-{job.stop_frame} ({job.num_frames})"
                    if job.stop_frame is not None
                    else f"frames {job.start_frame}-end"
                )
                users = f"assignee: {job.assignee or '-'}"
                if job.reviewer is not None:
                    users += f", reviewer: {job.reviewer}"
                lines.append(f"    job {job.index + 1}: {rng}; {users}")
        if self.warnings:
            lines.append("Warnings:")
            lines.extend(f"  - {w}" for w in self.warnings)
        return "\n".join(lines)


def _human_bytes(n: int) -> str:
    value = float(n)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def _describe_media(task: TaskPlan) -> str:
    if task.media_type == "image":
        return f"{len(task.items)} image(s), {_human_bytes(task.size_bytes)}"
    item = task.items[0]
    start, step = task.frame_start or 0, task.frame_step or 1
    text = f"video {item.filepath}"
    if item.clip is not None:
        text = f"clip {item.clip[0]}-{item.clip[1]} of " + text
    if task.num_frames is None:
        return text + f" (length unknown; source frames from {start}, step {step})"
    last = start + (task.num_frames - 1) * step
    return text + (
        f", {task.num_frames} frame(s): source frames {start}..{last} step {step} "
        f"(FiftyOne frames {start + 1}..{last + 1})"
    )


# ---------------------------------------------------------------------------
# Planning
# ---------------------------------------------------------------------------


def cvat_segments(num_frames: int, segment_size: int | None, overlap: int = 0) -> list[range]:
    """CVAT's split of a task's frames into jobs, as ranges of CVAT frame indices.

    Mirrors CVAT's server-side segmentation: a missing/0 ``segment_size`` (or
    one above the frame count) means a single job; ``overlap`` is capped at
    half a segment; consecutive jobs start ``segment_size - overlap`` apart
    and the last one takes the remainder.
    """
    if num_frames < 1:
        return []
    size = segment_size or num_frames
    if size > num_frames:
        size = num_frames
    overlap = min(overlap, size // 2)
    return [
        range(start, min(start + size, num_frames))
        for start in range(0, num_frames - overlap, size - overlap)
    ]


def video_frame_count(
    frame_count: int, frame_start: int | None, frame_stop: int | None, frame_step: int | None
) -> int:
    """How many frames CVAT keeps of a video: ``start..stop`` inclusive, every ``step``.

    CVAT clamps the stop frame to the video's last frame, as done here.
    """
    start = frame_start or 0
    end = frame_count if not frame_stop else min(frame_stop + 1, frame_count)
    return len(range(start, end, frame_step or 1))


def _upload_names(items: Sequence[MediaItem]) -> tuple[str, ...]:
    """Unique file names for one task (CVAT keys uploaded files by name)."""
    used: set[str] = set()
    out = []
    for item in items:
        base = re.split(r"[\\/]", item.media_path.rstrip("/\\"))[-1] or "media"
        stem, dot, ext = base.rpartition(".")
        if not dot or not stem:
            stem, ext = base, ""
        name, n = base, 1
        while name in used:
            n += 1
            name = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
        used.add(name)
        out.append(name)
    return tuple(out)


def _round_robin(names: str | Sequence[str] | None, i: int) -> str | None:
    if names is None or isinstance(names, str):
        return names
    return names[i % len(names)]


def _task_plan(
    options: PlanOptions,
    idx: int,
    name: str,
    items: tuple[MediaItem, ...],
    **varying: Any,
) -> TaskPlan:
    """A task with the per-run options filled in; the caller gives what differs."""
    return TaskPlan(
        index=idx,
        name=name,
        media_type=items[0].media_type,
        items=items,
        upload_names=_upload_names(items),
        assignee=_round_robin(options.task_assignee, idx),
        issue_tracker=_round_robin(options.issue_tracker, idx),
        image_quality=max(MIN_CVAT_IMAGE_QUALITY, options.image_quality),
        use_cache=options.use_cache,
        use_zip_chunks=options.use_zip_chunks,
        chunk_size=options.chunk_size,
        **varying,
    )


def _check_items(items: Sequence[MediaItem]) -> MediaType:
    if not items:
        raise _fail("samples", "there are no samples to annotate", "pass a non-empty collection")
    types = {i.media_type for i in items}
    bad = types - {"image", "video"}
    if bad:
        raise _fail(
            "samples",
            f"media type {sorted(bad)[0]!r} is not supported by this planner",
            "annotate image or video samples",
        )
    if len(types) > 1:
        raise _fail(
            "samples",
            "the run mixes images and videos, which CVAT cannot put in one task",
            "annotate images and videos in separate runs",
        )
    seen: set[str] = set()
    for item in items:
        if item.sample_id in seen:
            raise _fail(
                "samples", f"sample {item.sample_id} appears twice", "pass each sample once"
            )
        seen.add(item.sample_id)
        if item.size_bytes is not None and item.size_bytes < 0:
            raise _fail("size_bytes", f"{item.size_bytes} for {item.filepath}", "use >= 0 or None")
        if item.frame_count is not None and item.frame_count < 0:
            raise _fail(
                "frame_count", f"{item.frame_count} for {item.filepath}", "use >= 0 or None"
            )
    return "video" if "video" in types else "image"


def _resolve_frame_arg(
    param: str, arg: FrameArg, videos: Sequence[MediaItem], warnings: list[str]
) -> list[int | None]:
    """One value per video: int for all, list round robin, dict by filepath."""
    if arg is None or isinstance(arg, int):
        return [arg] * len(videos)
    if isinstance(arg, Mapping):
        filepaths = {v.filepath for v in videos}
        media_paths = {v.media_path for v in videos}
        unknown = [k for k in arg if k not in filepaths]
        if unknown:
            hint = (
                " (it is a media_field path; key the dict by the samples' filepath)"
                if unknown[0] in media_paths
                else ""
            )
            raise _fail(
                param,
                f"key {unknown[0]!r} is not the filepath of a video in this run{hint}"
                + (f", and {len(unknown) - 1} more" if len(unknown) > 1 else ""),
                "key the dict by the filepaths of the samples being annotated",
            )
        missing = [v.filepath for v in videos if v.filepath not in arg]
        if missing:
            raise _fail(
                param,
                f"no value for video {missing[0]!r}"
                + (f" and {len(missing) - 1} more" if len(missing) > 1 else ""),
                "add every video of the run to the dict (map a video to None to keep the default)",
            )
        return [arg[v.filepath] for v in videos]
    values = list(arg)
    if len(values) > len(videos):
        warnings.append(
            f"{param} has {len(values)} values for {len(videos)} video(s); "
            f"the last {len(values) - len(videos)} are not used"
        )
    return [values[i % len(values)] for i in range(len(videos))]


def _default_task_name(dataset_name: str | None, num_tasks: int) -> str:
    base = DEFAULT_TASK_PREFIX
    if dataset_name:
        base += "_" + dataset_name.replace(" ", "_")
    room = MAX_TASK_NAME_LENGTH - (len(f"_{num_tasks}") if num_tasks > 1 else 0)
    return base[:room]


def _task_names(options: PlanOptions, num_tasks: int) -> list[str]:
    base = options.task_name or _default_task_name(options.dataset_name, num_tasks)
    if num_tasks == 1:
        return [base]
    names = [f"{base}_{i + 1}" for i in range(num_tasks)]
    longest = max(names, key=len)
    if len(longest) > MAX_TASK_NAME_LENGTH:
        raise _fail(
            "task_name",
            f"with the task number appended, {longest[:40]!r}... exceeds CVAT's "
            f"{MAX_TASK_NAME_LENGTH} characters",
            "use a shorter name",
        )
    return names


def _check_task_lists(options: PlanOptions, media_type: MediaType) -> None:
    for param in ("task_assignee", "issue_tracker"):
        value = getattr(options, param)
        if value is None or isinstance(value, str):
            continue
        if media_type == "image" and options.task_size is None:
            raise _fail(
                param,
                f"a list of {len(value)} values, but an image run without task_size is one task",
                "pass a single value, or set task_size so the images go to several tasks "
                "(the values are then used round robin)",
            )


def _unused_names(param: str, names: Sequence[str] | None, used: int, what: str) -> str | None:
    if names is None or isinstance(names, str) or len(names) <= used:
        return None
    extra = ", ".join(repr(n) for n in names[used:])
    return f"{param}: {extra} will not be assigned (only {used} {what})"


def plan_run(items: Sequence[MediaItem], options: PlanOptions) -> RunPlan:
    """Turn the samples of a run and the user's options into tasks and jobs.

    Raises ValueError, naming the option and the fix, for anything that would
    fail or surprise once requests are sent. Non-fatal findings are returned
    in ``RunPlan.warnings``.
    """
    media_type = _check_items(items)
    warnings: list[str] = []
    _check_task_lists(options, media_type)
    if options.image_quality < MIN_CVAT_IMAGE_QUALITY:
        warnings.append(
            f"image_quality={options.image_quality}: CVAT's lowest image quality is "
            f"{MIN_CVAT_IMAGE_QUALITY}, which is used instead"
        )
    if options.project_id is not None and options.project_name is not None:
        warnings.append(
            f"project_name {options.project_name!r} is ignored because project_id "
            f"{options.project_id} is given"
        )
    if media_type == "image":
        tasks = _plan_images(items, options, warnings)
    else:
        tasks = _plan_videos(items, options, warnings)

    ntasks = len(tasks)
    for param in ("task_assignee", "issue_tracker"):
        msg = _unused_names(param, getattr(options, param), ntasks, "task(s)")
        if msg:
            warnings.append(msg)
    max_jobs = ntasks if media_type == "video" else max(len(t.jobs) for t in tasks)
    what = "task(s)" if media_type == "video" else "job(s) per task"
    for param in ("job_assignees", "job_reviewers"):
        msg = _unused_names(param, getattr(options, param), max_jobs, what)
        if msg:
            warnings.append(msg)

    return RunPlan(
        media_type=media_type,
        tasks=tuple(tasks),
        warnings=tuple(warnings),
        project_name=options.project_name,
        project_id=options.project_id,
    )


def _plan_images(
    items: Sequence[MediaItem], options: PlanOptions, warnings: list[str]
) -> list[TaskPlan]:
    used = [
        p for p in ("frame_start", "frame_stop", "frame_step") if getattr(options, p) is not None
    ]
    if used:
        verb = "applies" if len(used) == 1 else "apply"
        warnings.append(f"{', '.join(used)} {verb} only to videos; ignored for this image run")
    size = options.task_size or len(items)
    batches = [tuple(items[i : i + size]) for i in range(0, len(items), size)]
    names = _task_names(options, len(batches))
    tasks = []
    for idx, batch in enumerate(batches):
        jobs = tuple(
            JobPlan(
                index=j,
                start_frame=seg.start,
                stop_frame=seg.stop - 1,
                assignee=_round_robin(options.job_assignees, j),
                reviewer=_round_robin(options.job_reviewers, j),
            )
            for j, seg in enumerate(cvat_segments(len(batch), options.segment_size))
        )
        task = _task_plan(
            options,
            idx,
            names[idx],
            batch,
            segment_size=options.segment_size,
            frame_start=None,
            frame_stop=None,
            frame_step=None,
            num_frames=len(batch),
            jobs=jobs,
        )
        if task.size_bytes > LARGE_TASK_BYTES:
            unknown = sum(1 for i in batch if i.size_bytes is None)
            warnings.append(
                f"task {task.name!r} holds {_human_bytes(task.size_bytes)} of images"
                + (f" ({unknown} of unknown size)" if unknown else "")
                + f", more than {_human_bytes(LARGE_TASK_BYTES)}; CVAT must process it at once. "
                "Set a smaller task_size to split the images into several tasks"
            )
        tasks.append(task)
    return tasks


def _clip_end(item: MediaItem) -> int | None:
    """Frames of the source video a clip needs, enough to count its frames."""
    return None if item.clip is None else item.clip[1]


def _video_range(
    item: MediaItem, start: int | None, stop: int | None, step: int | None
) -> tuple[int | None, int | None, int | None]:
    """Validate one video's frame options; return the absolute start/stop/step for CVAT."""
    where = f"video {item.filepath!r}"
    if start is not None and stop is not None and start > stop:
        raise _fail(
            "frame_start",
            f"{start} is after frame_stop={stop} for {where}",
            "use frame_start <= frame_stop (both are inclusive 0-based frames)",
        )
    if step is not None and step > 1 and item.has_tracks:
        raise _fail(
            "frame_step",
            f"{step} for {where}, which has existing tracks to upload; tracks cannot be subsampled",
            "drop frame_step for this video (or use 1), or annotate without its tracks",
        )
    if item.clip is not None:
        first, last = item.clip
        if not 1 <= first <= last or (item.frame_count is not None and last > item.frame_count):
            raise _fail(
                "clip",
                f"support {item.clip} of {where} is not a frame range of the video "
                f"({item.frame_count} frames)",
                "pass the clip's 1-based [first, last] frame numbers",
            )
        where = f"clip {item.clip} of {where}"
        length = last - first + 1
        if start is not None and start >= length:
            raise _fail(
                "frame_start",
                f"{start} is past the end of {where} ({length} frames, numbered from 0)",
                f"use a frame_start below {length} (it is relative to the clip)",
            )
        base = first - 1
        start = base + (start or 0)
        stop = base + (length - 1 if stop is None else min(stop, length - 1))
    elif item.frame_count is not None and start is not None and start >= item.frame_count:
        raise _fail(
            "frame_start",
            f"{start} is past the last frame of {where} ({item.frame_count} frames, "
            "numbered from 0)",
            f"use a frame_start below {item.frame_count}",
        )
    if stop == 0:
        raise _fail(
            "frame_stop",
            f"0 for {where} would be read by CVAT as 'no stop frame' and upload the whole video",
            "widen the clip past the video's first frame"
            if item.clip is not None
            else "use a stop frame of 1 or more (inclusive), or None for the end of the video",
        )
    total = item.frame_count if item.frame_count is not None else _clip_end(item)
    if total is not None and video_frame_count(total, start, stop, step) == 0:
        raise _fail("samples", f"{where} has no frames", "remove it from the run")
    return start, stop, step


def _plan_videos(
    items: Sequence[MediaItem], options: PlanOptions, warnings: list[str]
) -> list[TaskPlan]:
    if options.segment_size is not None:
        warnings.append(
            "segment_size does not apply to videos and is ignored: each video is one task "
            "with one job, so CVAT does not cut its tracks at job boundaries"
        )
    if options.task_size is not None:
        warnings.append("task_size does not apply to videos: each video is its own task")
    starts = _resolve_frame_arg("frame_start", options.frame_start, items, warnings)
    stops = _resolve_frame_arg("frame_stop", options.frame_stop, items, warnings)
    steps = _resolve_frame_arg("frame_step", options.frame_step, items, warnings)
    names = _task_names(options, len(items))
    unknown_length = 0
    tasks = []
    for idx, item in enumerate(items):
        start, stop, step = _video_range(item, starts[idx], stops[idx], steps[idx])
        num_frames: int | None = None
        length = item.frame_count if item.frame_count is not None else _clip_end(item)
        if length is None:
            unknown_length += 1
        else:
            num_frames = video_frame_count(length, start, stop, step)
        assignee = _round_robin(options.job_assignees, idx)
        reviewer = _round_robin(options.job_reviewers, idx)
        job = JobPlan(
            index=0,
            start_frame=0,
            stop_frame=None if num_frames is None else num_frames - 1,
            assignee=assignee,
            reviewer=reviewer,
        )
        tasks.append(
            _task_plan(
                options,
                idx,
                names[idx],
                (item,),
                segment_size=None,
                frame_start=start,
                frame_stop=stop,
                frame_step=step,
                num_frames=num_frames,
                jobs=(job,),
            )
        )
    if unknown_length:
        warnings.append(
            f"{unknown_length} video(s) have no known frame count, so their frame ranges cannot "
            "be checked before upload; compute the samples' metadata first"
        )
    return tasks
