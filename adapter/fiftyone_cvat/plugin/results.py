"""The results of an annotation run, as FiftyOne stores and returns them.

The run's data is a typed :class:`~fiftyone_cvat.domain.run_record.RunRecord`
with one JSON form; this class adds what FiftyOne and users call on results:
the built-in's attributes (``task_ids``, ``job_ids``, ``project_ids``,
``frame_id_map``, ``labels_task_map``...), status, editor and cleanup.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from typing import Any

import fiftyone.utils.annotations as foua
from fiftyone.core.collections import SampleCollection

from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.cvat.create_once import find_created
from fiftyone_cvat.domain.aliases import FiftyOneLabels
from fiftyone_cvat.domain.loading.id_map import IdMap
from fiftyone_cvat.domain.loading.outcome import LoadOutcome
from fiftyone_cvat.domain.loading.stable_ids import LoadedIds
from fiftyone_cvat.domain.run_record import PACKED, Leftovers, RunRecord
from fiftyone_cvat.domain.schema.specs import RunSchema
from fiftyone_cvat.plugin.status import TaskStatus, print_status, run_status

logger = logging.getLogger(__name__)


class CVATAnnotationResults(foua.AnnotationResults):  # type: ignore[misc]
    """One annotation run: its record, plus status, editor and cleanup helpers."""

    def __init__(
        self,
        samples: SampleCollection,
        config: object,
        anno_key: str,
        id_map: Mapping[str, object],
        record: RunRecord | None = None,
        backend: object = None,
    ) -> None:
        super().__init__(samples, config, anno_key, id_map, backend=backend)
        self._record = record if record is not None else RunRecord()
        self._hidden = IdMap()
        """Id map entries of samples a load keeps out of FiftyOne's merge, until saved."""
        self._kept = IdMap()
        """Label ids a load set aside as unchanged in CVAT, until saved."""
        self._loaded: LoadedIds | None = None
        """The jobs the last load merged, for the record once FiftyOne's merge is done."""

    # --- the run record --------------------------------------------------
    @property
    def record(self) -> RunRecord:
        return self._record

    def attributes(self) -> list[str]:
        """FiftyOne's attributes but ``id_map``, which :meth:`serialize` packs."""
        return [a for a in super().attributes() if a != "id_map"]

    def serialize(self, reflective: bool = False) -> dict[str, object]:
        """The run as FiftyOne saves it, after every load too. The id map (one entry per
        sample and field) goes as one JSON text, as the record's bulky part does
        (:data:`~fiftyone_cvat.domain.run_record.PACKED`): eta's serializer and bson's
        encoder walk every value in Python, seconds per save at 10,000 images."""
        d: dict[str, Any] = super().serialize(reflective=reflective)
        d["id_map"] = {PACKED: json.dumps(self.id_map, separators=(",", ":"))}
        d.update(self._record.to_json())
        return d

    @classmethod
    def _from_dict(
        cls, d: Mapping[str, object], samples: SampleCollection, config: object, anno_key: str
    ) -> CVATAnnotationResults:
        id_map = d.get("id_map")
        if isinstance(id_map, dict) and isinstance(id_map.get(PACKED), str):
            id_map = json.loads(id_map[PACKED])  # else saved before packing: as it is
        return cls(
            samples,
            config,
            anno_key,
            id_map if isinstance(id_map, dict) else {},
            RunRecord.from_json(d),
        )

    # --- the built-in's attributes, backed by the record -----------------
    # --- FiftyOne's id map around a load (the one place it is replaced) -------
    def whole_id_map(self) -> IdMap:
        """The run's id map, with entries a load kept out of a merge that never
        finished (it raised before the run was saved) given back first."""
        self.give_back_hidden()
        self._loaded = None  # that merge never finished: its jobs are not loaded
        return IdMap.from_fiftyone(self.id_map)

    def hand_over(self, outcome: LoadOutcome) -> FiftyOneLabels:
        """A load's outcome as FiftyOne merges it: FiftyOne's merge reads
        ``self.id_map`` (and adds the ids it merges), so it becomes the outcome's
        merge map; the entries left out wait for :meth:`give_back_hidden`."""
        self._hidden = outcome.hidden
        self._kept = outcome.kept
        self._loaded = outcome.loaded
        self.id_map = outcome.merge_map.to_fiftyone()
        return outcome.labels_for_fiftyone()

    def give_back_hidden(self) -> None:
        """Samples kept out of the merge go back into the id map (idempotent): before
        the run is saved, or before the next load of a merge that raised."""
        if self._hidden or self._kept:
            whole = IdMap.from_fiftyone(self.id_map).merged(self._hidden).with_labels(self._kept)
            self.id_map = whole.to_fiftyone()
        self._hidden = IdMap()
        self._kept = IdMap()

    def commit_load(self) -> None:
        """After FiftyOne's merge, before the run is saved: the merged jobs' CVAT dates
        and label ids (read off the merged labels) go into the run record."""
        if self._loaded is not None:
            self._loaded.commit(self._record)
        self._loaded = None

    @property
    def task_ids(self) -> list[int]:
        return self._record.task_ids

    @task_ids.setter
    def task_ids(self, value: list[int]) -> None:
        self._record.task_ids = list(value)

    @property
    def job_ids(self) -> dict[int, list[int]]:
        return self._record.job_ids

    @property
    def project_ids(self) -> list[int]:
        """The projects this run created (a reused project is not listed, as in the built-in)."""
        return self._record.project_ids

    @property
    def created_project_ids(self) -> list[int]:
        """Same as :attr:`project_ids` (the name earlier versions of this backend used)."""
        return self._record.project_ids

    @property
    def server_id_map(self) -> dict[str, str]:
        """``"shape:12"``-style CVAT object -> FiftyOne label id."""
        return {str(k): v for k, v in self._record.server_ids.items()}

    @property
    def resolved_schema(self) -> RunSchema | None:
        """The schema actually sent (project reuse can replace the user's)."""
        return self._record.schema

    @property
    def merge_summary(self) -> dict[str, dict[str, object]]:
        """Per field, from the last load: counts, refused edits, classes added in CVAT."""
        return {name: s.to_json() for name, s in self._record.merge_summary.items()}

    @property
    def frame_id_map(self) -> dict[int, dict[int, dict[str, str]]]:
        """``{task id: {CVAT frame: {"sample_id": ..., "frame_id": ...}}}`` as in the built-in
        (``frame_id`` only for video frames), in the run's task order."""
        out: dict[int, dict[int, dict[str, str]]] = {}
        for task_id in self._record.tasks_in_order():
            task_map = out.setdefault(task_id, {})
            for k, frame in enumerate(self._record.frames[task_id]):
                entry = {"sample_id": frame.sample_id}
                if frame.frame_id is not None:
                    entry["frame_id"] = frame.frame_id
                task_map[k] = entry
        return out

    @property
    def labels_task_map(self) -> dict[str, list[int]]:
        """``{label field: [task ids]}``: every field of the run is in every task."""
        return {str(field): list(self.task_ids) for field in self._status_fields()}

    def _status_fields(self) -> list[str | None]:
        return list(getattr(self.config, "label_schema", None) or {}) or [None]

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

    def get_status(self) -> dict[str, dict[int, TaskStatus]]:
        """Status of each task and its jobs, per label field, as the built-in returns it."""
        api = self.connect_to_api()
        tasks = run_status(api.connection, self.task_ids, api.base_task_url)
        return {str(field): tasks for field in self._status_fields()}

    def print_status(self) -> None:
        """Print :meth:`get_status` in the layout of FiftyOne's documentation."""
        print_status(self.get_status())

    def delete_tasks(self, task_ids: Iterable[int]) -> None:
        """Delete these tasks from the server and from this run (their samples' labels
        are then left as they are by a later load)."""
        task_ids = list(task_ids)
        self.connect_to_api().delete_tasks(task_ids)
        self.forget_tasks(task_ids)

    def forget_tasks(self, task_ids: Iterable[int]) -> None:
        """Drop tasks from this run: their samples leave the id map, so FiftyOne's
        merge does not read their missing annotations as deletions."""
        samples = self._record.forget_tasks(task_ids)
        self.id_map = IdMap.from_fiftyone(self.id_map).without(samples).to_fiftyone()
        self._hidden = self._hidden.without(samples)
        self._kept = self._kept.without(samples)

    def _adopt_pending(self, conn: Connection) -> None:
        """Objects whose POST answer never came (a lost response, a killed process)
        join the record, so cleanup removes them like the rest."""
        record = self._record
        for pending in record.pending:
            known = record.task_ids if pending.kind == "task" else record.project_ids
            for found in find_created(conn, pending, known):
                logger.info("Found %s '%s' (id %d) of this run", pending.kind, pending.name, found)
                known.append(found)
        record.pending = []

    def leftovers(self) -> Leftovers:
        """What of this run exists in CVAT now: its tasks and the projects it created,
        including objects whose creation answer was lost. See :func:`fiftyone_cvat.leftovers`."""
        api = self.connect_to_api()
        self._adopt_pending(api.connection)
        return Leftovers(
            tasks=[t for t in self.task_ids if api.task_exists(t)],
            projects=[p for p in self.project_ids if api.project_exists(p)],
        )

    def cleanup(self) -> None:
        """Delete this run's tasks, then the projects it created once they are empty.

        A created project that holds other runs' tasks is kept: deleting a CVAT
        project deletes every task in it (FiftyOne's built-in keeps it too).
        """
        api = self.connect_to_api()
        self._adopt_pending(api.connection)
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
        self._record.task_ids = []
        self._record.job_ids = {}
        self._record.project_ids = []
        if self.key is not None and self.samples is not None:
            self.save()  # persist the forgetting, so a second cleanup sends nothing
