"""CVAT's labels of a task or project, typed once at the boundary.

The generated ``Label`` model leaves every field ``Unset``-able and its skeleton
sublabels are another model; the schema and the id resolver need neither
distinction. :meth:`CvatLabel.of` takes a generated model (or the JSON CVAT
sends) and returns the few fields this backend reads, with their real types.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeVar, cast

import attrs

from cvat_api.models import Attribute, Label, Sublabel
from cvat_api.types import Unset

T = TypeVar("T")


def _set(value: T | Unset) -> T | None:
    return None if isinstance(value, Unset) else value


@attrs.frozen
class CvatAttribute:
    name: str
    id: int | None = None
    input_type: str = "text"
    mutable: bool = True
    values: tuple[str, ...] = ()
    default_value: str | None = None

    @classmethod
    def of(cls, attr: Attribute | Mapping[str, object]) -> CvatAttribute:
        if isinstance(attr, Mapping):  # CVAT's JSON (tests, raw payloads): keys may be missing
            return cls(
                name=str(attr["name"]),
                id=cast("int | None", attr.get("id")),
                input_type=str(attr.get("input_type") or "text"),
                mutable=bool(attr.get("mutable", True)),
                values=tuple(str(v) for v in cast("Iterable[object]", attr.get("values") or ())),
                default_value=cast("str | None", attr.get("default_value")),
            )
        input_type = _set(attr.input_type)
        return cls(
            name=str(attr.name),
            id=_set(attr.id),
            input_type=str(getattr(input_type, "value", input_type) or "text"),
            mutable=bool(_set(attr.mutable) if _set(attr.mutable) is not None else True),
            values=tuple(str(v) for v in _set(attr.values) or ()),
            default_value=_set(attr.default_value),
        )


@attrs.frozen
class CvatLabel:
    """One CVAT label: its id, name, type, attributes and (skeletons) sublabels."""

    name: str
    id: int | None = None
    type: str | None = None
    attributes: tuple[CvatAttribute, ...] = ()
    sublabels: tuple[CvatLabel, ...] = ()
    parent_id: int | None = None
    svg: str | None = None

    @property
    def is_sublabel(self) -> bool:
        """A skeleton's point label (``GET /api/labels`` lists those too)."""
        return self.parent_id is not None

    def attribute_names(self) -> set[str]:
        return {a.name for a in self.attributes}

    @classmethod
    def of(cls, label: Label | Sublabel | Mapping[str, object] | CvatLabel) -> CvatLabel:
        if isinstance(label, CvatLabel):
            return label
        if isinstance(label, Mapping):
            return cls._of_json(label)
        label_type = _set(label.type_)
        parent = _set(getattr(label, "parent_id", None))
        if parent is None and bool(getattr(label, "has_parent", None)):  # Unset is falsy
            parent = -1  # a sublabel whose parent id the listing did not include
        return cls(
            name=str(label.name),
            id=_set(label.id),
            type=str(getattr(label_type, "value", label_type)) if label_type else None,
            attributes=tuple(CvatAttribute.of(a) for a in _set(label.attributes) or ()),
            sublabels=tuple(cls.of(s) for s in _set(getattr(label, "sublabels", None)) or ()),
            parent_id=parent,
            svg=_set(getattr(label, "svg", None)),
        )

    @classmethod
    def _of_json(cls, d: Mapping[str, object]) -> CvatLabel:
        parent = d.get("parent_id")
        if parent is None and d.get("has_parent"):
            parent = -1
        return cls(
            name=str(d["name"]),
            id=cast("int | None", d.get("id")),
            type=cast("str | None", d.get("type")),
            attributes=tuple(
                CvatAttribute.of(a)
                for a in cast("Iterable[Mapping[str, object]]", d.get("attributes") or ())
            ),
            sublabels=tuple(
                cls.of(s) for s in cast("Iterable[Mapping[str, object]]", d.get("sublabels") or ())
            ),
            parent_id=cast("int | None", parent),
            svg=cast("str | None", d.get("svg")),
        )


LabelSource = Label | Sublabel | Mapping[str, object] | CvatLabel
"""A CVAT label as the generated client, CVAT's JSON or this module gives it."""


def cvat_labels(labels: Iterable[LabelSource]) -> list[CvatLabel]:
    return [CvatLabel.of(label) for label in labels]


def top_level(labels: Iterable[CvatLabel]) -> list[CvatLabel]:
    """The labels without skeleton sublabels."""
    return [label for label in labels if not label.is_sublabel]
