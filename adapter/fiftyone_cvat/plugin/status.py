"""``get_status()`` / ``print_status()``: tasks and jobs of a run, as the built-in shows them."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from cvat_api.types import Unset
from fiftyone_cvat.cvat import endpoints
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.errors import CVATNotFoundError

logger = logging.getLogger(__name__)

TaskStatus = dict[str, Any]


def run_status(
    conn: Connection, task_ids: Iterable[int], page_url: Callable[[int], str]
) -> dict[int, TaskStatus]:
    """Per task: ``name``/``status``/``assignee`` (CVAT's user JSON)/``last_updated``/``url``
    and ``jobs`` (CVAT's job JSON by id), as the built-in returns them. One job listing
    per task, not one request per job."""
    tasks: dict[int, TaskStatus] = {}
    for task_id in task_ids:
        try:
            task = endpoints.task(conn, task_id)
        except CVATNotFoundError:
            logger.warning("Task %d no longer exists on the server", task_id)
            continue
        tasks[task_id] = {
            "name": _text(task.name),
            "status": _text(task.status),
            "assignee": None
            if isinstance(task.assignee, Unset) or task.assignee is None
            else task.assignee.to_dict(),
            "last_updated": _text(task.updated_date),
            "url": page_url(task_id),
            "jobs": {job.id: job.to_dict() for job in endpoints.jobs_of(conn, task_id)},
        }
    return tasks


def print_status(status: Mapping[str, Mapping[int, TaskStatus]]) -> None:
    """The layout of FiftyOne's documentation (user names, not their JSON)."""
    for field, tasks in status.items():
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


def _text(value: object) -> str | None:
    if value is None or isinstance(value, Unset):
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _username(user: Mapping[str, object] | None) -> str | None:
    return None if not user else str(user.get("username"))
