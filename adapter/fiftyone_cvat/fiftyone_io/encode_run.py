"""Encode a whole run's labels, per planned task, before any request is sent.

Labels are read from the collection in one bulk query per field (raw database
dicts, no Label objects), converted by :mod:`fiftyone_cvat.domain.conversion`, and
kept per task together with the run's ``id_map`` (the FiftyOne ids of what was
really uploaded: a label conversion had to skip is *not* in it, so loading the
run back can never mistake it for a deletion).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

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


@dataclass
class EncodedRun:
    """Name-based annotations and frame infos per task (by plan index), plus the id map."""

    annotations: dict[int, Annotations] = field(default_factory=dict)
    frames: dict[int, list[FrameInfo]] = field(default_factory=dict)
    id_map: dict[str, dict[str, Any]] = field(default_factory=dict)
    skipped: list[Skip] = field(default_factory=list)

    def frame_sizes(self, task: TaskPlan) -> list[list[int]]:
        return [[int(f.width), int(f.height)] for f in self.frames[task.index]]


class _Collection:
    """Bulk reads of one collection, indexed by sample id."""

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
        self._values: dict[str, list[Any]] = {}
        self.paths = field_paths(samples)

    def values(self, spec: FieldSpec) -> list[Any]:
        if spec.name not in self._values:
            if spec.existing and spec.name in self.paths:
                self._values[spec.name] = raw_values(self.samples, spec.name)
            else:
                self._values[spec.name] = [None] * len(self.position)
        return self._values[spec.name]

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


def encode_run(samples: SampleCollection, run_schema: RunSchema, plan: RunPlan) -> EncodedRun:
    """Convert every field of every task; collect what could not be converted."""
    collection = _Collection(samples)
    encoded = EncodedRun()
    for task in plan.tasks:
        frames = task_frames(collection, task)
        encoded.frames[task.index] = frames
        parts = [
            _encode_task_field(collection, spec, frames, encoded)
            for spec in run_schema.fields
            if not spec.is_fieldless  # no dataset field: nothing to upload
        ]
        encoded.annotations[task.index] = merge_annotations(*parts)
    if encoded.skipped:
        examples = "; ".join(str(s) for s in encoded.skipped[:5])
        logger.warning(
            "%d label(s) cannot be represented in CVAT and were not uploaded (they stay "
            "unchanged in FiftyOne): %s",
            len(encoded.skipped),
            examples,
        )
    return encoded


def _encode_task_field(
    collection: _Collection, spec: FieldSpec, frames: Sequence[FrameInfo], encoded: EncodedRun
) -> Annotations:
    values = collection.values(spec)
    if spec.is_frame_field:
        inputs = [
            (k, (f.width, f.height), _frame_value(values, collection, f))
            for k, f in enumerate(frames)
        ]
    else:
        inputs = [
            (k, (f.width, f.height), values[collection.position[f.sample_id]])
            for k, f in enumerate(frames)
        ]
    result = encode_field(spec, inputs, end_frame=len(frames))
    encoded.skipped.extend(result.skipped)
    _record_ids(encoded.id_map.setdefault(spec.name, {}), spec, frames, result.label_ids)
    return result.annotations


def _frame_value(values: list[Any], collection: _Collection, frame: FrameInfo) -> Any:
    per_frame = values[collection.position[frame.sample_id]] or ()
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
