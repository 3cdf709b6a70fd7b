"""Stable label ids across loads: what a load learns about each job it merges.

A label an annotator drew in CVAT has no FiftyOne id in CVAT. Its first load gives
it one; the run record (``loaded_jobs``) keeps it under the CVAT object (tag or
shape id, or track id and frame), and every later load decodes the object under
the same id (:func:`~fiftyone_cvat.domain.conversion.decode_annotations`'s
``known_ids``). So a label CVAT did not change compares equal and its sample is
kept out of FiftyOne's merge; a label CVAT changed is merged into the dataset's
label of the same id, which keeps its tags and FiftyOne-only attributes.

The ids are read off the label objects when the run is saved, after FiftyOne's
merge: a copy may be given a new id on the way (here for copies across tasks,
by FiftyOne for duplicates), and that id is the one to keep.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Set

import fiftyone.core.labels as fol

from fiftyone_cvat.domain.conversion.decode_types import DecodeResult, origin_ref
from fiftyone_cvat.domain.conversion.records import Annotations
from fiftyone_cvat.domain.run_record import LoadedJob, ObjectKind, ObjectRef, RunRecord

Owner = dict[tuple[ObjectKind, int], int]
"""(kind, CVAT object id) -> the job holding it."""


def owners(job_id: int, records: Annotations) -> Owner:
    """Which job each tag, shape and track of one job's records belongs to."""
    out: Owner = {}
    for kind, objects in (("tag", records["tags"]), ("shape", records["shapes"])):
        for obj in objects:
            if "id" in obj:
                out[(kind, int(obj["id"]))] = job_id  # type: ignore[index]
    for track in records["tracks"]:
        if "id" in track:
            out[("track", int(track["id"]))] = job_id
    return out


class LoadedIds:
    """One load's jobs: the ``updated_date`` each was listed with and the label
    objects of its CVAT objects. Only ``complete`` jobs (every sample merged) are
    committed: the others' labels did not all reach the dataset."""

    def __init__(self, dates: Mapping[int, str | None], complete: Set[int]) -> None:
        self._dates = dict(dates)
        self._complete = set(complete)
        self._labels: dict[int, list[tuple[ObjectRef, fol.Label]]] = {j: [] for j in self._complete}

    def add(self, owner: Mapping[tuple[ObjectKind, int], int], decoded: DecodeResult) -> None:
        """One task's decoded labels (``owner`` built over its jobs' records)."""
        labels = dict(_labels_in(decoded.labels))
        labels.update(_labels_in(decoded.new_classes))
        for label_id, origin in decoded.origins.items():
            ref = origin_ref(origin)
            label = labels.get(label_id)
            if ref is None or label is None or origin.cvat_id is None:
                continue
            job = owner.get((origin.kind, origin.cvat_id))
            if job in self._labels:
                self._labels[job].append((ref, label))

    def commit(self, record: RunRecord) -> None:
        """Each complete job's date and ids into the record (after FiftyOne's merge)."""
        for job_id, pairs in self._labels.items():
            record.loaded_jobs[job_id] = LoadedJob(
                self._dates.get(job_id), {ref: str(label.id) for ref, label in pairs}
            )


def _labels_in(node: object) -> Iterator[tuple[str, fol.Label]]:
    """(id, label) of every label in decoded results, however deep."""
    if isinstance(node, fol.Label):
        yield str(node.id), node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _labels_in(value)
