"""``annotate()``: schema -> plan -> labels encoded -> CVAT objects created.

Everything that can fail on bad input (schema, plan, label conversion) runs
before the first request. Then the project is resolved, and tasks are created
concurrently (``max_workers``): each task gets its media uploaded and imported,
its jobs assigned, and exactly one annotation upload per job. Every created id
is recorded the moment it exists, so a failure midway leaves a run record whose
``cleanup()`` removes it all.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Any

import fiftyone.core.utils as fou

from cvat_api.api.jobs import jobs_list, jobs_partial_update
from cvat_api.api.labels import labels_list
from cvat_api.api.projects import projects_create, projects_partial_update
from cvat_api.api.tasks import tasks_create
from cvat_api.models import (
    PatchedJobWriteRequest,
    PatchedLabelRequest,
    PatchedProjectWriteRequest,
    ProjectWriteRequest,
)
from fiftyone_cvat._fiftyone_compat import root_dataset
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.present import present
from fiftyone_cvat.cvat.upload import TaskDataParams, upload_media
from fiftyone_cvat.domain.conversion import Annotations, IdResolver
from fiftyone_cvat.domain.planning import PlanOptions, RunPlan, TaskPlan, plan_run
from fiftyone_cvat.domain.project_labels import (
    cvat_label_requests,
    label_id_patch,
    missing_label_id,
    project_run_schema,
)
from fiftyone_cvat.domain.schema_build import build_run_schema
from fiftyone_cvat.domain.specs import RunSchema
from fiftyone_cvat.domain.vocab import LABEL_ID_ATTR
from fiftyone_cvat.fiftyone_io.collection import media_items
from fiftyone_cvat.fiftyone_io.encode_run import EncodedRun, encode_run
from fiftyone_cvat.plugin.api import CVATAnnotationAPI, project_ids_named
from fiftyone_cvat.plugin.results import CVATAnnotationResults

logger = logging.getLogger(__name__)


class AnnotationRunError(RuntimeError):
    """annotate() failed after creating things on the server; says what and how to remove it."""


@dataclass
class _Project:
    id: int | None
    created: bool
    labels: list[dict[str, Any]] = field(default_factory=list)


def upload_run(backend: Any, api: CVATAnnotationAPI, samples: Any, anno_key: str) -> Any:
    """Run ``annotate()`` for our backend; returns the run's results object."""
    config = backend.config
    conn = api.connection
    run_schema = build_run_schema(
        config.label_schema or {},
        occluded_attr=config.occluded_attr,
        group_id_attr=config.group_id_attr,
        media_type=samples.media_type,
    )
    items = media_items(samples, config.media_field, run_schema)
    # Views of generated datasets (clips, patches, frames) name tasks after the source dataset.
    dataset_name = root_dataset(samples).name
    plan = plan_run(items, PlanOptions.from_config(config, dataset_name=dataset_name))
    for warning in plan.warnings:
        logger.warning(warning)
    if config.job_reviewers:
        logger.warning("job_reviewers are ignored: CVAT 2.x jobs have no reviewer field")

    # Read-only requests until every input is known to be good.
    _check_usernames(conn, plan)
    project = _find_project(conn, config)
    if project.labels:
        run_schema = project_run_schema(
            config.label_schema or {},
            project.labels,
            occluded_attr=config.occluded_attr,
            group_id_attr=config.group_id_attr,
            media_type=samples.media_type,
        )
    if not run_schema.fields:
        raise ValueError(
            "label_field: this run has no label fields. Pass label_field (with label_type "
            "or classes for a new field) or label_schema, or project_name/project_id of an "
            "existing CVAT project whose labels the annotators will use"
        )
    encoded = encode_run(samples, run_schema, plan)
    results = CVATAnnotationResults(
        samples,
        config,
        anno_key,
        encoded.id_map,
        resolved_schema=run_schema.to_dict(),
        backend=backend,
    )
    recorder = _Recorder(results)
    try:
        project_id = _prepare_project(conn, config, project, run_schema, recorder)
        labels = None if project_id is not None else cvat_label_requests(run_schema)
        _create_tasks(conn, config, plan, labels, project_id, encoded, recorder)
    except BaseException as exc:
        if not (results.task_ids or results.project_ids):
            raise
        backend.save_run_results(samples, anno_key, results)
        raise AnnotationRunError(
            f"annotate() failed: {exc}. Created so far: projects {results.project_ids}, "
            f"tasks {results.task_ids}. They are recorded in run '{anno_key}'; remove them with "
            f"dataset.load_annotation_results('{anno_key}').cleanup()"
        ) from exc
    return results


