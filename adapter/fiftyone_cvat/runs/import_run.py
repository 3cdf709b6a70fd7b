"""``import_annotations()``: load existing CVAT tasks or a whole project into a dataset.

Unlike an annotation run, nothing here was uploaded by FiftyOne: samples are
found by CVAT frame *file name* (``data_path``), the schema comes from each
task's CVAT labels, and label fields are named after label types. Fetching
(data meta, labels, jobs, then every job's annotations concurrently) and
decoding (:mod:`fiftyone_cvat.domain.conversion`) are ours; merging goes through
FiftyOne's ``load_annotations`` on a temporary run, so re-imports update
labels by id exactly as loading a run does.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Container, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import fiftyone as fo
import fiftyone.core.media as fom
from bson import ObjectId

from cvat_api.api.jobs import jobs_list
from cvat_api.api.labels import labels_list
from cvat_api.api.tasks import tasks_create_backup_export, tasks_list
from fiftyone_cvat._fiftyone_compat import dataset_of, label_list_field
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.errors import CVATNotFoundError, CVATRequestFailedError
from fiftyone_cvat.domain.conversion import (
    Annotations,
    DecodeResult,
    FrameInfo,
    IdResolver,
    Skip,
    decode_annotations,
    merge_annotations,
    video_frames,
)
from fiftyone_cvat.domain.conversion.records import deep_merge
from fiftyone_cvat.domain.project_labels import field_spec_from_cvat_labels
from fiftyone_cvat.domain.specs import FieldSpec, RunSchema
from fiftyone_cvat.domain.vocab import LabelType
from fiftyone_cvat.plugin.api import project_ids_named
from fiftyone_cvat.plugin.backend import CVATBackend, CVATBackendConfig

__all__ = ["IMPORT_LABEL_TYPES", "build_data_map", "import_annotations", "label_fields"]

logger = logging.getLogger(__name__)

IMPORT_LABEL_TYPES: dict[str, LabelType] = {
    "classifications": "classifications",
    "detections": "detections",
    "polylines": "polygons",
    "keypoints": "keypoints",
}
"""Label types an import produces (return type -> label type of its field).

