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
from fiftyone_cvat.cvat.errors import CVATNotFoundError, CVATServerError
from fiftyone_cvat.domain.aliases import JobAnnotations
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
from fiftyone_cvat.domain.loading.stable_ids import JobObjects, LoadedIds
from fiftyone_cvat.domain.run_record import ObjectRef, RunRecord
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
    record (ours) learns the tasks deleted in CVAT and the load's summary; the
    outcome carries the jobs the load merged (their dates and label ids), which
    the run record takes when the run is saved after FiftyOne's merge.
    """
    record = target.record
    run_schema = run_schema_of(record, config, target.samples.media_type)
    wanted = call.jobs if call is not None else JobFilter()
    coerce = config.options.coerce_text_attrs if coerce_text_attrs is None else coerce_text_attrs
    fallback: dict[tuple[str, int], str] = {
        (k.kind, k.cvat_id): v for k, v in record.server_ids.items()
    }
    known, marks = record.known_ids(), record.known_marks()
    # Jobs are listed first (their dates before their annotations: an edit in between
    # is read again next time) when the load can be incremental or is partial.
    own_fields = call is None or call.dest_field is None
    listed = not wanted.everything or (own_fields and conn.capabilities.incremental_loads)
    with ThreadPoolExecutor(max_workers=config.options.max_workers) as pool:
        if listed:
            plan = _plan_listed(conn, record, wanted, target.prune, pool)
            id_map = target.id_map.without(plan.gone)
            labels = {t: pool.submit(_labels_of, conn, t) for t in plan.job_ids}
            early = _ask_early(conn, plan.job_ids, pool)
            resolvers, id_map = _task_resolvers(labels, record, id_map)
        else:
            labels = {t: pool.submit(_labels_of, conn, t) for t in record.task_ids}
            # A full load knows its jobs from the record
            early = _ask_early(conn, record.job_ids, pool)
            resolvers, id_map = _task_resolvers(labels, record, target.id_map)
            plan = _Listed.everything({t: list(record.job_ids.get(t) or []) for t in resolvers})
        loaded = LoadedIds(plan.dates, plan.complete if own_fields else frozenset())
        # set aside before the report, so their labels are not counted as deletions
        report = LoadReport(
            run_schema,
            id_map,
            plan.untouched,
            prune=target.prune,
            fieldless_as_none=None in (config.label_schema or {}),
        )
        with gc_paused():  # tens of thousands of labels and dicts, none cyclic
            for task_id, records, skips, objects in _fetch_jobs(
                conn, plan.job_ids, resolvers, pool, early
            ):
                report.skipped(skips)
                frames = task_frames(record, task_id)
                decoded = _decode_task(target, run_schema, records, frames, coerce, fallback, known)
                loaded.add(objects, decoded)
                samples = samples_of(frames)
                current = current_labels(
                    target.samples.select(samples), run_schema, report.task_map(samples)
                )
                # only where the merge goes to the run's own fields (not dest_field)
                unchanged = objects.unchanged(marks) if target.prune else frozenset()
                report.add(decoded, frames, current, unchanged)
            outcome = report.finish(call, skipped_jobs=plan.unchanged, loaded=loaded)
    record.merge_summary = outcome.summaries
    return outcome


def _ask_early(
    conn: Connection, job_ids: Mapping[int, list[int]], pool: ThreadPoolExecutor
) -> dict[int, Future[JobAnnotations]]:
    """The jobs' annotations, asked for while the labels arrive (a job of a task that
    turns out deleted is never read)."""
    return {
        j: pool.submit(endpoints.job_annotations, conn, j)
        for jobs in job_ids.values()
        for j in jobs
    }


def _decode_task(
    target: LoadTarget,
    run_schema: RunSchema,
    records: Annotations,
    frames: list[FrameInfo],
    coerce_text: bool,
    fallback: Mapping[tuple[str, int], str],
    known: Mapping[ObjectRef, str],
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
        known_ids=known,
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


@attrs.frozen
class _Listed:
    """What the job listings decided: the jobs to fetch per task, the samples left
    untouched, each job's listed ``updated_date``, the jobs whose samples are all
    merged, the jobs skipped as unchanged and the samples of tasks gone from CVAT."""

    job_ids: dict[int, list[int]]
    untouched: frozenset[str]
    dates: dict[int, str | None]
    complete: frozenset[int]
    unchanged: int = 0
    gone: frozenset[str] = frozenset()

    @classmethod
    def everything(cls, job_ids: dict[int, list[int]]) -> _Listed:
        """Every job of every task, unlisted (no dates: nothing is skipped next time)."""
        return cls(job_ids, frozenset(), {}, frozenset(j for js in job_ids.values() for j in js))


def _plan_listed(
    conn: Connection,
    record: RunRecord,
    wanted: JobFilter,
    incremental: bool,
    pool: ThreadPoolExecutor,
) -> _Listed:
    """List the jobs of every task of the run (one request on servers that filter by
    task); a task with none listed is checked and, when deleted in CVAT, leaves the
    run. Skips unchanged jobs when ``incremental``."""
    listed = endpoints.jobs_of_tasks(conn, list(record.task_ids))

    def listing(task_id: int) -> list[JobProgress] | None:
        ours = set(record.job_ids.get(task_id) or ())  # not jobs added later (ground truth)
        jobs = [j for j in listed[task_id] if j.id in ours]
        if not jobs and ours and not endpoints.task_exists(conn, task_id):
            return None
        return jobs

    found = dict(zip(record.task_ids, pool.map(listing, record.task_ids), strict=True))
    deleted = [t for t, jobs in found.items() if jobs is None]
    gone: set[str] = set()
    if deleted:
        gone = record.forget_tasks(deleted)
        logger.warning(
            "CVAT task(s) %s no longer exist; the labels of their %d sample(s) are left unchanged",
            deleted,
            len(gone),
        )
    jobs = {t: j for t, j in found.items() if j is not None}
    frames = {t: [f.sample_id for f in record.frames.get(t) or ()] for t in jobs}
    dates = {j.id: j.updated_date for task_jobs in jobs.values() for j in task_jobs}
    before = {j: job.updated_date for j, job in record.loaded_jobs.items()}
    partial = plan_partial_load(frames, jobs, wanted, before if incremental else None)
    total = sum(len(j) for j in jobs.values())
    if not wanted.everything or partial.unchanged:
        logger.info(
            "Loading the samples of %d of %d CVAT job(s) (%s; %d unchanged since the last "
            "load); %d sample(s) left unchanged",
            partial.matched,
            total,
            wanted,
            partial.unchanged,
            len(partial.untouched),
        )
    job_ids = {t: j for t, j in partial.job_ids.items() if j}
    return _Listed(
        job_ids, partial.untouched, dates, partial.complete, partial.unchanged, frozenset(gone)
    )


def _fetch_jobs(
    conn: Connection,
    job_ids: Mapping[int, list[int]],
    resolvers: Mapping[int, IdResolver],
    pool: ThreadPoolExecutor,
    early: Mapping[int, Future[JobAnnotations]],
) -> Iterator[tuple[int, Annotations, list[Skip], JobObjects]]:
    """Each task's annotations, name-based and merged over its jobs (tracks span
    jobs), as soon as its last job has arrived: a task is decoded while later jobs
    download, and its records are freed before the next one's are built. Jobs
    already asked for (``early``) are not asked again; those of a task deleted in
    CVAT are never read. ``JobObjects`` tells which job each CVAT object came from."""
    jobs = [(t, job_id) for t in resolvers for job_id in job_ids.get(t) or []]
    futures = [
        early.get(job_id) or pool.submit(endpoints.job_annotations, conn, job_id)
        for _, job_id in jobs
    ]
    logger.info("Downloading annotations of %d CVAT job(s)...", len(jobs))
    remaining = {t: len(job_ids.get(t) or []) for t in resolvers}
    parts: dict[int, list[Annotations]] = {}
    skipped: dict[int, list[Skip]] = {}
    objects: dict[int, JobObjects] = {}
    with fou.ProgressBar(total=len(jobs), iters_str="jobs") as bar:
        for (task_id, job_id), future in zip(jobs, futures, strict=True):
            records, skips = resolvers[task_id].from_wire(future.result())
            objects.setdefault(task_id, JobObjects()).add(job_id, records)
            parts.setdefault(task_id, []).append(records)
            skipped.setdefault(task_id, []).extend(skips)
            bar.update()
            remaining[task_id] -= 1
            if not remaining[task_id]:
                records = merge_annotations(*parts.pop(task_id))
                yield task_id, records, skipped.pop(task_id), objects.pop(task_id, JobObjects())
