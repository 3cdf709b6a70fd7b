"""Turn the samples of a run and the user's options into tasks and jobs."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from fiftyone_cvat.domain.aliases import MediaType
from fiftyone_cvat.domain.frames import sampled_source_frames
from fiftyone_cvat.domain.planning.cloud_media import parse_cloud_url
from fiftyone_cvat.domain.planning.options import (
    DEFAULT_TASK_PREFIX,
    LARGE_TASK_BYTES,
    MAX_TASK_NAME_LENGTH,
    MIN_CVAT_IMAGE_QUALITY,
    FrameArg,
    MediaItem,
    PlanOptions,
    option_error,
    task_data_options,
)
from fiftyone_cvat.domain.planning.plan import JobPlan, RunPlan, TaskPlan, human_bytes


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
    return len(sampled_source_frames(frame_count, frame_start, frame_stop, frame_step))


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
    *,
    segment_size: int | None,
    frame_start: int | None,
    frame_stop: int | None,
    frame_step: int | None,
    num_frames: int | None,
    jobs: tuple[JobPlan, ...],
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
        data_options=_data_options(options),
        segment_size=segment_size,
        frame_start=frame_start,
        frame_stop=frame_stop,
        frame_step=frame_step,
        num_frames=num_frames,
        jobs=jobs,
    )


def _data_options(options: PlanOptions) -> tuple[tuple[str, object], ...]:
    """The ``/data`` options of every task: the table's, with CVAT's lowest image quality."""
    data = dict(task_data_options(options))
    data["image_quality"] = max(MIN_CVAT_IMAGE_QUALITY, options.image_quality)
    return tuple(data.items())


def _check_items(items: Sequence[MediaItem]) -> MediaType:
    if not items:
        raise option_error(
            "samples", "there are no samples to annotate", "pass a non-empty collection"
        )
    types = {i.media_type for i in items}
    bad = types - {"image", "video"}
    if bad:
        raise option_error(
            "samples",
            f"media type {sorted(bad)[0]!r} is not supported by this planner",
            "annotate image or video samples",
        )
    if len(types) > 1:
        raise option_error(
            "samples",
            "the run mixes images and videos, which CVAT cannot put in one task",
            "annotate images and videos in separate runs",
        )
    seen: set[str] = set()
    for item in items:
        if item.sample_id in seen:
            raise option_error(
                "samples", f"sample {item.sample_id} appears twice", "pass each sample once"
            )
        seen.add(item.sample_id)
        if item.size_bytes is not None and item.size_bytes < 0:
            raise option_error(
                "size_bytes", f"{item.size_bytes} for {item.filepath}", "use >= 0 or None"
            )
        if item.frame_count is not None and item.frame_count < 0:
            raise option_error(
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
            raise option_error(
                param,
                f"key {unknown[0]!r} is not the filepath of a video in this run{hint}"
                + (f", and {len(unknown) - 1} more" if len(unknown) > 1 else ""),
                "key the dict by the filepaths of the samples being annotated",
            )
        missing = [v.filepath for v in videos if v.filepath not in arg]
        if missing:
            raise option_error(
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
        raise option_error(
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
            raise option_error(
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
                f"task {task.name!r} holds {human_bytes(task.size_bytes)} of images"
                + (f" ({unknown} of unknown size)" if unknown else "")
                + f", more than {human_bytes(LARGE_TASK_BYTES)}; CVAT must process it at once. "
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
        raise option_error(
            "frame_start",
            f"{start} is after frame_stop={stop} for {where}",
            "use frame_start <= frame_stop (both are inclusive 0-based frames)",
        )
    if step is not None and step > 1 and item.has_tracks:
        raise option_error(
            "frame_step",
            f"{step} for {where}, which has existing tracks to upload; tracks cannot be subsampled",
            "drop frame_step for this video (or use 1), or annotate without its tracks",
        )
    if item.clip is not None:
        first, last = item.clip
        if not 1 <= first <= last or (item.frame_count is not None and last > item.frame_count):
            raise option_error(
                "clip",
                f"support {item.clip} of {where} is not a frame range of the video "
                f"({item.frame_count} frames)",
                "pass the clip's 1-based [first, last] frame numbers",
            )
        where = f"clip {item.clip} of {where}"
        length = last - first + 1
        if start is not None and start >= length:
            raise option_error(
                "frame_start",
                f"{start} is past the end of {where} ({length} frames, numbered from 0)",
                f"use a frame_start below {length} (it is relative to the clip)",
            )
        base = first - 1
        start = base + (start or 0)
        stop = base + (length - 1 if stop is None else min(stop, length - 1))
    elif item.frame_count is not None and start is not None and start >= item.frame_count:
        raise option_error(
            "frame_start",
            f"{start} is past the last frame of {where} ({item.frame_count} frames, "
            "numbered from 0)",
            f"use a frame_start below {item.frame_count}",
        )
    if stop == 0:
        raise option_error(
            "frame_stop",
            f"0 for {where} would be read by CVAT as 'no stop frame' and upload the whole video",
            "widen the clip past the video's first frame"
            if item.clip is not None
            else "use a stop frame of 1 or more (inclusive), or None for the end of the video",
        )
    total = item.frame_count if item.frame_count is not None else _clip_end(item)
    if total is not None and video_frame_count(total, start, stop, step) == 0:
        raise option_error("samples", f"{where} has no frames", "remove it from the run")
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
        warnings.append(_unknown_length_warning(items, unknown_length))
    return tasks


def _unknown_length_warning(items: Sequence[MediaItem], count: int) -> str:
    """Local videos: compute the metadata. Videos CVAT reads from a bucket or its share
    have no local copy for FiftyOne to measure, so that advice would not help: CVAT
    learns their length when it makes the task, and the run takes it from there. (An
    item's ``media_path`` is already the cloud URL ``cloud_prefix_map`` maps to.)"""
    if all(parse_cloud_url(item.media_path) for item in items):
        return (
            f"{count} video(s) read by CVAT from cloud storage or its share have no frame "
            "count in FiftyOne's metadata, so their frame ranges are checked by CVAT when it "
            "makes each task (a frame_stop past the end means the last frame), not before"
        )
    return (
        f"{count} video(s) have no known frame count, so their frame ranges cannot "
        "be checked before upload; compute the samples' metadata first"
    )
