"""The user-facing CVAT API object (``foua.connect_to_api()``, ``results.connect_to_api()``).

A thin, documented surface over one authenticated ``Connection`` so several runs
can share it (``results.use_api(api)``) instead of logging in again.
"""

from __future__ import annotations

import logging
import webbrowser
from collections.abc import Iterable
from typing import Any

import fiftyone.utils.annotations as foua
import httpx

from cvat_api.api.projects import projects_destroy, projects_list, projects_retrieve
from cvat_api.api.tasks import tasks_destroy, tasks_retrieve
from fiftyone_cvat.errors import CVATNotFoundError
from fiftyone_cvat.transport import Connection

logger = logging.getLogger(__name__)


def project_ids_named(conn: Connection, name: str) -> list[int]:
    """Ids of the projects called exactly ``name`` (CVAT's ``name`` filter also matches parts)."""
    listed = conn.paginate(projects_list.sync_detailed, name=name)
    return [p.id for p in listed if p.name == name and isinstance(p.id, int)]


_BUILTIN_IMPORT_CALLS = frozenset({"get_project_id", "get_project_tasks", "task_data_meta_url"})
"""What FiftyOne's own ``import_annotations`` asks of the backend's API first."""


class CVATAnnotationAPI(foua.AnnotationAPI):  # type: ignore[misc]
    """Convenience methods for CVAT on one shared, authenticated connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def __getattr__(self, name: str) -> Any:
        if name in _BUILTIN_IMPORT_CALLS:
            raise AttributeError(
                f"'{name}' is FiftyOne's built-in CVAT API: fiftyone.utils.cvat."
                "import_annotations started before fiftyone_cvat was loaded and ran the "
                "built-in import against this backend. It is routed to fiftyone_cvat from "
                "now on: call it again (or call fiftyone_cvat.register() first)"
            )
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    # --- URLs ------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return self.connection.base_url

    @property
    def base_api_url(self) -> str:
        return f"{self.base_url}/api"

    @property
    def tasks_url(self) -> str:
        return f"{self.base_api_url}/tasks"

    @property
    def projects_url(self) -> str:
        return f"{self.base_api_url}/projects"

    def task_url(self, task_id: int) -> str:
        """The task's page in CVAT's web UI."""
        return f"{self.base_url}/tasks/{task_id}"

    def job_url(self, task_id: int, job_id: int) -> str:
        """The job's page in CVAT's web UI."""
        return f"{self.base_url}/tasks/{task_id}/jobs/{job_id}"

    # --- raw HTTP (authenticated, organization-scoped) ------------------
    def _http(self) -> httpx.Client:
        return self.connection.client.get_httpx_client()

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self._http().get(url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self._http().post(url, **kwargs)

    def put(self, url: str, **kwargs: Any) -> httpx.Response:
        return self._http().put(url, **kwargs)

    def patch(self, url: str, **kwargs: Any) -> httpx.Response:
        return self._http().patch(url, **kwargs)

    def delete(self, url: str, **kwargs: Any) -> httpx.Response:
        return self._http().delete(url, **kwargs)

    # --- tasks and projects ----------------------------------------------
    def _found(self, endpoint: Any, object_id: int) -> bool:
        """Call ``endpoint`` on one task/project; False when CVAT says it does not exist."""
        try:
            self.connection.call(endpoint, id=object_id)
        except CVATNotFoundError:
            return False
        return True

    def task_exists(self, task_id: int) -> bool:
        return self._found(tasks_retrieve.sync_detailed, task_id)

    def project_exists(self, project_id: int) -> bool:
        return self._found(projects_retrieve.sync_detailed, project_id)

    def delete_task(self, task_id: int) -> bool:
        """Delete a task; returns False when it was already gone."""
        return self._found(tasks_destroy.sync_detailed, task_id)

    def delete_tasks(self, task_ids: Iterable[int]) -> list[int]:
        """Delete tasks; returns the ids that existed and were deleted."""
        return [task_id for task_id in task_ids if self.delete_task(task_id)]

    def delete_project(self, project_id: int) -> bool:
        """Delete a project (and its tasks); returns False when it was already gone."""
        return self._found(projects_destroy.sync_detailed, project_id)

    def delete_projects(self, project_ids: Iterable[int]) -> list[int]:
        return [pid for pid in project_ids if self.delete_project(pid)]

    # --- misc ------------------------------------------------------------
    def launch_editor(self, url: str | None = None) -> None:
        """Open CVAT (or the given page) in the default web browser."""
        target = url or self.base_url
        logger.info("Opening %s", target)
        webbrowser.open(target, new=2)

    def close(self) -> None:
        self.connection.close()
