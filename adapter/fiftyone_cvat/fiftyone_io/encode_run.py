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
from fiftyone_cvat.domain.aliases import FiftyOneIdMap
from fiftyone_cvat.domain.conversion import (
    Annotations,
    FrameInfo,
    Skip,
    encode_field,
    merge_annotations,
)
from fiftyone_cvat.domain.planning import RunPlan, TaskPlan
from fiftyone_cvat.domain.schema.specs import FieldSpec, RunSchema
from fiftyone_cvat.fiftyone_io.collection import THREE_D, field_paths

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class EncodedTask:
    """One task's name-based annotations and what each of its CVAT frames is."""

    annotations: Annotations
    frames: list[FrameInfo]


class _Collection:
    """What every task needs from the collection, read once, indexed by sample id."""

    def __init__(self, samples: SampleCollection, *, ensure_frames: bool = True) -> None:
        self.samples = samples
        self.is_video = samples.media_type == "video"
        ids = samples.values("id")
        self.position = {sid: i for i, sid in enumerate(ids)}
        self.frame_positions: list[dict[int, int]] | None = None
        if self.is_video:
            if ensure_frames:
                samples.ensure_frames()  # every frame needs an id to key results by
            else:  # FiftyOne cannot read the video (a bucket): only the frames it holds
                self.frame_positions = [
                    {int(n): k for k, n in enumerate(numbers or ())}
                    for numbers in samples.values("frames.frame_number")
                ]
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
        if self.frame_positions is not None:
            return self.frame_positions[position].get(frame_number)
        index = frame_number - self.first_frames[position]
        return index if 0 <= index < len(self.frame_ids[position]) else None

    def size(self, sample_id: str, *, required: bool = True) -> tuple[float, float]:
        """The sample's frame size; ``(0, 0)`` when unknown and not ``required`` (CVAT
        reports it once the task exists)."""
        width, height = self.sizes[self.position[sample_id]]
        if (not width or not height) and not required:
            return 0.0, 0.0
        if not width or not height:
            raise ValueError(
                f"sample {sample_id} has no frame size in its metadata; "
                "run compute_metadata(overwrite=True) on it"
            )
        return float(width), float(height)


def task_frames(
    collection: _Collection,
    task: TaskPlan,
    *,
    sizes_required: bool = True,
    num_frames: int | None = None,
) -> list[FrameInfo]:
    """What each CVAT frame of the task is (sample, size, frame number and id);
    ``num_frames`` is CVAT's count for a video whose length FiftyOne does not know."""
    frames = []
    for ref in task.frame_map(num_frames):
        width, height = collection.size(ref.sample_id, required=sizes_required)
        frame_id = None
        index = collection.frame_index(ref.sample_id, ref.frame_number)
        if index is not None:
            frame_id = collection.frame_ids[collection.position[ref.sample_id]][index]
        frames.append(ref.sized(width, height, frame_id))
    return frames


@dataclass
class RunEncoder:
    """Encodes the tasks of one run (from any thread) and collects its id map and skips.

    With ``server_sizes`` (media CVAT reads from a bucket, of which FiftyOne may hold
    no metadata) a frame without a size is allowed until :meth:`encode` receives the
    sizes CVAT reports in the task's ``/data/meta``.
    """

    samples: SampleCollection
    run_schema: RunSchema
    plan: RunPlan
    server_sizes: bool = False
    id_map: FiftyOneIdMap = field(default_factory=dict)
    skipped: list[Skip] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._collection = _Collection(self.samples, ensure_frames=not self.server_sizes)
        self._lock = threading.Lock()
        # a video of unknown length from a bucket: its frames are known once CVAT read it
        self._frames: dict[int, list[FrameInfo] | None] = {
            t.index: None
            if self.server_sizes and t.num_frames is None
            else task_frames(self._collection, t, sizes_required=not self.server_sizes)
            for t in self.plan.tasks
        }
        for spec in self._uploaded_fields():
            self.id_map[spec.name] = {}

    def _uploaded_fields(self) -> list[FieldSpec]:
        return [spec for spec in self.run_schema.fields if not spec.is_fieldless]

    def needs_sizes(self, task: TaskPlan) -> bool:
        """Some frame of the task has no size yet (or a video no length): pass CVAT's
        to :meth:`encode`."""
        frames = self._frames[task.index]
        return frames is None or any(not f.width or not f.height for f in frames)

    def encode(
        self,
        task: TaskPlan,
        sizes: Sequence[tuple[int, int]] | None = None,
        num_frames: int | None = None,
    ) -> EncodedTask:
        """The task's annotations; its labels are read from the database now.

        ``sizes`` are CVAT's ``(width, height)`` of each frame of the task (one for a
        video), used for the frames FiftyOne has no size of; ``num_frames`` is CVAT's
        frame count of the task, for a video FiftyOne has no length of.
        """
        frames = self._frames[task.index]
        if frames is None:
            frames = task_frames(
                self._collection, task, sizes_required=False, num_frames=num_frames
            )
        if sizes is not None:
            if task.media_type == "video" and len(sizes) == 1:
                sizes = list(sizes) * len(frames)  # CVAT lists a video's size once
            frames = with_sizes(task.name, frames, sizes)
        elif any(not f.width or not f.height for f in frames):
            raise ValueError(f"task {task.name!r}: frame sizes unknown; pass CVAT's sizes")
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


def with_sizes(
    name: str, frames: Sequence[FrameInfo], sizes: Sequence[tuple[int, int]]
) -> list[FrameInfo]:
    """``frames`` with CVAT's sizes where FiftyOne had none."""
    if len(sizes) != len(frames):
        raise ValueError(
            f"task {name!r}: CVAT reports {len(sizes)} frames, {len(frames)} were planned"
        )
    return [
        f if f.width and f.height else f.sized(float(w), float(h))
        for f, (w, h) in zip(frames, sizes, strict=True)
    ]


def _frame_value(values: Mapping[str, object], collection: _Collection, frame: FrameInfo) -> object:
    per_frame = cast("Sequence[object]", values.get(frame.sample_id) or ())
    index = collection.frame_index(frame.sample_id, frame.frame_number)
    return per_frame[index] if index is not None and index < len(per_frame) else None


def _record_ids(
    id_map: dict[str, object],
    spec: FieldSpec,
    frames: Sequence[FrameInfo],
    label_ids: dict[int, list[str]],
) -> None:
    """FiftyOne's id_map layout: per sample (images) or per sample and frame id (videos)."""
    for k, frame in enumerate(frames):
        ids = label_ids.get(k)
        if spec.label_type == "scalar":
            value: bool | list[str] | str | None = True if ids is not None else None
        elif spec.list_field is not None:
            value = list(ids or [])
        else:
            value = ids[0] if ids else None
        if spec.is_frame_field:
            if frame.frame_id is not None:
                per_frame = id_map.setdefault(frame.sample_id, {})
                assert isinstance(per_frame, dict)  # a frame field's entry is always a dict
                per_frame[frame.frame_id] = value
        else:
            id_map[frame.sample_id] = value
