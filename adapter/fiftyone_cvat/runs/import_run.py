"""The server half of ``import_annotations()``: fetch tasks, media and labels, decode.

Fetching (data meta, labels, jobs, then every job's annotations concurrently)
and decoding (:mod:`fiftyone_cvat.domain.conversion`) happen here; the plug-in
merges the result through FiftyOne's ``load_annotations`` on a temporary run,
so re-imports update labels by id exactly as loading a run does.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import zipfile
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from fiftyone.core.collections import SampleCollection
from fiftyone.core.dataset import Dataset

from fiftyone_cvat._fiftyone_compat import all_slices, media_types_in
from fiftyone_cvat.cvat import endpoints
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.errors import CVATNotFoundError
from fiftyone_cvat.domain.aliases import DataPath, JobAnnotations, LabelTypes
from fiftyone_cvat.domain.conversion import (
    DecodeResult,
    FrameInfo,
    IdResolver,
    Skip,
    decode_annotations,
    merge_annotations,
)
from fiftyone_cvat.domain.importing.import_ids import on_frames, stabilize_tracks, stable_ids
from fiftyone_cvat.domain.importing.import_plan import (
    IMPORT_LABEL_TYPES,
    LabelInfo,
    TaskMedia,
    _Plan,
    build_data_map,
    import_schema,
    is_video_file,
    label_fields,
    label_info,
    plan_files,
)
from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.loading.merge_summary import warn_skipped
from fiftyone_cvat.domain.planning.cloud_media import CloudStorage
from fiftyone_cvat.domain.schema.cvat_labels import CvatLabel, top_level
from fiftyone_cvat.domain.schema.specs import RunSchema
from fiftyone_cvat.fiftyone_io.import_writes import import_frames, insert_samples, set_by_filepath

logger = logging.getLogger(__name__)


@dataclass
class Imported:
    """Decoded labels by destination field, the schema to merge them with, and the tasks."""

    annotations: Downloaded
    label_schema: dict[str, LabelInfo]
    task_ids: list[int]


def project_id_named(conn: Connection, project_name: str) -> int:
    matches = endpoints.project_ids_named(conn, project_name)
    if not matches:
        raise CVATNotFoundError(
            f"project_name: no CVAT project named {project_name!r} is visible to this "
            "account; check the name or pass project_id",
            method="GET",
            path="/api/projects",
        )
    if len(matches) > 1:
        raise ValueError(
            f"project_name: {len(matches)} CVAT projects are named {project_name!r} "
            f"(ids {sorted(matches)}); pass project_id instead"
        )
    return matches[0]


def project_task_ids(conn: Connection, project_id: int) -> list[int]:
    return sorted(endpoints.project_task_ids(conn, project_id))


@dataclass
class _TaskData:
    media: TaskMedia
    labels: list[CvatLabel]
    job_ids: list[int]


def _task_data(conn: Connection, task_id: int) -> _TaskData:
    meta = endpoints.task_data_meta(conn, task_id)
    labels = endpoints.labels_of(conn, task_id=task_id)
    job_ids = endpoints.annotation_job_ids(conn, task_id)
    return _TaskData(TaskMedia.from_meta(task_id, meta), labels, job_ids)


def _download_frames(conn: Connection, plan: _Plan, max_workers: int) -> None:
    def fetch(item: tuple[int, int, str]) -> None:
        task_id, frame, filepath = item
        os.makedirs(os.path.dirname(filepath) or ".", exist_ok=True)
        endpoints.download_task_frame(conn, task_id, frame, filepath)

    logger.info("Downloading %d media file(s) from CVAT", len(plan.downloads))
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        list(pool.map(fetch, plan.downloads))


def _download_videos(conn: Connection, plan: _Plan, max_workers: int) -> None:
    """Each video task's original file, taken out of a backup of the task.

    CVAT serves a video's frames as re-encoded chunks; its task backup holds
    the file as uploaded, byte for byte.
    """

    def fetch(item: tuple[int, int, str]) -> None:
        task_id, _, filepath = item
        directory = os.path.dirname(filepath) or "."
        os.makedirs(directory, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=directory) as tmp:
            archive = Path(tmp) / "backup.zip"
            endpoints.export_task_backup(conn, task_id, str(archive))
            extract_video(archive, filepath, task_id)

    logger.info("Downloading %d video(s) from CVAT (task backups)", len(plan.downloads))
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        list(pool.map(fetch, plan.downloads))


def extract_video(archive: Path, filepath: str, task_id: int) -> None:
    """Write the video of a task backup (``data/<name>``) to ``filepath``."""
    with zipfile.ZipFile(archive) as backup:
        videos = [
            m
            for m in backup.infolist()
            if m.filename.startswith("data/") and is_video_file(m.filename)
        ]
        if len(videos) != 1:
            raise ValueError(
                f"download_media: the backup of CVAT task {task_id} holds {len(videos)} video "
                "files (a task whose media is in cloud storage has none); download the video "
                "yourself and pass its directory as data_path"
            )
        partial = filepath + ".part"
        try:
            with backup.open(videos[0]) as source, open(partial, "wb") as out:
                shutil.copyfileobj(source, out, 1 << 20)
            os.replace(partial, filepath)
        finally:  # an interrupted copy never looks like a video
            if os.path.exists(partial):
                os.remove(partial)


@dataclass(frozen=True)
class ImportOptions:
    """The keyword options of ``import_annotations()`` the server half acts on."""

    data_path: DataPath = None
    data_dir: str | None = None
    label_types: LabelTypes = None
    insert_new: bool = True
    download_media: bool = False
    occluded_attr: str | None = None
    group_id_attr: str | None = None
    max_workers: int = 4
    cloud_url_field: str | None = None


def collect(
    conn: Connection,
    dataset: Dataset,
    sample_collection: SampleCollection,
    task_ids: list[int],
    options: ImportOptions,
) -> Imported | None:
    """Fetch the tasks, map their frames to files (downloading media if asked),
    and decode their labels; None when nothing matched a local file."""
    tasks, is_video = _fetch_tasks(conn, dataset, task_ids, options.max_workers)
    plan = _map_files(conn, sample_collection, tasks, is_video, options)
    wanted = {fp for paths in plan.filepaths.values() for fp in paths.values()}
    if not wanted:
        logger.warning("No CVAT frame matched a local file; nothing to import")
        return None
    present = insert_samples(dataset, wanted, options.insert_new)
    if options.cloud_url_field:
        urls = _cloud_urls(conn, tasks, plan, present)
        set_by_filepath(dataset, options.cloud_url_field, urls)
    view = all_slices(dataset).select_by("filepath", sorted(present))
    sample_ids = dict(zip(*view.values(["filepath", "id"]), strict=True))
    fields = label_fields(options.label_types, video=is_video)
    annotations, label_schema, skipped = _decode_tasks(
        conn, dataset, tasks, plan, sample_ids, fields, options
    )
    warn_skipped(skipped, {}, "imported")
    return Imported(annotations, label_schema, [t.media.task_id for t in tasks])


def _cloud_urls(
    conn: Connection, tasks: list[_TaskData], plan: _Plan, present: set[str]
) -> dict[str, str]:
    """Each imported file's cloud URL (``s3://bucket/key``...), for the tasks whose media
    CVAT reads from a cloud storage: a later ``annotate(media_field=...)`` of them reads
    the bucket again instead of uploading the local copies."""
    urls: dict[str, str] = {}
    storages: dict[int, CloudStorage] = {}
    for task in tasks:
        task_id = task.media.task_id
        storage_id = endpoints.task_cloud_storage_id(conn, task_id)
        if storage_id is None:
            logger.warning(
                "CVAT task %d has no cloud storage: cloud_url_field stays unset on its samples",
                task_id,
            )
            continue
        if storage_id not in storages:
            storages[storage_id] = endpoints.cloud_storage(conn, storage_id)
        for k, filepath in plan.filepaths.get(task_id, {}).items():
            if filepath in present:
                urls[filepath] = storages[storage_id].url(task.media.names[k])
    return urls


def _fetch_tasks(
    conn: Connection, dataset: Dataset, task_ids: list[int], max_workers: int
) -> tuple[list[_TaskData], bool]:
    """Each task's media, labels and jobs; all tasks must hold the dataset's media type."""
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        tasks = list(pool.map(lambda t: _task_data(conn, t), task_ids))
    videos = [t.media.task_id for t in tasks if t.media.is_video]
    if videos and len(videos) != len(tasks):
        raise ValueError(
            f"task_ids: tasks {videos} hold videos and the others images; import them "
            "separately into a video and an image dataset"
        )
    expected = "video" if videos else "image"
    if len(dataset) and expected not in media_types_in(dataset):
        raise ValueError(
            f"the CVAT task(s) hold {expected}s but the dataset holds "
            f"{sorted(media_types_in(dataset))} samples; import into a dataset (or group "
            "slice) of the same media type"
        )
    return tasks, bool(videos)


def _map_files(
    conn: Connection,
    sample_collection: SampleCollection,
    tasks: list[_TaskData],
    is_video: bool,
    options: ImportOptions,
) -> _Plan:
    """CVAT frames -> local files, downloading what is missing when asked."""
    data_map = build_data_map(options.data_path, all_slices(sample_collection).values("filepath"))
    plan = plan_files(
        [t.media for t in tasks],
        data_map,
        data_dir=options.data_dir,
        download_media=options.download_media,
    )
    if plan.downloads:
        (_download_videos if is_video else _download_frames)(conn, plan, options.max_workers)
    unmapped = sum(len(v) for v in plan.unmapped.values())
    if unmapped:
        example = next(iter(plan.unmapped.values()))[0]
        logger.warning(
            "Ignoring annotations of %d CVAT frame(s) in %d task(s) (e.g. %r) with no "
            "local file in data_path; pass data_path (a directory or a {name: filepath} "
            "dict) or download_media=True to import them",
            unmapped,
            len(plan.unmapped),
            example,
        )
    return plan


def _decode_tasks(
    conn: Connection,
    dataset: Dataset,
    tasks: list[_TaskData],
    plan: _Plan,
    sample_ids: Mapping[str, str],
    fields: Mapping[str, str],
    options: ImportOptions,
) -> tuple[Downloaded, dict[str, LabelInfo], list[Skip]]:
    """Fetch every job's annotations (concurrently) and decode them per task."""
    usable = [t for t in tasks if top_level(t.labels)]
    for task in tasks:
        if task not in usable:
            logger.warning("CVAT task %d has no labels; nothing to import", task.media.task_id)
    payloads = _job_payloads(conn, usable, options.max_workers)
    annotations = Downloaded()
    label_schema: dict[str, LabelInfo] = {}
    skipped: list[Skip] = []
    for task in usable:
        paths = plan.filepaths.get(task.media.task_id, {})
        frames = import_frames(dataset, task.media, paths, sample_ids)
        if not frames:
            continue
        schema = import_schema(
            task.labels,
            IMPORT_LABEL_TYPES,
            occluded_attr=options.occluded_attr,
            group_id_attr=options.group_id_attr,
        )
        decoded = _decode_task(conn, task, payloads[task.media.task_id], schema, frames, skipped)
        for kind, dest in fields.items():
            by_type = decoded.labels.get(kind, {}).get(kind)
            if by_type:
                annotations = annotations.deep_merged(Downloaded({dest: {kind: by_type}}))
            info = label_info(kind, schema.field(kind))
            if dest in label_schema:
                info["attributes"].update(label_schema[dest]["attributes"])
            label_schema[dest] = info
    # only fields that received labels are created
    return annotations, {f: label_schema[f] for f in annotations.names()}, skipped


