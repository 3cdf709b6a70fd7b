"""The typed specs of a run: attributes, classes, fields and the whole run schema.

Frozen and fully resolved: conversion, planning and the runs read only these.
The JSON form (``RunSchema.to_dict``/``from_dict``) is stored with each run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from fiftyone_cvat.domain.aliases import AttrType, LabelType, ReturnType
from fiftyone_cvat.domain.schema.values import to_cvat_value
from fiftyone_cvat.domain.schema.vocab import (
    FIELDLESS,
    LABEL_ID_ATTR,
    LIST_FIELDS,
    PSEUDO_ATTR_TYPES,
    RETURN_TYPES,
    TRACKABLE_RETURN_TYPES,
)


@dataclass(frozen=True)
class AttributeSpec:
    """One label attribute. ``occluded``/``group_id`` map to CVAT's native widgets."""

    name: str
    type: AttrType
    values: tuple[Any, ...] = ()
    default: Any = None
    mutable: bool = True
    read_only: bool = False

    @property
    def is_pseudo(self) -> bool:
        """True for occluded/group_id: carried by CVAT shape fields, not attributes."""
        return self.type in PSEUDO_ATTR_TYPES


@dataclass(frozen=True)
class ClassSpec:
    """A FiftyOne class and the CVAT label it becomes.

    ``cvat_name`` is unique across the whole run: a class shared by several
    fields gets the field name appended so downloads map back unambiguously.
    ``attributes`` are the CVAT attributes of that label (field-level plus
    class-specific), without the occluded/group_id pseudo-attributes and
    without the reserved ``label_id`` attribute.

    ``value`` is the FiftyOne value the label stands for: the class string for
    label fields, the typed scalar for scalar fields with classes (``name`` is
    then its CVAT spelling, e.g. ``"true"``), ``None`` for the value tag of a
    class-less scalar field. ``occluded_attr``/``group_id_attr`` are the
    attributes this class links to CVAT's occlusion flag / group id (class
    groups may differ from the field, see ``FieldSpec.occluded_attr_for``).
    """

    name: str
    cvat_name: str
    attributes: tuple[AttributeSpec, ...] = ()
    value: Any = None
    occluded_attr: str | None = None
    group_id_attr: str | None = None
    added_in_cvat: bool = False
    """A label an annotator added to the task or project in CVAT, not in the run's schema."""

    def attribute(self, name: str) -> AttributeSpec | None:
        """The CVAT attribute spec called ``name``, if this label has one."""
        for attr in self.attributes:
            if attr.name == name:
                return attr
        return None


ScalarMode = Literal["value", "class"]

_SVG_UNSAFE = set('"<>&')


