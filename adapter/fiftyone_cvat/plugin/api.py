"""The user-facing CVAT API object (``foua.connect_to_api()``, ``results.connect_to_api()``).

It offers every public name of FiftyOne's built-in ``CVATAnnotationAPI`` with the
same arguments, return values and meaning (REST URL builders, raw
``get/post/put/patch/delete`` returning responses with ``.json()``, task, project
and user helpers), so scripts written for the built-in keep working; the work
runs on one authenticated :class:`~fiftyone_cvat.cvat.connection.Connection` and the
generated client. ``tests/unit/test_api_surface.py`` compares the two classes.
"""

from __future__ import annotations

import logging
import webbrowser
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Protocol

import fiftyone.core.utils as fou
import fiftyone.utils.annotations as foua
import httpx
from fiftyone.core.collections import SampleCollection
from packaging.version import Version

from cvat_api.models import (
    AttributeRequest,
    PatchedLabelRequest,
    ProjectWriteRequest,
    TaskWriteRequest,
)
from cvat_api.types import UNSET
from fiftyone_cvat.cvat import endpoints
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.errors import CVATHTTPError, CVATNotFoundError
from fiftyone_cvat.cvat.present import present
from fiftyone_cvat.cvat.upload import TaskDataParams, upload_media

if TYPE_CHECKING:
    from fiftyone_cvat.plugin.results import CVATAnnotationResults


class Uploader(Protocol):
    """What :meth:`CVATAnnotationAPI.upload_samples` needs of a backend (the backend
    builds on this module, so it is named by shape here)."""

    def upload_annotations(
        self, samples: SampleCollection, anno_key: str, launch_editor: bool = False
    ) -> CVATAnnotationResults: ...


logger = logging.getLogger(__name__)

Schema = Mapping[str, Mapping[str, Mapping[str, object]]]
"""``{class name: {attribute name: CVAT attribute JSON}}``, the built-in's schema form."""


def label_requests(schema: Schema | None) -> list[PatchedLabelRequest]:
    """The built-in's ``schema`` argument as CVAT label requests."""
    return [
        PatchedLabelRequest(
            name=name,
            attributes=[AttributeRequest.from_dict(dict(a)) for a in attributes.values()],
        )
        for name, attributes in (schema or {}).items()
    ]


