"""The pure half of ``import_annotations()``: arguments, field names, file mapping.

Nothing here was uploaded by FiftyOne: CVAT frames are matched to local files
by *file name* (``data_path``), each task's schema comes from its CVAT labels,
and label fields are named after label types.
"""

from __future__ import annotations

import json
import mimetypes
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from cvat_api.models import DataMetaRead, FrameMeta
from fiftyone_cvat.domain.aliases import ByType, DataPath, LabelType, LabelTypes
from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.schema.cvat_labels import CvatLabel
from fiftyone_cvat.domain.schema.project_labels import field_spec_from_cvat_labels
from fiftyone_cvat.domain.schema.specs import FieldSpec, RunSchema

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


# --------------------------------------------------------------------------
# Pure parts: argument checks, field names, file name mapping, task meta
# --------------------------------------------------------------------------


def check_source(
    project_name: str | None, project_id: int | None, task_ids: int | str | Iterable[int] | None
) -> list[int]:
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


class LabelInfo(TypedDict):
    """One field of the ``label_schema`` an import merges with (what FiftyOne reads)."""

    type: str
    attributes: dict[str, dict[str, str]]
    allow_deletions: bool


def prompted_fields(
    annotations: Downloaded,
    label_schema: Mapping[str, LabelInfo],
    *,
    video: bool,
    ask: Callable[[str], str] | None = None,
) -> tuple[Downloaded, dict[str, LabelInfo]]:
    """``label_types="prompt"``: for each label type the import found, ask which field
    receives it (an empty answer skips the type). Returns both maps under the answers.
    ``ask`` defaults to ``input``, read at call time as FiftyOne's own prompts do."""
    ask = ask or input
    out: dict[str, ByType] = {}
    schema: dict[str, LabelInfo] = {}
    for dest in annotations.names():
        by_type = dict(annotations.by_type(dest))
        kind = next(iter(by_type), dest)
        answer = ask(
            f"CVAT labels of type '{kind}' were found. Name the field to store them in "
            "(empty to skip): "
        ).strip()
        if not answer:
            continue
        if video and not answer.startswith("frames."):
            answer = "frames." + answer
        if answer in out:
            raise ValueError(f"label_types='prompt': field {answer!r} was given twice")
        out[answer] = by_type
        schema[answer] = label_schema[dest]
    return Downloaded(out), schema


def label_fields(label_types: LabelTypes, *, video: bool = False) -> dict[str, str]:
    """Return type -> destination field for the label types to import.

    ``None`` imports every type into a field of the same name; a list keeps
    only the types it names; a dict also renames them. In video datasets CVAT
    annotates frames, so bare names become frame fields (``frames.<name>``).
    """
    if label_types is None or label_types == "prompt":  # prompt: asked once labels are in
        mapping = {t: t for t in IMPORT_LABEL_TYPES}
    elif isinstance(label_types, Mapping):
        mapping = dict(label_types)
    elif isinstance(label_types, str):
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
        return len(self.names) == 1 and is_video_file(self.names[0])

    @classmethod
    def from_meta(cls, task_id: int, meta: DataMetaRead | Mapping[str, object]) -> TaskMedia:
        """From the generated model, or CVAT's JSON."""
        if isinstance(meta, Mapping):
            meta = DataMetaRead.from_dict(dict(meta))
        frames = [_frame_fields(f) for f in meta.frames or []]
        return cls(
            task_id=task_id,
            names=tuple(name for name, _, _ in frames),
            sizes=tuple((w, h) for _, w, h in frames),
            deleted=frozenset(int(k) for k in meta.deleted_frames or []),
            size=_int(meta.size) or len(frames),
            start_frame=_int(meta.start_frame),
            stop_frame=_int(meta.stop_frame),
            frame_step=_frame_step(_str(meta.frame_filter)),
        )


def _frame_fields(frame: FrameMeta | Mapping[str, object]) -> tuple[str, int, int]:
    """(name, width, height); the generated model keeps nullable lists' items as dicts."""
    if isinstance(frame, Mapping):
        return str(frame["name"]), _int(frame.get("width")), _int(frame.get("height"))
    return str(frame.name), int(frame.width or 0), int(frame.height or 0)


def _int(value: object) -> int:
    return int(value) if isinstance(value, int) else 0


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


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
    labels: Sequence[CvatLabel],
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


def check_data_path(data_path: DataPath, download_media: bool) -> str | None:
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


def label_info(kind: str, spec: FieldSpec) -> LabelInfo:
    """What ``load_annotations`` reads of a field: its type and the attributes to merge."""
    attrs = {a.name: {"type": "text"} for c in spec.classes for a in c.attributes}
    for extra in (spec.occluded_attr, spec.group_id_attr):
        if extra:
            attrs[extra] = {"type": "text"}
    # labels already in the field but not (or no longer) in CVAT are kept
    return {"type": kind, "attributes": attrs, "allow_deletions": False}


def is_video_file(name: str) -> bool:
    """Whether a CVAT frame name is a video file (by its extension, as FiftyOne tells)."""
    kind, _ = mimetypes.guess_type(name)
    return bool(kind and kind.startswith("video/"))
