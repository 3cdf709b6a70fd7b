"""Create a CVAT project or task exactly once, even when the answer to its POST is lost.

A POST is never retried blindly (see :mod:`fiftyone_cvat.cvat.retry`): a reset
or a timeout after the request reached CVAT leaves an object the client has no
id for, and a second POST would make a twin. So after any failure that may
have reached the server, this module looks for the object first and adopts
it; only when there is none is the POST sent again. CVAT names are not
unique, so "the object" is the one with that exact name, owned by this user,
created since the attempt began (minus a clock-skew allowance) and still
empty (a task without data, a project without tasks), excluding ids the run
already holds. The same search finds what a killed process left behind
(:func:`find_created`, used by cleanup).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from datetime import datetime, timedelta, timezone

from cvat_api.api.projects import projects_list
from cvat_api.api.tasks import tasks_list
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.errors import CVATConnectionError, CVATServerError, CVATTimeoutError
from fiftyone_cvat.domain.aliases import CreatedKind
from fiftyone_cvat.domain.run_record import PendingCreation

__all__ = ["ATTEMPTS", "CLOCK_SKEW", "UNCERTAIN", "create_once", "find_created", "find_twins"]

logger = logging.getLogger(__name__)

CLOCK_SKEW = timedelta(minutes=5)
"""How far the server's clock may run behind ours and still match a creation."""

ATTEMPTS = 5
"""POSTs of one object before giving up (each after CVAT was searched for the last)."""

RETRY_DELAY = 0.5
"""Seconds before a new POST (times the attempt): the server may be recovering."""

UNCERTAIN = (CVATConnectionError, CVATTimeoutError, CVATServerError)
"""Failures after which CVAT may or may not have created the object."""


def create_once(
    conn: Connection,
    kind: CreatedKind,
    name: str,
    post: Callable[[], int],
    *,
    known: Collection[int] = (),
    attempts: int = ATTEMPTS,
    on_pending: Callable[[PendingCreation], None] | None = None,
    on_refused: Callable[[PendingCreation], None] | None = None,
    on_uncertain: Callable[[PendingCreation], None] | None = None,
) -> int:
    """``post()``'s id; after an uncertain failure, the object it made, or a new POST.

    ``on_pending`` runs before the first POST, so a caller can save the intent
    where a later process finds it. Any other failure (a 4xx answer: CVAT
    refusing) is raised at once, after ``on_refused``: nothing was created.
    ``on_uncertain`` hears of every failure that may have reached CVAT: a request
    stalled past the timeout can still create a twin later (see :func:`find_twins`).
    """
    pending = PendingCreation(kind, name, datetime.now(timezone.utc))
    if on_pending is not None:
        on_pending(pending)
    for attempt in range(1, attempts + 1):
        try:
            return post()
        except UNCERTAIN as exc:
            if on_uncertain is not None:
                on_uncertain(pending)
            found = find_created(conn, pending, known)
            if found:
                logger.warning(
                    "CVAT created %s '%s' (id %d) but its answer was lost (%s); using it",
                    kind,
                    name,
                    found[-1],
                    exc,
                )
                return found[-1]
            if attempt == attempts:
                raise
            logger.warning(
                "Creating %s '%s' failed before CVAT made it (%s); attempt %d/%d",
                kind,
                name,
                exc,
                attempt + 1,
                attempts,
            )
            conn.pause(RETRY_DELAY * attempt)
        except Exception:
            if on_refused is not None:
                on_refused(pending)
            raise
    raise AssertionError("unreachable")  # pragma: no cover


def find_created(
    conn: Connection, pending: PendingCreation, known: Collection[int] = ()
) -> list[int]:
    """Ids of the objects ``pending`` may have created, oldest first (usually 0 or 1)."""
    owner = conn.current_user().username
    since = pending.since - CLOCK_SKEW
    # (id, name, created, empty) of each object of that name the user owns
    listed: list[tuple[object, object, object, bool]]
    if pending.kind == "task":
        tasks = conn.paginate(tasks_list.sync_detailed, name=pending.name, owner=owner)
        listed = [(t.id, t.name, t.created_date, not t.size) for t in tasks]
    else:
        projects = conn.paginate(projects_list.sync_detailed, name=pending.name, owner=owner)
        listed = [(p.id, p.name, p.created_date, not (p.tasks.count or 0)) for p in projects]
    return sorted(
        object_id
        for object_id, name, created, empty in listed
        if name == pending.name
        and isinstance(object_id, int)
        and object_id not in known
        and isinstance(created, datetime)
        and created >= since
        and empty
    )


def find_twins(
    conn: Connection, uncertain: Collection[PendingCreation], known: Collection[int]
) -> list[tuple[PendingCreation, int]]:
    """Empty objects made by attempts whose answers were lost, other than the ``known``
    ids the run went on with: a stalled POST that CVAT carried out after a new one."""
    return [(p, found) for p in uncertain for found in find_created(conn, p, known)]
