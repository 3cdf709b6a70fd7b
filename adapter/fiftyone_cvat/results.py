"""What an annotation run leaves behind, stored in the dataset's run record.

Everything needed to load the annotations from a fresh Python process lives
here as plain JSON-able data: which projects/tasks/jobs the run created, how
CVAT frames map back to samples and frames, frame sizes, and which CVAT
shape/track ids carry which FiftyOne label ids (the fallback when an annotator
edits the ``label_id`` attribute away).
"""

from __future__ import annotations

import logging
from typing import Any

import fiftyone.utils.annotations as foua

from cvat_api.api.jobs import jobs_list
from cvat_api.api.tasks import tasks_retrieve
from cvat_api.types import Unset
from fiftyone_cvat.errors import CVATNotFoundError
from fiftyone_cvat.fields import present

logger = logging.getLogger(__name__)


def _int_keys(d: dict[Any, Any] | None) -> dict[int, Any]:
    """Run records store JSON, whose object keys are strings."""
    return {int(k): v for k, v in (d or {}).items()}


class CVATAnnotationResults(foua.AnnotationResults):  # type: ignore[misc]
    """Ids and maps of one annotation run, plus status, editor and cleanup helpers."""

    def __init__(
        self,
        samples: Any,
        config: Any,
        anno_key: str,
        id_map: dict[str, Any],
        *,
        project_ids: list[int] | None = None,
        created_project_ids: list[int] | None = None,
        task_ids: list[int] | None = None,
        job_ids: dict[int, list[int]] | None = None,
        frame_maps: dict[int, list[list[Any]]] | None = None,
        frame_sizes: dict[int, list[list[int]]] | None = None,
        server_id_map: dict[str, str] | None = None,
        resolved_schema: dict[str, Any] | None = None,
        merge_summary: dict[str, Any] | None = None,
        backend: Any = None,
    ) -> None:
        super().__init__(samples, config, anno_key, id_map, backend=backend)
        self.project_ids = list(project_ids or [])
        self.created_project_ids = list(created_project_ids or [])
        self.task_ids = list(task_ids or [])
        self.job_ids = dict(job_ids or {})
        # task id -> [[sample_id, frame_number | None, frame_id | None], ...] by CVAT frame
        self.frame_maps = dict(frame_maps or {})
        # task id -> [[width, height], ...], one per CVAT frame
        self.frame_sizes = dict(frame_sizes or {})
        # "shape:12" / "track:3" / "tag:5" -> FiftyOne label id (CVAT ids are global)
        self.server_id_map = dict(server_id_map or {})
        # the schema actually sent (project reuse can replace the user's)
        self.resolved_schema = dict(resolved_schema or {})
        # per field, from the last load: added/edited/deleted/unchanged and refused edits
        self.merge_summary = dict(merge_summary or {})

    # --- run record ------------------------------------------------------
    @classmethod
    def _from_dict(cls, d: dict[str, Any], samples: Any, config: Any, anno_key: str) -> Any:
        return cls(
            samples,
            config,
            anno_key,
            d.get("id_map", {}),
            project_ids=d.get("project_ids"),
            created_project_ids=d.get("created_project_ids"),
            task_ids=d.get("task_ids"),
            job_ids=_int_keys(d.get("job_ids")),
            frame_maps=_int_keys(d.get("frame_maps")),
            frame_sizes=_int_keys(d.get("frame_sizes")),
            server_id_map=d.get("server_id_map"),
            resolved_schema=d.get("resolved_schema"),
            merge_summary=d.get("merge_summary"),
        )

    # --- helpers users call -----------------------------------------------
    def launch_editor(self) -> None:
        """Open the first job of the first task (or the task) in a browser."""
        if not self.task_ids:
            logger.warning("This run has no CVAT tasks to open")
            return
        api = self.connect_to_api()
        task_id = self.task_ids[0]
        jobs = self.job_ids.get(task_id) or []
        url = api.job_url(task_id, jobs[0]) if jobs else api.task_url(task_id)
        api.launch_editor(url)

    def get_status(self) -> dict[str, dict[int, dict[str, Any]]]:
        """Status of each task and job, per label field (one request per task, not per job)."""
        api = self.connect_to_api()
        conn = api.connection
        tasks: dict[int, dict[str, Any]] = {}
        for task_id in self.task_ids:
            try:
                task = conn.call(tasks_retrieve.sync_detailed, id=task_id)
            except CVATNotFoundError:
                logger.warning("Task %d no longer exists on the server", task_id)
                continue
            jobs = {}
            listed = conn.paginate(jobs_list.sync_detailed, task_id=task_id)
            for job in sorted(listed, key=lambda j: present(j.id, "job id")):
                jobs[job.id] = {
                    "status": _text(job.stage),
                    "state": _text(job.state),
                    "assignee": _username(job.assignee),
                    # CVAT 2.x jobs have no reviewer (job_reviewers is CVAT v1 only)
                    "reviewer": None,
                }
            tasks[task_id] = {
                "name": _text(task.name),
                "status": _text(task.status),
                "assignee": _username(task.assignee),
                "last_updated": _text(task.updated_date),
                "url": api.task_url(task_id),
                "jobs": jobs,
            }
        fields = list(self.config.label_schema or {}) or [None]
        return {str(field): tasks for field in fields}

    def print_status(self) -> None:
        """Print :meth:`get_status` in the layout of FiftyOne's documentation."""
        for field, tasks in self.get_status().items():
            print(f"\nStatus for label field '{field}':\n")
            for task_id, task in tasks.items():
                print(f"\tTask {task_id} ({task['name']}):")
                print(f"\t\tStatus: {task['status']}")
                print(f"\t\tAssignee: {task['assignee']}")
                print(f"\t\tLast updated: {task['last_updated']}")
                print(f"\t\tURL: {task['url']}\n")
                for job_id, job in task["jobs"].items():
                    print(f"\t\tJob {job_id}:")
                    print(f"\t\t\tStatus: {job['status']}")
                    print(f"\t\t\tAssignee: {job['assignee']}")
                    print(f"\t\t\tReviewer: {job['reviewer']}\n")

    def cleanup(self) -> None:
        """Delete every task and every project this run created on the server."""
        api = self.connect_to_api()
        if self.task_ids:
            logger.info("Deleting %d task(s)", len(self.task_ids))
            api.delete_tasks(self.task_ids)
        if self.created_project_ids:
            logger.info("Deleting %d project(s)", len(self.created_project_ids))
            api.delete_projects(self.created_project_ids)
        self.task_ids = []
        self.job_ids = {}
        self.project_ids = [p for p in self.project_ids if p not in self.created_project_ids]
        self.created_project_ids = []
        if self.key is not None and self.samples is not None:
            self.save()  # persist the forgetting, so a second cleanup sends nothing


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, Unset):
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _username(user: Any) -> str | None:
    if user is None or isinstance(user, Unset):
        return None
    return str(user.username)
