"""Encode a run's labels task by task, as the tasks are created.

:class:`RunEncoder` reads what every task needs up front (sample ids, frame
sizes and frame ids; a sample without a frame size fails here, before any
request), then each task's labels when that task is encoded: one bulk query
per field over the task's samples (raw database dicts, no Label objects),
converted by :mod:`fiftyone_cvat.domain.conversion`. Only the tasks in flight
are held in memory, and a task is encoded while CVAT imports its media. The
encoder also builds the run's ``id_map`` (the FiftyOne ids of what was really
uploaded: a label conversion had to skip is *not* in it, so loading the run back
can never mistake it for a deletion).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from fiftyone.core.collections import SampleCollection

from fiftyone_cvat._fiftyone_compat import is_clips, raw_values
from fiftyone_cvat.domain.conversion import (
    Annotations,
    FrameInfo,
    Skip,
    encode_field,
    merge_annotations,
)
from fiftyone_cvat.domain.planning import RunPlan, TaskPlan
from fiftyone_cvat.domain.specs import FieldSpec, RunSchema
from fiftyone_cvat.fiftyone_io.collection import THREE_D, field_paths

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class EncodedTask:
    """One task's name-based annotations and what each of its CVAT frames is."""

    annotations: Annotations
    frames: list[FrameInfo]


class _Collection:
    """What every task needs from the collection, read once, indexed by sample id."""

    def __init__(self, samples: SampleCollection) -> None:
        self.samples = samples
        self.is_video = samples.media_type == "video"
        ids = samples.values("id")
        self.position = {sid: i for i, sid in enumerate(ids)}
        if self.is_video:
            samples.ensure_frames()  # every frame needs an id to key results by
            w, h = samples.values(["metadata.frame_width", "metadata.frame_height"])
            self.frame_ids: list[list[str]] = samples.values("frames.id")
            # Per-frame values of a clip start at its first frame, not at frame 1.
            supports = samples.values("support") if is_clips(samples) else [[1]] * len(ids)
            self.first_frames: list[int] = [int(support[0]) for support in supports]
        elif samples.media_type in THREE_D:  # cuboids are in the scene's own units
            w, h = [1] * len(ids), [1] * len(ids)
        else:
            w, h = samples.values(["metadata.width", "metadata.height"])
        self.sizes = list(zip(w, h, strict=True))
        self.paths = field_paths(samples)

    def task_samples(self, sample_ids: Sequence[str]) -> tuple[SampleCollection, list[str]]:
        """A view of these samples, and their ids in the view's order."""
        view = self.samples.select(list(dict.fromkeys(sample_ids)), ordered=True)
        return view, view.values("id")

    def values(
        self, spec: FieldSpec, view: SampleCollection, ids: list[str]
    ) -> Mapping[str, object]:
        """The field's stored value on each sample of ``view`` (one query)."""
        if not spec.existing or spec.name not in self.paths:
            return {}
        return dict(zip(ids, raw_values(view, spec.name), strict=True))

    def frame_index(self, sample_id: str, frame_number: int | None) -> int | None:
        """Position of a frame in the sample's per-frame values (None if outside them)."""
        if frame_number is None:
            return None
        position = self.position[sample_id]
        index = frame_number - self.first_frames[position]
        return index if 0 <= index < len(self.frame_ids[position]) else None

    def size(self, sample_id: str) -> tuple[float, float]:
        width, height = self.sizes[self.position[sample_id]]
        if not width or not height:
            raise ValueError(
                f"sample {sample_id} has no frame size in its metadata; "
                "run compute_metadata(overwrite=True) on it"
            )
        return float(width), float(height)


def task_frames(collection: _Collection, task: TaskPlan) -> list[FrameInfo]:
    """What each CVAT frame of the task is (sample, size, frame number and id)."""
    frames = []
    for ref in task.frame_map():
        width, height = collection.size(ref.sample_id)
        frame_id = None
        index = collection.frame_index(ref.sample_id, ref.frame_number)
        if index is not None:
            frame_id = collection.frame_ids[collection.position[ref.sample_id]][index]
        frames.append(FrameInfo(ref.sample_id, width, height, ref.frame_number, frame_id))
    return frames


@dataclass
class RunEncoder:
    """Encodes the tasks of one run (from any thread) and collects its id map and skips."""

    samples: SampleCollection
    run_schema: RunSchema
    plan: RunPlan
    id_map: dict[str, dict[str, Any]] = field(default_factory=dict)
    skipped: list[Skip] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._collection = _Collection(self.samples)
        self._lock = threading.Lock()
        self._frames = {t.index: task_frames(self._collection, t) for t in self.plan.tasks}
        for spec in self._uploaded_fields():
            self.id_map[spec.name] = {}

    def _uploaded_fields(self) -> list[FieldSpec]:
        return [spec for spec in self.run_schema.fields if not spec.is_fieldless]

    def encode(self, task: TaskPlan) -> EncodedTask:
        """The task's annotations; its labels are read from the database now."""
        frames = self._frames[task.index]
        view, ids = self._collection.task_samples([f.sample_id for f in frames])
        parts = []
        for spec in self._uploaded_fields():  # fieldless: no dataset field, nothing to upload
            values = self._collection.values(spec, view, ids)
            result = encode_field(spec, self._inputs(spec, frames, values), end_frame=len(frames))
            with self._lock:
                self.skipped.extend(result.skipped)
                _record_ids(self.id_map[spec.name], spec, frames, result.label_ids)
            parts.append(result.annotations)
        return EncodedTask(merge_annotations(*parts), frames)

    def _inputs(
        self, spec: FieldSpec, frames: Sequence[FrameInfo], values: Mapping[str, object]
    ) -> list[tuple[int, tuple[float, float], Any]]:
        if spec.is_frame_field:
            return [
                (k, (f.width, f.height), _frame_value(values, self._collection, f))
                for k, f in enumerate(frames)
            ]
        return [(k, (f.width, f.height), values.get(f.sample_id)) for k, f in enumerate(frames)]

    def report_skipped(self) -> None:
        if self.skipped:
            examples = "; ".join(str(s) for s in self.skipped[:5])
            logger.warning(
                "%d label(s) cannot be represented in CVAT and were not uploaded (they "
                "stay unchanged in FiftyOne): %s",
                len(self.skipped),
                examples,
            )


def _frame_value(values: Mapping[str, object], collection: _Collection, frame: FrameInfo) -> object:
    per_frame = cast("Sequence[object]", values.get(frame.sample_id) or ())
    index = collection.frame_index(frame.sample_id, frame.frame_number)
    return per_frame[index] if index is not None and index < len(per_frame) else None


def _record_ids(
    id_map: dict[str, Any],
    spec: FieldSpec,
    frames: Sequence[FrameInfo],
    label_ids: dict[int, list[str]],
) -> None:
    """FiftyOne's id_map layout: per sample (images) or per sample and frame id (videos)."""
    for k, frame in enumerate(frames):
        ids = label_ids.get(k)
        if spec.label_type == "scalar":
            value: Any = True if ids is not None else None
        elif spec.list_field is not None:
            value = list(ids or [])
        else:
            value = ids[0] if ids else None
        if spec.is_frame_field:
            if frame.frame_id is not None:
                id_map.setdefault(frame.sample_id, {})[frame.frame_id] = value
        else:
            id_map[frame.sample_id] = value
