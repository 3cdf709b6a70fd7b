"""Keep FiftyOne's merge away from samples the annotators did not touch.

``dataset.load_annotations()`` merges what a backend returns sample by sample
(load a sample, compare, save it), about 15 ms a sample: at 1,000 images that
is most of the load, even when annotators changed a handful of boxes. The
merge report already knows, per field, which samples the merge would change;
every other sample is hidden from the merge: left out of the returned labels
and of the id map FiftyOne's merge sees (so its labels are not read as
deletions), and given back to the id map before the run is saved.

This is only equivalent to the full merge when FiftyOne merges into the run's
own fields. With ``dest_field`` every label must be copied into the new field,
and FiftyOne does not tell backends about ``dest_field``: it comes from
:mod:`fiftyone_cvat.plugin.fiftyone_hooks`, and nothing is pruned outside a known call.
Videos are pruned whole (FiftyOne loads every frame of a video it merges), and
only when they have no tracks: the merge renumbers track indexes and rewrites
keyframe flags before comparing.
Scalar fields, frames views and clips views are always merged in full.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from fiftyone_cvat._fiftyone_compat import stored_fields
from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.loading.field_summary import FieldSummary
from fiftyone_cvat.domain.loading.id_map import IdMap
from fiftyone_cvat.domain.schema.specs import FieldSpec, RunSchema


@attrs.frozen
class Pruned:
    """One task's labels without its untouched samples, and their id map entries."""

    labels: Downloaded
    hidden: IdMap

    @property
    def count(self) -> int:
        return sum(len(entries or {}) for entries in self.hidden.fields.values())


def prune_untouched(
    run_schema: RunSchema,
    task_map: IdMap,
    labels: Downloaded,
    summaries: Mapping[str, FieldSummary],
) -> Pruned:
    """Leave untouched samples (of ``task_map``) out of the labels; returns the rest
    and the id map entries so hidden.

    The caller decides whether pruning applies at all (never with ``dest_field``,
    nor on frames or clips views).
    """
    skip: dict[str, set[str]] = {}
    for spec in run_schema.fields:
        if spec.label_type == "scalar" or (spec.is_frame_field and spec.only_keyframes):
            continue  # only_keyframes: the merge also rewrites every label's keyframe flag
        summary = summaries.get(spec.name)
        entries = task_map.fields.get(spec.name)
        by_sample = labels.by_type(spec.name).get(spec.return_type)
        if summary is None or entries is None or by_sample is None:
            continue
        # A sample with nothing uploaded may still get an empty label list from the
        # merge, so only samples with uploaded labels are candidates.
        candidates = [s for s, ids in entries.items() if ids and s not in summary.touched]
        if spec.is_frame_field:  # FiftyOne renumbers tracks first: leave videos with tracks
            candidates = [s for s in candidates if not _has_tracks(labels, spec, s)]
        skip[spec.name] = set(candidates)
    for spec in run_schema.fields:
        if spec.name in skip:
            labels = labels.without_in(spec.name, spec.return_type, skip[spec.name])
    return Pruned(labels, task_map.split(skip)[1])


def _has_tracks(labels: Downloaded, spec: FieldSpec, sample_id: str) -> bool:
    """Whether any downloaded frame label of a video carries a track index."""
    return any(
        stored_fields(label).get("index") is not None
        for label in labels.frame_labels(spec, sample_id)
    )
