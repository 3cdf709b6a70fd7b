"""What an annotation run leaves behind, typed, with one JSON form.

The run record holds everything needed to load a run's annotations from a
fresh Python process: the projects and tasks it created, each task's jobs,
what each CVAT frame of a task is (sample, frame, size), which CVAT object ids
carry which FiftyOne label ids (the fallback when an annotator clears the
``label_id`` attribute), the schema actually sent and the last load's summary.

The JSON form (``to_json``/``from_json``) keeps the keys runs have been saved with
since the first version of this backend: ``frame_maps`` (``[sample_id,
frame_number, frame_id]`` per CVAT frame), ``frame_sizes`` (``[width, height]`` per
CVAT frame), ``server_id_map`` (``"shape:12" -> label id``) and ``loaded_jobs``,
now inside one JSON text under ``packed`` (see :data:`PACKED`). Records in existing
datasets load: those keys at the top level, and ``created_project_ids`` from
records that also listed reused projects in ``project_ids``.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from json.encoder import encode_basestring
from typing import Any, NamedTuple

import attrs

from fiftyone_cvat.domain.aliases import ID_MAP_KINDS, LOADED_KINDS, CreatedKind, ObjectKind
from fiftyone_cvat.domain.frames import FrameInfo
from fiftyone_cvat.domain.loading.field_summary import FieldSummary
from fiftyone_cvat.domain.schema.specs import RunSchema

PACKED = "packed"
"""Key of the bulky part of the JSON form (frames, server ids, loaded jobs), saved as one
JSON text. FiftyOne saves run results, after every load too, through bson's JSON
encoder, which visits each value in Python: 1.5 s at 10,000 images when these were
nested values, next to nothing for one string."""


@attrs.frozen(order=True)
class ServerKey:
    """A CVAT object whose FiftyOne label id the run knows: a tag, a shape, or one
    keyframe shape of a track (CVAT's object ids are unique per kind)."""

    kind: ObjectKind
    cvat_id: int

    def __str__(self) -> str:
        return f"{self.kind}:{self.cvat_id}"

    @classmethod
    def parse(cls, text: str) -> ServerKey:
        kind, _, number = text.partition(":")
        if kind not in ID_MAP_KINDS or not number.isdigit():
            raise ValueError(f"run record: {text!r} is not a CVAT object key like 'shape:12'")
        return cls(kind, int(number))


class ObjectRef(NamedTuple):
    """A CVAT object a loaded label came from: a tag or shape by id, or one frame of a
    track (``frame`` is the task frame; None for tags and shapes). CVAT keeps these
    ids while the object exists, also when an annotator edits it."""

    kind: ObjectKind
    cvat_id: int
    frame: int | None = None

    def __str__(self) -> str:
        base = f"{self.kind}:{self.cvat_id}"
        return base if self.frame is None else f"{base}@{self.frame}"

    @classmethod
    def parse(cls, text: str) -> ObjectRef:
        head, _, frame = text.partition("@")
        kind, _, number = head.partition(":")
        if kind not in LOADED_KINDS or not number.isdigit():
            raise ValueError(f"run record: {text!r} is not a CVAT object like 'track:7@3'")
        return cls(kind, int(number), int(frame) if frame else None)


@attrs.frozen
class LoadedJob:
    """One CVAT job as the last load that merged it saw it.

    ``updated_date`` is CVAT's ``updated_date`` of the job when it was listed, before
    its annotations were read (an edit in between makes the next load read it
    again); ``ids`` gives each of its objects the FiftyOne label id it was merged
    under, so every later load gives it the same id.
    """

    updated_date: str | None
    ids: Mapping[ObjectRef, str] = attrs.field(factory=dict)
    marks: Mapping[ObjectRef, str] = attrs.field(factory=dict)
    """Per tag, shape or track (``frame`` None): a digest of CVAT's JSON for it, so the
    next load tells the objects CVAT changed from those it did not."""

    @functools.cached_property
    def json_text(self) -> str:
        """:meth:`to_json` as JSON text, made once: a job keeps its value from the load
        that merged it to the next load that does, and every save in between writes it."""
        return json.dumps(self.to_json(), separators=(",", ":"))

    def to_json(self) -> dict[str, object]:
        return {
            "updated_date": self.updated_date,
            "ids": {str(ref): label_id for ref, label_id in sorted(self.ids.items())},
            "marks": {str(ref): mark for ref, mark in sorted(self.marks.items())},
        }

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> LoadedJob:
        date = d.get("updated_date")
        return cls(
            str(date) if date else None,
            {ObjectRef.parse(k): str(v) for k, v in (d.get("ids") or {}).items()},
            {ObjectRef.parse(k): str(v) for k, v in (d.get("marks") or {}).items()},
        )


@attrs.frozen
class PendingCreation:
    """A project or task whose POST was sent but whose id the run does not know yet.

    Kept in the record (and saved) before the POST goes out, so a run whose answer
    was lost, or whose process was killed, can still find what it created: CVAT
    names are not unique, so the object is the one of this name, owned by the
    run's user, created since ``since`` and still empty.
    """

    kind: CreatedKind
    name: str
    since: datetime  # UTC, the client's clock

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "name": self.name, "since": self.since.isoformat()}

    @classmethod
    def from_json(cls, d: Mapping[str, object]) -> PendingCreation:
        kind = d.get("kind")
        if kind not in ("project", "task"):
            raise ValueError(f"run record: pending creation of {kind!r}, not a project or task")
        return cls(kind, str(d["name"]), datetime.fromisoformat(str(d["since"])))


