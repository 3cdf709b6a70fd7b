"""``annotate()``: schema -> plan -> CVAT objects created, labels encoded task by task.

Everything that can fail on bad input (schema, plan, frame sizes) runs before
the first request. Then the project is resolved, and tasks are created
concurrently (``max_workers``): each task gets its media uploaded, its labels
encoded while CVAT imports the media, its jobs assigned, and exactly one
annotation upload per job, the jobs of a task at once; only the tasks in flight
are held in memory. Every created id is recorded the moment it exists, so a
failure midway raises :class:`AnnotationRunError` holding a run record whose
cleanup removes it all.

A write that timed out may still land after its retry. The run does not return
while one of its writes can still land (:meth:`Connection.settle_writes`): jobs
whose PUT was in doubt are read back after the stall horizon and put right, and
twins of late POSTs are deleted after it; annotators who start once ``annotate()``
has returned cannot be overwritten by the run's own late requests.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import threading
import time
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Any

import attrs
from fiftyone.core.collections import SampleCollection

from cvat_api.models import PatchedLabelRequest, ProjectWriteRequest, TaskWriteRequest
from fiftyone_cvat._fiftyone_compat import root_dataset
from fiftyone_cvat.cvat import endpoints
from fiftyone_cvat.cvat.bucket import open_session
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.create_once import UNCERTAIN, create_once, find_twins
from fiftyone_cvat.cvat.errors import CVATError, CVATServerError
from fiftyone_cvat.cvat.upload import upload_media, upload_state
from fiftyone_cvat.domain.aliases import CreatedKind, FiftyOneIdMap, JobAnnotations
from fiftyone_cvat.domain.conversion import Annotations, IdResolver
from fiftyone_cvat.domain.frames import FrameInfo
from fiftyone_cvat.domain.loading.job_filter import JobProgress
from fiftyone_cvat.domain.planning import PlanOptions, RunPlan, TaskPlan, plan_run
from fiftyone_cvat.domain.planning.cloud_manifest import large_manifest_warning, run_manifests
from fiftyone_cvat.domain.planning.cloud_media import check_storage_id, cloud_urls
from fiftyone_cvat.domain.run_record import PendingCreation, RunRecord, ServerKey
from fiftyone_cvat.domain.schema.cvat_labels import CvatLabel
from fiftyone_cvat.domain.schema.project_labels import (
    cvat_label_requests,
    label_id_patch,
    missing_label_id,
    project_run_schema,
)
from fiftyone_cvat.domain.schema.schema_build import build_run_schema
from fiftyone_cvat.domain.schema.specs import RunSchema
from fiftyone_cvat.fiftyone_io.collection import media_items
from fiftyone_cvat.fiftyone_io.encode_run import RunEncoder
from fiftyone_cvat.fiftyone_io.skeletons import with_skeletons
from fiftyone_cvat.runs.cloud_source import CloudSource, resolve_cloud_source, with_manifests
from fiftyone_cvat.runs.progress import RunProgress
from fiftyone_cvat.runs.protocols import AnnotateConfig

logger = logging.getLogger(__name__)

Checkpoint = Callable[[RunRecord], None]

UPLOAD_ATTEMPTS = 5
"""Times a task's media is sent (to the same task while CVAT kept none of it), and
times a task is made again after CVAT kept part of a cut upload, before a run gives up."""
DISCARD_PAUSE = 0.5
"""Least seconds between deletes of a task CVAT would not delete mid-run."""


class AnnotationRunError(RuntimeError):
    """annotate() failed after creating things on the server.

    ``record`` lists everything created so far, for the plug-in to save so a
    cleanup removes it; the message says what and how.
    """

    def __init__(self, message: str, record: RunRecord, id_map: FiftyOneIdMap) -> None:
        super().__init__(message)
        self.record = record
        self.id_map = id_map


@attrs.frozen
class AnnotateOutcome:
    """What a successful annotate run leaves: its record and FiftyOne's id map."""

    record: RunRecord
    id_map: FiftyOneIdMap


@attrs.frozen
class _Project:
    id: int | None
    labels: list[CvatLabel] = attrs.Factory(list)


