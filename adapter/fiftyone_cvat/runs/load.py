"""``load_annotations()``: fetch every job's annotations and turn them into FiftyOne labels.

One labels request per task and every job's annotations fetched concurrently
(``max_workers``) over the shared connection; a full load does not wait for the
labels before it asks for the jobs; decoding is the pure
:mod:`fiftyone_cvat.domain.conversion`. FiftyOne then merges the returned dict
into the dataset, honouring the run's edit restrictions; samples nobody touched
are kept out of that merge (:mod:`fiftyone_cvat.fiftyone_io.merge_pruning`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import fiftyone.core.utils as fou

from fiftyone_cvat.cvat import endpoints
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.endpoints import JobAnnotations
from fiftyone_cvat.cvat.errors import CVATNotFoundError, CVATServerError
from fiftyone_cvat.domain.conversion import Annotations, IdResolver, Skip, merge_annotations
from fiftyone_cvat.domain.conversion.labels import gc_paused
from fiftyone_cvat.domain.job_filter import JobFilter, JobProgress, plan_partial_load
from fiftyone_cvat.domain.load_call import LoadCall
from fiftyone_cvat.domain.run_record import RunRecord, drop_samples
from fiftyone_cvat.domain.schema_build import build_run_schema
from fiftyone_cvat.domain.specs import RunSchema
from fiftyone_cvat.domain.vocab import FIELDLESS
from fiftyone_cvat.fiftyone_io.merge_pruning import (
    drop_samples_from,
    hide_samples,
    restore_hidden,
)
from fiftyone_cvat.runs.load_report import decode_and_report
from fiftyone_cvat.runs.load_target import LoadTarget
from fiftyone_cvat.runs.protocols import LoadConfig

logger = logging.getLogger(__name__)


def run_schema_of(record: RunRecord, config: LoadConfig, media_type: str) -> RunSchema:
    """The schema the run was uploaded with (stored), else rebuilt from the config."""
    if record.schema is not None:
        return record.schema
    return build_run_schema(
        config.label_schema or {},
        occluded_attr=config.options.occluded_attr,
        group_id_attr=config.options.group_id_attr,
        media_type=media_type,
    )


def load_run(
    conn: Connection,
    config: LoadConfig,
    target: LoadTarget,
    call: LoadCall | None,
    *,
    coerce_text_attrs: bool | None = None,
) -> dict[Any, Any]:
    """The run's labels from CVAT, as ``load_annotations()`` merges them.

    ``coerce_text_attrs`` overrides the run config's (the API's keyword).
    """
    record = target.record
    restore_hidden(target.id_map, record.hidden)  # a previous load that failed before saving
    run_schema = run_schema_of(record, config, target.samples.media_type)
    wanted = call.jobs if call is not None else JobFilter()
    skipped: list[Skip] = []
    coerce = config.options.coerce_text_attrs if coerce_text_attrs is None else coerce_text_attrs
    with ThreadPoolExecutor(max_workers=config.options.max_workers) as pool:
        labels = {t: pool.submit(_labels_of, conn, t) for t in record.task_ids}
        # A full load knows its jobs from the record: they download while the labels
        # arrive (a partial load must list the jobs' stages first).
        early = {
            j: pool.submit(endpoints.job_annotations, conn, j)
            for t in (record.task_ids if wanted.everything else ())
            for j in record.job_ids.get(t) or ()
        }
        resolvers = _task_resolvers(labels, record, target.id_map)
        job_ids, untouched = _jobs_to_load(conn, record, resolvers, wanted, pool)
        # before the report, so their labels are not counted as deletions
        record.hidden = hide_samples(target.id_map, untouched)
        with gc_paused():  # tens of thousands of labels and dicts, none cyclic
            per_task = _fetch_jobs(conn, job_ids, resolvers, pool, early, skipped)
            annotations = decode_and_report(target, run_schema, per_task, skipped, coerce, call)
    drop_samples_from(annotations, untouched)
    if FIELDLESS in annotations and None in (config.label_schema or {}):
        # FiftyOne looks the field up by the key of its in-memory schema.
        annotations[None] = annotations.pop(FIELDLESS)
    return annotations


def _labels_of(conn: Connection, task_id: int) -> IdResolver | None:
    """A task's labels; ``None`` when the task was deleted in CVAT."""
    try:
        return IdResolver(endpoints.labels_of(conn, task_id=task_id))
    except (CVATNotFoundError, CVATServerError):
        # CVAT 2.73 answers 500, not 404, for the labels of a deleted task.
        if endpoints.task_exists(conn, task_id):
            raise
        return None


