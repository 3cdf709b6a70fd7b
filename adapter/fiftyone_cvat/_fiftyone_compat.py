"""Every touch of FiftyOne's and mongoengine's private attributes, in one place.

A FiftyOne upgrade that moves one of them shows up here: each touch is guarded
(a probe, a signature check, or a public fallback), so the worst case is a
slower path or a clear error, not a silent mistake in the middle of a run.

- ``samples._is_clips`` / ``_is_frames`` / ``_root_dataset`` / ``_dataset`` /
  ``_contains_videos``: what kind of view a run was made on, and its dataset.
- ``select_group_slices(_allow_mixed=True)``: every slice of a grouped collection at once.
- ``values(..., _raw=True)``: labels as stored (dicts), without building objects.
- a label's ``_data``: its stored fields, read without mongoengine descriptors.
- ``<LabelList>._LABEL_LIST_FIELD``: the list attribute of a label container.
- :func:`make_label`: labels built by filling mongoengine's storage directly,
  checked once per class against the public constructor.
- ``fiftyone.utils.annotations._build_label_schema``: FiftyOne's own schema
  normalizer, checked against the signature this code was written for.

The patches of FiftyOne's functions (call order, not attributes) live in
:mod:`fiftyone_cvat.plugin.fiftyone_hooks`.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable, Mapping
from typing import Any, cast

import fiftyone.core.dataset as fod
import fiftyone.core.labels as fol
import fiftyone.utils.annotations as foua
from bson import SON, ObjectId
from fiftyone.core.collections import SampleCollection

logger = logging.getLogger(__name__)

_set = object.__setattr__
_templates: dict[type, dict[str, object] | None] = {}


# --- collections and views -------------------------------------------------


def is_clips(samples: SampleCollection) -> bool:
    """Whether a collection is a clips view."""
    return bool(getattr(samples, "_is_clips", False))


def is_frames(samples: SampleCollection) -> bool:
    """Whether a collection is a frames view."""
    return bool(getattr(samples, "_is_frames", False))


def results_view_kind(results: object) -> tuple[bool, bool]:
    """``(is_clips, is_frames)`` of the view an annotation run was made on."""
    return bool(getattr(results, "_is_clips", False)), bool(getattr(results, "_is_frames", False))


def root_dataset(samples: SampleCollection) -> fod.Dataset:
    """The dataset a view (of a generated dataset: clips, patches, frames) comes from."""
    return samples._root_dataset


def dataset_of(samples: SampleCollection) -> fod.Dataset:
    """The dataset a collection's samples live in (for a clips view: the clips dataset)."""
    return samples._dataset


def all_slices(samples: SampleCollection) -> SampleCollection:
    """A grouped collection as one flat view over every group slice (else itself)."""
    if samples.media_type != "group":
        return samples
    return samples.select_group_slices(_allow_mixed=True)


def media_types_in(samples: SampleCollection) -> set[str]:
    """The media types a collection holds (each slice's, for a grouped one)."""
    if samples.media_type != "group":
        return {samples.media_type}
    return set(samples.group_media_types.values())


def contains_videos(samples: SampleCollection) -> bool:
    """Whether a collection (any group slice) holds videos."""
    return bool(samples._contains_videos(any_slice=True))


def raw_values(samples: SampleCollection, path: str) -> list[object]:
    """``samples.values(path)`` as stored: dicts instead of Label objects (much faster)."""
    return cast(list[object], samples.values(path, _raw=True))


def label_storage(label: object) -> Mapping[str, Any] | None:
    """The stored fields of a Label object (None for anything else): reading them
    skips mongoengine's descriptors, ~7 µs a field on a load of 20k labels."""
    data = getattr(label, "_data", None)
    return data if isinstance(data, Mapping) else None