def _check_usernames(conn: Connection, plan: RunPlan) -> None:
    names = {task.assignee for task in plan.tasks} | {
        job.assignee for task in plan.tasks for job in task.jobs
    }
    for name in sorted(n for n in names if n):
        conn.user_id(name)


class _Recorder:
    """Thread-safe recording of created ids into the results as they appear."""

    def __init__(self, results: CVATAnnotationResults) -> None:
        self.results = results
        self._lock = threading.Lock()
        self._plan_index: dict[int, int] = {}

    def created_project(self, project_id: int) -> None:
        with self._lock:
            self.results.project_ids.append(project_id)

    def task(self, task_id: int, plan_index: int) -> None:
        """Tasks finish in any order; the run lists them in plan order."""
        with self._lock:
            self._plan_index[task_id] = plan_index
            self.results.task_ids.append(task_id)
            self.results.task_ids.sort(key=self._plan_index.__getitem__)

    def task_done(self, task_id: int, outcome: _TaskOutcome) -> None:
        with self._lock:
            r = self.results
            r.job_ids[task_id] = outcome.job_ids
            r.frame_maps[task_id] = outcome.frame_map
            r.frame_sizes[task_id] = outcome.frame_sizes
            r.server_id_map.update(outcome.server_ids)


def _project_labels(conn: Connection, project_id: int) -> list[dict[str, Any]]:
    return [
        lab.to_dict() for lab in conn.paginate(labels_list.sync_detailed, project_id=project_id)
    ]


def _find_project(conn: Connection, config: Any) -> _Project:
    """The existing project named by ``project_id`` / ``project_name`` (read only)."""
    project_id = config.project_id
    if project_id is None and config.project_name:
        matches = project_ids_named(conn, config.project_name)
        if not matches:
            return _Project(id=None, created=False)
        project_id = matches[0]
    if project_id is None:
        return _Project(id=None, created=False)
    return _Project(id=project_id, created=False, labels=_project_labels(conn, project_id))


def _prepare_project(
    conn: Connection, config: Any, project: _Project, run_schema: RunSchema, recorder: _Recorder
) -> int | None:
    """Create the named project, or give an existing one the provenance attribute."""
    if project.id is None:
        if not config.project_name:
            return None
        body = ProjectWriteRequest(name=config.project_name, labels=cvat_label_requests(run_schema))
        created = conn.call(projects_create.sync_detailed, body=body)
        new_id = present(created.id, "project id")
        recorder.created_project(new_id)
        return new_id
    if project.labels and missing_label_id(project.labels):
        # Provenance needs the reserved attribute on every label of the project.
        patch = PatchedProjectWriteRequest(labels=label_id_patch(project.labels))
        conn.call(projects_partial_update.sync_detailed, id=project.id, body=patch)
    return project.id


@dataclass
class _TaskOutcome:
    job_ids: list[int]
    frame_map: list[list[Any]]
    frame_sizes: list[list[int]]
    server_ids: dict[str, str]


def _create_tasks(
    conn: Connection,
    config: Any,
    plan: RunPlan,
    labels: Sequence[PatchedLabelRequest] | None,
    project_id: int | None,
    encoded: EncodedRun,
    recorder: _Recorder,
) -> None:
    """Create every task, ``max_workers`` at a time; stop launching at the first failure."""
    logger.info("Creating %d CVAT task(s)...", len(plan.tasks))
    with (
        ThreadPoolExecutor(max_workers=config.max_workers) as pool,
        fou.ProgressBar(total=len(plan.tasks), iters_str="tasks") as bar,
    ):
        futures = [
            pool.submit(_create_task, conn, config, task, labels, project_id, encoded, recorder)
            for task in plan.tasks
        ]
        for future in as_completed(futures):
            bar.update()
            if future.exception() is not None:
                for other in futures:
                    other.cancel()
                break
    # Leaving the pool waited for the tasks already running, so their ids are recorded.
    for future in futures:
        if not future.cancelled() and (exc := future.exception()) is not None:
            raise exc