def annotate_run(
    conn: Connection,
    config: AnnotateConfig,
    samples: SampleCollection,
    anno_key: str,
    checkpoint: Checkpoint | None = None,
) -> AnnotateOutcome:
    """Run ``annotate()`` for our backend. Bad input fails before anything is created.

    ``checkpoint`` receives the record's :meth:`~RunRecord.checkpoint` before every
    creation and after it, to be saved where a process killed midway leaves it.
    """
    run_schema = build_run_schema(
        config.label_schema or {},
        occluded_attr=config.options.occluded_attr,
        group_id_attr=config.options.group_id_attr,
        media_type=samples.media_type,
    )
    run_schema = with_skeletons(run_schema, samples)
    items = media_items(samples, config.media_field, run_schema, config.options.cloud_prefix_map)
    # Views of generated datasets (clips, patches, frames) name tasks after the source dataset.
    plan = plan_run(items, PlanOptions.from_config(config, dataset_name=root_dataset(samples).name))
    for warning in plan.warnings:
        logger.warning(warning)
    if config.options.job_reviewers:
        logger.warning("job_reviewers are ignored: CVAT 2.x jobs have no reviewer field")

    urls = cloud_urls([item.media_path for item in items], config.media_field)
    storage_id = check_storage_id(config.options.cloud_storage_id, urls is not None)
    manifests, bucket = None, None
    if config.options.cloud_manifest:
        provider = None if urls is None else urls[0].provider
        manifests = run_manifests(plan.tasks, samples.media_type, provider)
        if large := large_manifest_warning(manifests):
            logger.warning(large)
        bucket = open_session()

    # Read-only requests until every input is known to be good.
    _check_usernames(conn, plan)
    cloud = None if urls is None else resolve_cloud_source(conn, urls, storage_id, bucket)
    project = _find_project(conn, config)
    if project.labels:
        run_schema = project_run_schema(
            config.label_schema or {},
            project.labels,
            occluded_attr=config.options.occluded_attr,
            group_id_attr=config.options.group_id_attr,
            media_type=samples.media_type,
        )
    if not run_schema.fields:
        raise ValueError(
            "label_field: this run has no label fields. Pass label_field (with label_type "
            "or classes for a new field) or label_schema, or project_name/project_id of an "
            "existing CVAT project whose labels the annotators will use"
        )
    encoder = RunEncoder(samples, run_schema, plan, server_sizes=cloud is not None)
    if cloud is not None and manifests is not None and bucket is not None:
        cloud = with_manifests(cloud, bucket, manifests, config.options.max_workers)
    record = RunRecord(schema=run_schema)
    recorder = _Recorder(record, checkpoint)
    try:
        project_id = _prepare_project(conn, config, project, run_schema, recorder)
        labels = None if project_id is not None else cvat_label_requests(run_schema)
        _create_tasks(conn, config, plan, labels, project_id, encoder, recorder, cloud)
    except BaseException as exc:
        encoder.report_skipped()
        if not (record.task_ids or record.project_ids or record.pending):
            raise
        uncertain = "".join(f", {p.kind} '{p.name}' (answer lost)" for p in record.pending)
        raise AnnotationRunError(
            f"annotate() failed: {exc}. Created so far: projects {record.project_ids}, "
            f"tasks {record.task_ids}{uncertain}. They are recorded in run '{anno_key}'; "
            f"remove them with dataset.load_annotation_results('{anno_key}').cleanup()",
            record,
            encoder.id_map,
        ) from exc
    encoder.report_skipped()
    return AnnotateOutcome(record, encoder.id_map)


def _check_usernames(conn: Connection, plan: RunPlan) -> None:
    names = {task.assignee for task in plan.tasks} | {
        job.assignee for task in plan.tasks for job in task.jobs
    }
    for name in sorted(n for n in names if n):
        conn.user_id(name)