def _task_resolvers(
    labels: Mapping[int, Future[IdResolver | None]], record: RunRecord, id_map: dict[str, Any]
) -> dict[int, IdResolver]:
    """Each task's labels; tasks deleted in CVAT leave the run (their samples unchanged)."""
    found = {t: future.result() for t, future in labels.items()}
    gone = [t for t, resolver in found.items() if resolver is None]
    if gone:
        samples = record.forget_tasks(gone)
        drop_samples(id_map, samples)
        logger.warning(
            "CVAT task(s) %s no longer exist; the labels of their %d sample(s) are left unchanged",
            gone,
            len(samples),
        )
    return {t: r for t, r in found.items() if r is not None}


def _jobs_to_load(
    conn: Connection,
    record: RunRecord,
    resolvers: Mapping[int, IdResolver],
    wanted: JobFilter,
    pool: ThreadPoolExecutor,
) -> tuple[dict[int, list[int]], frozenset[str]]:
    """The jobs to fetch per task, and the samples a partial load leaves untouched."""
    everything = {t: list(record.job_ids.get(t) or []) for t in resolvers}
    if wanted.everything:
        return everything, frozenset()

    def progress(task_id: int) -> list[JobProgress]:
        ours = set(everything[task_id])  # jobs added in CVAT later (ground truth) are not
        return [j for j in endpoints.job_progress(conn, task_id) if j.id in ours]

    jobs = dict(zip(resolvers, pool.map(progress, resolvers), strict=True))
    frames = {t: [f.sample_id for f in record.frames.get(t) or ()] for t in resolvers}
    partial = plan_partial_load(frames, jobs, wanted)
    logger.info(
        "Loading the samples of %d of %d CVAT job(s) (%s); %d sample(s) left unchanged",
        partial.matched,
        sum(len(j) for j in jobs.values()),
        wanted,
        len(partial.untouched),
    )
    return partial.job_ids, partial.untouched


def _fetch_jobs(
    conn: Connection,
    job_ids: Mapping[int, list[int]],
    resolvers: Mapping[int, IdResolver],
    pool: ThreadPoolExecutor,
    early: Mapping[int, Future[JobAnnotations]],
    skipped: list[Skip],
) -> Iterator[tuple[int, Annotations]]:
    """Each task's annotations, name-based and merged over its jobs (tracks span
    jobs), as soon as its last job has arrived: a task is decoded while later jobs
    download, and its records are freed before the next one's are built. Jobs
    already asked for (``early``) are not asked again; those of a task deleted in
    CVAT are never read."""
    jobs = [(t, job_id) for t in resolvers for job_id in job_ids.get(t) or []]
    futures = [
        early.get(job_id) or pool.submit(endpoints.job_annotations, conn, job_id)
        for _, job_id in jobs
    ]
    logger.info("Downloading annotations of %d CVAT job(s)...", len(jobs))
    remaining = {t: len(job_ids.get(t) or []) for t in resolvers}
    parts: dict[int, list[Annotations]] = {}
    with fou.ProgressBar(total=len(jobs), iters_str="jobs") as bar:
        for (task_id, _), future in zip(jobs, futures, strict=True):
            records, skips = resolvers[task_id].from_wire(future.result())
            parts.setdefault(task_id, []).append(records)
            skipped.extend(skips)
            bar.update()
            remaining[task_id] -= 1
            if not remaining[task_id]:
                yield task_id, merge_annotations(*parts.pop(task_id))
