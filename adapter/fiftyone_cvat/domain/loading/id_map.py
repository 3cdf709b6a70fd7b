"""The labels a run uploaded, as a value: FiftyOne's ``id_map``, read once and never edited.

FiftyOne keeps ``results.id_map`` as ``{field: {sample id: ids}}`` (``ids`` a list
of label ids, one id or None; for frame fields ``{frame id: ids}``), plus
``_clips``/``_frames`` maps on clips and frames views. FiftyOne's merge reads it
to tell deletions from labels never uploaded, then adds the ids it merged.

:class:`IdMap` is that map as a value: every stage of a load restricts, splits or
merges it into a new one, and only the plug-in boundary converts back
(:meth:`IdMap.to_fiftyone`). The other direction, CVAT object -> FiftyOne id
across loads, lives in the run record (``loaded_jobs``, :mod:`.stable_ids`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Set

import attrs

from fiftyone_cvat.domain.aliases import FieldIds, FrameKey, LabelIds, Location, SampleIds
from fiftyone_cvat.domain.schema.specs import FieldSpec


def _fields_from(id_map: Mapping[str, object]) -> dict[str, FieldIds | None]:
    out: dict[str, FieldIds | None] = {}
    for name, entries in id_map.items():
        out[name] = dict(entries) if isinstance(entries, Mapping) else None
    return out


def _listed(value: SampleIds) -> list[str]:
    """A sample's (or frame's) ids as a list (FiftyOne stores one id as a string)."""
    if isinstance(value, list):
        return [i for i in value if isinstance(i, str)]
    return [value] if isinstance(value, str) else []


@attrs.frozen
class IdMap:
    """A run's uploaded label ids per field and sample (see the module docstring).

    ``fields`` maps a field to its samples' ids, or to None when FiftyOne holds no
    map for it. Values are never edited in place: methods return new maps.
    """

    fields: Mapping[str, FieldIds | None] = attrs.field(factory=dict)

    @classmethod
    def from_fiftyone(cls, id_map: Mapping[str, object]) -> IdMap:
        """A copy of FiftyOne's ``results.id_map`` (its per-field maps copied too)."""
        return cls(_fields_from(id_map))

    def to_fiftyone(self) -> dict[str, FieldIds | None]:
        """A fresh dict in FiftyOne's layout (FiftyOne's merge adds to it in place)."""
        return {
            name: dict(entries) if entries is not None else None
            for name, entries in self.fields.items()
        }

    def __bool__(self) -> bool:
        return any(self.fields.values())

    def field(self, name: str) -> Mapping[str, SampleIds]:
        """One field's entries (empty when FiftyOne holds none)."""
        return self.fields.get(name) or {}

    def restricted(self, samples: Iterable[str]) -> IdMap:
        """Only these samples (a task's), in every field."""
        wanted = list(samples)
        return IdMap(
            {
                name: {s: entries[s] for s in wanted if s in entries}
                if entries is not None
                else None
                for name, entries in self.fields.items()
            }
        )

    def without(self, samples: Set[str]) -> IdMap:
        """Every field without these samples (a deleted task's, a partial load's)."""
        return self.split({name: samples for name in self.fields})[0]

    def split(self, by_field: Mapping[str, Set[str]]) -> tuple[IdMap, IdMap]:
        """(the rest, the taken entries): ``by_field[field]``'s samples moved out.

        Only samples the field holds are taken, and fields with nothing taken do
        not appear in the second map.
        """
        rest: dict[str, FieldIds | None] = {}
        taken: dict[str, FieldIds | None] = {}
        for name, entries in self.fields.items():
            out = by_field.get(name)
            if entries is None or not out:
                rest[name] = entries
                continue
            moved = {s: v for s, v in entries.items() if s in out}
            rest[name] = {s: v for s, v in entries.items() if s not in out} if moved else entries
            if moved:
                taken[name] = moved
        return IdMap(rest), IdMap(taken)

    def split_labels(self, by_field: Mapping[str, Set[str]]) -> tuple[IdMap, IdMap]:
        """(the rest, the taken ids): these label ids moved out of their samples'
        entries (sample fields only: entries of frame fields are per frame)."""
        rest: dict[str, FieldIds | None] = dict(self.fields)
        taken: dict[str, FieldIds | None] = {}
        for name, ids in by_field.items():
            entries = self.fields.get(name)
            if entries is None or not ids:
                continue
            kept: FieldIds = {}
            moved: FieldIds = {}
            for sample_id, value in entries.items():
                listed = _listed(value)
                out = [i for i in listed if i in ids]
                if out and not isinstance(value, dict):
                    kept[sample_id] = [i for i in listed if i not in ids]
                    moved[sample_id] = out
                else:
                    kept[sample_id] = value
            if moved:
                rest[name] = kept
                taken[name] = moved
        return IdMap(rest), IdMap(taken)

    def label_ids(self) -> dict[str, set[str]]:
        """Per field, every label id of its sample entries (not of frame entries)."""
        return {
            name: {i for value in (entries or {}).values() for i in _listed(value)}
            for name, entries in self.fields.items()
        }

    def with_labels(self, other: IdMap) -> IdMap:
        """This map with ``other``'s label ids added to their samples' entries (the
        ids :meth:`split_labels` took, given back after FiftyOne's merge)."""
        out: dict[str, FieldIds | None] = dict(self.fields)
        for name, entries in other.fields.items():
            merged = dict(out.get(name) or {})
            for sample_id, value in (entries or {}).items():
                old = merged.get(sample_id)
                if isinstance(old, dict) or isinstance(value, dict):
                    continue  # frame fields are never split per label
                ids = _listed(old) + [i for i in _listed(value) if i not in _listed(old)]
                merged[sample_id] = ids
            out[name] = merged
        return IdMap(out)

    def merged(self, other: IdMap) -> IdMap:
        """This map with ``other``'s entries added (``other`` wins per sample)."""
        out: dict[str, FieldIds | None] = dict(self.fields)
        for name, entries in other.fields.items():
            if entries is None:
                out.setdefault(name, None)
                continue
            out[name] = {**(out.get(name) or {}), **entries}
        return IdMap(out)

    @classmethod
    def union(cls, maps: Iterable[IdMap]) -> IdMap:
        """Maps of disjoint samples (a load's hidden parts) as one."""
        out: dict[str, FieldIds | None] = {}
        for id_map in maps:
            for name, entries in id_map.fields.items():
                if entries is None:
                    out.setdefault(name, None)
                else:
                    target = out.get(name)
                    if target is None:
                        target = out[name] = {}
                    target.update(entries)
        return cls(out)

    def uploaded_at(self, spec: FieldSpec) -> Iterator[tuple[str, Location]]:
        """(label id, where) for every label the run uploaded to ``spec``'s field."""
        for sample_id, value in self.field(spec.name).items():
            frames: Iterable[tuple[FrameKey | None, LabelIds]]
            if spec.is_frame_field and isinstance(value, dict):
                frames = value.items()
            else:
                frames = [(None, value if not isinstance(value, dict) else None)]
            for frame, ids in frames:
                for label_id in ids if isinstance(ids, list) else [ids]:
                    if isinstance(label_id, str):
                        yield label_id, (sample_id, frame)