class _Recorder:
    """Thread-safe recording of created ids into the run record as they appear."""

    def __init__(self, record: RunRecord, checkpoint: Checkpoint | None = None) -> None:
        self.record = record
        self._checkpoint = checkpoint
        self._lock = threading.Lock()
        self._plan_index: dict[int, int] = {}
        self.uncertain: list[PendingCreation] = []
        self.discarded: list[int] = []

    def _save(self) -> None:
        if self._checkpoint is not None:
            self._checkpoint(self.record.checkpoint())

    def pending(self, creation: PendingCreation) -> None:
        """A POST is about to go out: saved first, so its object can always be found."""
        with self._lock:
            self.record.pending.append(creation)
            self._save()

    def uncertain_creation(self, creation: PendingCreation) -> None:
        with self._lock:
            self.uncertain.append(creation)

    def create(
        self,
        conn: Connection,
        kind: CreatedKind,
        name: str,
        post: Callable[[], int],
        known: Collection[int] = (),
    ) -> int:
        """:func:`create_once`, with the intent saved first and every outcome recorded."""
        return create_once(
            conn,
            kind,
            name,
            post,
            known=known,
            on_pending=self.pending,
            on_refused=self.refused,
            on_uncertain=self.uncertain_creation,
        )

    def refused(self, creation: PendingCreation) -> None:
        """CVAT refused the POST: nothing to find later."""
        with self._lock:
            self._resolved(creation.kind, creation.name)
            self._save()

    def _resolved(self, kind: str, name: str) -> None:
        for k, p in enumerate(self.record.pending):
            if p.kind == kind and p.name == name:
                del self.record.pending[k]
                return

    def known_tasks(self) -> set[int]:
        with self._lock:
            return set(self.record.task_ids)

    def created_project(self, project_id: int, name: str) -> None:
        with self._lock:
            self.record.project_ids.append(project_id)
            self._resolved("project", name)
            self._save()

    def task(self, task_id: int, plan_index: int, name: str) -> None:
        """Tasks finish in any order; the run lists them in plan order."""
        with self._lock:
            self._plan_index[task_id] = plan_index
            self.record.task_ids.append(task_id)
            self.record.task_ids.sort(key=self._plan_index.__getitem__)
            self._resolved("task", name)
            self._save()

    def forget_task(self, task_id: int) -> None:
        """A task deleted to be made again."""
        with self._lock:
            self.record.task_ids.remove(task_id)
            self._save()

    def discard_later(self, task_id: int) -> None:
        """A task to be made again that CVAT would not delete yet: it stays in the
        record (cleanup() and leftovers() know it) until the end of the run."""
        with self._lock:
            self.discarded.append(task_id)

    def task_done(
        self,
        task_id: int,
        job_ids: list[int],
        frames: list[FrameInfo],
        server_ids: dict[ServerKey, str],
    ) -> None:
        with self._lock:
            self.record.add_task(task_id, job_ids, frames, server_ids)


def _find_project(conn: Connection, config: AnnotateConfig) -> _Project:
    """The existing project named by ``project_id`` / ``project_name`` (read only)."""
    project_id = config.options.project_id
    if project_id is None and config.options.project_name:
        matches = endpoints.project_ids_named(conn, config.options.project_name)
        if not matches:
            return _Project(id=None)
        project_id = matches[0]
    if project_id is None:
        return _Project(id=None)
    return _Project(id=project_id, labels=endpoints.labels_of(conn, project_id=project_id))


def _prepare_project(
    conn: Connection,
    config: AnnotateConfig,
    project: _Project,
    run_schema: RunSchema,
    recorder: _Recorder,
) -> int | None:
    """Create the named project, or give an existing one the provenance attribute."""
    if project.id is None:
        if not config.options.project_name:
            return None
        name = config.options.project_name
        body = ProjectWriteRequest(name=name, labels=cvat_label_requests(run_schema))
        new_id = recorder.create(
            conn, "project", name, lambda: endpoints.create_project(conn, body)
        )
        recorder.created_project(new_id, name)
        return new_id
    if project.labels and missing_label_id(project.labels):
        # Provenance needs the reserved attribute on every label of the project.
        endpoints.add_project_labels(conn, project.id, label_id_patch(project.labels))
    return project.id


def _create_tasks(
    conn: Connection,
    config: AnnotateConfig,
    plan: RunPlan,
    labels: Sequence[PatchedLabelRequest] | None,
    project_id: int | None,
    encoder: RunEncoder,
    recorder: _Recorder,
    cloud: CloudSource | None = None,
) -> None:
    """Create every task, ``max_workers`` at a time; stop launching at the first failure.

    Before the run reports success, every write the client gave up on has had its
    stall horizon to land (:meth:`Connection.settle_writes`): only then are the
    twins that late POSTs made looked for, and only then may annotators start.
    """
    mark = conn.uncertain_writes.mark()
    logger.info("Creating %d CVAT task(s)...", len(plan.tasks))
    with (
        ThreadPoolExecutor(max_workers=config.options.max_workers) as pool,
        RunProgress(len(plan.tasks), config.options.max_workers) as progress,
    ):
        futures = [
            pool.submit(
                _create_task,
                conn,
                config,
                task,
                labels,
                project_id,
                encoder,
                recorder,
                progress,
                cloud,
            )
            for task in plan.tasks
        ]
        for future in as_completed(futures):
            progress.task_done()
            if future.exception() is not None:
                for other in futures:
                    other.cancel()
                break
    # Leaving the pool waited for the tasks already running, so their ids are recorded.
    for future in futures:
        if not future.cancelled() and (exc := future.exception()) is not None:
            raise exc
    finish_tasks(conn, recorder, mark)


