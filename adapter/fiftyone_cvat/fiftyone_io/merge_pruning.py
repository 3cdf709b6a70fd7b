"""Keep FiftyOne's merge away from samples the annotators did not touch.

``dataset.load_annotations()`` merges what a backend returns sample by sample
(load a sample, compare, save it), about 15 ms a sample: at 1,000 images that
is most of the load, even when annotators changed a handful of boxes. The
merge report already knows, per field, which samples the merge would change;
every other sample is hidden from the merge (dropped from the downloaded
labels and, for the duration of the merge, from the run's id map, so its
labels are not read as deletions) and given back to the id map before the run
record is saved.

This is only equivalent to the full merge when FiftyOne merges into the run's
own fields. With ``dest_field`` every label must be copied into the new field,
and FiftyOne does not tell backends about ``dest_field``: it comes from
:mod:`fiftyone_cvat.plugin.load_routing`, and nothing is pruned outside a known call.
Videos are pruned whole (FiftyOne loads every frame of a video it merges), and
only when they have no tracks: the merge renumbers track indexes and rewrites
keyframe flags before comparing.
Scalar fields, frames views and clips views are always merged in full.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fiftyone_cvat._fiftyone_compat import results_view_kind
from fiftyone_cvat.domain.merge_summary import FieldSummary, stored_fields
from fiftyone_cvat.domain.specs import RunSchema
from fiftyone_cvat.plugin import load_routing

logger = logging.getLogger(__name__)

_HIDDEN = "_fiftyone_cvat_hidden_id_map"
"""Results attribute holding the hidden id map entries (private: never serialized)."""


def hide_untouched(
    results: Any,
    run_schema: RunSchema,
    annotations: dict[str, Any],
    summaries: Mapping[str, FieldSummary],
) -> int:
    """Drop untouched samples from ``annotations`` and the id map; returns how many."""
    if any(results_view_kind(results)) or not merges_into_run_fields():
        return 0
    hidden: dict[str, dict[str, Any]] = {}
    for spec in run_schema.fields:
        if spec.label_type == "scalar" or (spec.is_frame_field and spec.only_keyframes):
            continue  # only_keyframes: the merge also rewrites every label's keyframe flag
        summary = summaries.get(spec.name)
        field_map = results.id_map.get(spec.name)
        by_sample = (annotations.get(spec.name) or {}).get(spec.return_type)
        if summary is None or not isinstance(field_map, dict) or by_sample is None:
            continue
        # A sample with nothing uploaded may still get an empty label list from the
        # merge, so only samples with uploaded labels are candidates.
        skip = [s for s, ids in field_map.items() if ids and s not in summary.touched]
        if spec.is_frame_field:  # FiftyOne renumbers tracks first: leave videos with tracks
            skip = [s for s in skip if not _has_tracks(by_sample.get(s))]
        for sample_id in skip:
            by_sample.pop(sample_id, None)
        hidden[spec.name] = {sample_id: field_map.pop(sample_id) for sample_id in skip}
    setattr(results, _HIDDEN, hidden)
    count = sum(len(m) for m in hidden.values())
    if count:
        logger.info("%d untouched sample(s) left out of the merge", count)
    return count


def _has_tracks(frames: Mapping[Any, Mapping[str, Any]] | None) -> bool:
    """Whether any downloaded frame label of a video carries a track index."""
    return any(
        stored_fields(label).get("index") is not None
        for labels in (frames or {}).values()
        for label in labels.values()
    )


def restore_hidden(results: Any) -> None:
    """Give the hidden samples back to the id map (idempotent)."""
    hidden = getattr(results, _HIDDEN, None)
    if not hidden:
        return
    for name, entries in hidden.items():
        results.id_map.setdefault(name, {}).update(entries)
    setattr(results, _HIDDEN, None)


def merges_into_run_fields() -> bool:
    """Whether the running ``load_annotations()`` was called without ``dest_field``."""
    call = load_routing.current()
    return call is not None and call.dest_field is None
