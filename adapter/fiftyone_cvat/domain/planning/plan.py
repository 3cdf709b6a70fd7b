"""The plan: frozen tasks and jobs, what each CVAT frame of a task shows, and the
request bodies a task becomes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cvat_api.models import PatchedLabelRequest, TaskWriteRequest
from cvat_api.types import UNSET
from fiftyone_cvat.domain.aliases import MediaType, SortingMethod
from fiftyone_cvat.domain.frames import FrameInfo, cvat_frame_of, fiftyone_frame
from fiftyone_cvat.domain.planning.options import SORTING_METHOD, MediaItem
from fiftyone_cvat.domain.planning.task_data import TaskDataParams


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
    data_options: tuple[tuple[str, object], ...]
    num_frames: int | None
    jobs: tuple[JobPlan, ...]
    overlap: int = 0
    sorting_method: SortingMethod = SORTING_METHOD

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

    def data_params(self) -> TaskDataParams:
        """The task's ``/data`` request options."""
        return TaskDataParams.with_options(
            dict(self.data_options),
            start_frame=self.frame_start,
            stop_frame=self.frame_stop,
            frame_step=self.frame_step,
            sorting_method=self.sorting_method,
        )

    def frame_map(self, num_frames: int | None = None) -> tuple[FrameInfo, ...]:
        """``result[k]`` is what CVAT frame ``k`` of this task shows (unsized).

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
            return tuple(FrameInfo(i.sample_id) for i in self.items)
        if n is None:
            raise ValueError(
                f"task {self.name!r}: the video's frame count is unknown; pass num_frames "
                "(the task's size from CVAT's /data/meta) or set MediaItem.frame_count"
            )
        sample_id = self.items[0].sample_id
        return tuple(
            FrameInfo(sample_id, frame_number=fiftyone_frame(self.frame_start, self.frame_step, k))
            for k in range(n)
        )

    def inverse_frame_map(self, num_frames: int | None = None) -> dict[FrameInfo, int]:
        """CVAT frame index of each sample (images) or FiftyOne frame (videos) of the task."""
        return {ref: k for k, ref in enumerate(self.frame_map(num_frames))}

    def cvat_frame(self, frame_number: int) -> int | None:
        """CVAT frame index of a 1-based video frame number; None when it was not uploaded."""
        if self.media_type != "video":
            raise ValueError(f"task {self.name!r} holds images, not video frames")
        k = cvat_frame_of(
            frame_number, frame_start=self.frame_start or 0, frame_step=self.frame_step or 1
        )
        if k is None:
            return None
        if self.frame_stop is not None and frame_number - 1 > self.frame_stop:
            return None
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


def human_bytes(n: int) -> str:
    value = float(n)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def _describe_media(task: TaskPlan) -> str:
    if task.media_type == "image":
        return f"{len(task.items)} image(s), {human_bytes(task.size_bytes)}"
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