@attrs.frozen
class Leftovers:
    """What of a run exists in CVAT: its tasks and the projects it created."""

    tasks: list[int]
    projects: list[int]

    def __bool__(self) -> bool:
        return bool(self.tasks or self.projects)


def _frozen_frames(frames: Mapping[int, Iterable[FrameInfo]]) -> dict[int, tuple[FrameInfo, ...]]:
    return {t: tuple(fs) for t, fs in frames.items()}  # a tuple is kept, not copied


def _own_server_ids(ids: Mapping[ServerKey, str]) -> dict[ServerKey, str]:
    return dict(ids)


@attrs.define
class RunRecord:
    """The typed run record; ``id_map`` (FiftyOne's) stays on the results object."""

    project_ids: list[int] = attrs.Factory(list)  # the projects the run created
    task_ids: list[int] = attrs.Factory(list)  # in plan order
    job_ids: dict[int, list[int]] = attrs.Factory(dict)
    _frames: dict[int, tuple[FrameInfo, ...]] = attrs.field(factory=dict, converter=_frozen_frames)
    _server_ids: dict[ServerKey, str] = attrs.field(factory=dict, converter=_own_server_ids)
    schema: RunSchema | None = None
    merge_summary: dict[str, FieldSummary] = attrs.Factory(dict)
    pending: list[PendingCreation] = attrs.Factory(list)
    loaded_jobs: dict[int, LoadedJob] = attrs.Factory(dict)
    """Per job: its ``updated_date`` and object ids at the last load that merged it."""
    _static_text: str | None = attrs.field(default=None, init=False, eq=False, repr=False)
    """The JSON text of the frames and server ids, kept between saves: they are set when
    a task is made and never change after, yet every save after every load wrote them
    again (50,000 values at 10,000 images). Only :meth:`add_task` and
    :meth:`forget_tasks` change them, and both drop it; both attributes are read-only
    ``Mapping``\\ s outside, so nothing else can change them behind its back."""

    @property
    def frames(self) -> Mapping[int, tuple[FrameInfo, ...]]:
        """Per task, what each CVAT frame is (sample, frame, size), in CVAT's order."""
        return self._frames

    @property
    def server_ids(self) -> Mapping[ServerKey, str]:
        """The FiftyOne label id of each CVAT object ``annotate()`` uploaded."""
        return self._server_ids

    def add_task(
        self,
        task_id: int,
        job_ids: list[int],
        frames: Iterable[FrameInfo],
        server_ids: Mapping[ServerKey, str],
    ) -> None:
        """A task made by ``annotate()``: its jobs, frames and uploaded objects' ids."""
        self.job_ids[task_id] = job_ids
        self._frames[task_id] = tuple(frames)
        self._server_ids.update(server_ids)
        self._static_text = None

    def known_ids(self) -> dict[ObjectRef, str]:
        """Every loaded CVAT object's FiftyOne label id (CVAT ids are unique per kind)."""
        return {ref: i for job in self.loaded_jobs.values() for ref, i in job.ids.items()}

    def known_marks(self) -> dict[ObjectRef, str]:
        """Every loaded CVAT object's digest, as the last load that merged it saw it."""
        return {ref: m for job in self.loaded_jobs.values() for ref, m in job.marks.items()}

    def sample_ids_of(self, task_ids: Iterable[int]) -> set[str]:
        return {f.sample_id for t in task_ids for f in self.frames.get(t, ())}

    def forget_tasks(self, task_ids: Iterable[int]) -> set[str]:
        """Drop tasks from the record; returns the ids of their samples."""
        gone = set(task_ids)
        samples = self.sample_ids_of(gone)
        self.task_ids = [t for t in self.task_ids if t not in gone]
        for t in gone:
            for job_id in self.job_ids.pop(t, None) or ():
                self.loaded_jobs.pop(job_id, None)
            self._frames.pop(t, None)
        self._static_text = None
        return samples

    def tasks_in_order(self) -> list[int]:
        """Tasks with frames, in the run's task order (tasks finish in any order)."""
        ordered = [t for t in self.task_ids if t in self.frames]
        return ordered + [t for t in self.frames if t not in ordered]

    # --- JSON ------------------------------------------------------------
    def to_json(self) -> dict[str, object]:
        if self._static_text is None:
            self._static_text = self._frames_and_server_ids_text()
        bulky = (
            "{"
            + self._static_text
            + ',"loaded_jobs":{'
            + ",".join(f'"{j}":{job.json_text}' for j, job in sorted(self.loaded_jobs.items()))
            + "}}"
        )
        return {
            "project_ids": list(self.project_ids),
            "task_ids": list(self.task_ids),
            "job_ids": {str(t): list(j) for t, j in self.job_ids.items()},
            "resolved_schema": self.schema.to_dict() if self.schema is not None else {},
            "merge_summary": {name: s.to_json() for name, s in self.merge_summary.items()},
            "pending_creations": [p.to_json() for p in self.pending],
            PACKED: bulky,
        }

    def _frames_and_server_ids_text(self) -> str:
        # In the order the run learnt them (records read back keep it, so saving twice
        # writes the same bytes): sorting would allocate a tuple per id at every save.
        server_ids = {str(k): v for k, v in self._server_ids.items()}
        frames = self._frames.items()
        return (
            '"frame_maps":{'
            + ",".join(f'"{t}":{_frame_maps_text(fs)}' for t, fs in frames)
            + '},"frame_sizes":{'
            + ",".join(f'"{t}":{_frame_sizes_text(fs)}' for t, fs in frames)
            + '},"server_id_map":'
            + json.dumps(server_ids, separators=(",", ":"))
        )

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> RunRecord:
        packed = d.get(PACKED)
        if isinstance(packed, str):  # records saved before it hold these keys directly
            d = {**d, **json.loads(packed)}
        frame_maps = _int_keys(d.get("frame_maps"))
        sizes = _int_keys(d.get("frame_sizes"))
        schema = d.get("resolved_schema")
        return cls(
            # records saved before project_ids meant "created" listed reused ones too
            project_ids=list(d.get("created_project_ids", d.get("project_ids")) or []),
            task_ids=[int(t) for t in d.get("task_ids") or []],
            job_ids={t: [int(j) for j in jobs] for t, jobs in _int_keys(d.get("job_ids")).items()},
            frames={
                t: _task_frames(entries, sizes.get(t) or []) for t, entries in frame_maps.items()
            },
            server_ids={
                ServerKey.parse(k): str(v) for k, v in (d.get("server_id_map") or {}).items()
            },
            schema=RunSchema.from_dict(schema) if schema else None,
            merge_summary={
                name: FieldSummary.from_json(summary)
                for name, summary in (d.get("merge_summary") or {}).items()
            },
            pending=[PendingCreation.from_json(p) for p in d.get("pending_creations") or []],
            loaded_jobs={
                j: LoadedJob.from_json(job) for j, job in _int_keys(d.get("loaded_jobs")).items()
            },
        )

    def checkpoint(self) -> RunRecord:
        """What must survive a killed process: the created and the pending ids (small,
        so saving it after every creation costs next to nothing)."""
        return RunRecord(
            project_ids=list(self.project_ids),
            task_ids=list(self.task_ids),
            job_ids={t: list(j) for t, j in self.job_ids.items()},
            schema=self.schema,
            pending=list(self.pending),
        )


