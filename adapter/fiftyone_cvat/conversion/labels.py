"""Fast construction of FiftyOne labels.

``fo.Detection(...)`` costs ~90 µs (mongoengine sets every field through
descriptors and validates), which would dominate a download of 100k boxes.
:func:`make_label` fills the document's storage directly with values that
are already of the right types (we built them), then sets dynamic
attributes through the normal ``setattr`` path so FiftyOne registers them.

This relies on mongoengine's document layout, so the first use of each class
is checked against the public constructor (same ``to_dict()``, same dynamic
fields); on any difference, or if the layout is not as expected, every label
of that class is built with the public constructor instead.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import fiftyone.core.labels as fol
from bson import SON, ObjectId

logger = logging.getLogger(__name__)

_set = object.__setattr__
_templates: dict[type, dict[str, Any] | None] = {}


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many objects.

    Bulk conversion allocates hundreds of thousands of small containers (none
    cyclic), which makes CPython run full collections over everything alive,
    often doubling the time. Reference counting still frees memory meanwhile.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def new_id() -> str:
    return str(ObjectId())


def make_label(
    cls: type[fol.Label],
    fields: Mapping[str, Any],
    attributes: Mapping[str, Any] | None = None,
    label_id: str | None = None,
) -> fol.Label:
    """``cls(**fields, **attributes)`` with id ``label_id`` (new if None), fast.

    ``fields`` must be declared fields of ``cls`` with values of the stored
    types (lists, not tuples; numpy masks); ``attributes`` become dynamic
    attributes (FiftyOne's custom label attributes).
    """
    template = _templates.get(cls, _MISSING)
    if template is _MISSING:
        template = _templates[cls] = _checked_template(cls)
    if template is None:
        return _slow(cls, fields, attributes, label_id)
    return _fast(cls, template, fields, attributes, label_id)


_MISSING: dict[str, Any] = {}


def _slow(
    cls: type[fol.Label],
    fields: Mapping[str, Any],
    attributes: Mapping[str, Any] | None,
    label_id: str | None,
) -> fol.Label:
    label = cls(**fields, **(attributes or {}))
    if label_id is not None:
        label.id = label_id
    return label


def _fast(
    cls: type[fol.Label],
    template: dict[str, Any],
    fields: Mapping[str, Any],
    attributes: Mapping[str, Any] | None,
    label_id: str | None,
) -> fol.Label:
    label: fol.Label = object.__new__(cls)
    data = template.copy()
    data["id"] = label_id if label_id is not None else str(ObjectId())
    data["tags"] = []
    data["attributes"] = {}
    data.update(fields)
    _set(label, "_instance", None)
    _set(label, "_changed_fields", [])
    _set(label, "_initialised", False)
    _set(label, "_created", True)
    _set(label, "_data", data)
    dynamic: SON[str, Any] = SON.__new__(SON)  # empty; skips SON.__init__'s two updates
    _set(label, "_dynamic_fields", dynamic)
    state = label.__dict__
    state["_dynamic_lock"] = False
    if attributes:
        added: list[str] = []
        for name, value in attributes.items():
            if name in data or not isinstance(value, _SCALARS):
                setattr(label, name, value)  # the general (slow) path
                continue
            dynamic[name] = _dynamic_field(name)
            data[name] = value
            state[name] = value
            added.append(name)
        if added:
            state["_fields_ordered"] = state.get("_fields_ordered", cls._fields_ordered) + tuple(
                added
            )
    _set(label, "_initialised", True)
    return label


_SCALARS = (str, int, float, bool)
_dynamic_fields: dict[str, Any] = {}


def _dynamic_field(name: str) -> Any:
    """The (stateless, shareable) mongoengine field of a dynamic attribute."""
    field = _dynamic_fields.get(name)
    if field is None:
        from mongoengine.fields import DynamicField  # type: ignore[import-untyped]

        field = _dynamic_fields[name] = DynamicField(db_field=name, null=True)
        field.name = name
    return field


def _checked_template(cls: type[fol.Label]) -> dict[str, Any] | None:
    try:
        proto = cls()
        template = dict(proto._data)
        fields = _probe_fields(cls)
        attrs = {"probe_attr": 1, "probe_flag": True}
        fast = _fast(cls, template, fields, attrs, "0123456789abcdef01234567")
        slow = _slow(cls, fields, attrs, "0123456789abcdef01234567")
        same = (
            fast.to_dict() == slow.to_dict()
            and list(fast._dynamic_fields) == list(slow._dynamic_fields)
            and fast.__dict__ == slow.__dict__
            and _without_id(fast.copy().to_dict()) == _without_id(slow.copy().to_dict())
            and fast.probe_attr == 1
        )
    except Exception:  # any layout surprise: use the public constructor
        logger.debug("fast construction unavailable for %s", cls.__name__, exc_info=True)
        return None
    if not same:
        logger.debug("fast construction of %s differs; using the constructor", cls.__name__)
        return None
    return template


def _without_id(doc: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "_id"}


def _probe_fields(cls: type[fol.Label]) -> dict[str, Any]:
    if cls is fol.Detection:
        return {"label": "a", "bounding_box": [0.1, 0.2, 0.3, 0.4], "index": 1}
    if cls is fol.Polyline:
        return {"label": "a", "points": [[[0.1, 0.2], [0.3, 0.4]]], "closed": True, "filled": True}
    if cls is fol.Keypoint:
        return {"label": "a", "points": [[0.1, 0.2]], "index": 2}
    return {"label": "a"} if "label" in cls._fields else {}