def finish_tasks(conn: Connection, recorder: _Recorder, mark: int) -> None:
    """The end of a run that made every task: first wait out the stall horizon of the
    writes in doubt since ``mark`` (a late POST makes its twin only when it lands),
    then delete the twins and the tasks left to delete."""
    conn.settle_writes(mark)
    _delete_twins(conn, recorder)
    delete_discarded(conn, recorder)


def discard_task(conn: Connection, task_id: int, recorder: _Recorder) -> None:
    """Delete a task whose media upload was cut, before it is made again. While CVAT
    still imports the cut upload it may answer that DELETE with 500: the run goes on
    and the task is deleted at its end (:func:`delete_discarded`)."""
    try:
        endpoints.delete_task(conn, task_id)
    except CVATServerError as exc:
        logger.warning("Task %d could not be deleted yet (%s); deleting it later", task_id, exc)
        recorder.discard_later(task_id)
        return
    recorder.forget_task(task_id)


def delete_discarded(conn: Connection, recorder: _Recorder, attempts: int | None = None) -> None:
    """Delete the tasks CVAT would not delete during the run, a poll period (at least
    ``DISCARD_PAUSE``) apart, for as long as the retry budget lasts (and at most
    ``attempts`` times, if set); the run fails (and its cleanup removes them) only if
    CVAT still refuses."""
    pause = max(conn.settings.poll_period, DISCARD_PAUSE)
    for task_id in recorder.discarded:
        deadline = time.monotonic() + conn.settings.retry_budget
        attempt = 0
        while True:
            attempt += 1
            try:
                endpoints.delete_task(conn, task_id)
                break
            except CVATServerError:
                if (attempts is not None and attempt >= attempts) or time.monotonic() >= deadline:
                    raise
                conn.pause(pause)
        recorder.forget_task(task_id)
    recorder.discarded.clear()


def _delete_twins(conn: Connection, recorder: _Recorder) -> None:
    """Only after lost answers: empty twins a late POST made are deleted."""
    for kind in ("project", "task"):
        uncertain = [p for p in recorder.uncertain if p.kind == kind]
        if not uncertain:
            continue
        known = recorder.known_tasks() if kind == "task" else set(recorder.record.project_ids)
        delete = endpoints.delete_task if kind == "task" else endpoints.delete_project
        for pending, twin in find_twins(conn, uncertain, known):
            logger.warning("Deleting %s %d, an empty twin of '%s'", kind, twin, pending.name)
            delete(conn, twin)


def _create_task(
    conn: Connection,
    config: AnnotateConfig,
    task: TaskPlan,
    labels: Sequence[PatchedLabelRequest] | None,
    project_id: int | None,
    encoder: RunEncoder,
    recorder: _Recorder,
    progress: RunProgress,
    cloud: CloudSource | None = None,
) -> None:
    body = task.task_request(
        assignee_id=conn.user_id(task.assignee) if task.assignee else None,
        project_id=project_id,
        labels=labels,
    )
    if cloud is None:
        task_id, rq_id = _upload_task(conn, task, body, recorder, progress)
        encoded = encoder.encode(task)  # while CVAT imports the media
        conn.wait_for_request(rq_id, timeout=config.options.wait_timeout)
    else:
        task_id = _cloud_task(conn, config, task, body, recorder, progress, cloud)
        sizes, num_frames = None, None
        if encoder.needs_sizes(task):  # FiftyOne has no metadata: CVAT read the media
            meta = endpoints.task_data_meta(conn, task_id)
            sizes = [(int(f.width or 0), int(f.height or 0)) for f in meta.frames or ()]
            num_frames = meta.size if isinstance(meta.size, int) else None
        encoded = encoder.encode(task, sizes, num_frames)

    # The task's jobs and labels are asked for together, and its jobs' labels are
    # uploaded together (put_jobs).
    with ThreadPoolExecutor(
        max_workers=max(1, min(config.options.max_workers, len(task.jobs)))
    ) as pool:
        task_labels = pool.submit(endpoints.labels_of, conn, task_id=task_id)
        jobs = endpoints.job_progress(conn, task_id)
        for job, job_plan in zip(jobs, task.jobs, strict=False):
            if job_plan.assignee:
                endpoints.assign_job(conn, job.id, conn.user_id(job_plan.assignee))
        resolver = IdResolver(task_labels.result())
        server_ids = put_jobs(conn, jobs, encoded.annotations, resolver, pool)
    frames = [
        dataclasses.replace(f, width=int(f.width), height=int(f.height)) for f in encoded.frames
    ]
    recorder.task_done(task_id, [job.id for job in jobs], frames, server_ids)


