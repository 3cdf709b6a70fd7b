"""Stable label ids across loads: what a load learns about each job it merges.

A label an annotator drew in CVAT has no FiftyOne id in CVAT. Its first load gives
it one; the run record (``loaded_jobs``) keeps it under the CVAT object (tag or
shape id, or track id and frame), and every later load decodes the object under
the same id (:func:`~fiftyone_cvat.domain.conversion.decode_annotations`'s
``known_ids``). So a label CVAT did not change compares equal and its sample is
kept out of FiftyOne's merge; a label CVAT changed is merged into the dataset's
label of the same id, which keeps its tags and FiftyOne-only attributes.

The record also keeps a digest of CVAT's JSON for each object (``marks``). A
label of a sample field whose object CVAT did not change since the last load is
set aside (:func:`set_aside_unchanged`): neither compared nor merged, so every
FiftyOne-side edit of it stays, its geometry and CVAT attributes included.
Video frame fields are merged whole (FiftyOne renumbers their tracks first), and
so are polylines and segmentations, whose labels may be made of several objects.

The ids are read off the label objects when the run is saved, after FiftyOne's
merge: a copy may be given a new id on the way (here for copies across tasks,
by FiftyOne for duplicates), and that id is the one to keep.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping, Set

import attrs
import fiftyone.core.labels as fol

from fiftyone_cvat.domain.aliases import ObjectKind
from fiftyone_cvat.domain.conversion.decode_types import DecodeResult, Origin, origin_ref
from fiftyone_cvat.domain.conversion.records import Annotations
from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.loading.id_map import IdMap
from fiftyone_cvat.domain.run_record import LoadedJob, ObjectRef, RunRecord
from fiftyone_cvat.domain.schema.specs import RunSchema

Owner = dict[tuple[ObjectKind, int], int]
"""(kind, CVAT object id) -> the job holding it."""


@attrs.frozen
class JobObjects:
    """The CVAT objects of a task's fetched jobs: which job holds each, and a digest
    of each one's JSON (a track's covers all its keyframes)."""

    owner: Owner = attrs.field(factory=dict)
    marks: dict[ObjectRef, str] = attrs.field(factory=dict)

    def add(self, job_id: int, records: Annotations) -> None:
        groups: tuple[tuple[ObjectKind, Iterable[Mapping[str, object]]], ...] = (
            ("tag", records["tags"]),
            ("shape", records["shapes"]),
            ("track", records["tracks"]),
        )
        for kind, objects in groups:
            for obj in objects:
                cvat_id = obj.get("id")
                if isinstance(cvat_id, int):
                    self.owner[(kind, cvat_id)] = job_id
                    self.marks[ObjectRef(kind, cvat_id)] = _digest(obj)

    def unchanged(self, before: Mapping[ObjectRef, str]) -> frozenset[ObjectRef]:
        """The objects whose JSON is as the last load that merged them saw it."""
        return frozenset(ref for ref, mark in self.marks.items() if before.get(ref) == mark)


def _digest(obj: Mapping[str, object]) -> str:
    """CVAT's JSON of one object as read (``repr`` of the decoded record: the same
    answer gives the same text), hashed short."""
    return hashlib.blake2b(repr(obj).encode(), digest_size=8).hexdigest()


class LoadedIds:
    """One load's jobs: the ``updated_date`` each was listed with and the label
    objects of its CVAT objects. Only ``complete`` jobs (every sample merged) are
    committed: the others' labels did not all reach the dataset."""

    def __init__(self, dates: Mapping[int, str | None], complete: Set[int]) -> None:
        self._dates = dict(dates)
        self._complete = set(complete)
        self._labels: dict[int, list[tuple[ObjectRef, fol.Label]]] = {j: [] for j in self._complete}
        self._marks: dict[int, dict[ObjectRef, str]] = {j: {} for j in self._complete}

    def add(self, objects: JobObjects, decoded: DecodeResult) -> None:
        """One task's decoded labels (``objects`` gathered over its jobs' records)."""
        owner = objects.owner
        for ref, mark in objects.marks.items():
            job = owner.get((ref.kind, ref.cvat_id))
            if job in self._marks:
                self._marks[job][ref] = mark
        labels = dict(_labels_in(decoded.labels))
        labels.update(_labels_in(decoded.new_classes))
        for label_id, origin in decoded.origins.items():
            found = origin_ref(origin)
            label = labels.get(label_id)
            if found is None or label is None or origin.cvat_id is None:
                continue
            job = owner.get((origin.kind, origin.cvat_id))
            if job in self._labels:
                self._labels[job].append((found, label))

    def not_merged(self) -> None:
        """Labels of this load were returned or ignored, not merged: no job counts as
        loaded (their ids are still kept)."""
        self._dates = {}

    def commit(self, record: RunRecord) -> None:
        """Each complete job's date and ids into the record (after FiftyOne's merge)."""
        for job_id, pairs in self._labels.items():
            record.loaded_jobs[job_id] = LoadedJob(
                self._dates.get(job_id),
                {ref: str(label.id) for ref, label in pairs},
                self._marks[job_id],
            )


def _labels_in(node: object) -> Iterator[tuple[str, fol.Label]]:
    """(id, label) of every label in decoded results, however deep."""
    if isinstance(node, fol.Label):
        yield str(node.id), node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _labels_in(value)


@attrs.frozen
class SetAside:
    """A task's labels and id map without the labels CVAT did not change; their id
    map entries (given back after the merge) and their count per field."""

    labels: Downloaded
    task_map: IdMap
    kept: IdMap
    counts: dict[str, int]


def set_aside_unchanged(
    run_schema: RunSchema,
    labels: Downloaded,
    task_map: IdMap,
    origins: Mapping[str, Origin],
    unchanged: Set[ObjectRef],
    in_dataset: Mapping[str, Mapping[str, object]],
) -> SetAside:
    """Leave out of the comparison and the merge each label of a sample field whose
    CVAT object is unchanged since the last load, that came back under its known id
    and that the dataset holds where the run has it: FiftyOne's merge would only
    write CVAT's old values over the FiftyOne-side edits."""
    taken: dict[str, set[str]] = {}
    for spec in run_schema.fields:
        if spec.return_type not in _ONE_OBJECT_EACH or spec.is_fieldless or spec.is_frame_field:
            continue
        before = in_dataset.get(spec.name) or {}
        uploaded = dict(task_map.uploaded_at(spec))
        ids = {
            label_id
            for where, label_id, _ in labels.labels_at(spec)
            if _is_unchanged(origins.get(label_id), unchanged)
            and label_id in before
            and uploaded.get(label_id) == where
        }
        if ids:
            taken[spec.name] = ids
    if not taken:
        return SetAside(labels, task_map, IdMap(), {})
    for spec in run_schema.fields:
        if spec.name in taken:
            labels = labels.without_labels(spec.name, spec.return_type, taken[spec.name])
    rest, kept = task_map.split_labels(taken)
    return SetAside(labels, rest, kept, {name: len(ids) for name, ids in taken.items()})


_ONE_OBJECT_EACH = frozenset(
    ("detections", "detection", "classifications", "classification", "keypoints")
)
"""Return types whose every label is one CVAT object (a polyline or a segmentation
may be several)."""


def _is_unchanged(origin: Origin | None, unchanged: Set[ObjectRef]) -> bool:
    return (
        origin is not None
        and origin.id_source == "known"
        and origin.cvat_id is not None
        and ObjectRef(origin.kind, origin.cvat_id) in unchanged
    )