@dataclass(frozen=True)
class SkeletonSpec:
    """A keypoints field's skeleton (FiftyOne's ``KeypointSkeleton``): node names in
    point order, and edges as pairs of node indexes. CVAT draws it as a skeleton
    label with one point sublabel per node."""

    nodes: tuple[str, ...]
    edges: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(
        cls, field_name: str, labels: Sequence[str] | None, edges: Sequence[Sequence[int]]
    ) -> SkeletonSpec:
        """From a ``KeypointSkeleton``; unnamed nodes are numbered from 1, as CVAT does."""
        pairs = tuple((int(e[0]), int(e[1])) for e in edges if len(e) == 2)
        count = len(labels) if labels else 1 + max((max(p) for p in pairs), default=-1)
        nodes = tuple(str(n) for n in labels) if labels else tuple(str(i + 1) for i in range(count))
        problem = None
        if not nodes:
            problem = "it has no nodes"
        elif len(set(nodes)) != len(nodes) or any(not n or _SVG_UNSAFE & set(n) for n in nodes):
            problem = 'node names must be unique, non-empty and free of " < > &'
        elif any(not (0 <= i < len(nodes)) for pair in pairs for i in pair):
            problem = f"an edge names a node outside 0..{len(nodes) - 1}"
        if problem:
            raise ValueError(
                f"{field_name}: the dataset's skeleton for this field cannot become a CVAT "
                f"skeleton: {problem}; fix dataset.skeletons[{field_name!r}]"
            )
        return cls(nodes, pairs)

    def to_dict(self) -> dict[str, object]:
        return {"nodes": list(self.nodes), "edges": [list(e) for e in self.edges]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> SkeletonSpec:
        return cls(tuple(d["nodes"]), tuple((int(a), int(b)) for a, b in d["edges"]))


@dataclass(frozen=True)
class FieldSpec:
    """One label field of an annotation run, fully resolved.

    ``occluded_attr``/``group_id_attr`` are set when every class of the field
    uses the same attribute (the usual case); with class groups that differ,
    use ``occluded_attr_for(class_name)``. ``scalar_mode`` is ``"value"`` for a
    class-less scalar field (one CVAT tag named after the field, with a text
    attribute ``value``) and ``"class"`` for a scalar field with classes (the
    tag name is the value); ``None`` for label fields.
    """

    name: str  # as in the schema, e.g. "ground_truth" or "frames.detections"
    label_type: LabelType
    classes: tuple[ClassSpec, ...]
    existing: bool = False
    occluded_attr: str | None = None
    group_id_attr: str | None = None
    mask_targets: dict[int, str] | None = None
    only_keyframes: bool = False
    allow_additions: bool = True
    allow_deletions: bool = True
    allow_label_edits: bool = True
    allow_index_edits: bool = True
    allow_spatial_edits: bool = True
    read_only_attrs: frozenset[str] = field(default_factory=frozenset)
    scalar_mode: ScalarMode | None = None
    skeleton: SkeletonSpec | None = None

    @property
    def is_frame_field(self) -> bool:
        return self.name.startswith("frames.")

    @property
    def path(self) -> str:
        """Field path inside a sample or frame (without the ``frames.`` prefix)."""
        return self.name[len("frames.") :] if self.is_frame_field else self.name

    @property
    def return_type(self) -> ReturnType:
        """Key under which ``download_annotations`` returns this field's labels."""
        return RETURN_TYPES[self.label_type]

    @property
    def list_field(self) -> str | None:
        """The container's list attribute for plural types (``"detections"``), else None."""
        return LIST_FIELDS.get(self.label_type)

    @property
    def is_trackable(self) -> bool:
        """Frame-level object fields: uploaded as CVAT tracks when labels have an index."""
        return self.is_frame_field and self.return_type in TRACKABLE_RETURN_TYPES

    @property
    def is_fieldless(self) -> bool:
        """The stand-in field of a project run without label fields (see ``FIELDLESS``)."""
        return self.name == FIELDLESS

    @property
    def has_label_ids(self) -> bool:
        """Whether this field's CVAT labels carry the reserved ``label_id`` attribute."""
        return self.label_type != "scalar"

    def class_spec(self, name: str) -> ClassSpec:
        """The spec of FiftyOne class ``name`` (for scalars: its CVAT spelling)."""
        for spec in self.classes:
            if spec.name == name:
                return spec
        raise KeyError(f"Field '{self.name}' has no class '{name}'")

    def class_for(self, value: object) -> ClassSpec | None:
        """The class a FiftyOne label string / scalar value is uploaded as, if any.

        ``None`` means the value is not in the schema (such labels are not
        uploaded). A class-less scalar field has one tag for every value.
        """
        if self.scalar_mode == "value":
            return self.classes[0]
        name = to_cvat_value(value) if self.scalar_mode == "class" else value
        return next((c for c in self.classes if c.name == name), None)

    def occluded_attr_for(self, class_name: str) -> str | None:
        return self.class_spec(class_name).occluded_attr

    def group_id_attr_for(self, class_name: str) -> str | None:
        return self.class_spec(class_name).group_id_attr


@dataclass(frozen=True)
class RunSchema:
    """All fields of one annotation run, with CVAT-label-name lookups.

    Normally every ``cvat_name`` is unique. Runs on an existing CVAT project
    share the project's labels between fields of different return types; then
    pass ``return_type`` to ``by_cvat_name``.
    """

    fields: tuple[FieldSpec, ...]
    _index: dict[tuple[str, ReturnType], tuple[FieldSpec, ClassSpec]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        index: dict[tuple[str, ReturnType], tuple[FieldSpec, ClassSpec]] = {}
        names: set[str] = set()
        for spec in self.fields:
            if spec.name in names:
                raise ValueError(f"Field '{spec.name}' appears twice in the run schema")
            names.add(spec.name)
            for cls in spec.classes:
                key = (cls.cvat_name, _tag_kind(spec))
                if key in index:
                    raise ValueError(
                        f"CVAT label '{cls.cvat_name}' is used by fields '{index[key][0].name}' "
                        f"and '{spec.name}' of the same kind; annotate them in separate runs "
                        "or rename a class"
                    )
                index[key] = (spec, cls)
        object.__setattr__(self, "_index", index)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.fields)

    @property
    def cvat_names(self) -> tuple[str, ...]:
        """CVAT label names of the run, each once, in schema order."""
        return tuple(dict.fromkeys(name for name, _ in self._index))

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(f"No field '{name}' in this annotation run; fields: {self.field_names}")

    def by_cvat_name(
        self, name: str, return_type: ReturnType | None = None
    ) -> tuple[FieldSpec, ClassSpec]:
        """The field and class a CVAT label name stands for.

        ``return_type`` (``"scalar"`` counts as ``"classifications"``: both are
        tags) disambiguates labels shared by several fields of a project run.
        """
        if return_type is not None:
            kind = _kind_of(return_type)
            try:
                return self._index[(name, kind)]
            except KeyError:
                raise KeyError(f"No {kind} label '{name}' in this annotation run") from None
        matches = [hit for (cvat_name, _), hit in self._index.items() if cvat_name == name]
        if not matches:
            raise KeyError(f"No CVAT label '{name}' in this annotation run")
        if len(matches) > 1:
            raise KeyError(
                f"CVAT label '{name}' is shared by fields "
                f"{[m[0].name for m in matches]}; pass return_type"
            )
        return matches[0]

    def to_dict(self) -> dict[str, object]:
        """JSON-safe form, so a backend can store the resolved schema with its run
        (project-derived schemas cannot be rebuilt from ``config.label_schema``)."""
        return {"fields": [_field_to_dict(spec) for spec in self.fields]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> RunSchema:
        return cls(fields=tuple(_field_from_dict(f) for f in d["fields"]))

    def describe(self) -> str:
        """A readable plan: each field, its flags, and the CVAT labels it becomes."""
        return "\n".join(line for spec in self.fields for line in _describe_field(spec))


def _attr_to_dict(attr: AttributeSpec) -> dict[str, object]:
    return {
        "name": attr.name,
        "type": attr.type,
        "values": list(attr.values),
        "default": attr.default,
        "mutable": attr.mutable,
        "read_only": attr.read_only,
    }


def _class_to_dict(cls: ClassSpec) -> dict[str, object]:
    return {
        "name": cls.name,
        "cvat_name": cls.cvat_name,
        "attributes": [_attr_to_dict(a) for a in cls.attributes],
        "value": cls.value,
        "occluded_attr": cls.occluded_attr,
        "group_id_attr": cls.group_id_attr,
    }


_FIELD_SCALARS = (
    "name",
    "label_type",
    "existing",
    "occluded_attr",
    "group_id_attr",
    "only_keyframes",
    "allow_additions",
    "allow_deletions",
    "allow_label_edits",
    "allow_index_edits",
    "allow_spatial_edits",
    "scalar_mode",
)


def _field_to_dict(spec: FieldSpec) -> dict[str, object]:
    d: dict[str, Any] = {key: getattr(spec, key) for key in _FIELD_SCALARS}
    d["classes"] = [_class_to_dict(c) for c in spec.classes]
    # JSON object keys are strings; pairs keep the pixel values ints
    d["mask_targets"] = None if spec.mask_targets is None else list(spec.mask_targets.items())
    d["read_only_attrs"] = sorted(spec.read_only_attrs)
    d["skeleton"] = None if spec.skeleton is None else spec.skeleton.to_dict()
    return d


def _field_from_dict(d: Mapping[str, Any]) -> FieldSpec:
    targets = d.get("mask_targets")
    return FieldSpec(
        **{key: d[key] for key in _FIELD_SCALARS},
        classes=tuple(
            ClassSpec(
                name=c["name"],
                cvat_name=c["cvat_name"],
                attributes=tuple(
                    AttributeSpec(**{**a, "values": tuple(a["values"])}) for a in c["attributes"]
                ),
                value=c["value"],
                occluded_attr=c["occluded_attr"],
                group_id_attr=c["group_id_attr"],
            )
            for c in d["classes"]
        ),
        mask_targets=None if targets is None else {int(k): str(v) for k, v in targets},
        read_only_attrs=frozenset(d["read_only_attrs"]),
        skeleton=SkeletonSpec.from_dict(d["skeleton"]) if d.get("skeleton") else None,
    )


def _describe_field(spec: FieldSpec) -> list[str]:
    state = "existing" if spec.existing else "new"
    flags = [
        f"no {what}"
        for what, allowed in (
            ("additions", spec.allow_additions),
            ("deletions", spec.allow_deletions),
            ("label edits", spec.allow_label_edits),
            ("index edits", spec.allow_index_edits),
            ("spatial edits", spec.allow_spatial_edits),
        )
        if not allowed
    ]
    if spec.only_keyframes:
        flags.append("keyframes only")
    extras = "".join(f"; {f}" for f in flags)
    lines = [f"{spec.name} ({spec.label_type}, {state}{extras})"]
    for cls in spec.classes:
        attrs = [_describe_attr(a) for a in cls.attributes]
        if spec.has_label_ids:
            attrs.append(LABEL_ID_ATTR)
        widgets = [
            f"{w}<-{n}"
            for w, n in (("occluded", cls.occluded_attr), ("group", cls.group_id_attr))
            if n
        ]
        tail = f" [{'; '.join(attrs)}]" if attrs else ""
        tail += f" {{{', '.join(widgets)}}}" if widgets else ""
        lines.append(f"  {cls.name!s} -> CVAT label '{cls.cvat_name}'{tail}")
    return lines


def _describe_attr(attr: AttributeSpec) -> str:
    text = f"{attr.name}: {attr.type}"
    if attr.type != "text" and attr.values:
        text += " " + "|".join(to_cvat_value(v) for v in attr.values)
    notes = [n for n, on in (("immutable", not attr.mutable), ("read-only", attr.read_only)) if on]
    return text + (f" ({', '.join(notes)})" if notes else "")


def _kind_of(return_type: ReturnType) -> ReturnType:
    return "classifications" if return_type == "scalar" else return_type


def _tag_kind(spec: FieldSpec) -> ReturnType:
    return _kind_of(spec.return_type)