def _job_payloads(
    conn: Connection, tasks: list[_TaskData], max_workers: int
) -> dict[int, list[JobAnnotations]]:
    """Every job's annotations of every task, fetched concurrently, by task id."""
    jobs = [(t.media.task_id, job_id) for t in tasks for job_id in t.job_ids]
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        fetched = list(pool.map(lambda job: endpoints.job_annotations(conn, job[1]), jobs))
    out: dict[int, list[JobAnnotations]] = {t.media.task_id: [] for t in tasks}
    for (task_id, _), payload in zip(jobs, fetched, strict=True):
        out[task_id].append(payload)
    return out


def _decode_task(
    conn: Connection,
    task: _TaskData,
    payloads: list[JobAnnotations],
    schema: RunSchema,
    frames: Mapping[int, FrameInfo],
    skipped: list[Skip],
) -> DecodeResult:
    """One decode per task: a track split across jobs is one track again."""
    resolver = IdResolver(task.labels)
    parts = []
    for payload in payloads:
        records, skips = resolver.from_wire(payload)
        parts.append(records)
        skipped.extend(skips)
    decoded = decode_annotations(
        on_frames(merge_annotations(*parts), frames),
        schema,
        frames,
        end_frame=task.media.size if task.media.is_video else len(task.media.names),
        deleted_frames=task.media.deleted,
        fallback_ids=stable_ids(conn.base_url),
    )
    stabilize_tracks(decoded, conn.base_url)
    skipped.extend(decoded.skipped)
    return decoded
