"""``load_annotations()``: fetch every job's annotations and turn them into FiftyOne labels.

One labels request per task, then every job's annotations fetched
concurrently (``max_workers``) over the shared connection; decoding is the
pure :mod:`fiftyone_cvat.domain.conversion`. FiftyOne then merges the returned dict
into the dataset, honouring the run's edit restrictions; samples nobody
touched are kept out of that merge (:mod:`fiftyone_cvat.fiftyone_io.merge_pruning`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import fiftyone.core.utils as fou

from cvat_api.api.labels import labels_list
from fiftyone_cvat.cvat.errors import CVATNotFoundError, CVATServerError
from fiftyone_cvat.domain.conversion import (
    Annotations,
    FrameInfo,
    IdResolver,
    Skip,
    decode_annotations,
    merge_annotations,
)
from fiftyone_cvat.domain.conversion.frames import frame_step_of, spread_over_source_frames
from fiftyone_cvat.domain.conversion.labels import gc_paused
from fiftyone_cvat.domain.conversion.records import deep_merge
from fiftyone_cvat.domain.merge_summary import (
    FieldSummary,
    as_dicts,
    downloaded_labels,
    log_summary,
    summarize,
)
from fiftyone_cvat.domain.new_classes import route_new_classes
from fiftyone_cvat.domain.schema_build import build_run_schema
from fiftyone_cvat.domain.specs import RunSchema
from fiftyone_cvat.domain.vocab import FIELDLESS
from fiftyone_cvat.fiftyone_io.current_labels import current_labels
from fiftyone_cvat.fiftyone_io.merge_pruning import hide_untouched, restore_hidden
from fiftyone_cvat.plugin import load_routing
from fiftyone_cvat.plugin.api import CVATAnnotationAPI

logger = logging.getLogger(__name__)


def run_schema_of(results: Any) -> RunSchema:
    """The schema the run was uploaded with (stored), else rebuilt from the config."""
    if results.resolved_schema:
        return RunSchema.from_dict(results.resolved_schema)
    config = results.config
    return build_run_schema(
        config.label_schema or {},
        occluded_attr=config.occluded_attr,
        group_id_attr=config.group_id_attr,
        media_type=results.samples.media_type,
    )


def task_frames(results: Any, task_id: int) -> list[FrameInfo]:
    """CVAT frame k of the task -> sample, size, frame number and frame id (as uploaded)."""
    frame_map = results.frame_maps.get(task_id) or []
    return [
        FrameInfo(sample_id, width, height, frame_number, frame_id)
        for (sample_id, frame_number, frame_id), (width, height) in zip(
            frame_map, _sizes(results, task_id, len(frame_map)), strict=True
        )
    ]


def download_run(
    config: Any, api: CVATAnnotationAPI, results: Any, *, coerce_text_attrs: bool | None = None
) -> dict[Any, Any]:
    """The run's labels from CVAT, as ``load_annotations()`` merges them.

    ``coerce_text_attrs`` overrides the run config's (the API's keyword).
    """
    conn = api.connection
    coerce = config.coerce_text_attrs if coerce_text_attrs is None else coerce_text_attrs
    restore_hidden(results)  # a previous load that failed before saving the run
    run_schema = run_schema_of(results)
    fallback = {
        (key.split(":", 1)[0], int(key.split(":", 1)[1])): label_id
        for key, label_id in results.server_id_map.items()
    }

    def task_labels(task_id: int) -> IdResolver | None:
        try:
            labels = [
                lab.to_dict() for lab in conn.paginate(labels_list.sync_detailed, task_id=task_id)
            ]
        except (CVATNotFoundError, CVATServerError):
            # CVAT 2.73 answers 500, not 404, for the labels of a deleted task.
            if api.task_exists(task_id):
                raise
            return None
        return IdResolver(labels)

    def fetch(job: tuple[int, int]) -> tuple[Annotations, list[Skip]]:
        task_id, job_id = job
        payload = conn.request_json("GET", f"/api/jobs/{job_id}/annotations/")
        return resolvers[task_id].from_wire(payload)

    with ThreadPoolExecutor(max_workers=config.max_workers) as pool:
        found = zip(results.task_ids, pool.map(task_labels, results.task_ids), strict=True)
        resolvers = {task_id: resolver for task_id, resolver in found if resolver is not None}
        gone = [t for t in results.task_ids if t not in resolvers]
        if gone:
            samples = {e[0] for t in gone for e in results.frame_maps.get(t) or ()}
            results.forget_tasks(gone)
            logger.warning(
                "CVAT task(s) %s no longer exist; the labels of their %d sample(s) are left "
                "unchanged",
                gone,
                len(samples),
            )
        jobs = [(t, job_id) for t in resolvers for job_id in results.job_ids.get(t) or []]
        logger.info("Downloading annotations of %d CVAT job(s)...", len(jobs))
        fetched = []
        with fou.ProgressBar(total=len(jobs), iters_str="jobs") as bar:
            for item in pool.map(fetch, jobs):
                fetched.append(item)
                bar.update()

    per_task: dict[int, list[Annotations]] = {}
    skipped: list[Skip] = []
    for (task_id, _), (records, skips) in zip(jobs, fetched, strict=True):
        per_task.setdefault(task_id, []).append(records)
        skipped.extend(skips)

    with gc_paused():  # tens of thousands of labels and dicts, none cyclic
        annotations = _decode_and_report(results, coerce, run_schema, per_task, fallback, skipped)
    if FIELDLESS in annotations and None in (config.label_schema or {}):
        # FiftyOne looks the field up by the key of its in-memory schema.
        annotations[None] = annotations.pop(FIELDLESS)
    return annotations


def _decode_and_report(
    results: Any,
    coerce_text: bool,
    run_schema: RunSchema,
    per_task: Mapping[int, list[Annotations]],
    fallback: Mapping[tuple[str, int], str],
    skipped: list[Skip],
) -> dict[Any, Any]:
    """The labels to return: decoded, checked against the dataset, untouched samples hidden."""
    annotations: dict[Any, Any] = {}
    new_classes: dict[str, Any] = {}
    new_counts: dict[str, dict[str, int]] = {}
    for task_id, parts in per_task.items():
        records, frames = merge_annotations(*parts), task_frames(results, task_id)
        if frame_step_of(frames) > 1:
            records, frames = spread_over_source_frames(
                records, frames, _frame_ids(results.samples, frames[0].sample_id)
            )
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
    if skipped:
        logger.warning(
            "%d annotation(s) from CVAT could not be converted and were not loaded: %s",
            len(skipped),
            "; ".join(str(s) for s in skipped[:5]),
        )
    outcomes = route_new_classes(new_classes, new_counts, annotations, load_routing.current())
    current = current_labels(results.samples, run_schema, results.id_map)
    _keep_polygon_fill(run_schema, annotations, current)
    summaries = _report(results, run_schema, annotations, current, new_counts, outcomes)
    hide_untouched(results, run_schema, annotations, summaries)
    return annotations


def _report(
    results: Any,
    run_schema: RunSchema,
    annotations: dict[str, Any],
    current: Mapping[str, Any],
    new_counts: Mapping[str, Mapping[str, int]],
    outcomes: Mapping[str, str],
) -> dict[str, FieldSummary]:
    """Name every edit the run's restrictions refuse, before FiftyOne merges silently,
    and what became of the labels of classes added in CVAT."""
    tolerance = {
        frame.sample_id: 1.0 / max(1, min(frame.width, frame.height))
        for task_id in results.frame_maps
        for frame in task_frames(results, task_id)
    }
    summary = summarize(run_schema, results.id_map, annotations, current, tolerance)
    for name, outcome in outcomes.items():
        field_summary = summary.setdefault(name, FieldSummary())
        field_summary.new_classes = dict(new_counts.get(name) or {})
        field_summary.new_classes_outcome = outcome
    log_summary(summary)
    results.merge_summary = as_dicts(summary)
    return summary


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


def _frame_ids(samples: Any, sample_id: str) -> dict[int, str]:
    """Frame number -> frame id of one video of the run."""
    numbers, ids = samples.select(sample_id).values(["frames.frame_number", "frames.id"])
    return dict(zip(numbers[0], ids[0], strict=True)) if numbers else {}


def _sizes(results: Any, task_id: int, n: int) -> list[list[int]]:
    sizes = results.frame_sizes.get(task_id) or [[1, 1]]
    return sizes if len(sizes) == n else [sizes[0]] * n


def _merge_into(out: dict[str, Any], labels: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> None:
    """Tasks hold disjoint samples, so merging per sample is enough."""
    for field_name, by_type in labels.items():
        field_out = out.setdefault(field_name, {})
        for return_type, by_sample in by_type.items():
            field_out.setdefault(return_type, {}).update(by_sample)
