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
:mod:`fiftyone_cvat.plugin.fiftyone_hooks`, and nothing is pruned outside a known call.
Videos are pruned whole (FiftyOne loads every frame of a video it merges), and
only when they have no tracks: the merge renumbers track indexes and rewrites
keyframe flags before comparing.
Scalar fields, frames views and clips views are always merged in full.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set
from typing import Any

from fiftyone_cvat._fiftyone_compat import stored_fields
from fiftyone_cvat.domain.merge_summary import FieldSummary
from fiftyone_cvat.domain.specs import RunSchema

Hidden = dict[str, dict[str, Any]]
"""Per field, the id map entries of the samples kept out of the merge."""


def hide_untouched(
    id_map: dict[str, Any],
    run_schema: RunSchema,
    annotations: dict[str, Any],
    summaries: Mapping[str, FieldSummary],
    among: Iterable[str] | None = None,
) -> Hidden:
    """Drop untouched samples (of ``among``, default all) from ``annotations`` and
    ``id_map``; returns what was hidden.

    The caller decides whether pruning applies at all (never with ``dest_field``,
    nor on frames or clips views).
    """
    candidates = None if among is None else list(among)
    hidden: Hidden = {}
    for spec in run_schema.fields:
        if spec.label_type == "scalar" or (spec.is_frame_field and spec.only_keyframes):
            continue  # only_keyframes: the merge also rewrites every label's keyframe flag
        summary = summaries.get(spec.name)
        field_map = id_map.get(spec.name)
        by_sample = (annotations.get(spec.name) or {}).get(spec.return_type)
        if summary is None or not isinstance(field_map, dict) or by_sample is None:
            continue
        # A sample with nothing uploaded may still get an empty label list from the
        # merge, so only samples with uploaded labels are candidates.
        samples = field_map if candidates is None else candidates
        skip = [s for s in samples if field_map.get(s) and s not in summary.touched]
        if spec.is_frame_field:  # FiftyOne renumbers tracks first: leave videos with tracks
            skip = [s for s in skip if not _has_tracks(by_sample.get(s))]
        for sample_id in skip:
            by_sample.pop(sample_id, None)
        hidden[spec.name] = {sample_id: field_map.pop(sample_id) for sample_id in skip}
    return hidden


def _has_tracks(frames: Mapping[Any, Mapping[str, Any]] | None) -> bool:
    """Whether any downloaded frame label of a video carries a track index."""
    return any(
        stored_fields(label).get("index") is not None
        for labels in (frames or {}).values()
        for label in labels.values()
    )


def hide_samples(id_map: dict[str, Any], sample_ids: Set[str]) -> Hidden:
    """Take these samples out of every field of the id map (a partial load skips them)."""
    hidden: Hidden = {}
    for name, field_map in id_map.items():
        if isinstance(field_map, dict):
            entries = {s: field_map.pop(s) for s in sample_ids if s in field_map}
            if entries:
                hidden[name] = entries
    return hidden


def drop_samples_from(annotations: dict[Any, Any], sample_ids: Set[str]) -> None:
    """Remove these samples from what a load returns, so FiftyOne's merge skips them."""
    for by_type in annotations.values():
        for by_sample in (by_type or {}).values():
            if isinstance(by_sample, dict):
                for sample_id in sample_ids:
                    by_sample.pop(sample_id, None)


def merge_hidden(into: Hidden, more: Hidden) -> None:
    for name, entries in more.items():
        into.setdefault(name, {}).update(entries)


def restore_hidden(id_map: dict[str, Any], hidden: Hidden) -> None:
    """Give the hidden samples back to the id map (and forget them: idempotent)."""
    merge_hidden(id_map, hidden)
    hidden.clear()
