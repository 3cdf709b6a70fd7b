"""``load_annotations()``: download, decode, compare with the dataset, prune, report.

The typed pipeline of a load, its I/O here and its pure steps in
:mod:`fiftyone_cvat.domain.loading`:

1. **download**: one labels request per task and every job's annotations fetched
   concurrently (``max_workers``) over the shared connection; a full load does
   not wait for the labels before it asks for the jobs;
2. **decode** each task as soon as its last job has arrived
   (:mod:`fiftyone_cvat.domain.conversion`);
3. **compare** with the dataset's labels of the task's samples, read in bulk, and
   **prune** the samples nobody touched (:class:`~fiftyone_cvat.domain.loading.report.LoadReport`);
4. **report** (``results.merge_summary``, refused edits named in the log);
5. **hand to FiftyOne**: a :class:`~fiftyone_cvat.domain.loading.outcome.LoadOutcome`,
   which the plug-in converts to FiftyOne's dicts (``CVATAnnotationResults.hand_over``).

Nothing of FiftyOne's is edited here: the run's id map comes in as an
:class:`~fiftyone_cvat.domain.loading.id_map.IdMap` and the outcome says which map
FiftyOne's merge must see.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor

import attrs
import fiftyone.core.utils as fou
from fiftyone.core.collections import SampleCollection

from fiftyone_cvat.cvat import endpoints
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.endpoints import JobAnnotations
from fiftyone_cvat.cvat.errors import CVATNotFoundError, CVATServerError
from fiftyone_cvat.domain.conversion import (
    Annotations,
    DecodeResult,
    FrameInfo,
    IdResolver,
    Skip,
    decode_annotations,
    merge_annotations,
)
from fiftyone_cvat.domain.conversion.labels import gc_paused
from fiftyone_cvat.domain.frames import frame_step_of, spread_over_source_frames
from fiftyone_cvat.domain.loading.id_map import IdMap
from fiftyone_cvat.domain.loading.job_filter import JobFilter, JobProgress, plan_partial_load
from fiftyone_cvat.domain.loading.load_call import LoadCall
from fiftyone_cvat.domain.loading.outcome import LoadOutcome
from fiftyone_cvat.domain.loading.report import LoadReport, samples_of, task_frames
from fiftyone_cvat.domain.run_record import RunRecord
from fiftyone_cvat.domain.schema.schema_build import build_run_schema
from fiftyone_cvat.domain.schema.specs import RunSchema
from fiftyone_cvat.fiftyone_io.collection import frame_ids_of
from fiftyone_cvat.fiftyone_io.current_labels import current_labels
from fiftyone_cvat.runs.protocols import LoadConfig

logger = logging.getLogger(__name__)


@attrs.frozen
class LoadTarget:
    """The run being loaded: its record, its whole id map and where it was made.

    ``prune`` says whether untouched samples may be kept out of the merge: only
    when FiftyOne merges into the run's own fields (no ``dest_field``) and the run
    was not made on a frames or clips view.
    """

    record: RunRecord
    id_map: IdMap
    samples: SampleCollection
    prune: bool


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
) -> LoadOutcome:
    """The run's labels from CVAT, and the id map FiftyOne's merge must see.

    ``coerce_text_attrs`` overrides the run config's (the API's keyword). The
    record (ours) learns the tasks deleted in CVAT and the load's summary.
    """
    record = target.record
    run_schema = run_schema_of(record, config, target.samples.media_type)
    wanted = call.jobs if call is not None else JobFilter()
    coerce = config.options.coerce_text_attrs if coerce_text_attrs is None else coerce_text_attrs
    fallback: dict[tuple[str, int], str] = {
        (k.kind, k.cvat_id): v for k, v in record.server_ids.items()
    }
    with ThreadPoolExecutor(max_workers=config.options.max_workers) as pool:
        labels = {t: pool.submit(_labels_of, conn, t) for t in record.task_ids}
        # A full load knows its jobs from the record: they download while the labels
        # arrive (a partial load must list the jobs' stages first).
        early = {
            j: pool.submit(endpoints.job_annotations, conn, j)
            for t in (record.task_ids if wanted.everything else ())
            for j in record.job_ids.get(t) or ()
        }
        resolvers, id_map = _task_resolvers(labels, record, target.id_map)
        job_ids, untouched = _jobs_to_load(conn, record, resolvers, wanted, pool)
        # set aside before the report, so their labels are not counted as deletions
        report = LoadReport(
            run_schema,
            id_map,
            untouched,
            prune=target.prune,
            fieldless_as_none=None in (config.label_schema or {}),
        )
        with gc_paused():  # tens of thousands of labels and dicts, none cyclic
            for task_id, records, skips in _fetch_jobs(conn, job_ids, resolvers, pool, early):
                report.skipped(skips)
                frames = task_frames(record, task_id)
                decoded = _decode_task(target, run_schema, records, frames, coerce, fallback)
                samples = samples_of(frames)
                current = current_labels(
                    target.samples.select(samples), run_schema, report.task_map(samples)
                )
                report.add(decoded, frames, current)
            outcome = report.finish(call)
    record.merge_summary = outcome.summaries
    return outcome


def _decode_task(
    target: LoadTarget,
    run_schema: RunSchema,
    records: Annotations,
    frames: list[FrameInfo],
    coerce_text: bool,
    fallback: Mapping[tuple[str, int], str],
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
    labels: Mapping[int, Future[IdResolver | None]], record: RunRecord, id_map: IdMap
) -> tuple[dict[int, IdResolver], IdMap]:
    """Each task's labels, and the id map without the samples of tasks deleted in
    CVAT: they leave the run (their samples unchanged)."""
    found = {t: future.result() for t, future in labels.items()}
    gone = [t for t, resolver in found.items() if resolver is None]
    if gone:
        samples = record.forget_tasks(gone)
        id_map = id_map.without(samples)
        logger.warning(
            "CVAT task(s) %s no longer exist; the labels of their %d sample(s) are left unchanged",
            gone,
            len(samples),
        )
    return {t: r for t, r in found.items() if r is not None}, id_map


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
) -> Iterator[tuple[int, Annotations, list[Skip]]]:
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
    skipped: dict[int, list[Skip]] = {}
    with fou.ProgressBar(total=len(jobs), iters_str="jobs") as bar:
        for (task_id, _), future in zip(jobs, futures, strict=True):
            records, skips = resolvers[task_id].from_wire(future.result())
            parts.setdefault(task_id, []).append(records)
            skipped.setdefault(task_id, []).extend(skips)
            bar.update()
            remaining[task_id] -= 1
            if not remaining[task_id]:
                yield task_id, merge_annotations(*parts.pop(task_id)), skipped.pop(task_id)
