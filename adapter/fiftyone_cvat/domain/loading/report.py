"""A load's pure second half: fold each decoded task into the load's outcome.

Task by task, as its jobs arrive: re-id copies of labels whose original left the
merge, compare with the dataset's labels of the task's samples (every edit the
run refuses is named), and keep the samples nobody touched out of FiftyOne's
merge. At the end, labels of classes added in CVAT follow ``unexpected``. The
caller reads the dataset and decodes; nothing here touches FiftyOne's database.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence, Set

from fiftyone_cvat._fiftyone_compat import stored_fields
from fiftyone_cvat.domain.conversion.decode_types import DecodeResult
from fiftyone_cvat.domain.conversion.records import Skip
from fiftyone_cvat.domain.frames import FrameInfo
from fiftyone_cvat.domain.loading.cross_task_copies import CrossTaskCopies
from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.loading.id_map import IdMap
from fiftyone_cvat.domain.loading.load_call import LoadCall
from fiftyone_cvat.domain.loading.merge_summary import (
    CurrentLabels,
    FieldSummary,
    log_summary,
    summarize,
    warn_skipped,
)
from fiftyone_cvat.domain.loading.new_classes import route_new_classes
from fiftyone_cvat.domain.loading.outcome import LoadOutcome
from fiftyone_cvat.domain.loading.pruning import prune_untouched
from fiftyone_cvat.domain.loading.stable_ids import LoadedIds, set_aside_unchanged
from fiftyone_cvat.domain.run_record import ObjectRef, RunRecord
from fiftyone_cvat.domain.schema.specs import RunSchema

logger = logging.getLogger(__name__)


def task_frames(record: RunRecord, task_id: int) -> list[FrameInfo]:
    """CVAT frame k of the task -> sample, size, frame number and frame id (as uploaded)."""
    return list(record.frames.get(task_id) or ())


def samples_of(frames: Sequence[FrameInfo]) -> list[str]:
    return list(dict.fromkeys(f.sample_id for f in frames))


class LoadReport:
    """The fold over one load's tasks (tasks hold disjoint samples).

    ``untouched`` are the samples a partial load leaves alone: out of the merge
    from the start, and out of what it returns.
    """

    def __init__(
        self,
        run_schema: RunSchema,
        id_map: IdMap,
        untouched: frozenset[str] = frozenset(),
        *,
        prune: bool,
        fieldless_as_none: bool = False,
    ) -> None:
        self._schema = run_schema
        self._untouched = untouched
        self._id_map, set_aside = id_map.split({name: untouched for name in id_map.fields})
        self._prune = prune
        self._fieldless_as_none = fieldless_as_none
        self._copies = CrossTaskCopies(run_schema, id_map)
        self._hidden: list[IdMap] = [set_aside]
        self._hidden_samples: dict[str, set[str]] = {
            name: set(entries or {}) for name, entries in set_aside.fields.items()
        }
        self._parts: list[Downloaded] = []
        self._new_classes = Downloaded()
        self._new_counts: dict[str, dict[str, int]] = {}
        self._summaries: dict[str, FieldSummary] = {}
        self._skipped: list[Skip] = []
        self._pruned = 0
        self._kept: list[IdMap] = []
        """Label ids set aside as unchanged in CVAT, given back after the merge."""

    def task_map(self, samples: Iterable[str]) -> IdMap:
        """The id map entries of one task's samples."""
        return self._id_map.restricted(samples)

    def skipped(self, skips: Iterable[Skip]) -> None:
        """What could not be read off CVAT's JSON (reported with the rest)."""
        self._skipped.extend(skips)

    def add(
        self,
        decoded: DecodeResult,
        frames: Sequence[FrameInfo],
        current: CurrentLabels,
        unchanged: Set[ObjectRef] = frozenset(),
    ) -> None:
        """One task: ``current`` holds the dataset's labels of its samples;
        ``unchanged`` the CVAT objects as the last load that merged them saw them."""
        self._skipped.extend(decoded.skipped)
        samples = samples_of(frames)
        task_map = self.task_map(samples)
        minted = {i for i, origin in decoded.origins.items() if origin.id_source == "new"}
        labels = self._copies.check(
            Downloaded(decoded.labels), task_map, self._hidden_samples, minted
        )
        aside = set_aside_unchanged(
            self._schema, labels, task_map, decoded.origins, unchanged, current
        )
        labels, task_map = aside.labels, aside.task_map
        self._kept.append(aside.kept)
        new_classes = Downloaded(decoded.new_classes)
        keep_polygon_fill(self._schema, labels, current)
        tolerance = {f.sample_id: 1.0 / max(1, min(f.width, f.height)) for f in frames}
        part = summarize(self._schema, task_map, labels, current, tolerance)
        for name, count in aside.counts.items():
            part.setdefault(name, FieldSummary()).unchanged += count
        if self._prune:
            keep_in_merge(part, self._copies.keep, new_classes)
            pruned = prune_untouched(self._schema, task_map, labels, part, aside.kept)
            labels = pruned.labels
            self._pruned += pruned.count
            self._hidden.append(pruned.hidden)
            for name, entries in pruned.hidden.fields.items():
                self._hidden_samples.setdefault(name, set()).update(entries or {})
        for name, field_part in part.items():
            self._summaries.setdefault(name, FieldSummary()).absorb(field_part)
        self._parts.append(labels)
        self._new_classes = self._new_classes.deep_merged(new_classes)
        for name, counts in decoded.new_class_counts.items():
            total = self._new_counts.setdefault(name, {})
            for cls, n in counts.items():
                total[cls] = total.get(cls, 0) + n

    def finish(
        self, call: LoadCall | None, *, skipped_jobs: int = 0, loaded: LoadedIds | None = None
    ) -> LoadOutcome:
        """The outcome; new classes routed, the summary logged. ``skipped_jobs`` (jobs
        an incremental load skipped as unchanged) is counted in every field's summary."""
        if self._pruned:
            logger.info("%d untouched sample(s) left out of the merge", self._pruned)
        routed = route_new_classes(self._new_classes, self._new_counts, call)
        if loaded is not None and (
            any(o != "kept" for o in routed.outcomes.values())
            or _left_to_unexpected(self._schema, self._parts, call)
        ):
            loaded.not_merged()  # a later load (unexpected="keep") must download them again
        labels = Downloaded.union(self._parts).deep_merged(routed.kept).without(self._untouched)
        summaries = self._summaries
        for name, outcome in routed.outcomes.items():
            field_summary = summaries.setdefault(name, FieldSummary())
            if outcome == "kept":  # counted as additions, like any label new to the run
                kept = summarize(self._schema, IdMap(), self._new_classes.field(name), {}).get(name)
                if kept is not None:  # fieldless and scalar fields are not summarized
                    field_summary.absorb(kept)
            field_summary.new_classes = dict(self._new_counts.get(name) or {})
            field_summary.new_classes_outcome = outcome
        if skipped_jobs:
            for spec in self._schema.fields:
                summaries.setdefault(spec.name, FieldSummary())
            for field_summary in summaries.values():
                field_summary.jobs_skipped_unchanged = skipped_jobs
            logger.info("%d CVAT job(s) unchanged since the last load: skipped", skipped_jobs)
        # counted in results.merge_summary[field]["unsupported_shapes"]
        warn_skipped(self._skipped, summaries, "loaded")
        log_summary(summaries)
        hidden = IdMap.union(self._hidden)
        aside = IdMap.union(self._kept)
        merge_map = self._id_map.split(self._hidden_samples)[0].split_labels(aside.label_ids())[0]
        return LoadOutcome(
            labels=labels,
            merge_map=merge_map,
            hidden=hidden,
            summaries=summaries,
            returned=routed.returned,
            fieldless_as_none=self._fieldless_as_none,
            loaded=loaded,
            kept=aside,
        )


