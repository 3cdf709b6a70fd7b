"""Typed helpers for the CVAT endpoints the runs use, on the generated client.

Each helper is one named operation (no path literals outside this layer), and
returns generated models, ids or :class:`~fiftyone_cvat.domain.schema.cvat_labels.CvatLabel`.

One exception, on purpose: **job annotations travel as raw JSON**. A job of a
1,000-image run holds tens of thousands of shapes; parsing them into generated
attrs models and back costs more than the whole HTTP exchange, and the name
<-> id resolver (``domain.conversion.ids``) reads and writes CVAT's JSON
directly, typed as ``TypedDict`` records. Only :func:`job_annotations` and
:func:`put_job_annotations` (and :func:`patch_job_annotations`) carry it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from cvat_api.api.cloudstorages import (
    cloudstorages_destroy,
    cloudstorages_list,
    cloudstorages_retrieve,
    cloudstorages_retrieve_content_v2,
    cloudstorages_retrieve_status,
)
from cvat_api.api.jobs import jobs_list, jobs_partial_update
from cvat_api.api.labels import labels_list
from cvat_api.api.projects import (
    projects_create,
    projects_destroy,
    projects_list,
    projects_partial_update,
    projects_retrieve,
)
from cvat_api.api.server import server_list_share
from cvat_api.api.tasks import (
    tasks_create,
    tasks_create_backup_export,
    tasks_destroy,
    tasks_list,
    tasks_retrieve,
    tasks_retrieve_data_meta,
)
from cvat_api.models import (
    CloudStorageRead,
    DataMetaRead,
    JobRead,
    PatchedJobWriteRequest,
    PatchedLabelRequest,
    PatchedProjectWriteRequest,
    ProjectWriteRequest,
    TaskRead,
    TaskWriteRequest,
)
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.errors import CVATHTTPError, CVATNotFoundError, CVATRequestFailedError
from fiftyone_cvat.cvat.present import present
from fiftyone_cvat.cvat.responses import Detailed
from fiftyone_cvat.domain.aliases import JobAnnotations
from fiftyone_cvat.domain.loading.job_filter import JobProgress
from fiftyone_cvat.domain.planning.cloud_media import CloudStorage, specific_attribute
from fiftyone_cvat.domain.schema.cvat_labels import CvatLabel, cvat_labels

# --- projects -----------------------------------------------------------------


def project_ids_named(conn: Connection, name: str) -> list[int]:
    """Ids of the projects called exactly ``name`` (CVAT's filter also matches parts)."""
    listed = conn.paginate(projects_list.sync_detailed, name=name)
    return [p.id for p in listed if p.name == name and isinstance(p.id, int)]


def project_ids(conn: Connection) -> list[int]:
    return [present(p.id, "project id") for p in conn.paginate(projects_list.sync_detailed)]


def project_name(conn: Connection, project_id: int) -> str | None:
    """A project's name; None when it does not exist."""
    try:
        return str(conn.call(projects_retrieve.sync_detailed, id=project_id).name)
    except CVATNotFoundError:
        return None


def create_project(conn: Connection, body: ProjectWriteRequest) -> int:
    return present(conn.call(projects_create.sync_detailed, body=body).id, "project id")


def add_project_labels(
    conn: Connection, project_id: int, labels: list[PatchedLabelRequest]
) -> None:
    patch = PatchedProjectWriteRequest(labels=labels)
    conn.call(projects_partial_update.sync_detailed, id=project_id, body=patch)


def project_task_count(conn: Connection, project_id: int) -> int:
    """How many tasks a project holds (0 if it no longer exists)."""
    try:
        project = conn.call(projects_retrieve.sync_detailed, id=project_id)
    except CVATNotFoundError:
        return 0
    return int(project.tasks.count or 0)


def project_task_ids(conn: Connection, project_id: int) -> list[int]:
    tasks = conn.paginate(tasks_list.sync_detailed, project_id=project_id)
    return [present(t.id, "task id") for t in tasks]


# --- tasks and jobs --------------------------------------------------------------


def create_task(conn: Connection, body: TaskWriteRequest) -> int:
    return present(conn.call(tasks_create.sync_detailed, body=body).id, "task id")


def task_ids(conn: Connection) -> list[int]:
    return [present(t.id, "task id") for t in conn.paginate(tasks_list.sync_detailed)]


def task(conn: Connection, task_id: int) -> TaskRead:
    return conn.call(tasks_retrieve.sync_detailed, id=task_id)


def task_data_meta(conn: Connection, task_id: int) -> DataMetaRead:
    return conn.call(tasks_retrieve_data_meta.sync_detailed, id=task_id)


def labels_of(
    conn: Connection, *, task_id: int | None = None, project_id: int | None = None
) -> list[CvatLabel]:
    """The labels of a task or a project, typed (skeleton sublabels included)."""
    query: dict[str, Any] = (
        {"task_id": task_id} if task_id is not None else {"project_id": project_id}
    )
    return cvat_labels(conn.paginate(labels_list.sync_detailed, **query))


def jobs_of(conn: Connection, task_id: int) -> list[JobRead]:
    return sorted(
        conn.paginate(jobs_list.sync_detailed, task_id=task_id),
        key=lambda j: present(j.id, "job id"),
    )


def _progress(job: JobRead) -> JobProgress:
    return JobProgress(
        present(job.id, "job id"),
        present(job.start_frame, "job start_frame"),
        present(job.stop_frame, "job stop_frame"),
        str(present(job.stage, "job stage")),
        str(present(job.state, "job state")),
        _date(job.updated_date),
    )


def _by_first_frame(jobs: list[JobProgress]) -> list[JobProgress]:
    return sorted(jobs, key=lambda j: (j.start_frame, j.id))


def job_progress(conn: Connection, task_id: int) -> list[JobProgress]:
    """A task's jobs with their frame ranges, stages and states, by first frame."""
    jobs = conn.paginate(jobs_list.sync_detailed, task_id=task_id)
    return _by_first_frame([_progress(j) for j in jobs])


RUN_LISTING_PAGE = 1000
"""Jobs per page of a run's one listing (CVAT sets no upper bound on ``page_size``)."""


def jobs_of_tasks(conn: Connection, task_ids: list[int]) -> dict[int, list[JobProgress]]:
    """The jobs of many tasks, by task and first frame.

    Where the server filters jobs by a list of tasks (JSON-logic ``in``), a run of
    any number of tasks is one request per thousand jobs; a long-lived run loaded
    every morning pays for its listing, not for its task count. Older servers are
    asked task by task. A task with no job listed maps to ``[]``.
    """
    if not conn.capabilities.jobs_filtered_by_tasks or len(task_ids) < 2:
        return {t: job_progress(conn, t) for t in task_ids}
    rule = json.dumps({"in": [{"var": "task_id"}, sorted(task_ids)]}, separators=(",", ":"))
    found: dict[int, list[JobProgress]] = {t: [] for t in task_ids}
    for job in conn.paginate(jobs_list.sync_detailed, page_size=RUN_LISTING_PAGE, filter_=rule):
        task_id = present(job.task_id, "job task_id")
        if task_id in found:
            found[task_id].append(_progress(job))
    return {t: _by_first_frame(jobs) for t, jobs in found.items()}


def _date(value: object) -> str | None:
    """CVAT's timestamp as text (compared, never computed with)."""
    isoformat = getattr(value, "isoformat", None)
    return str(isoformat()) if callable(isoformat) else None


def annotation_job_ids(conn: Connection, task_id: int) -> list[int]:
    """The ids of a task's annotation jobs (ground-truth jobs hold reference labels)."""
    return sorted(
        present(j.id, "job id")
        for j in conn.paginate(jobs_list.sync_detailed, task_id=task_id)
        if str(getattr(j.type_, "value", j.type_)) != "ground_truth"
    )


def assign_job(conn: Connection, job_id: int, user_id: int) -> None:
    patch = PatchedJobWriteRequest(assignee=user_id)
    conn.call(jobs_partial_update.sync_detailed, id=job_id, body=patch)


def job_annotations(conn: Connection, job_id: int) -> JobAnnotations:
    """A job's annotations as CVAT's JSON (see the module docstring for why raw)."""
    payload: JobAnnotations = conn.request_json("GET", f"/api/jobs/{job_id}/annotations/")
    return payload


def put_job_annotations(
    conn: Connection, job_id: int, payload: Mapping[str, object]
) -> JobAnnotations:
    """Replace a job's annotations; returns what CVAT stored (with its new ids)."""
    saved = conn.request_json("PUT", f"/api/jobs/{job_id}/annotations/", json=payload)
    return saved if isinstance(saved, dict) else {}


def patch_job_annotations(
    conn: Connection, job_id: int, action: str, payload: Mapping[str, object]
) -> None:
    """What CVAT's UI sends when an annotator saves: ``action`` create/update/delete."""
    conn.request_json(
        "PATCH", f"/api/jobs/{job_id}/annotations/", params={"action": action}, json=payload
    )


def download_task_frame(conn: Connection, task_id: int, frame: int, destination: str) -> None:
    conn.download(
        f"/api/tasks/{task_id}/data",
        destination,
        params={"type": "frame", "quality": "original", "number": frame},
    )


def export_task_backup(conn: Connection, task_id: int, destination: str) -> None:
    """A full backup of a task (its media as uploaded), downloaded to ``destination``."""
    started = conn.call(tasks_create_backup_export.sync_detailed, id=task_id, lightweight=False)
    state = conn.wait_for_request(started.rq_id)
    url = state.result_url if isinstance(state.result_url, str) else None
    if url is None:
        raise CVATRequestFailedError(
            f"the backup of task {task_id} finished without a download URL", rq_id=started.rq_id
        )
    conn.download(url, destination)


# --- cloud storages ----------------------------------------------------------------


def cloud_storages(conn: Connection, provider: str | None = None) -> list[CloudStorage]:
    """The cloud storages this account can use (of one provider when given), by id."""
    query: dict[str, Any] = {"provider_type": provider} if provider else {}
    storages = [_storage(s) for s in conn.paginate(cloudstorages_list.sync_detailed, **query)]
    return sorted(storages, key=lambda s: s.id)


def cloud_storage(conn: Connection, storage_id: int) -> CloudStorage:
    """One cloud storage, by id."""
    return _storage(conn.call(cloudstorages_retrieve.sync_detailed, id=storage_id))


def _storage(s: CloudStorageRead) -> CloudStorage:
    """A generated ``CloudStorageRead`` as the domain's value."""
    attributes = s.specific_attributes if isinstance(s.specific_attributes, str) else ""
    return CloudStorage(
        id=present(s.id, "cloud storage id"),
        provider=str(s.provider_type),
        resource=s.resource,
        display_name=s.display_name,
        prefix=specific_attribute(attributes, "prefix"),
        manifests=tuple(s.manifests) if isinstance(s.manifests, list) else (),
        endpoint_url=specific_attribute(attributes, "endpoint_url"),
        region=specific_attribute(attributes, "region"),
    )


def task_cloud_storage_id(conn: Connection, task_id: int) -> int | None:
    """The cloud storage a task's media is read from, None when it has none."""
    storage_id = task(conn, task_id).data_cloud_storage_id
    return storage_id if isinstance(storage_id, int) else None


def cloud_storage_status(conn: Connection, storage_id: int) -> str:
    """``AVAILABLE``, ``FORBIDDEN`` (credentials refused) or ``NOT_FOUND`` (no bucket)."""
    return str(conn.call(cloudstorages_retrieve_status.sync_detailed, id=storage_id))


def cloud_storage_files(conn: Connection, storage_id: int, prefix: str) -> set[str]:
    """Names of the files directly under ``prefix`` (a directory, ``""`` for the root)
    of a storage's bucket, every page of CVAT's listing."""
    names: set[str] = set()
    token: str | None = None
    while True:
        page = conn.call(
            cloudstorages_retrieve_content_v2.sync_detailed,
            id=storage_id,
            prefix=prefix,
            **({"next_token": token} if token else {}),
        )
        names.update(f.name for f in page.content if str(f.type_) == "REG")
        token = page.next_ if isinstance(page.next_, str) and page.next_ else None
        if token is None:
            return names


def share_files(conn: Connection, directory: str) -> set[str]:
    """Names of the files directly in ``directory`` (``""`` for the root) of the share
    mounted on the CVAT server; none when the directory does not exist (CVAT answers
    400 "invalid directory")."""
    try:
        listed = conn.call(server_list_share.sync_detailed, directory=f"/{directory}")
    except CVATHTTPError as exc:
        if exc.status in (400, 404):
            return set()
        raise
    return {f.name for f in listed if str(f.type_) == "REG"}


def create_cloud_storage(conn: Connection, body: Mapping[str, Any]) -> int:
    """Attach a bucket (``POST /api/cloudstorages``, CVAT's ``CloudStorageWriteRequest``
    as JSON: the generated operation only sends multipart)."""
    created = conn.request_json("POST", "/api/cloudstorages", json=dict(body))
    return int(created["id"])


def delete_cloud_storage(conn: Connection, storage_id: int) -> bool:
    """Detach a bucket from CVAT (its objects stay); False when it was already gone."""
    return _found(conn, cloudstorages_destroy.sync_detailed, storage_id)


def attach_cloud_data(conn: Connection, task_id: int, body: Mapping[str, Any]) -> str:
    """Give a task its media as keys of a cloud storage (``POST /api/tasks/{id}/data/``
    with ``storage=cloud_storage``): CVAT reads the bucket itself. Returns the
    ``rq_id`` to wait on."""
    started = conn.request_json("POST", f"/api/tasks/{task_id}/data/", json=dict(body))
    return str(started["rq_id"])


# --- existence and deletion --------------------------------------------------------


def _found(conn: Connection, endpoint: Callable[..., Detailed[object]], object_id: int) -> bool:
    """Call ``endpoint`` on one task/project; False when CVAT says it does not exist."""
    try:
        conn.call(endpoint, id=object_id)
    except CVATNotFoundError:
        return False
    return True


def task_exists(conn: Connection, task_id: int) -> bool:
    return _found(conn, tasks_retrieve.sync_detailed, task_id)


def project_exists(conn: Connection, project_id: int) -> bool:
    return _found(conn, projects_retrieve.sync_detailed, project_id)


def delete_task(conn: Connection, task_id: int) -> bool:
    """Delete a task; False when it was already gone."""
    return _found(conn, tasks_destroy.sync_detailed, task_id)


def delete_project(conn: Connection, project_id: int) -> bool:
    """Delete a project (and its tasks); False when it was already gone."""
    return _found(conn, projects_destroy.sync_detailed, project_id)
