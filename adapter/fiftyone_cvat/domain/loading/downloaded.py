"""The labels a load downloaded and decoded, as a value that owns its walking.

FiftyOne's backends return ``{field: {return type: {sample id: content}}}`` where
``content`` is ``{label id: label}`` for sample fields, ``{frame key: {label id:
label}}`` for frame fields and a value (or ``{frame key: value}``) for scalar
fields. :class:`Downloaded` holds that layout and is the only code that walks it;
restricting and merging return new values (the label objects are shared, the
dicts around them are not), and :meth:`Downloaded.to_fiftyone` is the one place
the layout is handed over.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Set
from typing import TypeVar

import attrs
import fiftyone.core.labels as fol

from fiftyone_cvat.domain.aliases import BySample, ByType, FiftyOneLabels, FrameKey, Location
from fiftyone_cvat.domain.conversion.labels import new_id
from fiftyone_cvat.domain.schema.specs import FieldSpec
from fiftyone_cvat.domain.schema.vocab import FIELDLESS

LabelsById = dict[str, fol.Label]
K = TypeVar("K")


def _frames_of(content: object, frame_field: bool) -> Iterator[tuple[FrameKey | None, object]]:
    if not frame_field:
        yield None, content
    elif isinstance(content, dict):
        yield from content.items()


@attrs.frozen
class Downloaded:
    """Decoded labels by field, return type and sample (see the module docstring)."""

    fields: Mapping[str, ByType] = attrs.field(factory=dict)

    # --- reading -------------------------------------------------------------
    def __bool__(self) -> bool:
        return bool(self.fields)

    def names(self) -> list[str]:
        return list(self.fields)

    def by_type(self, name: str) -> Mapping[str, BySample]:
        return self.fields.get(name) or {}

    def by_sample(self, name: str, return_type: str) -> Mapping[str, object]:
        return self.by_type(name).get(return_type) or {}

    def field(self, name: str) -> Downloaded:
        """Only this field."""
        return Downloaded({name: self.fields[name]} if name in self.fields else {})

    def labels_at(self, spec: FieldSpec) -> Iterator[tuple[Location, str, fol.Label]]:
        """(where, label id, label) of the field's labels of its own return type."""
        for sample_id, content in self.by_sample(spec.name, spec.return_type).items():
            for frame, labels in _frames_of(content, spec.is_frame_field):
                if isinstance(labels, dict):
                    for label_id, label in labels.items():
                        yield (sample_id, frame), label_id, label

    def frame_labels(self, spec: FieldSpec, sample_id: str) -> Iterator[fol.Label]:
        """The labels of one sample (every frame of a video) of the field's own type."""
        content = self.by_sample(spec.name, spec.return_type).get(sample_id)
        for _, labels in _frames_of(content, spec.is_frame_field):
            if isinstance(labels, dict):
                yield from labels.values()

    # --- new values ----------------------------------------------------------
    def without(self, samples: Set[str]) -> Downloaded:
        """Every field and type without these samples."""
        if not samples:
            return self
        return Downloaded(
            {
                name: {
                    t: {s: c for s, c in by_sample.items() if s not in samples}
                    for t, by_sample in by_type.items()
                }
                for name, by_type in self.fields.items()
            }
        )

    def without_in(self, name: str, return_type: str, samples: Set[str]) -> Downloaded:
        """These samples left out of one field's labels of one return type."""
        by_sample = self.by_type(name).get(return_type)
        if not samples or by_sample is None:
            return self
        kept = {s: c for s, c in by_sample.items() if s not in samples}
        return Downloaded({**self.fields, name: {**self.fields[name], return_type: kept}})

    def without_labels(self, name: str, return_type: str, ids: Set[str]) -> Downloaded:
        """These label ids left out of one sample field's labels of one return type."""
        by_sample = self.by_type(name).get(return_type)
        if not ids or by_sample is None:
            return self
        kept: BySample = {}
        for sample_id, content in by_sample.items():
            if isinstance(content, dict) and any(i in ids for i in content):
                content = {i: label for i, label in content.items() if i not in ids}
            kept[sample_id] = content
        return Downloaded({**self.fields, name: {**self.fields[name], return_type: kept}})

    @classmethod
    def union(cls, parts: Iterable[Downloaded]) -> Downloaded:
        """Parts with disjoint samples (a load's tasks), merged sample by sample."""
        out: dict[str, ByType] = {}
        for part in parts:
            for name, by_type in part.fields.items():
                field_out = out.setdefault(name, {})
                for return_type, by_sample in by_type.items():
                    field_out.setdefault(return_type, {}).update(by_sample)
        return cls(out)

    def deep_merged(self, other: Downloaded) -> Downloaded:
        """Both, merged down to the labels (two parts of one sample's labels)."""
        out: dict[str, ByType] = {}
        for name in {**self.fields, **other.fields}:
            mine, theirs = self.by_type(name), other.by_type(name)
            out[name] = {
                t: _deep(mine.get(t) or {}, theirs.get(t) or {}) for t in {**mine, **theirs}
            }
        return Downloaded(out)

    def with_new_ids(self, spec: FieldSpec, wanted: Callable[[str], bool]) -> Downloaded:
        """Each label of the field (own type) whose id ``wanted`` picks gets a new id,
        one per occurrence (the ids FiftyOne gives copies). The dicts are new; the
        picked label objects, this load's own until FiftyOne merges them, take the id."""
        by_sample = self.by_sample(spec.name, spec.return_type)
        changed: dict[str, object] = {}
        for sample_id, content in by_sample.items():
            if spec.is_frame_field and isinstance(content, dict):
                frames = {f: _reid(labels, wanted) for f, labels in content.items()}
                if any(frames[f] is not old for f, old in content.items()):
                    changed[sample_id] = frames
            else:
                new = _reid(content, wanted)
                if new is not content:
                    changed[sample_id] = new
        if not changed:
            return self
        by_type = dict(self.fields[spec.name])
        by_type[spec.return_type] = {**by_sample, **changed}
        return Downloaded({**self.fields, spec.name: by_type})

    def to_fiftyone(self, *, fieldless_as_none: bool = False) -> FiftyOneLabels:
        """FiftyOne's layout; the project stand-in field under ``None`` when FiftyOne
        looks it up by that key (its in-memory schema's)."""
        out: FiftyOneLabels = {}
        for name, by_type in self.fields.items():
            key = None if fieldless_as_none and name == FIELDLESS else name
            out[key] = {t: dict(by_sample) for t, by_sample in by_type.items()}
        return out


def _reid(labels: object, wanted: Callable[[str], bool]) -> object:
    """``labels`` ({label id: label}) with the picked labels under new ids (moved last,
    as re-adding them does), or ``labels`` itself when none is picked."""
    if not isinstance(labels, dict):
        return labels
    picked = [i for i in labels if wanted(i) and isinstance(labels[i], fol.Label)]
    if not picked:
        return labels
    out = {i: label for i, label in labels.items() if i not in picked}
    for label_id in picked:
        label = labels[label_id]
        label.id = new_id()
        out[label.id] = label
    return out


def _deep(a: Mapping[K, object], b: Mapping[K, object]) -> dict[K, object]:
    out = dict(a)
    for key, value in b.items():
        old = out.get(key)
        if isinstance(value, Mapping) and isinstance(old, Mapping):
            out[key] = _deep(old, value)
        else:
            out[key] = value
    return out