class CVATAnnotationAPI(foua.AnnotationAPI):  # type: ignore[misc]
    """FiftyOne's built-in CVAT API surface on one shared, authenticated connection.

    Closing it (``with results:`` does) releases sockets only: the next call
    reconnects with the same login, as the built-in's session does.
    """

    def __init__(self, connection: Connection, max_workers: int = 4) -> None:
        self.connection = connection
        self.max_workers = max_workers  # requests at once where calls are independent

    def __getattr__(self, name: str) -> Any:
        if name == "_get_label_schema":
            # The first private call of FiftyOne's own import_annotations.
            raise AttributeError(
                "fiftyone.utils.cvat.import_annotations started before fiftyone_cvat was "
                "loaded and ran the built-in import against this backend. It is routed to "
                "fiftyone_cvat from now on: call it again (or call fiftyone_cvat.register() "
                "first)"
            )
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    # --- server -----------------------------------------------------------
    @property
    def server_version(self) -> Version:
        """The server's version, comparable as in the built-in (``>= Version("2.4")``)."""
        return Version(self.connection.server_version)

    @property
    def assignee_key(self) -> str:
        """The job field that names the assignee (CVAT 2.x: ``assignee``)."""
        return "assignee"

    # --- REST URLs (as the built-in builds them) ----------------------------
    @property
    def base_url(self) -> str:
        return self.connection.base_url

    @property
    def base_api_url(self) -> str:
        return f"{self.base_url}/api"

    @property
    def login_url(self) -> str:
        return f"{self.base_api_url}/auth/login"

    @property
    def about_url(self) -> str:
        return f"{self.base_api_url}/server/about"

    @property
    def users_url(self) -> str:
        return f"{self.base_api_url}/users"

    @property
    def projects_url(self) -> str:
        return f"{self.base_api_url}/projects"

    def projects_page_url(self, page_number: int) -> str:
        return f"{self.projects_url}?page={page_number:d}"

    def project_url(self, project_id: int) -> str:
        return f"{self.projects_url}/{project_id:d}"

    @property
    def tasks_url(self) -> str:
        return f"{self.base_api_url}/tasks"

    def tasks_page_url(self, page_number: int) -> str:
        return f"{self.tasks_url}?page={page_number:d}"

    def task_url(self, task_id: int) -> str:
        """The task's REST URL (its web page is :meth:`base_task_url`)."""
        return f"{self.tasks_url}/{task_id:d}"

    def task_status_url(self, task_id: int) -> str:
        """Kept for old scripts: CVAT >= 2.16 reports progress under ``/api/requests``."""
        return f"{self.task_url(task_id)}/status"

    def task_data_url(self, task_id: int) -> str:
        return f"{self.task_url(task_id)}/data"

    def task_data_download_url(
        self, task_id: int, frame_id: int, data_type: str = "frame", quality: str = "original"
    ) -> str:
        return (
            f"{self.task_data_url(task_id)}?type={data_type}&quality={quality}&number={frame_id:d}"
        )

    def task_data_meta_url(self, task_id: int) -> str:
        return f"{self.task_data_url(task_id)}/meta"

    def task_annotation_url(self, task_id: int) -> str:
        return f"{self.task_url(task_id)}/annotations"

    def task_annotation_formatted_url(
        self, task_id: int, anno_filepath: str, anno_format: str = "CVAT 1.1"
    ) -> str:
        return f"{self.task_annotation_url(task_id)}?format={anno_format}&filename={anno_filepath}"

    def labels_url(self, task_id: int) -> str:
        return f"{self.base_api_url}/labels?task_id={task_id:d}"

    def jobs_url(self, task_id: int) -> str:
        return f"{self.base_api_url}/jobs?task_id={task_id:d}"

    def job_url(self, task_id: int, job_id: int) -> str:
        """The job's REST URL (its web page is :meth:`base_job_url`)."""
        return self.taskless_job_url(job_id)

    def job_annotation_url(self, job_id: int) -> str:
        return f"{self.taskless_job_url(job_id)}/annotations"

    def taskless_job_url(self, job_id: int) -> str:
        return f"{self.base_api_url}/jobs/{job_id:d}"

    def base_task_url(self, task_id: int) -> str:
        """The task's page in CVAT's web UI."""
        return f"{self.base_url}/tasks/{task_id:d}"

    def base_job_url(self, task_id: int, job_id: int) -> str:
        """The job's page in CVAT's web UI (the annotation view)."""
        return f"{self.base_url}/tasks/{task_id:d}/jobs/{job_id:d}"

    def task_id_search_url(self, task_id: int) -> str:
        return f"{self.tasks_url}?id={task_id:d}"

    def user_search_url(self, username: str) -> str:
        return f"{self.users_url}?search={username}"

    def project_search_url(self, project_name: str) -> str:
        return f"{self.projects_url}?search={project_name}"

    def project_id_search_url(self, project_id: int) -> str:
        return f"{self.projects_url}?id={project_id:d}"

    # --- raw HTTP (authenticated, organization-scoped, retried) -------------
    def _request(
        self, method: str, url: str, print_error_info: bool = True, **kwargs: object
    ) -> httpx.Response:
        """A request to a URL (or path) of this server, as the built-in sends it.

        A 4xx/5xx answer raises :class:`~fiftyone_cvat.cvat.errors.CVATHTTPError`, whose
        ``response`` is the answer; with ``print_error_info`` the arguments are
        logged first, like the built-in does. requests-only keywords are dropped.
        """
        return self._send(method, url, {"print_error_info": print_error_info, **kwargs})

    def _send(self, method: str, url: str, kwargs: Mapping[str, object]) -> httpx.Response:
        # httpx checks the keywords: they are the built-in's requests keywords
        given: dict[str, Any] = dict(kwargs)
        print_error_info = given.pop("print_error_info", True)
        for unsupported in ("verify", "stream", "allow_redirects"):
            given.pop(unsupported, None)
        try:
            with self.connection.translated():
                return self.connection.http.request(method, self.connection.path_of(url), **given)
        except CVATHTTPError:
            if print_error_info:
                logger.info("Arguments that caused this error were: %s", sorted(given))
            raise

    def get(self, url: str, **kwargs: object) -> httpx.Response:
        return self._send("GET", url, kwargs)

    def post(self, url: str, **kwargs: object) -> httpx.Response:
        return self._send("POST", url, kwargs)

    def put(self, url: str, **kwargs: object) -> httpx.Response:
        return self._send("PUT", url, kwargs)

    def patch(self, url: str, **kwargs: object) -> httpx.Response:
        return self._send("PATCH", url, kwargs)

    def delete(self, url: str, **kwargs: object) -> httpx.Response:
        return self._send("DELETE", url, kwargs)

    # --- users --------------------------------------------------------------
    def get_user_id(self, username: str | None) -> int | None:
        """The id of the user called ``username``; None (with a warning) if there is none."""
        if username is None:
            return None
        try:
            return self.connection.user_id(username)
        except CVATNotFoundError:
            logger.warning("User '%s' not found", username)
            return None

    # --- projects -----------------------------------------------------------
    def get_project_id(self, project_name: str) -> int | None:
        """The id of the first project called exactly ``project_name``, else None."""
        matches = endpoints.project_ids_named(self.connection, project_name)
        return matches[0] if matches else None

    def get_project_name(self, project_id: int) -> str | None:
        return endpoints.project_name(self.connection, project_id)

    def get_empty_projects(self, project_ids: Iterable[int]) -> list[int]:
        """The given projects that hold no task (or no longer exist)."""
        return [
            pid for pid in project_ids if not endpoints.project_task_count(self.connection, pid)
        ]

    def create_project(self, name: str, schema: Schema | None = None) -> int:
        """Create a project with the built-in's ``schema`` form; returns its id."""
        body = ProjectWriteRequest(name=name, labels=label_requests(schema))
        return endpoints.create_project(self.connection, body)

    def list_projects(self) -> list[int]:
        return endpoints.project_ids(self.connection)

    def project_exists(self, project_id: int) -> bool:
        return endpoints.project_exists(self.connection, project_id)

    def delete_project(self, project_id: int) -> bool:
        """Delete a project (and its tasks); returns False when it was already gone."""
        return endpoints.delete_project(self.connection, project_id)

    def delete_projects(
        self, project_ids: Iterable[int], progress: bool | Callable[..., object] | None = None
    ) -> list[int]:
        """Delete projects; returns the ids that existed and were deleted."""
        return self._delete_each(self.delete_project, project_ids, progress)

    def get_project_tasks(self, project_id: int) -> list[int]:
        """The ids of the tasks of a project."""
        return endpoints.project_task_ids(self.connection, project_id)

    # --- tasks --------------------------------------------------------------
    def create_task(
        self,
        name: str,
        schema: Schema | None = None,
        segment_size: int | None = None,
        image_quality: int = 75,
        task_assignee: str | None = None,
        project_id: int | None = None,
        issue_tracker: str | None = None,
    ) -> tuple[int, dict[str, int], dict[int, dict[str, int]]]:
        """Create a task; returns its id, ``{class: label id}`` and ``{label id: {attr: id}}``.

        ``image_quality`` belongs to the task's data in CVAT 2.x: pass it to
        :meth:`upload_data` (accepted here for the built-in's signature).
        """
        body = TaskWriteRequest(name=name, consensus_replicas=UNSET)
        if project_id is not None:
            body.project_id = project_id
        else:
            body.labels = label_requests(schema)
        if segment_size is not None:
            body.segment_size = segment_size
        if issue_tracker is not None:
            body.bug_tracker = issue_tracker
        if task_assignee is not None:
            assignee_id = self.get_user_id(task_assignee)
            if assignee_id is not None:
                body.assignee_id = assignee_id
        task_id = endpoints.create_task(self.connection, body)
        class_ids: dict[str, int] = {}
        attr_ids: dict[int, dict[str, int]] = {}
        for label in endpoints.labels_of(self.connection, task_id=task_id):
            label_id = present(label.id, "label id")
            class_ids[label.name] = label_id
            attr_ids[label_id] = {a.name: present(a.id, "attribute id") for a in label.attributes}
        return task_id, class_ids, attr_ids

    def list_tasks(self) -> list[int]:
        return endpoints.task_ids(self.connection)

    def task_exists(self, task_id: int) -> bool:
        return endpoints.task_exists(self.connection, task_id)

    def delete_task(self, task_id: int) -> bool:
        """Delete a task; returns False when it was already gone."""
        return endpoints.delete_task(self.connection, task_id)

    def delete_tasks(
        self, task_ids: Iterable[int], progress: bool | Callable[..., object] | None = None
    ) -> list[int]:
        """Delete tasks; returns the ids that existed and were deleted."""
        return self._delete_each(self.delete_task, task_ids, progress)

    def _delete_each(
        self,
        delete: Callable[[int], bool],
        ids: Iterable[int],
        progress: bool | Callable[..., object] | None,
    ) -> list[int]:
        """``max_workers`` deletions at a time: CVAT takes a few hundred ms for each."""
        ids = list(ids)
        with (
            fou.ProgressBar(total=len(ids), progress=progress) as bar,
            ThreadPoolExecutor(max_workers=max(1, self.max_workers)) as pool,
        ):
            deleted = []
            for object_id, gone in zip(ids, pool.map(delete, ids), strict=True):
                if gone:
                    deleted.append(object_id)
                bar.update()
        return deleted

    def upload_data(
        self,
        task_id: int,
        paths: Sequence[str],
        image_quality: int = 75,
        use_cache: bool = True,
        use_zip_chunks: bool = True,
        chunk_size: int | None = None,
        job_assignees: Sequence[str] | None = None,
        job_reviewers: Sequence[str] | None = None,
        frame_start: int | None = None,
        frame_stop: int | None = None,
        frame_step: int | None = None,
    ) -> list[int]:
        """Upload media to a task, wait until CVAT has imported it, assign its jobs
        round robin; returns the job ids."""
        if job_reviewers:
            logger.warning("CVAT v2 servers do not support `job_reviewers`")
        params = TaskDataParams(
            image_quality=max(1, image_quality),
            use_cache=use_cache,
            use_zip_chunks=use_zip_chunks,
            chunk_size=chunk_size,
            start_frame=frame_start,
            stop_frame=frame_stop,
            frame_step=frame_step,
            sorting_method="predefined",
        )
        conn = self.connection
        conn.wait_for_request(upload_media(conn, task_id, list(paths), params))
        job_ids = [present(j.id, "job id") for j in endpoints.jobs_of(conn, task_id)]
        for idx, job_id in enumerate(job_ids):
            assignee = job_assignees[idx % len(job_assignees)] if job_assignees else None
            user_id = self.get_user_id(assignee)
            if user_id is not None:
                endpoints.assign_job(conn, job_id, user_id)
        return job_ids

    # --- runs ---------------------------------------------------------------
    def upload_samples(
        self, samples: SampleCollection, anno_key: str, backend: Uploader
    ) -> CVATAnnotationResults:
        """Run ``annotate()``'s upload with ``backend``'s config; returns the results."""
        return backend.upload_annotations(samples, anno_key)

    def download_annotations(
        self, results: CVATAnnotationResults, coerce_text_attrs: bool = True
    ) -> dict[Any, Any]:
        """The labels of a run as ``load_annotations()`` merges them."""
        backend = results.backend
        backend.use_api(self)
        return dict(backend.download_annotations(results, coerce_text_attrs=coerce_text_attrs))

    # --- misc ---------------------------------------------------------------
    def launch_editor(self, url: str | None = None) -> None:
        """Open CVAT (or the given page) in the default web browser."""
        target = url or self.base_url
        logger.info("Opening %s", target)
        webbrowser.open(target, new=2)

    def close(self) -> None:
        """Release the connection's sockets; the next call reconnects."""
        self.connection.close()
