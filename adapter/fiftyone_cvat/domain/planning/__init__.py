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

from fiftyone_cvat.domain.planning.options import (
    DEFAULT_IMAGE_QUALITY,
    LARGE_TASK_BYTES,
    MAX_TASK_NAME_LENGTH,
    FrameArg,
    MediaItem,
    PlanOptions,
)
from fiftyone_cvat.domain.planning.plan import JobPlan, RunPlan, TaskPlan
from fiftyone_cvat.domain.planning.planner import cvat_segments, plan_run, video_frame_count

__all__ = [
    "DEFAULT_IMAGE_QUALITY",
    "LARGE_TASK_BYTES",
    "MAX_TASK_NAME_LENGTH",
    "FrameArg",
    "JobPlan",
    "MediaItem",
    "PlanOptions",
    "RunPlan",
    "TaskPlan",
    "cvat_segments",
    "plan_run",
    "video_frame_count",
]