def _upload_task(
    conn: Connection,
    task: TaskPlan,
    body: TaskWriteRequest,
    recorder: _Recorder,
    progress: RunProgress,
) -> tuple[int, str]:
    """Create the task and upload its local media; returns its id and the import's rq_id."""
    for attempt in range(1, UPLOAD_ATTEMPTS + 1):
        task_id = recorder.create(
            conn,
            "task",
            body.name,
            lambda: endpoints.create_task(conn, body),
            recorder.known_tasks(),
        )
        recorder.task(task_id, task.index, body.name)
        with progress.upload(body.name) as on_bytes:
            send = functools.partial(
                upload_media,
                conn,
                task_id,
                [item.media_path for item in task.items],
                task.data_params(),
                names=task.upload_names,
                progress=on_bytes,
            )
            rq_id = send_upload(conn, task_id, send)
        if rq_id is not None:
            return task_id, rq_id
        if attempt == UPLOAD_ATTEMPTS:
            raise CVATError(
                f"the media upload of task '{body.name}' was cut {UPLOAD_ATTEMPTS} times "
                "with part of it kept by CVAT"
            )
        # CVAT appends re-sent upload parts, so a half-kept upload cannot be resumed:
        # start the task over (its files are local, nothing is lost).
        logger.warning(
            "Uploading media of task '%s' was cut midway; recreating it (attempt %d/%d)",
            body.name,
            attempt + 1,
            UPLOAD_ATTEMPTS,
        )
        discard_task(conn, task_id, recorder)
    raise AssertionError("unreachable: the last attempt returns or raises")


def _cloud_task(
    conn: Connection,
    config: AnnotateConfig,
    task: TaskPlan,
    body: TaskWriteRequest,
    recorder: _Recorder,
    progress: RunProgress,
    cloud: CloudSource,
) -> int:
    """Create the task from bucket keys (CVAT reads them; nothing is uploaded) and wait
    for CVAT to read them, with one bar for it."""
    task_id = recorder.create(
        conn, "task", body.name, lambda: endpoints.create_task(conn, body), recorder.known_tasks()
    )
    recorder.task(task_id, task.index, body.name)
    rq_id = endpoints.attach_cloud_data(conn, task_id, cloud.task_body(task))
    with progress.processing(body.name) as on_progress:
        conn.wait_for_request(rq_id, timeout=config.options.wait_timeout, progress=on_progress)
    return task_id


def send_upload(
    conn: Connection, task_id: int, send: Callable[[], str], attempts: int = UPLOAD_ATTEMPTS
) -> str | None:
    """The ``rq_id`` of the task's media import: ``send()``'s, or, after a lost answer,
    the import CVAT started from it (found once the stall horizon has passed), or that
    of ``send()`` again when CVAT kept nothing. None: CVAT kept part of a cut upload,
    so the task must be made again."""
    for attempt in range(1, attempts + 1):
        mark = conn.uncertain_writes.mark()
        try:
            return send()
        except UNCERTAIN as exc:
            conn.settle_writes(mark, lambda path: path.startswith(f"/api/tasks/{task_id}/"))
            state = upload_state(conn, task_id)
            if state.rq_id is not None:
                logger.warning(
                    "The media upload of task %d landed but its answer was lost (%s); "
                    "waiting on the import CVAT started",
                    task_id,
                    exc,
                )
                return state.rq_id
            if state.started:
                return None
            if attempt == attempts:
                raise
            logger.warning(
                "The media upload of task %d failed before CVAT kept any of it (%s); "
                "sending it again, attempt %d/%d",
                task_id,
                exc,
                attempt + 1,
                attempts,
            )
    raise AssertionError("unreachable")  # pragma: no cover


