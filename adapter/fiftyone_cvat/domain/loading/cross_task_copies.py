"""Labels an annotator copied from a sample of one task to a sample of another.

A load compares and prunes task by task, so the sample a label was copied from
may already be out of FiftyOne's merge when its copy arrives. FiftyOne gives a
copy a new id only when the original's id is also in what it merges; without
that, the dataset would hold two labels with one id. So a copy whose original
is out of the merge gets a new id here (the one FiftyOne would have given it),
and an original whose task comes later is kept in the merge.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Set

from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.loading.id_map import IdMap
from fiftyone_cvat.domain.schema.specs import FieldSpec, RunSchema


class CrossTaskCopies:
    """Run-wide: where each uploaded label lives, built only when a copy shows up.

    ``id_map`` is the run's whole map at the start of the load (every sample the
    load may merge or prune).
    """

    def __init__(self, run_schema: RunSchema, id_map: IdMap) -> None:
        self._fields = [
            s for s in run_schema.fields if s.label_type != "scalar" and not s.is_fieldless
        ]
        self._id_map = id_map
        self._home: dict[str, dict[str, str]] = {}
        self.keep: dict[str, set[str]] = {}
        """Per field, samples holding originals of copies: never pruned."""

    def check(
        self,
        labels: Downloaded,
        task_map: IdMap,
        hidden: Mapping[str, Set[str]],
        minted: Set[str] = frozenset(),
    ) -> Downloaded:
        """This task's labels, its copies of labels whose sample is out of the merge
        (``hidden``, per field) under new ids; the samples of originals still to be
        reported are kept in the merge. ``minted`` are ids this load gave labels that
        carried none (drawn in CVAT): no copy, so no look-up over the whole run."""
        for spec in self._fields:
            if not labels.by_sample(spec.name, spec.return_type):
                continue
            own = {label_id for label_id, _ in task_map.uploaded_at(spec)} | minted
            out = hidden.get(spec.name) or set()
            labels = labels.with_new_ids(spec, functools.partial(self._reid, spec, own, out))
        return labels

    def _reid(self, spec: FieldSpec, own: Set[str], hidden: Set[str], label_id: str) -> bool:
        if label_id in own:
            return False
        home = self._home_of(spec).get(label_id)
        if home is None:
            return False  # a new label
        if home in hidden:
            return True
        self.keep.setdefault(spec.name, set()).add(home)
        return False

    def _home_of(self, spec: FieldSpec) -> dict[str, str]:
        """Uploaded label id -> its sample, over the whole run (built once per field)."""
        home = self._home.get(spec.name)
        if home is None:
            home = self._home[spec.name] = {
                i: where[0] for i, where in self._id_map.uploaded_at(spec)
            }
        return home