def stored_fields(label: object) -> Mapping[str, Any]:
    """A label's stored fields, read fast: a raw database dict as it is, a Label
    object's storage (``_data``) when it has the expected layout, else ``to_dict()``."""
    if type(label) is dict:
        return label
    data = label_storage(label)
    if data is not None:
        return data
    if isinstance(label, Mapping):
        return label
    if isinstance(label, fol.Label):
        return cast(Mapping[str, Any], label.to_dict())
    raise TypeError(f"expected a FiftyOne label or its stored dict, got {type(label).__name__}")


def label_list_field(document_type: object) -> str | None:
    """``"detections"`` for ``fo.Detections`` etc., None for other types."""
    name = getattr(document_type, "_LABEL_LIST_FIELD", None)
    return name if isinstance(name, str) else None


# --- FiftyOne's schema normalizer --------------------------------------------

NORMALIZER_PARAMS = (
    "samples",
    "backend",
    "label_schema",
    "label_field",
    "label_type",
    "classes",
    "attributes",
    "mask_targets",
    "allow_additions",
    "allow_deletions",
    "allow_label_edits",
    "allow_index_edits",
    "allow_spatial_edits",
)


def label_schema_normalizer() -> Callable[..., Any]:
    """FiftyOne's private ``_build_label_schema``, if it has the expected signature."""
    func = getattr(foua, "_build_label_schema", None)
    params = tuple(inspect.signature(func).parameters) if callable(func) else None
    if func is None or params != NORMALIZER_PARAMS:
        raise RuntimeError(
            "This FiftyOne version's private fiftyone.utils.annotations._build_label_schema "
            f"has parameters {params}, not {NORMALIZER_PARAMS}; normalize the label schema "
            "yourself and call build_run_schema() (annotate() itself is unaffected)"
        )
    return cast(Callable[..., Any], func)


# --- fast label construction ---------------------------------------------------
#
# ``fo.Detection(...)`` costs ~90 µs (mongoengine sets every field through
# descriptors and validates), which would dominate a download of 100k boxes.
# make_label fills the document's storage directly with values that are already
# of the right types, then sets dynamic attributes so FiftyOne registers them.
# The first use of each class is checked against the public constructor (same
# to_dict(), same dynamic fields); on any difference, every label of that class
# is built with the public constructor instead.


def make_label(
    cls: type[fol.Label],
    fields: Mapping[str, object],
    attributes: Mapping[str, object] | None = None,
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


_MISSING: dict[str, object] = {}


def _slow(
    cls: type[fol.Label],
    fields: Mapping[str, object],
    attributes: Mapping[str, object] | None,
    label_id: str | None,
) -> fol.Label:
    label = cls(**fields, **(attributes or {}))
    if label_id is not None:
        label.id = label_id
    return label


def _fast(
    cls: type[fol.Label],
    template: dict[str, object],
    fields: Mapping[str, object],
    attributes: Mapping[str, object] | None,
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
_dynamic_fields: dict[str, object] = {}


def _dynamic_field(name: str) -> object:
    """The (stateless, shareable) mongoengine field of a dynamic attribute."""
    field = _dynamic_fields.get(name)
    if field is None:
        from mongoengine.fields import DynamicField  # type: ignore[import-untyped]

        field = _dynamic_fields[name] = DynamicField(db_field=name, null=True)
        field.name = name
    return field


def _checked_template(cls: type[fol.Label]) -> dict[str, object] | None:
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


def _without_id(doc: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in doc.items() if k != "_id"}


def _probe_fields(cls: type[fol.Label]) -> dict[str, object]:
    if cls is fol.Detection:
        return {"label": "a", "bounding_box": [0.1, 0.2, 0.3, 0.4], "index": 1}
    if cls is fol.Polyline:
        return {"label": "a", "points": [[[0.1, 0.2], [0.3, 0.4]]], "closed": True, "filled": True}
    if cls is fol.Keypoint:
        return {"label": "a", "points": [[0.1, 0.2]], "index": 2}
    return {"label": "a"} if "label" in cls._fields else {}
