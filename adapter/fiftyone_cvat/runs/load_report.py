"""A load's second half: decode each task, compare with the dataset, and report.

Task by task, as its jobs arrive: decode (a track split over jobs is one track
again), compare with the dataset's labels of the task's samples (every edit the
run refuses is named) and keep the samples nobody touched out of FiftyOne's
merge, dropping their labels at once. Then labels of classes added in CVAT
follow ``unexpected``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from fiftyone_cvat.domain.conversion import (
    Annotations,
    DecodeResult,
    FrameInfo,
    Skip,
    decode_annotations,
)
from fiftyone_cvat.domain.conversion.records import deep_merge
from fiftyone_cvat.domain.cross_task_copies import CrossTaskCopies
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
from fiftyone_cvat.runs.load_target import LoadTarget

logger = logging.getLogger(__name__)

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
    """The labels to return: decoded, checked against the dataset and pruned task
    by task (as ``per_task`` yields them), so only one task's labels and the
    samples FiftyOne must merge are held at once."""
    fallback: dict[tuple[str, int], str] = {
        (k.kind, k.cvat_id): v for k, v in target.record.server_ids.items()
    }
    copies = CrossTaskCopies(run_schema, target.id_map, target.record.hidden)
    annotations: Decoded = {}
    new_classes: Decoded = {}
    new_counts: dict[str, dict[str, int]] = {}
    summaries: dict[str, FieldSummary] = {}
    pruned = 0
    for task_id, records in per_task:
        frames = task_frames(target.record, task_id)
        decoded = _decode_task(target, run_schema, records, frames, fallback, coerce_text)
        skipped.extend(decoded.skipped)
        samples = list(dict.fromkeys(f.sample_id for f in frames))
        task_map = _restricted(target.id_map, samples)
        copies.check(decoded.labels, task_map)
        part = _report(target, run_schema, decoded.labels, task_map, samples, frames)
        if target.prune:
            _keep_in_merge(part, copies.keep, decoded.new_classes)
            hidden = hide_untouched(target.id_map, run_schema, decoded.labels, part, samples)
            pruned += sum(len(m) for m in hidden.values())
            merge_hidden(target.record.hidden, hidden)
        for name, field_part in part.items():
            summaries.setdefault(name, FieldSummary()).absorb(field_part)
        _merge_into(annotations, decoded.labels)
        deep_merge(new_classes, decoded.new_classes)
        for name, counts in decoded.new_class_counts.items():
            total = new_counts.setdefault(name, {})
            for cls, n in counts.items():
                total[cls] = total.get(cls, 0) + n
    if pruned:
        logger.info("%d untouched sample(s) left out of the merge", pruned)
    outcomes = route_new_classes(new_classes, new_counts, annotations, call)
    for name, outcome in outcomes.items():
        field_summary = summaries.setdefault(name, FieldSummary())
        if outcome == "kept":  # counted as additions, like any label new to the run
            kept = summarize(run_schema, {}, {name: new_classes[name]}, {}).get(name)
            if kept is not None:  # fieldless and scalar fields are not summarized
                field_summary.absorb(kept)
        field_summary.new_classes = dict(new_counts.get(name) or {})
        field_summary.new_classes_outcome = outcome
    # counted in results.merge_summary[field]["unsupported_shapes"]
    warn_skipped(skipped, summaries, "loaded")
    log_summary(summaries)
    target.record.merge_summary = summaries
    return annotations


def _decode_task(
    target: LoadTarget,
    run_schema: RunSchema,
    records: Annotations,
    frames: list[FrameInfo],
    fallback: Mapping[tuple[str, int], str],
    coerce_text: bool,
) -> DecodeResult:
    if frame_step_of(frames) > 1:
        ids = frame_ids_of(target.samples, frames[0].sample_id)
        records, frames = spread_over_source_frames(records, frames, ids)
    return decode_annotations(
        records,
        run_schema,
        frames,
        end_frame=len(frames),
        coerce_text=coerce_text,
        fallback_ids=fallback,
    )


def _restricted(id_map: Mapping[str, Any], samples: list[str]) -> dict[str, Any]:
    """The id map entries of these samples (a task's)."""
    return {
        name: {s: field_map[s] for s in samples if s in field_map}
        if isinstance(field_map, dict)
        else field_map
        for name, field_map in id_map.items()
    }


def _report(
    target: LoadTarget,
    run_schema: RunSchema,
    labels: Decoded,
    task_map: Mapping[str, Any],
    samples: list[str],
    frames: list[FrameInfo],
) -> dict[str, FieldSummary]:
    """Name every edit of one task the run's restrictions refuse, before FiftyOne
    merges silently; the dataset's labels are read for this task's samples only."""
    current = current_labels(target.samples.select(samples), run_schema, task_map)
    _keep_polygon_fill(run_schema, labels, current)
    tolerance = {f.sample_id: 1.0 / max(1, min(f.width, f.height)) for f in frames}
    return summarize(run_schema, task_map, labels, current, tolerance)


def _keep_in_merge(
    summaries: Mapping[str, FieldSummary], keep: Mapping[str, set[str]], new_classes: Decoded
) -> None:
    """Samples that must stay in FiftyOne's merge although nothing uploaded changed:
    originals of copies in other tasks, and samples with labels of classes added in
    CVAT (which ``unexpected`` may still keep)."""
    for name, summary in summaries.items():
        summary.touched |= keep.get(name, set())
        for by_sample in (new_classes.get(name) or {}).values():
            summary.touched.update(by_sample)


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
