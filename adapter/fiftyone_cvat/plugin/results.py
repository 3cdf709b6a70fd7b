"""What an annotation run leaves behind, stored in the dataset's run record.

Everything needed to load the annotations from a fresh Python process lives
here as plain JSON-able data: which projects/tasks/jobs the run created, how
CVAT frames map back to samples and frames, frame sizes, and which CVAT
shape/track ids carry which FiftyOne label ids (the fallback when an annotator
edits the ``label_id`` attribute away).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

import fiftyone.utils.annotations as foua

from cvat_api.api.jobs import jobs_list
from cvat_api.api.tasks import tasks_retrieve
from cvat_api.types import Unset
from fiftyone_cvat.cvat.errors import CVATNotFoundError
from fiftyone_cvat.cvat.present import present

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
        # the projects this run created (as in the built-in; a reused project is not listed)
        self.project_ids = list(project_ids or [])
        self.task_ids = list(task_ids or [])
        self.job_ids = dict(job_ids or {})
        # task id -> [[sample_id, frame_number | None, frame_id | None], ...] by CVAT frame
        self.frame_maps = dict(frame_maps or {})
        # task id -> [[width, height], ...], one per CVAT frame
        self.frame_sizes = dict(frame_sizes or {})
        # "shape:12" / "track_shape:3" / "tag:5" -> FiftyOne label id (CVAT ids are global)
        self.server_id_map = dict(server_id_map or {})
        # the schema actually sent (project reuse can replace the user's)
        self.resolved_schema = dict(resolved_schema or {})
        # per field, from the last load: added/edited/deleted/unchanged and refused edits
        self.merge_summary = dict(merge_summary or {})

    # --- the built-in's attributes, derived -----------------------------
    @property
    def created_project_ids(self) -> list[int]:
        """Same as :attr:`project_ids` (the name earlier versions of this backend used)."""
        return self.project_ids

    @property
    def frame_id_map(self) -> dict[int, dict[int, dict[str, str]]]:
        """``{task id: {CVAT frame: {"sample_id": ..., "frame_id": ...}}}`` as in the built-in
        (``frame_id`` only for video frames)."""
        out: dict[int, dict[int, dict[str, str]]] = {}
        # in the run's task order (tasks are created concurrently and finish in any order)
        order = [t for t in self.task_ids if t in self.frame_maps]
        order += [t for t in self.frame_maps if t not in order]
        for task_id in order:
            frames = self.frame_maps[task_id]
            task_map = out.setdefault(task_id, {})
            for k, (sample_id, _frame_number, frame_id) in enumerate(frames):
                entry = {"sample_id": sample_id}
                if frame_id is not None:
                    entry["frame_id"] = frame_id
                task_map[k] = entry
        return out

    @property
    def labels_task_map(self) -> dict[str, list[int]]:
        """``{label field: [task ids]}``: every field of the run is in every task."""
        return {str(field): list(self.task_ids) for field in self._status_fields()}

    # --- run record ------------------------------------------------------
    @classmethod
    def _from_dict(cls, d: dict[str, Any], samples: Any, config: Any, anno_key: str) -> Any:
        return cls(
            samples,
            config,
            anno_key,
            d.get("id_map", {}),
            # records saved before project_ids meant "created" listed reused ones too
            project_ids=d.get("created_project_ids", d.get("project_ids")),
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
        url = api.base_job_url(task_id, jobs[0]) if jobs else api.base_task_url(task_id)
        api.launch_editor(url)

    def _status_fields(self) -> list[str | None]:
        return list(getattr(self.config, "label_schema", None) or {}) or [None]

    def get_status(self) -> dict[str, dict[int, dict[str, Any]]]:
        """Status of each task and its jobs, per label field, as the built-in returns it:
        task ``name``/``status``/``assignee`` (CVAT's user JSON)/``last_updated``/``url``
        and ``jobs`` (CVAT's job JSON by id). One request per task, not per job."""
        api = self.connect_to_api()
        conn = api.connection
        tasks: dict[int, dict[str, Any]] = {}
        for task_id in self.task_ids:
            try:
                task = conn.call(tasks_retrieve.sync_detailed, id=task_id)
            except CVATNotFoundError:
                logger.warning("Task %d no longer exists on the server", task_id)
                continue
            listed = conn.paginate(jobs_list.sync_detailed, task_id=task_id)
            jobs = {
                job.id: job.to_dict()
                for job in sorted(listed, key=lambda j: present(j.id, "job id"))
            }
            tasks[task_id] = {
                "name": _text(task.name),
                "status": _text(task.status),
                "assignee": _user(task.assignee),
                "last_updated": _text(task.updated_date),
                "url": api.base_task_url(task_id),
                "jobs": jobs,
            }
        return {str(field): tasks for field in self._status_fields()}

    def print_status(self) -> None:
        """Print :meth:`get_status` in the layout of FiftyOne's documentation."""
        for field, tasks in self.get_status().items():
            print(f"\nStatus for label field '{field}':\n")
            for task_id, task in tasks.items():
                print(f"\tTask {task_id} ({task['name']}):")
                print(f"\t\tStatus: {task['status']}")
                print(f"\t\tAssignee: {_username(task['assignee'])}")
                print(f"\t\tLast updated: {task['last_updated']}")
                print(f"\t\tURL: {task['url']}\n")
                for job_id, job in task["jobs"].items():
                    print(f"\t\tJob {job_id}:")
                    print(f"\t\t\tStatus: {job.get('stage')}")
                    print(f"\t\t\tAssignee: {_username(job.get('assignee'))}")
                    # CVAT 2.x jobs have no reviewer (job_reviewers is CVAT v1 only)
                    print(f"\t\t\tReviewer: {_username(job.get('reviewer'))}\n")

    def delete_tasks(self, task_ids: Iterable[int]) -> None:
        """Delete these tasks from the server and from this run (their samples' labels
        are then left as they are by a later load)."""
        task_ids = list(task_ids)
        self.connect_to_api().delete_tasks(task_ids)
        self.forget_tasks(task_ids)

    def forget_tasks(self, task_ids: Iterable[int]) -> None:
        """Drop tasks from this run: their samples leave the id map, so FiftyOne's
        merge does not read their missing annotations as deletions."""
        gone = set(task_ids)
        samples = {entry[0] for t in gone for entry in self.frame_maps.get(t) or ()}
        for field_map in self.id_map.values():
            if isinstance(field_map, dict):
                for sample_id in samples:
                    field_map.pop(sample_id, None)
        self.task_ids = [t for t in self.task_ids if t not in gone]
        for t in gone:
            for per_task in (self.job_ids, self.frame_maps, self.frame_sizes):
                per_task.pop(t, None)

    def cleanup(self) -> None:
        """Delete this run's tasks, then the projects it created once they are empty.

        A created project that holds other runs' tasks is kept: deleting a CVAT
        project deletes every task in it (FiftyOne's built-in keeps it too).
        """
        api = self.connect_to_api()
        if self.task_ids:
            logger.info("Deleting %d task(s)", len(self.task_ids))
            api.delete_tasks(self.task_ids)
        if self.project_ids:
            empty = api.get_empty_projects(self.project_ids)
            kept = [p for p in self.project_ids if p not in empty]
            if kept:
                logger.info("Keeping project(s) %s: they hold other runs' tasks", kept)
            if empty:
                logger.info("Deleting %d project(s)", len(empty))
                api.delete_projects(empty)
        self.task_ids = []
        self.job_ids = {}
        self.project_ids = []
        if self.key is not None and self.samples is not None:
            self.save()  # persist the forgetting, so a second cleanup sends nothing


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, Unset):
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _user(user: Any) -> dict[str, Any] | None:
    """CVAT's user JSON (``{"id", "username", ...}``), as the built-in returns it."""
    if user is None or isinstance(user, Unset):
        return None
    return dict(user.to_dict())


def _username(user: Mapping[str, Any] | None) -> str | None:
    return None if not user else str(user.get("username"))