def put_jobs(
    conn: Connection,
    jobs: Sequence[JobProgress],
    annotations: Annotations,
    resolver: IdResolver,
    pool: ThreadPoolExecutor,
) -> dict[ServerKey, str]:
    """Each job's labels in a PUT of its own, all sent at once (encoded in job order,
    so no body depends on which answer comes first); returns the ids CVAT stored
    them as. ``annotations`` is consumed.

    A PUT that timed out may still land after its retry: the task waits out the stall
    horizon of those jobs and reads them back (:func:`settle_jobs`), so no late PUT of
    ours can land once annotators may be editing.
    """
    mark = conn.uncertain_writes.mark()
    payloads: dict[int, Any] = {}
    uploads = []
    for job in jobs:
        part = job_slice(annotations, job.start_frame, job.stop_frame)
        if part["tags"] or part["shapes"] or part["tracks"]:
            payload = resolver.to_wire(part, consume=True)
            payloads[job.id] = payload
            uploads.append(pool.submit(endpoints.put_job_annotations, conn, job.id, payload))
    saved = [upload.result() for upload in uploads]
    saved += settle_jobs(conn, mark, payloads)
    server_ids: dict[ServerKey, str] = {}
    for answer in saved:  # a job read back after settling comes last and wins
        server_ids.update(_server_ids(resolver, answer))
    return server_ids


SETTLE_ROUNDS = 5
"""Rounds of wait, read back and PUT again before a job whose writes keep timing out fails."""


def settle_jobs(conn: Connection, mark: int, payloads: dict[int, Any]) -> list[JobAnnotations]:
    """For each job whose PUT timed out or was cut since ``mark``: wait out the stall
    horizon, read the job back, and PUT it again if it does not hold exactly the
    labels sent (two PUTs that met in CVAT can leave both sets). Returns what the
    jobs hold at the end, whose ids replace those of the earlier answers (a late PUT
    gives CVAT's objects new ids)."""
    paths = {f"/api/jobs/{job_id}/annotations/": job_id for job_id in payloads}
    read_back: list[JobAnnotations] = []
    for _ in range(SETTLE_ROUNDS):
        doubted = conn.settle_writes(mark, paths.__contains__)
        if not doubted:
            return read_back
        mark = conn.uncertain_writes.mark()
        for job_id in sorted({paths[w.path] for w in doubted}):
            held = endpoints.job_annotations(conn, job_id)
            if _counts(held) != _counts(payloads[job_id]):
                logger.warning(
                    "Job %d does not hold the labels sent after a PUT timed out; "
                    "sending them again",
                    job_id,
                )
                held = endpoints.put_job_annotations(conn, job_id, payloads[job_id])
            read_back.append(held)
    if conn.settle_writes(mark, paths.__contains__):
        raise CVATError(
            f"the labels of jobs {sorted(payloads)} could not be confirmed: their uploads "
            f"kept timing out ({SETTLE_ROUNDS} rounds); raise request_timeout"
        )
    return read_back


def _counts(annotations: Any) -> tuple[int, int, int, int]:
    """Tags, shapes, tracks and track shapes: what a late or doubled PUT changes."""
    if not isinstance(annotations, dict):
        return (0, 0, 0, 0)
    tracks = annotations.get("tracks") or []
    return (
        len(annotations.get("tags") or []),
        len(annotations.get("shapes") or []),
        len(tracks),
        sum(len(t.get("shapes") or []) for t in tracks),
    )


def job_slice(annotations: Annotations, start: int, stop: int) -> Annotations:
    """The records of one job: those whose (first) frame lies in ``[start, stop]``."""
    return {
        "version": 0,
        "tags": [t for t in annotations["tags"] if start <= t["frame"] <= stop],
        "shapes": [s for s in annotations["shapes"] if start <= s["frame"] <= stop],
        "tracks": [t for t in annotations["tracks"] if start <= t["frame"] <= stop],
    }


def _server_ids(resolver: IdResolver, saved: JobAnnotations) -> dict[ServerKey, str]:
    """FiftyOne label ids by the CVAT object CVAT stored them as: the fallback when an
    annotator clears the ``label_id`` attribute (tracks carry it on their shapes)."""
    if not saved:
        return {}
    return {
        ServerKey(kind, cvat_id): label_id
        for kind, cvat_id, label_id in resolver.saved_label_ids(saved)
    }