def _create_task(
    conn: Connection,
    config: Any,
    task: TaskPlan,
    labels: Sequence[PatchedLabelRequest] | None,
    project_id: int | None,
    encoded: EncodedRun,
    recorder: _Recorder,
) -> None:
    body = task.task_request(
        assignee_id=conn.user_id(task.assignee) if task.assignee else None,
        project_id=project_id,
        labels=labels,
    )
    created = conn.call(tasks_create.sync_detailed, body=body)
    task_id = present(created.id, "task id")
    recorder.task(task_id, task.index)

    rq_id = upload_media(
        conn,
        task_id,
        [item.media_path for item in task.items],
        TaskDataParams(**task.data_params()),
        names=task.upload_names,
    )
    conn.wait_for_request(rq_id, timeout=config.wait_timeout)

    jobs = sorted(
        (
            (present(j.id, "job id"), present(j.start_frame, "job start_frame"), j.stop_frame)
            for j in conn.paginate(jobs_list.sync_detailed, task_id=task_id)
        ),
        key=lambda job: job[1],
    )
    for (job_id, _, _), job_plan in zip(jobs, task.jobs, strict=False):
        if job_plan.assignee:
            patch = PatchedJobWriteRequest(assignee=conn.user_id(job_plan.assignee))
            conn.call(jobs_partial_update.sync_detailed, id=job_id, body=patch)

    task_labels = [
        lab.to_dict() for lab in conn.paginate(labels_list.sync_detailed, task_id=task_id)
    ]
    resolver = IdResolver(task_labels)
    annotations = encoded.annotations[task.index]
    server_ids: dict[str, str] = {}
    for job_id, start, stop in jobs:
        part = job_slice(annotations, start, present(stop, "job stop_frame"))
        if part["tags"] or part["shapes"] or part["tracks"]:
            saved = conn.request_json(
                "PUT", f"/api/jobs/{job_id}/annotations/", json=resolver.to_wire(part, consume=True)
            )
            server_ids.update(_server_ids(resolver, saved))
    recorder.task_done(
        task_id,
        _TaskOutcome(
            job_ids=[job_id for job_id, _, _ in jobs],
            frame_map=[
                [f.sample_id, f.frame_number, f.frame_id] for f in encoded.frames[task.index]
            ],
            frame_sizes=encoded.frame_sizes(task),
            server_ids=server_ids,
        ),
    )


def job_slice(annotations: Annotations, start: int, stop: int) -> Annotations:
    """The records of one job: those whose (first) frame lies in ``[start, stop]``."""
    return {
        "version": 0,
        "tags": [t for t in annotations["tags"] if start <= t["frame"] <= stop],
        "shapes": [s for s in annotations["shapes"] if start <= s["frame"] <= stop],
        "tracks": [t for t in annotations["tracks"] if start <= t["frame"] <= stop],
    }


def _server_ids(resolver: IdResolver, saved: Any) -> dict[str, str]:
    """``"shape:12" -> FiftyOne label id`` from what CVAT stored: the fallback when an
    annotator clears the ``label_id`` attribute (tracks carry it on their shapes)."""
    if not isinstance(saved, dict):
        return {}
    records, _ = resolver.from_wire(saved)
    items: list[tuple[str, Mapping[str, Any]]] = [
        *(("tag", t) for t in records["tags"]),
        *(("shape", s) for s in records["shapes"]),
        *(("track_shape", s) for t in records["tracks"] for s in t["shapes"]),
    ]
    out = {}
    for kind, item in items:
        label_id = item["attributes"].get(LABEL_ID_ATTR)
        if label_id and "id" in item:
            out[f"{kind}:{item['id']}"] = label_id
    return out
