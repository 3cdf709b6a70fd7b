"""The custom attributes of an existing label field, read from raw documents.

With ``attributes=True``, ``annotate()`` infers the attributes of an existing
field from its labels: FiftyOne builds one label object per label to list its
custom attributes, which is most of the time ``annotate()`` spends outside the
backend (about 2 s for 20,000 boxes). The same names and first values come from
the raw documents several times faster. Only the kind of a name's first non-None
value decides the CVAT tool recommended for it (bool, int or anything else), and
raw BSON keeps those kinds, so the schema is the same.

Where a label object could read an attribute differently from its raw document
(entries in the legacy ``attributes`` dict, a custom key that shadows an attribute
of the label class, a label class that is not FiftyOne's), :func:`first_values`
returns None and the caller uses FiftyOne's own scan.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import fiftyone.core.labels as fol
from fiftyone import ViewField as F
from fiftyone.core.collections import SampleCollection


def first_values(
    samples: SampleCollection, label_field: str, classes: Sequence[object] | None
) -> dict[str, object] | None:
    """Each custom attribute's first non-None value, in label order; None when the
    raw documents cannot answer for the label objects."""
    if classes is not None:
        samples = samples.filter_labels(label_field, F("label").is_in(list(classes)))
    _, label_path = samples._get_label_field_path(label_field)
    first: dict[str, object] = {}
    declared: dict[object, _LabelKeys | None] = {}
    for doc in samples.values(label_path, unwind=True, _raw=True):
        if doc is None:
            continue
        if not isinstance(doc, Mapping) or doc.get("attributes"):
            return None
        kind = doc.get("_cls")
        if kind not in declared:
            declared[kind] = _LabelKeys.of(kind)
        keys = declared[kind]
        if keys is None:
            return None
        for name, value in doc.items():
            if value is None or name in first or name in keys.stored:
                continue
            if name in keys.shadowed:
                return None
            first[name] = value
    return first


class _LabelKeys:
    """What a label class stores itself, and the names a custom key may not take."""

    def __init__(self, cls: type[fol.Label]) -> None:
        self.stored = frozenset({"_cls"} | {f.db_field or n for n, f in cls._fields.items()})
        self.shadowed = frozenset(dir(cls))

    @classmethod
    def of(cls, kind: object) -> _LabelKeys | None:
        label_cls = getattr(fol, kind, None) if isinstance(kind, str) else None
        if not (isinstance(label_cls, type) and issubclass(label_cls, fol.Label)):
            return None
        return cls(label_cls)
