"""Labels an annotator copied from a sample of one task to a sample of another.

A load compares and prunes task by task, so the sample a label was copied from
may already be out of FiftyOne's merge when its copy arrives. FiftyOne gives a
copy a new id only when the original's id is also in what it merges; without
that, the dataset would hold two labels with one id. So a copy whose original
is out of the merge gets a new id here (the one FiftyOne would have given it),
and an original whose task comes later is kept in the merge.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fiftyone_cvat.domain.conversion.labels import new_id
from fiftyone_cvat.domain.merge_summary import uploaded_at
from fiftyone_cvat.domain.specs import FieldSpec, RunSchema


class CrossTaskCopies:
    """Run-wide: where each uploaded label lives, built only when a copy shows up.

    ``id_map`` and ``hidden`` are the run's live maps (pruned samples move from
    the first to the second as tasks are reported).
    """

    def __init__(
        self,
        run_schema: RunSchema,
        id_map: Mapping[str, Any],
        hidden: Mapping[str, Mapping[str, Any]],
    ) -> None:
        self._fields = [
            s for s in run_schema.fields if s.label_type != "scalar" and not s.is_fieldless
        ]
        self._id_map = id_map
        self._hidden = hidden
        self._home: dict[str, dict[str, str]] = {}
        self.keep: dict[str, set[str]] = {}
        """Per field, samples holding originals of copies: never pruned."""

    def check(self, labels: Mapping[str, Any], task_map: Mapping[str, Any]) -> None:
        """Re-id this task's copies of labels whose sample is out of the merge, and
        keep in the merge the samples of originals still to be reported."""
        for spec in self._fields:
            by_sample = (labels.get(spec.name) or {}).get(spec.return_type)
            if not by_sample:
                continue
            own = {label_id for label_id, _ in uploaded_at(spec, task_map.get(spec.name) or {})}
            for content in by_sample.values():
                for frame_labels in content.values() if spec.is_frame_field else [content]:
                    self._check_labels(spec, frame_labels or {}, own)

    def _check_labels(self, spec: FieldSpec, labels: dict[str, Any], own: set[str]) -> None:
        for label_id in [i for i in labels if i not in own]:
            home = self._home_of(spec).get(label_id)
            if home is None:
                continue  # a new label
            if home in (self._hidden.get(spec.name) or {}):
                label = labels.pop(label_id)
                label.id = new_id()
                labels[label.id] = label
            else:
                self.keep.setdefault(spec.name, set()).add(home)

    def _home_of(self, spec: FieldSpec) -> dict[str, str]:
        """Uploaded label id -> its sample, over the whole run (built once per field)."""
        home = self._home.get(spec.name)
        if home is None:
            home = self._home[spec.name] = {}
            for field_map in (self._id_map.get(spec.name), self._hidden.get(spec.name)):
                if isinstance(field_map, Mapping):
                    home.update((i, where[0]) for i, where in uploaded_at(spec, field_map))
        return home