CVAT tags become classifications, rectangles and masks detections, polygons
filled polylines and polylines open ones, points keypoints (a ``polygons``
field decodes closed shapes as filled, as FiftyOne's own import does).
Segmentation needs mask targets and scalars need a field to be named after,
neither of which CVAT stores.
"""

DataPath = str | os.PathLike[str] | Mapping[str, str] | None
LabelTypes = str | Iterable[str] | Mapping[str, str] | None


# --------------------------------------------------------------------------
# Pure parts: argument checks, field names, file name mapping, task meta
# --------------------------------------------------------------------------


def check_source(project_name: str | None, project_id: int | None, task_ids: Any) -> list[int]:
    """Exactly one source; returns the task ids given (empty for a project)."""
    given = [
        name
        for name, value in (
            ("project_name", project_name),
            ("project_id", project_id),
            ("task_ids", task_ids),
        )
        if value is not None
    ]
    if len(given) != 1:
        raise ValueError(
            "import_annotations() needs exactly one of project_name, project_id or "
            f"task_ids; got {', '.join(given) if given else 'none'}"
        )
    if task_ids is None:
        return []
    ids = [task_ids] if isinstance(task_ids, (int, str)) else list(task_ids)
    if not ids:
        raise ValueError("task_ids is empty; pass at least one CVAT task id")
    out = []
    for task_id in ids:
        try:
            out.append(int(task_id))
        except (TypeError, ValueError):
            raise ValueError(f"task_ids: {task_id!r} is not a CVAT task id (an integer)") from None
    return list(dict.fromkeys(out))


def label_fields(label_types: LabelTypes, *, video: bool = False) -> dict[str, str]:
    """Return type -> destination field for the label types to import.

    ``None`` imports every type into a field of the same name; a list keeps
    only the types it names; a dict also renames them. In video datasets CVAT
    annotates frames, so bare names become frame fields (``frames.<name>``).
    """
    if label_types is None:
        mapping = {t: t for t in IMPORT_LABEL_TYPES}
    elif isinstance(label_types, Mapping):
        mapping = dict(label_types)
    elif isinstance(label_types, str):
        if label_types == "prompt":
            raise ValueError(
                "label_types='prompt' is not supported; pass a dict mapping label "
                "types to field names instead"
            )
        mapping = {label_types: label_types}
    else:
        mapping = {t: t for t in label_types}
    unknown = sorted(str(t) for t in mapping if t not in IMPORT_LABEL_TYPES)
    if unknown:
        raise ValueError(
            f"label_types: unsupported label type(s) {unknown}; use some of "
            f"{list(IMPORT_LABEL_TYPES)}"
        )
    if not mapping:
        raise ValueError("label_types is empty; pass None to import every label type")
    out: dict[str, str] = {}
    for kind, name in mapping.items():
        if not isinstance(name, str) or not name or name == "frames.":
            raise ValueError(f"label_types: field name for {kind!r} must be a non-empty string")
        if video and not name.startswith("frames."):
            name = "frames." + name
        elif not video and name.startswith("frames."):
            raise ValueError(
                f"label_types: {name!r} is a frame field, but the dataset holds images"
            )
        out[kind] = name
    duplicates = sorted({n for n in out.values() if list(out.values()).count(n) > 1})
    if duplicates:
        raise ValueError(f"label_types: several label types map to field(s) {duplicates}")
    return out


def build_data_map(data_path: DataPath, existing_filepaths: Iterable[str]) -> dict[str, str]:
    """CVAT frame name -> local filepath.

    ``None``: basenames of the collection's filepaths; a directory: every file
    under it by basename (recursively); a ``.json`` file: its name -> path
    object; a dict: used as is. A directory that does not exist (yet) maps
    nothing, so ``download_media`` can fill it.
    """
    if data_path is None:
        return {os.path.basename(f): f for f in existing_filepaths}
    if isinstance(data_path, Mapping):
        return {str(k): str(v) for k, v in data_path.items()}
    path = Path(data_path)
    if path.suffix.lower() == ".json" and path.is_file():
        loaded = json.loads(path.read_text())
        if not isinstance(loaded, dict):
            raise ValueError(f"data_path: {path} must hold a JSON object of name -> filepath")
        return {str(k): str(v) for k, v in loaded.items()}
    if not path.is_dir():
        return {}
    found: dict[str, str] = {}
    for root, _dirs, files in sorted(os.walk(path)):
        for name in sorted(files):
            found.setdefault(name, os.path.join(os.path.abspath(root), name))
    return found


def _frame_step(frame_filter: str | None) -> int:
    match = re.search(r"step\s*=\s*(\d+)", frame_filter or "")
    return int(match.group(1)) if match else 1


@dataclass(frozen=True)
class TaskMedia:
    """What ``GET /api/tasks/{id}/data/meta`` says about a task's media."""

    task_id: int
    names: tuple[str, ...]  # per CVAT frame (images), or the one video name
    sizes: tuple[tuple[int, int], ...]
    deleted: frozenset[int] = frozenset()
    size: int = 0  # number of task frames
    start_frame: int = 0
    stop_frame: int = 0
    frame_step: int = 1

    @property
    def is_video(self) -> bool:
        return len(self.names) == 1 and fom.get_media_type(self.names[0]) == fom.VIDEO

    @classmethod
    def from_meta(cls, task_id: int, meta: Mapping[str, Any]) -> TaskMedia:
        frames = meta.get("frames") or []
        return cls(
            task_id=task_id,
            names=tuple(str(f["name"]) for f in frames),
            sizes=tuple((int(f.get("width") or 0), int(f.get("height") or 0)) for f in frames),
            deleted=frozenset(int(k) for k in meta.get("deleted_frames") or []),
            size=int(meta.get("size") or len(frames)),
            start_frame=int(meta.get("start_frame") or 0),
            stop_frame=int(meta.get("stop_frame") or 0),
            frame_step=_frame_step(meta.get("frame_filter")),
        )


def _safe_join(directory: str, name: str) -> str | None:
    """``directory/name`` when the CVAT name stays inside the directory."""
    base = os.path.abspath(directory)
    target = os.path.abspath(os.path.join(base, name))
    return target if target.startswith(base + os.sep) else None


@dataclass
class _Plan:
    """Where every CVAT frame of the import goes, and what must be fetched first."""

    filepaths: dict[int, dict[int, str]] = field(default_factory=dict)  # task -> frame -> path
    downloads: list[tuple[int, int, str]] = field(default_factory=list)  # task, frame, path
    unmapped: dict[int, list[str]] = field(default_factory=dict)  # task -> names


def plan_files(
    media: Iterable[TaskMedia],
    data_map: Mapping[str, str],
    *,
    data_dir: str | None,
    download_media: bool,
    exists: Callable[[str], bool] = os.path.exists,
) -> _Plan:
    """Map CVAT frames to local files; deleted frames are skipped, unknown names reported."""
    plan = _Plan()
    for task in media:
        paths = plan.filepaths.setdefault(task.task_id, {})
        for k, name in enumerate(task.names):
            if k in task.deleted and not task.is_video:
                continue
            # names of server-side files keep their folders; local maps are by basename
            filepath = data_map.get(name) or data_map.get(os.path.basename(name))
            if filepath is None and download_media and data_dir is not None:
                filepath = _safe_join(data_dir, name)
            if filepath is None:
                plan.unmapped.setdefault(task.task_id, []).append(name)
                continue
            if download_media and not exists(filepath):
                plan.downloads.append((task.task_id, k, filepath))
            paths[k] = filepath
    return plan


def import_schema(
    labels: list[dict[str, Any]],
    kinds: Iterable[str],
    *,
    occluded_attr: str | None = None,
    group_id_attr: str | None = None,
) -> RunSchema:
    """One field per imported label type, all built from the task's CVAT labels.

    Fields are named after their return type; the caller renames them.
    """
    return RunSchema(
        fields=tuple(
            field_spec_from_cvat_labels(
                kind,
                IMPORT_LABEL_TYPES[kind],
                labels,
                occluded_attr=occluded_attr,
                group_id_attr=group_id_attr,
            )
            for kind in kinds
        )
    )


# --------------------------------------------------------------------------
# Server side
# --------------------------------------------------------------------------


def _project_id(conn: Connection, project_name: str) -> int:
    matches = project_ids_named(conn, project_name)
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


def _project_task_ids(conn: Connection, project_id: int) -> list[int]:
    tasks = conn.paginate(tasks_list.sync_detailed, project_id=project_id)
    return sorted(t.id for t in tasks if isinstance(t.id, int))


@dataclass
class _TaskData:
    media: TaskMedia
    labels: list[dict[str, Any]]
    job_ids: list[int]


def _task_data(conn: Connection, task_id: int) -> _TaskData:
    meta = conn.request_json("GET", f"/api/tasks/{task_id}/data/meta")
    labels = [lab.to_dict() for lab in conn.paginate(labels_list.sync_detailed, task_id=task_id)]
    job_ids = sorted(
        job.id
        for job in conn.paginate(jobs_list.sync_detailed, task_id=task_id)
        if isinstance(job.id, int)
        # ground-truth jobs hold reference annotations, not the task's
        and str(getattr(job.type_, "value", job.type_)) != "ground_truth"
    )
    return _TaskData(TaskMedia.from_meta(task_id, meta), labels, job_ids)


def _download_frames(conn: Connection, plan: _Plan, max_workers: int) -> None:
    def fetch(item: tuple[int, int, str]) -> None:
        task_id, frame, filepath = item
        os.makedirs(os.path.dirname(filepath) or ".", exist_ok=True)
        conn.download(
            f"/api/tasks/{task_id}/data",
            filepath,
            params={"type": "frame", "quality": "original", "number": frame},
        )

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
        started = conn.call(tasks_create_backup_export.sync_detailed, id=task_id, lightweight=False)
        state = conn.wait_for_request(started.rq_id)
        url = state.result_url if isinstance(state.result_url, str) else None
        if url is None:
            raise CVATRequestFailedError(
                f"the backup of task {task_id} finished without a download URL",
                rq_id=started.rq_id,
            )
        directory = os.path.dirname(filepath) or "."
        os.makedirs(directory, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=directory) as tmp:
            archive = conn.download(url, Path(tmp) / "backup.zip")
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
            if m.filename.startswith("data/") and fom.get_media_type(m.filename) == fom.VIDEO
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


# --------------------------------------------------------------------------
# Dataset side
# --------------------------------------------------------------------------


def _insert_samples(dataset: Any, filepaths: set[str], insert_new: bool) -> set[str]:
    """Add samples for new files (with metadata); returns the files now in the dataset."""
    existing = set(dataset.distinct("filepath"))
    new = sorted(filepaths - existing)
    if not new:
        return filepaths
    if not insert_new:
        logger.warning(
            "Ignoring annotations of %d file(s) not in the collection (e.g. %s); "
            "pass insert_new=True to add them",
            len(new),
            new[0],
        )
        return filepaths & existing
    ids = dataset.add_samples([fo.Sample(filepath=fp) for fp in new], progress=False)
    dataset.select(ids).compute_metadata(skip_failures=True, progress=False)
    return filepaths


def _video_frame_ids(dataset: Any, sample_id: str, frame_numbers: Iterable[int]) -> dict[int, str]:
    """Frame ids of the given frames, creating missing frame documents first."""
    sample = dataset[sample_id]
    missing = [n for n in frame_numbers if n not in sample.frames]
    for number in missing:
        sample.frames[number] = fo.Frame()
    if missing:
        sample.save()
    return {number: frame.id for number, frame in sample.frames.items()}


def _task_frames(
    dataset: Any, task: _TaskData, paths: Mapping[int, str], sample_ids: Mapping[str, str]
) -> dict[int, FrameInfo]:
    media = task.media
    if not media.is_video:
        return {
            k: FrameInfo(sample_ids[fp], *media.sizes[k])
            for k, fp in paths.items()
            if fp in sample_ids
        }
    sample_id = sample_ids.get(paths.get(0, ""))
    if sample_id is None:
        return {}
    numbers = [media.start_frame + k * media.frame_step + 1 for k in range(media.size)]
    frame_ids = _video_frame_ids(dataset, sample_id, numbers)
    frames = video_frames(
        sample_id,
        media.sizes[0],
        media.stop_frame + 1,
        frame_start=media.start_frame,
        frame_stop=media.stop_frame,
        frame_step=media.frame_step,
        frame_ids=frame_ids,
    )
    return dict(enumerate(frames))


def _label_info(kind: str, spec: FieldSpec) -> dict[str, Any]:
    """What ``load_annotations`` reads of a field: its type and the attributes to merge."""
    attrs = {a.name: {"type": "text"} for c in spec.classes for a in c.attributes}
    for extra in (spec.occluded_attr, spec.group_id_attr):
        if extra:
            attrs[extra] = {"type": "text"}
    # labels already in the field but not (or no longer) in CVAT are kept
    return {"type": kind, "attributes": attrs, "allow_deletions": False}


class _ImportBackendConfig(CVATBackendConfig):
    """Config of the temporary run an import merges through (never left behind)."""


class _ImportBackend(CVATBackend):
    """A backend whose 'download' returns the labels decoded beforehand.

    FiftyOne pairs backends and configs by class name, hence the pair.
    """

    annotations: dict[str, Any]

    def download_annotations(self, results: Any) -> dict[str, Any]:
        return self.annotations


def _existing_ids(dataset: Any, dest: str, by_type: Mapping[str, Any]) -> dict[str, Any]:
    """Ids of the labels already in ``dest`` on the imported samples (frames).

    Given to ``load_annotations`` as the run's id map, so a label whose id
    comes back from CVAT is updated in place instead of added twice.
    """
    list_field = label_list_field(getattr(dataset.get_field(dest), "document_type", None))
    if list_field is None:  # a new field (or not a label list: FiftyOne reports that)
        return {}
    sample_ids = sorted({sid for annos in by_type.values() for sid in annos})
    view = dataset.select(sample_ids)
    label_ids = f"{dest}.{list_field}.id"
    out: dict[str, Any] = {}
    if dest.startswith("frames."):
        sids, fids, lids = view.values(["id", "frames.id", label_ids])
        for sid, frame_ids, frame_labels in zip(sids, fids, lids, strict=True):
            out[sid] = {
                fid: list(ids)
                for fid, ids in zip(frame_ids, frame_labels or [], strict=False)
                if ids
            }
    else:
        sids, lids = view.values(["id", label_ids])
        out = {sid: list(ids) for sid, ids in zip(sids, lids, strict=True) if ids}
    return out


def _load(
    dataset: Any,
    annotations: dict[str, Any],
    label_schema: dict[str, dict[str, Any]],
    task_ids: list[int],
) -> None:
    """Merge through FiftyOne's ``load_annotations`` on a temporary run, then drop it."""
    from fiftyone_cvat import BACKEND_NAME
    from fiftyone_cvat.plugin.results import CVATAnnotationResults

    config = _ImportBackendConfig(BACKEND_NAME, label_schema)
    backend = _ImportBackend(config)
    backend.annotations = annotations
    anno_key = f"tmp_import_{ObjectId()}"
    backend.register_run(dataset, anno_key, overwrite=False)
    try:
        id_map = {f: _existing_ids(dataset, f, annotations[f]) for f in label_schema}
        results = CVATAnnotationResults(
            dataset, config, anno_key, id_map, task_ids=task_ids, backend=backend
        )
        backend.save_run_results(dataset, anno_key, results)
        dataset.load_annotations(anno_key, unexpected="ignore", cleanup=False, progress=False)
    finally:
        backend.delete_run(dataset, anno_key, cleanup=False)


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------


def _check_data_path(data_path: DataPath, download_media: bool) -> str | None:
    """Validate ``data_path``; returns the directory downloads go to (if any)."""
    if data_path is None:
        if download_media:
            raise ValueError(
                "download_media=True needs data_path: the directory to download media into"
            )
        return None
    if isinstance(data_path, Mapping):
        return None  # downloads go to the mapped filepaths
    path = Path(data_path)
    if download_media:
        if path.exists() and not path.is_dir():
            raise ValueError(f"data_path: {path} is not a directory to download media into")
        return os.fspath(path)
    if not path.is_dir() and not (path.suffix.lower() == ".json" and path.is_file()):
        raise ValueError(
            f"data_path: {path} is neither a directory nor a JSON file; pass the "
            "directory holding the media, a {cvat_name: filepath} dict, or "
            "download_media=True"
        )
    return None


def import_annotations(
    sample_collection: Any,
    project_name: str | None = None,
    project_id: int | None = None,
    task_ids: int | Iterable[int] | None = None,
    data_path: DataPath = None,
    label_types: LabelTypes = None,
    insert_new: bool = True,
    download_media: bool = False,
    occluded_attr: str | None = None,
    group_id_attr: str | None = None,
    max_workers: int = 4,
    *,
    connection: Connection | None = None,
    **connection_kwargs: Any,
) -> None:
    """Import the annotations of existing CVAT tasks, or of a whole project.

    Give exactly one of ``project_name``, ``project_id`` or ``task_ids``.
    CVAT frames are matched to local files by name through ``data_path``
    (see :func:`build_data_map`); frames without a file are reported, not
    imported. ``download_media=True`` first downloads missing media into
    ``data_path``: images frame by frame, videos as the file originally
    uploaded (from a backup of the task). New files become samples when
    ``insert_new``. Labels go to fields named after their type
    (``detections``, ``classifications``, ``polylines``, ``keypoints``; frame
    fields for videos) unless ``label_types`` lists the types to keep or maps
    them to field names.

    ``connection`` reuses an open :class:`~fiftyone_cvat.cvat.connection.Connection`;
    otherwise ``connection_kwargs`` (url, username, password, ...) open one.
    """
    ids = check_source(project_name, project_id, task_ids)
    if max_workers < 1:
        raise ValueError(f"max_workers={max_workers}: use 1 or more concurrent requests")
    if sample_collection.media_type == "group":
        raise ValueError(
            "import_annotations() does not support grouped collections; import into a "
            "dataset of images or videos instead"
        )
    if connection is not None and connection_kwargs:
        raise ValueError(
            f"got connection and connection settings {sorted(connection_kwargs)}; "
            "pass one or the other"
        )
    data_dir = _check_data_path(data_path, download_media)
    if label_types is not None:
        label_fields(label_types, video=True)  # fail on bad types before any request

    dataset = dataset_of(sample_collection)
    conn = connection or Connection.connect(**connection_kwargs)
    try:
        if project_name is not None:
            project_id = _project_id(conn, project_name)
        if project_id is not None:
            ids = _project_task_ids(conn, int(project_id))
            if not ids:
                logger.warning("CVAT project %s has no tasks; nothing to import", project_id)
                return
        _import(
            conn,
            dataset,
            sample_collection,
            ids,
            data_path=data_path,
            data_dir=data_dir,
            label_types=label_types,
            insert_new=insert_new,
            download_media=download_media,
            occluded_attr=occluded_attr,
            group_id_attr=group_id_attr,
            max_workers=max_workers,
        )
    finally:
        if connection is None:
            conn.close()


def _import(
    conn: Connection,
    dataset: Any,
    sample_collection: Any,
    task_ids: list[int],
    *,
    data_path: DataPath,
    data_dir: str | None,
    label_types: LabelTypes,
    insert_new: bool,
    download_media: bool,
    occluded_attr: str | None,
    group_id_attr: str | None,
    max_workers: int,
) -> None:
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        tasks = list(pool.map(lambda t: _task_data(conn, t), task_ids))
    videos = [t.media.task_id for t in tasks if t.media.is_video]
    if videos and len(videos) != len(tasks):
        raise ValueError(
            f"task_ids: tasks {videos} hold videos and the others images; import them "
            "separately into a video and an image dataset"
        )
    is_video = bool(videos)
    expected = "video" if is_video else "image"
    if len(dataset) and dataset.media_type != expected:
        raise ValueError(
            f"the CVAT task(s) hold {expected}s but the dataset holds {dataset.media_type} "
            "samples; import into a dataset of the same media type"
        )

    data_map = build_data_map(data_path, sample_collection.values("filepath"))
    plan = plan_files(
        [t.media for t in tasks], data_map, data_dir=data_dir, download_media=download_media
    )
    if plan.downloads:
        (_download_videos if is_video else _download_frames)(conn, plan, max_workers)
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

    wanted = {fp for paths in plan.filepaths.values() for fp in paths.values()}
    if not wanted:
        logger.warning("No CVAT frame matched a local file; nothing to import")
        return
    present = _insert_samples(dataset, wanted, insert_new)
    view = dataset.select_by("filepath", sorted(present))
    sample_ids = dict(zip(*view.values(["filepath", "id"]), strict=True))

    fields = label_fields(label_types, video=is_video)
    annotations, label_schema, skipped = _decode_tasks(
        conn,
        dataset,
        tasks,
        plan,
        sample_ids,
        fields,
        occluded_attr=occluded_attr,
        group_id_attr=group_id_attr,
        max_workers=max_workers,
    )
    if skipped:
        logger.warning(
            "%d annotation(s) from CVAT could not be converted and were not imported: %s",
            len(skipped),
            "; ".join(str(s) for s in skipped[:5]),
        )
    if label_schema:
        _load(dataset, annotations, label_schema, [t.media.task_id for t in tasks])


def _decode_tasks(
    conn: Connection,
    dataset: Any,
    tasks: list[_TaskData],
    plan: _Plan,
    sample_ids: Mapping[str, str],
    fields: Mapping[str, str],
    *,
    occluded_attr: str | None,
    group_id_attr: str | None,
    max_workers: int,
) -> tuple[dict[str, Any], dict[str, dict[str, Any]], list[Skip]]:
    """Fetch every job's annotations (concurrently) and decode them per task."""
    usable = [t for t in tasks if _top_level_labels(t.labels)]
    for task in tasks:
        if task not in usable:
            logger.warning("CVAT task %d has no labels; nothing to import", task.media.task_id)
    jobs = [(t, job_id) for t in usable for job_id in t.job_ids]

    def fetch(job: tuple[_TaskData, int]) -> dict[str, Any]:
        payload: dict[str, Any] = conn.request_json("GET", f"/api/jobs/{job[1]}/annotations/")
        return payload

    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        payloads = list(pool.map(fetch, jobs))

    annotations: dict[str, Any] = {}
    label_schema: dict[str, dict[str, Any]] = {}
    skipped: list[Skip] = []
    for task in usable:
        frames = _task_frames(dataset, task, plan.filepaths.get(task.media.task_id, {}), sample_ids)
        if not frames:
            continue
        schema = import_schema(
            task.labels,
            IMPORT_LABEL_TYPES,
            occluded_attr=occluded_attr,
            group_id_attr=group_id_attr,
        )
        resolver = IdResolver(task.labels)
        parts = []
        for (job_task, _), payload in zip(jobs, payloads, strict=True):
            if job_task is task:
                records, skips = resolver.from_wire(payload)
                parts.append(records)
                skipped.extend(skips)
        # one decode per task: a track split across jobs is one track again
        decoded = decode_annotations(
            _on_frames(merge_annotations(*parts), frames),
            schema,
            frames,
            end_frame=task.media.size if task.media.is_video else len(task.media.names),
            deleted_frames=task.media.deleted,
            fallback_ids=_stable_ids(conn.base_url),
        )
        _stabilize_tracks(decoded, conn.base_url)
        skipped.extend(decoded.skipped)
        for kind, dest in fields.items():
            by_type = decoded.labels.get(kind, {}).get(kind)
            if by_type:
                deep_merge(annotations.setdefault(dest, {}).setdefault(kind, {}), by_type)
        for kind, dest in fields.items():
            info = _label_info(kind, schema.field(kind))
            if dest in label_schema:
                info["attributes"].update(label_schema[dest]["attributes"])
            label_schema[dest] = info
    # only fields that received labels are created
    return annotations, {f: label_schema[f] for f in annotations}, skipped


def _stable_ids(server: str) -> Callable[[str, int], str]:
    """Label ids derived from CVAT object ids, so importing again updates, not duplicates.

    Used only for objects without a valid ``label_id`` attribute (those not
    uploaded by FiftyOne); tracks get theirs in :func:`_stabilize_tracks`.
    """

    def label_id(kind: str, cvat_id: int) -> str:
        digest = hashlib.sha256(f"{server}|{kind}|{cvat_id}".encode()).hexdigest()
        return digest[:24]

    return label_id


def _stabilize_tracks(decoded: DecodeResult, server: str) -> None:
    """One id per (CVAT track, frame) for track labels without a ``label_id``.

    The decoder makes interpolated frames new on every call, and CVAT gives
    keyframe shapes new ids when a track is edited; the track id and frame
    survive both, so a second import of a video updates its labels.
    """
    stable = _stable_ids(server)
    renamed = {
        label_id: stable(f"track:{origin.cvat_id}:frame", origin.frame)
        for label_id, origin in decoded.origins.items()
        if origin.kind == "track" and origin.id_source != "label_id" and origin.cvat_id is not None
    }
    if renamed:
        _rekey(decoded.labels, renamed)


def _rekey(node: dict[Any, Any], renamed: Mapping[str, str]) -> None:
    for key in list(node):
        value = node[key]
        if isinstance(value, dict):
            _rekey(value, renamed)
        elif key in renamed:
            value.id = renamed[key]
            node[renamed[key]] = node.pop(key)


def _on_frames(records: Annotations, frames: Container[int]) -> Annotations:
    """Only tags and shapes on frames with a local file: the others were already
    reported (once per task), not once per object. Tracks are kept whole, as
    interpolation needs all their keyframes."""
    return {
        "version": records["version"],
        "tags": [t for t in records["tags"] if t["frame"] in frames],
        "shapes": [s for s in records["shapes"] if s["frame"] in frames],
        "tracks": records["tracks"],
    }


def _top_level_labels(labels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [d for d in labels if not d.get("has_parent") and d.get("parent_id") is None]