def _json_value(value: str | float | None) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return encode_basestring(value)
    return repr(value) if isinstance(value, float) else str(int(value))


def _frame_maps_text(frames: Sequence[FrameInfo]) -> str:
    """``[[sample_id, frame_number, frame_id], ...]`` as JSON text, written without a list
    per frame: at 10,000 frames those lists were enough allocation to set off a full
    garbage collection of FiftyOne's heap in the middle of every save."""
    return (
        "["
        + ",".join(
            f"[{_json_value(f.sample_id)},{_json_value(f.frame_number)},{_json_value(f.frame_id)}]"
            for f in frames
        )
        + "]"
    )


def _frame_sizes_text(frames: Sequence[FrameInfo]) -> str:
    """``[[width, height], ...]`` as JSON text (see :func:`_frame_maps_text`)."""
    return "[" + ",".join(f"[{_json_value(f.width)},{_json_value(f.height)}]" for f in frames) + "]"


def _int_keys(d: Mapping[Any, Any] | None) -> dict[int, Any]:
    """JSON object keys are strings; task ids are ints."""
    return {int(k): v for k, v in (d or {}).items()}


def _task_frames(entries: list[list[Any]], sizes: list[list[int]]) -> tuple[FrameInfo, ...]:
    """One size per frame; records whose sizes do not line up repeat the first."""
    if len(sizes) != len(entries):
        sizes = [sizes[0] if sizes else [1, 1]] * len(entries)
    return tuple(
        FrameInfo(str(sid), int(w), int(h), number, fid)
        for (sid, number, fid), (w, h) in zip(entries, sizes, strict=True)
    )
