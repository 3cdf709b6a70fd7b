"""A load's second half: decode each task, compare with the dataset, and report.

Decoding is per task (a track split over jobs is one track again); then labels
of classes added in CVAT follow ``unexpected``, the downloaded labels are
compared with the dataset (every edit the run refuses is named), and samples
nobody touched are kept out of FiftyOne's merge.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from fiftyone_cvat.domain.conversion import Annotations, FrameInfo, Skip, decode_annotations
from fiftyone_cvat.domain.conversion.records import deep_merge
from fiftyone_cvat.domain.frames import frame_step_of, spread_over_source_frames
from fiftyone_cvat.domain.load_call import LoadCall
from fiftyone_cvat.domain.merge_summary import (
    FieldSummary,
    downloaded_labels,
    log_summary,
    summarize,
    warn_skipped,
)
from fiftyone_cvat.domain.new_classes import route_new_classes
from fiftyone_cvat.domain.run_record import RunRecord
from fiftyone_cvat.domain.specs import RunSchema
from fiftyone_cvat.fiftyone_io.collection import frame_ids_of
from fiftyone_cvat.fiftyone_io.current_labels import current_labels
from fiftyone_cvat.fiftyone_io.merge_pruning import hide_untouched, merge_hidden

if TYPE_CHECKING:
    from fiftyone_cvat.runs.load import LoadTarget


Decoded = dict[Any, Any]


def task_frames(record: RunRecord, task_id: int) -> list[FrameInfo]:
    """CVAT frame k of the task -> sample, size, frame number and frame id (as uploaded)."""
    return [
        FrameInfo(f.sample_id, f.width, f.height, f.frame_number, f.frame_id)
        for f in record.frames.get(task_id) or ()
    ]


def decode_and_report(
    target: LoadTarget,
    run_schema: RunSchema,
    per_task: Iterable[tuple[int, Annotations]],
    skipped: list[Skip],
    coerce_text: bool,
    call: LoadCall | None,
) -> Decoded:
    """The labels to return: decoded (task by task, as ``per_task`` yields them),
    checked against the dataset, untouched samples hidden."""
    annotations, new_classes, new_counts = _decode_tasks(
        target, run_schema, per_task, skipped, coerce_text
    )
    outcomes = route_new_classes(new_classes, new_counts, annotations, call)
    current = current_labels(target.samples, run_schema, target.id_map)
    _keep_polygon_fill(run_schema, annotations, current)
    summaries = _report(target, run_schema, annotations, current)
    for name, outcome in outcomes.items():
        field_summary = summaries.setdefault(name, FieldSummary())
        field_summary.new_classes = dict(new_counts.get(name) or {})
        field_summary.new_classes_outcome = outcome
    # counted in results.merge_summary[field]["unsupported_shapes"]
    warn_skipped(skipped, summaries, "loaded")
    log_summary(summaries)
    target.record.merge_summary = summaries
    if target.prune:
        untouched = hide_untouched(target.id_map, run_schema, annotations, summaries)
        merge_hidden(target.record.hidden, untouched)
    return annotations


def _decode_tasks(
    target: LoadTarget,
    run_schema: RunSchema,
    per_task: Iterable[tuple[int, Annotations]],
    skipped: list[Skip],
    coerce_text: bool,
) -> tuple[Decoded, Decoded, dict[str, dict[str, int]]]:
    fallback: dict[tuple[str, int], str] = {
        (k.kind, k.cvat_id): v for k, v in target.record.server_ids.items()
    }
    annotations: Decoded = {}
    new_classes: Decoded = {}
    new_counts: dict[str, dict[str, int]] = {}
    for task_id, records in per_task:
        frames = task_frames(target.record, task_id)
        if frame_step_of(frames) > 1:
            ids = frame_ids_of(target.samples, frames[0].sample_id)
            records, frames = spread_over_source_frames(records, frames, ids)
        decoded = decode_annotations(
            records,
            run_schema,
            frames,
            end_frame=len(frames),
            coerce_text=coerce_text,
            fallback_ids=fallback,
        )
        skipped.extend(decoded.skipped)
        _merge_into(annotations, decoded.labels)
        deep_merge(new_classes, decoded.new_classes)
        for name, counts in decoded.new_class_counts.items():
            total = new_counts.setdefault(name, {})
            for cls, n in counts.items():
                total[cls] = total.get(cls, 0) + n
    return annotations, new_classes, new_counts


def _report(
    target: LoadTarget,
    run_schema: RunSchema,
    annotations: Decoded,
    current: Mapping[str, Any],
) -> dict[str, FieldSummary]:
    """Name every edit the run's restrictions refuse, before FiftyOne merges silently."""
    tolerance = {
        frame.sample_id: 1.0 / max(1, min(frame.width, frame.height))
        for frames in target.record.frames.values()
        for frame in frames
    }
    return summarize(run_schema, target.id_map, annotations, current, tolerance)


def _keep_polygon_fill(
    run_schema: RunSchema, annotations: Mapping[str, Any], current: Mapping[str, Any]
) -> None:
    """A polygon of a polylines field keeps the ``filled`` flag it had in the dataset.

    CVAT polygons have no fill flag, and FiftyOne infers the type ``polylines``
    for every existing ``Polylines`` field, so without this each filled polygon
    an annotator touched would come back unfilled.
    """
    for spec in run_schema.fields:
        if spec.label_type not in ("polyline", "polylines") or spec.name not in current:
            continue
        before = current[spec.name]
        for _, label_id, label in downloaded_labels(annotations.get(spec.name) or {}, spec):
            old = before.get(label_id)
            if old is not None and old.get("filled") and label.closed and not label.filled:
                label.filled = True


def _merge_into(out: Decoded, labels: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> None:
    """Tasks hold disjoint samples, so merging per sample is enough."""
    for field_name, by_type in labels.items():
        field_out = out.setdefault(field_name, {})
        for return_type, by_sample in by_type.items():
            field_out.setdefault(return_type, {}).update(by_sample)