def _left_to_unexpected(
    run_schema: RunSchema, parts: Sequence[Downloaded], call: LoadCall | None
) -> bool:
    """Whether FiftyOne may return or drop some labels instead of merging them: labels
    of a type other than their field's, which FiftyOne hands to ``unexpected``."""
    keep = call is not None and call.unexpected == "keep"
    if keep:
        return False
    expected = {spec.name: spec.return_type for spec in run_schema.fields}
    return any(
        by_sample and return_type != expected.get(name)
        for part in parts
        for name in part.names()
        for return_type, by_sample in part.by_type(name).items()
    )


def keep_in_merge(
    summaries: Mapping[str, FieldSummary], keep: Mapping[str, set[str]], new_classes: Downloaded
) -> None:
    """Samples that must stay in FiftyOne's merge although nothing uploaded changed:
    originals of copies in other tasks, and samples with labels of classes added in
    CVAT (which ``unexpected`` may still keep)."""
    for name, summary in summaries.items():
        summary.touched |= keep.get(name, set())
        for by_sample in new_classes.by_type(name).values():
            summary.touched.update(by_sample)


def keep_polygon_fill(run_schema: RunSchema, labels: Downloaded, current: CurrentLabels) -> None:
    """A polygon of a polylines field keeps the ``filled`` flag it had in the dataset.

    CVAT polygons have no fill flag, and FiftyOne infers the type ``polylines``
    for every existing ``Polylines`` field, so without this each filled polygon
    an annotator touched would come back unfilled (the labels are this load's own,
    not yet FiftyOne's).
    """
    for spec in run_schema.fields:
        if spec.label_type not in ("polyline", "polylines") or spec.name not in current:
            continue
        before = current[spec.name]
        for _, label_id, label in labels.labels_at(spec):
            old = before.get(label_id)
            if (
                old is not None
                and stored_fields(old).get("filled")
                and label.closed
                and not label.filled
            ):
                label.filled = True
