"""Reading labels fast: Label objects and raw database dicts alike, without getters.

Encoding reads each label's stored fields directly (mongoengine's descriptors
cost microseconds a field, times every box of a run).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

import numpy as np
import numpy.typing as npt

from fiftyone_cvat._fiftyone_compat import stored_fields

doc_of = stored_fields
"""A label's stored fields (see :func:`fiftyone_cvat._fiftyone_compat.stored_fields`)."""


def label_id_of(doc: Mapping[str, object]) -> str:
    value = doc.get("id")
    if value is None:
        value = doc.get("_id")
    return str(value)


def rotation_of(value: object) -> float:
    """A box's ``rotation`` attribute as CVAT degrees in [0, 360); 0 if not a number."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value) % 360
    return 0.0


def attr_value(doc: Mapping[str, object], name: str) -> object:
    """A custom attribute: a dynamic field, else FiftyOne's legacy ``attributes`` dict."""
    if name in doc:
        return doc[name]
    legacy = cast("Mapping[str, object] | None", doc.get("attributes"))
    if legacy and name in legacy:
        attr = legacy[name]
        return attr.get("value") if isinstance(attr, Mapping) else getattr(attr, "value", None)
    return None


def items_of(doc: Mapping[str, object], key: str) -> Sequence[Any]:
    items = cast("Iterable[Any] | None", doc.get(key))
    if not items:
        return ()
    # list.copy skips mongoengine's per-item Python ``BaseList.__iter__``
    return list.copy(items) if isinstance(items, list) else list(items)


def as_array(value: object) -> npt.NDArray[np.generic] | None:
    if value is None:
        return None
    if isinstance(value, bytes | bytearray):
        import fiftyone.core.utils as fou

        return cast(npt.NDArray[np.generic], fou.deserialize_numpy_array(bytes(value)))
    return np.asarray(value)


def mask_of(item: object, doc: Mapping[str, object]) -> npt.NDArray[np.generic] | None:
    """A label's mask, in memory or on disk (``mask_path``)."""
    mask = as_array(doc.get("mask"))
    if mask is not None:
        return mask
    path = doc.get("mask_path")
    if path:
        get_mask = getattr(item, "get_mask", None)
        if callable(get_mask):
            return cast(npt.NDArray[np.generic], get_mask())
        import fiftyone.utils.image as foui

        return cast(npt.NDArray[np.generic], foui.read(path))
    return None
