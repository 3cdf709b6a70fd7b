"""Typed label schema: what each FiftyOne field becomes in CVAT.

FiftyOne's ``annotate()`` normalizes the user's ``label_schema`` /
``label_field``... arguments into a plain dict before calling a backend; this
module turns that dict into frozen, typed specs with every CVAT-specific rule
checked up front (before any request). Conversion (``fiftyone_cvat.conversion``)
reads only these specs.

Here: the backend capabilities (``SUPPORTED_*``, ``recommend_attr_tool``,
``requires_attr_values``), value coding (``to_cvat_value``/``from_cvat_value``),
the specs and ``RunSchema``, ``build_run_schema`` (normalized dict -> specs)
and ``normalize_and_build`` (FiftyOne's normalizer, then ``build_run_schema``,
for code outside ``annotate()``). The CVAT side (label requests, project
labels -> specs) lives in ``fiftyone_cvat.schema_cvat``.
"""

from __future__ import annotations

import dataclasses
import inspect
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, ClassVar, Literal

import fiftyone.core.fields as fof
import numpy as np

logger = logging.getLogger(__name__)

LABEL_ID_ATTR = "label_id"
"""Reserved text attribute carrying each uploaded label's FiftyOne id (provenance)."""

SCALAR_VALUE_ATTR = "value"
FIELDLESS = "None"
"""The field of a run on an existing project that names no label field.

FiftyOne gives such a run the label schema ``{None: {}}`` (``"None"`` once
stored): every label annotated in it is "unexpected", so ``load_annotations``
prompts for, keeps, returns or ignores it according to ``unexpected``.
"""
"""Text attribute of the tag that carries a class-less scalar field's value."""

MAX_NAME_LENGTH = 64
"""CVAT's limit on label and attribute names (``LabelRequest``/``AttributeRequest``)."""
MAX_VALUE_LENGTH = 200
"""CVAT's limit on each string in ``AttributeRequest.values``."""
MAX_DEFAULT_LENGTH = 128
"""CVAT's limit on ``AttributeRequest.default_value``."""

LabelType = Literal[
    "classification",
    "classifications",
    "detection",
    "detections",
    "instance",
    "instances",
    "polyline",
    "polylines",
    "polygon",
    "polygons",
    "keypoint",
    "keypoints",
    "segmentation",
    "scalar",
]
LABEL_TYPES: tuple[LabelType, ...] = LabelType.__args__  # type: ignore[attr-defined]

AttrType = Literal["text", "select", "radio", "checkbox", "occluded", "group_id"]
ATTR_TYPES: tuple[AttrType, ...] = AttrType.__args__  # type: ignore[attr-defined]

ReturnType = Literal[
    "classifications", "detections", "polylines", "keypoints", "segmentation", "scalar"
]

RETURN_TYPES: dict[LabelType, ReturnType] = {
    "classification": "classifications",
    "classifications": "classifications",
    "detection": "detections",
    "detections": "detections",
    "instance": "detections",
    "instances": "detections",
    "polyline": "polylines",
    "polylines": "polylines",
    "polygon": "polylines",
    "polygons": "polylines",
    "keypoint": "keypoints",
    "keypoints": "keypoints",
    "segmentation": "segmentation",
    "scalar": "scalar",
}
"""Label type -> key of the dict that ``download_annotations`` returns for it."""

LIST_FIELDS: dict[LabelType, str] = {
    "classifications": "classifications",
    "detections": "detections",
    "instances": "detections",
    "polylines": "polylines",
    "polygons": "polylines",
    "keypoints": "keypoints",
}
"""Plural label types -> the list attribute of their container (``Detections.detections``)."""

TRACKABLE_RETURN_TYPES: frozenset[ReturnType] = frozenset({"detections", "polylines", "keypoints"})
"""Return types that become CVAT tracks when stored in a video frame field."""

OBJECT_RETURN_TYPES = TRACKABLE_RETURN_TYPES
"""Return types drawn as individual CVAT shapes: the only ones with CVAT's
occlusion flag and groups (tags have no occlusion; segmentations are merged
per class, so a per-object flag would be lost)."""

PSEUDO_ATTR_TYPES: frozenset[AttrType] = frozenset({"occluded", "group_id"})
"""Attribute types carried by CVAT's native shape fields, not CVAT attributes."""

# --------------------------------------------------------------------------
# Backend capabilities (the backend class delegates to these)
# --------------------------------------------------------------------------

SUPPORTED_MEDIA_TYPES: tuple[str, ...] = ("image", "video", "3d", "point-cloud")
SUPPORTED_LABEL_TYPES: tuple[LabelType, ...] = LABEL_TYPES
SUPPORTED_ATTR_TYPES: tuple[AttrType, ...] = ATTR_TYPES
SUPPORTED_SCALAR_TYPES: tuple[type, ...] = (
    fof.IntField,
    fof.FloatField,
    fof.StringField,
    fof.BooleanField,
)
SUPPORTS_KEYFRAMES = True
SUPPORTS_VIDEO_SAMPLE_FIELDS = False
REQUIRES_LABEL_SCHEMA = False  # a CVAT project can supply it


def recommend_attr_tool(name: str, value: Any) -> dict[str, Any]:
    """The CVAT widget for an attribute inferred from an existing label value.

    A boolean ``occluded`` and an integer ``group_id`` are linked to CVAT's
    native occlusion flag and groups, so editing them feels native in CVAT.
    """
    if _is_bool(value):
        if name == "occluded":
            return {"type": "occluded"}
        return {"type": "checkbox", "values": [True, False]}
    if _is_int(value) and name == "group_id":
        return {"type": "group_id"}
    return {"type": "text"}


def requires_attr_values(attr_type: str) -> bool:
    """Whether the user must list ``values`` for ``attr_type``.

    CVAT >= 2.5 rejects attributes without a ``values`` list, but that list may
    be empty for text and is always ``["true", "false"]`` for checkboxes, so
    ``schema_cvat`` fills both in and only select/radio need user values.
    Unlike FiftyOne's backend this needs no server connection.
    """
    return attr_type in ("select", "radio")


# --------------------------------------------------------------------------
# Value coding (shared with conversion)
# --------------------------------------------------------------------------

_INT_RE = re.compile(r"[+-]?[0-9]+")  # ASCII only: int() also takes other scripts' digits
_FLOAT_RE = re.compile(r"[+-]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)([eE][+-]?[0-9]+)?")


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool | np.bool_)


def _is_int(value: Any) -> bool:
    return isinstance(value, int | np.integer) and not _is_bool(value)


def to_cvat_value(value: Any) -> str:
    """How a FiftyOne value is written in CVAT (attribute values, tag names).

    CVAT stores every attribute value as a string; booleans use CVAT's own
    ``"true"``/``"false"`` so checkboxes work, and ``None`` is the empty string.
    """
    if value is None:
        return ""
    if _is_bool(value):
        return "true" if value else "false"
    if _is_int(value):
        return str(int(value))
    if isinstance(value, float):
        return repr(float(value))  # repr(np.float64) is "np.float64(...)"
    return str(value)


def parse_cvat_text(text: str) -> Any:
    """Best-effort typed value of a CVAT string: bool, int, finite float, None or str.

    Only plain decimal spellings become numbers (so ``"nan"``, ``"1_000"`` or
    ``" 7"`` stay strings).
    """
    if text == "" or text == "None":
        return None
    if text in ("true", "True"):
        return True
    if text in ("false", "False"):
        return False
    if _INT_RE.fullmatch(text):
        return int(text)
    if _FLOAT_RE.fullmatch(text):
        return float(text)
    return text


def parse_cvat_text_exact(text: str) -> Any:
    """Like :func:`parse_cvat_text` but only when ``to_cvat_value`` gives ``text`` back.

    Used for values of project labels, where a select value ``"007"`` must
    stay the string it was rather than become ``7``.
    """
    parsed = parse_cvat_text(text)
    return parsed if to_cvat_value(parsed) == text else text


def from_cvat_value(text: str | None, spec: AttributeSpec | None, coerce_text: bool = True) -> Any:
    """The FiftyOne value of a CVAT attribute value.

    select/radio/checkbox values map back to the typed value listed in
    ``spec.values`` (so ``"1"`` returns ``1`` or ``"1"``, whichever the schema
    listed). Text is parsed to bool/int/float when ``coerce_text`` (FiftyOne's
    ``coerce_text_attrs``), else kept as str. ``""`` is always ``None``.
    """
    if text is None or text == "":
        return None
    if spec is not None:
        for value in spec.values:
            if to_cvat_value(value) == text:
                return value
        if spec.type == "checkbox":
            return parse_cvat_text(text) if text in ("true", "false") else text
        if spec.type == "text" and not coerce_text:
            return text
    return parse_cvat_text(text)


# --------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------


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

    def class_for(self, value: Any) -> ClassSpec | None:
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

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form, so a backend can store the resolved schema with its run
        (project-derived schemas cannot be rebuilt from ``config.label_schema``)."""
        return {"fields": [_field_to_dict(spec) for spec in self.fields]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> RunSchema:
        return cls(fields=tuple(_field_from_dict(f) for f in d["fields"]))

    def describe(self) -> str:
        """A readable plan: each field, its flags, and the CVAT labels it becomes."""
        return "\n".join(line for spec in self.fields for line in _describe_field(spec))


def _attr_to_dict(attr: AttributeSpec) -> dict[str, Any]:
    return {
        "name": attr.name,
        "type": attr.type,
        "values": list(attr.values),
        "default": attr.default,
        "mutable": attr.mutable,
        "read_only": attr.read_only,
    }


def _class_to_dict(cls: ClassSpec) -> dict[str, Any]:
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


def _field_to_dict(spec: FieldSpec) -> dict[str, Any]:
    d: dict[str, Any] = {key: getattr(spec, key) for key in _FIELD_SCALARS}
    d["classes"] = [_class_to_dict(c) for c in spec.classes]
    # JSON object keys are strings; pairs keep the pixel values ints
    d["mask_targets"] = None if spec.mask_targets is None else list(spec.mask_targets.items())
    d["read_only_attrs"] = sorted(spec.read_only_attrs)
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


# --------------------------------------------------------------------------
# build_run_schema
# --------------------------------------------------------------------------

_FLAG_KEYS = (
    "allow_additions",
    "allow_deletions",
    "allow_label_edits",
    "allow_index_edits",
    "allow_spatial_edits",
    "only_keyframes",
)
_KNOWN_FIELD_KEYS = frozenset(
    {"type", "classes", "attributes", "mask_targets", "existing_field", *_FLAG_KEYS}
)


def build_run_schema(
    label_schema: Mapping[str | None, Mapping[str, Any]],
    *,
    occluded_attr: str | None = None,
    group_id_attr: str | None = None,
    media_type: str = "image",
) -> RunSchema:
    """Typed, CVAT-checked specs from FiftyOne's normalized ``label_schema``.

    Raises ``ValueError`` naming the field, the problem and the fix, so a bad
    schema fails before anything is created in CVAT. ``occluded_attr`` /
    ``group_id_attr`` apply to object fields that do not define their own. A
    ``None`` key (a run that takes its labels from a CVAT project) yields no
    field.
    """
    _check_global_attr(occluded_attr, "occluded_attr")
    _check_global_attr(group_id_attr, "group_id_attr")
    if occluded_attr is not None and occluded_attr == group_id_attr:
        raise ValueError(
            f"occluded_attr and group_id_attr are both '{occluded_attr}'; "
            "use two different attribute names"
        )
    globals_ = _GlobalAttrs(occluded_attr, group_id_attr)
    specs = [
        _build_field(name, info, globals_, media_type)
        for name, info in label_schema.items()
        if name is not None
    ]
    return RunSchema(fields=tuple(_assign_cvat_names(specs)))


@dataclass(frozen=True)
class _GlobalAttrs:
    occluded: str | None
    group_id: str | None


def _check_global_attr(name: str | None, arg: str) -> None:
    if name is None:
        return
    if not isinstance(name, str) or not name:
        raise ValueError(f"{arg} must be a non-empty attribute name, got {name!r}")
    if name == LABEL_ID_ATTR:
        raise ValueError(f"{arg} cannot be '{LABEL_ID_ATTR}': that name is reserved; pick another")


def _build_field(name: Any, info: Any, globals_: _GlobalAttrs, media_type: str) -> FieldSpec:
    spec = base_field_spec(name, info, media_type=media_type)
    if spec.label_type == "segmentation":
        return _segmentation_field(spec, info)
    if spec.label_type == "scalar":
        return _scalar_field(spec, info)
    return _label_field(spec, info, globals_)


def base_field_spec(name: Any, info: Any, *, media_type: str = "image") -> FieldSpec:
    """A field's name, type, flags (and mask targets) checked, without classes yet.

    Runs on an existing CVAT project use this: their classes and attributes
    come from the project (``schema_cvat.project_run_schema``), so the user's
    are neither needed nor checked.
    """
    if not isinstance(name, str) or not name:
        raise ValueError(f"Label field names must be non-empty strings, got {name!r}")
    if not isinstance(info, Mapping):
        raise ValueError(
            f"Field '{name}': its schema entry must be a dict like "
            f"{{'type': 'detections', 'classes': [...]}}, got {type(info).__name__}"
        )
    unknown = sorted(set(info) - _KNOWN_FIELD_KEYS)
    if unknown:
        logger.warning("Field '%s': ignoring unknown schema keys %s", name, unknown)
    label_type = _label_type(name, info)
    _check_media(name, label_type, media_type)
    spec = FieldSpec(
        name=name,
        label_type=label_type,
        classes=(),
        existing=_bool_key(name, info, "existing_field", False),
        only_keyframes=_bool_key(name, info, "only_keyframes", False),
        allow_additions=_bool_key(name, info, "allow_additions", True),
        allow_deletions=_bool_key(name, info, "allow_deletions", True),
        allow_label_edits=_bool_key(name, info, "allow_label_edits", True),
        allow_index_edits=_bool_key(name, info, "allow_index_edits", True),
        allow_spatial_edits=_bool_key(name, info, "allow_spatial_edits", True),
    )
    if spec.only_keyframes and not spec.is_trackable:
        raise ValueError(
            f"Field '{name}': only_keyframes applies only to frame-level "
            "detections/polylines/keypoints tracks; remove it"
        )
    raw_targets = info.get("mask_targets")
    if raw_targets is not None and label_type != "segmentation":
        raise ValueError(
            f"Field '{name}' has type '{label_type}', but mask_targets only apply to "
            "'segmentation' fields; remove mask_targets or use type 'segmentation'"
        )
    if label_type == "segmentation":
        spec = _replace(spec, mask_targets=_mask_targets(name, raw_targets))
    return spec


def _label_type(name: str, info: Mapping[str, Any]) -> LabelType:
    label_type = info.get("type")
    if label_type is None:
        raise ValueError(
            f"Field '{name}' has no label type: pass label_type=... (or 'type' in its "
            f"label_schema entry), one of {list(LABEL_TYPES)}"
        )
    if label_type not in LABEL_TYPES:
        raise ValueError(
            f"Field '{name}' has unknown label type {label_type!r}; use one of {list(LABEL_TYPES)}"
        )
    return label_type  # type: ignore[no-any-return]


_3D_LABEL_TYPES = frozenset(
    {"detection", "detections", "classification", "classifications", "scalar"}
)


def _check_media(name: str, label_type: LabelType, media_type: str) -> None:
    is_frame_field = name.startswith("frames.")
    if media_type == "video" and not is_frame_field:
        raise ValueError(
            f"Field '{name}': CVAT annotates videos frame by frame, so video label "
            f"fields must be frame fields; use 'frames.{name}'"
        )
    if media_type != "video" and is_frame_field:
        raise ValueError(
            f"Field '{name}' is a frame field but the samples are {media_type} samples; "
            "drop the 'frames.' prefix"
        )
    if media_type in ("3d", "point-cloud") and label_type not in _3D_LABEL_TYPES:
        raise ValueError(
            f"Field '{name}' has type '{label_type}', but CVAT's 3D tasks only have cuboids "
            "and tags; use 'detections' (cuboids) or a classification/scalar field"
        )


def _bool_key(name: str, info: Mapping[str, Any], key: str, default: bool) -> bool:
    value = info.get(key, default)
    if value is None:
        return default
    if not _is_bool(value):
        raise ValueError(f"Field '{name}': '{key}' must be True or False, got {value!r}")
    return bool(value)


# ----- segmentation --------------------------------------------------------


def _segmentation_field(spec: FieldSpec, info: Mapping[str, Any]) -> FieldSpec:
    _no_attributes(spec.name, info, "segmentation")
    targets = spec.mask_targets or {}
    names = list(dict.fromkeys(label for value, label in targets.items() if value != 0))
    if not names:
        raise ValueError(
            f"Field '{spec.name}': its mask_targets have no class besides 0 (background); "
            "add at least one {pixel_value: class_name} entry"
        )
    classes = tuple(_label_class(spec.name, n, (), None, None) for n in names)
    return _replace(spec, classes=classes)


def _mask_targets(name: str, raw: Any) -> dict[int, str]:
    if raw is None:
        raise ValueError(
            f"Field '{name}' is a new segmentation field without mask targets: pass "
            "mask_targets={1: 'class1', ...} (or set dataset.mask_targets)"
        )
    if not isinstance(raw, Mapping):
        raise ValueError(f"Field '{name}': mask_targets must be a dict {{int: str}}, got {raw!r}")
    targets: dict[int, str] = {}
    for key, label in raw.items():
        value = _int_key(key)
        if value is None:
            raise ValueError(
                f"Field '{name}': mask target key {key!r} is not an integer pixel value; "
                "RGB mask targets are not supported, use integer targets"
            )
        if not isinstance(label, str) or not label:
            raise ValueError(
                f"Field '{name}': mask target {key!r} must map to a non-empty class name"
            )
        targets[value] = label
    return targets


def _int_key(key: Any) -> int | None:
    if _is_int(key):
        return int(key)
    if isinstance(key, str) and _INT_RE.fullmatch(key):
        return int(key)
    return None


def _no_attributes(name: str, info: Mapping[str, Any], label_type: str) -> None:
    attrs = info.get("attributes")
    if attrs not in (None, True, False) and len(attrs) > 0:
        raise ValueError(
            f"Field '{name}' has type '{label_type}', which takes no attributes in CVAT; "
            "remove its attributes"
        )


# ----- scalar --------------------------------------------------------------


def _scalar_field(spec: FieldSpec, info: Mapping[str, Any]) -> FieldSpec:
    _no_attributes(spec.name, info, "scalar")
    raw = info.get("classes") or []
    if isinstance(raw, str | bytes) or not isinstance(raw, Iterable):
        raise ValueError(f"Field '{spec.name}': classes must be a list, got {raw!r}")
    if not raw:
        value_attr = AttributeSpec(name=SCALAR_VALUE_ATTR, type="text")
        tag = ClassSpec(name=spec.name, cvat_name=spec.name, attributes=(value_attr,))
        return _replace(spec, classes=(tag,), scalar_mode="value")
    classes: dict[str, ClassSpec] = {}
    for value in raw:
        if isinstance(value, Mapping) or value is None or not _is_scalar(value):
            raise ValueError(
                f"Field '{spec.name}' is a scalar field; its classes must be plain "
                f"str/int/float/bool values, got {value!r}"
            )
        cvat = to_cvat_value(value)
        if cvat in classes and classes[cvat].value != value:
            raise ValueError(
                f"Field '{spec.name}': classes {classes[cvat].value!r} and {value!r} are "
                f"both written '{cvat}' in CVAT; keep only one"
            )
        _check_name(spec.name, cvat, "Class")
        classes[cvat] = ClassSpec(name=cvat, cvat_name=cvat, value=value)
    return _replace(spec, classes=tuple(classes.values()), scalar_mode="class")


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) or _is_bool(value) or _is_int(value)


# ----- label fields --------------------------------------------------------


@dataclass(frozen=True)
class _ClassGroup:
    classes: tuple[str, ...]
    attributes: tuple[AttributeSpec, ...]


def _label_field(spec: FieldSpec, info: Mapping[str, Any], globals_: _GlobalAttrs) -> FieldSpec:
    name = spec.name
    object_field = spec.return_type in OBJECT_RETURN_TYPES
    field_attrs = _parse_attributes(name, info.get("attributes"), "")
    order, groups = _parse_classes(name, info.get("classes"))
    if spec.existing and not object_field:
        field_attrs, groups = _demote_pseudo(name, field_attrs, groups)
    if spec.is_trackable:
        _no_keyframe_attr(name, (*field_attrs, *(a for g in groups for a in g.attributes)))
    if not order:
        hint = (
            "the existing field has no labels to infer them from; "
            if spec.existing
            else "new fields need a class list; "
        )
        raise ValueError(f"Field '{name}' has no classes: {hint}pass classes=[...]")
    classes = []
    for class_name in order:
        attrs = _merge_class_attrs(field_attrs, groups, class_name)
        occluded = _pseudo(name, class_name, attrs, "occluded", globals_.occluded, object_field)
        group_id = _pseudo(name, class_name, attrs, "group_id", globals_.group_id, object_field)
        regular = tuple(
            a for a in attrs.values() if not a.is_pseudo and a.name not in (occluded, group_id)
        )
        classes.append(_label_class(name, class_name, regular, occluded, group_id))
    read_only = frozenset(
        a.name for a in (*field_attrs, *(a for g in groups for a in g.attributes)) if a.read_only
    )
    return _replace(
        spec,
        classes=tuple(classes),
        occluded_attr=_common(c.occluded_attr for c in classes),
        group_id_attr=_common(c.group_id_attr for c in classes),
        read_only_attrs=read_only,
    )


def _demote_pseudo(
    name: str, field_attrs: tuple[AttributeSpec, ...], groups: list[_ClassGroup]
) -> tuple[tuple[AttributeSpec, ...], list[_ClassGroup]]:
    """Tags have no occlusion flag or group: edit such (inferred) attributes as plain ones.

    FiftyOne infers ``occluded``/``group_id`` widgets from attribute names
    alone, so an existing classification with a boolean ``occluded`` must not
    make the run fail.
    """

    def demote(attrs: tuple[AttributeSpec, ...]) -> tuple[AttributeSpec, ...]:
        out = []
        for a in attrs:
            if a.is_pseudo:
                logger.warning(
                    "Field '%s': CVAT tags have no %s widget; '%s' is edited as a plain attribute",
                    name,
                    a.type,
                    a.name,
                )
                kind: AttrType = "checkbox" if a.type == "occluded" else "text"
                a = dataclasses.replace(a, type=kind, values=a.values or _PLAIN_VALUES[kind])
            out.append(a)
        return tuple(out)

    return demote(field_attrs), [_ClassGroup(g.classes, demote(g.attributes)) for g in groups]


_PLAIN_VALUES: dict[str, tuple[Any, ...]] = {"checkbox": (True, False), "text": ()}


def _no_keyframe_attr(name: str, attrs: Iterable[AttributeSpec]) -> None:
    if any(a.name == "keyframe" for a in attrs):
        raise ValueError(
            f"Field '{name}': 'keyframe' is CVAT's own track keyframe flag (it fills "
            "label.keyframe on download); remove the 'keyframe' attribute"
        )


def _label_class(
    field_name: str,
    class_name: str,
    attrs: tuple[AttributeSpec, ...],
    occluded: str | None,
    group_id: str | None,
) -> ClassSpec:
    _check_name(field_name, class_name, "Class")
    return ClassSpec(
        name=class_name,
        cvat_name=class_name,
        attributes=attrs,
        value=class_name,
        occluded_attr=occluded,
        group_id_attr=group_id,
    )


def _common(values: Iterable[str | None]) -> str | None:
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


def _parse_classes(name: str, raw: Any) -> tuple[list[str], list[_ClassGroup]]:
    """All class names (deduplicated, in listing order) and the class groups."""
    if raw is None:
        return [], []
    if isinstance(raw, str | bytes) or not isinstance(raw, Iterable):
        raise ValueError(f"Field '{name}': classes must be a list, got {raw!r}")
    order: dict[str, None] = {}
    groups: list[_ClassGroup] = []
    for entry in raw:
        if isinstance(entry, Mapping):
            group = _parse_class_group(name, entry)
            groups.append(group)
            order.update(dict.fromkeys(group.classes))
        elif isinstance(entry, str):
            order[entry] = None
        else:
            raise ValueError(
                f"Field '{name}': class {entry!r} must be a string or a dict "
                "{'classes': [...], 'attributes': {...}}"
            )
    return list(order), groups


def _parse_class_group(name: str, entry: Mapping[str, Any]) -> _ClassGroup:
    if "classes" not in entry or "attributes" not in entry:
        raise ValueError(
            f"Field '{name}': class group {dict(entry)!r} needs both 'classes' and "
            "'attributes' keys"
        )
    classes = entry["classes"]
    classes = [classes] if isinstance(classes, str) else list(classes)
    for cls in classes:
        if not isinstance(cls, str):
            raise ValueError(f"Field '{name}': class {cls!r} in a class group must be a string")
    where = f" (class group {classes})"
    return _ClassGroup(tuple(classes), _parse_attributes(name, entry["attributes"], where))


def _merge_class_attrs(
    field_attrs: tuple[AttributeSpec, ...], groups: list[_ClassGroup], class_name: str
) -> dict[str, AttributeSpec]:
    """Field-level attributes overlaid by the class's own (class-specific wins)."""
    attrs = {a.name: a for a in field_attrs}
    for group in groups:
        if class_name in group.classes:
            attrs.update((a.name, a) for a in group.attributes)
    return attrs


def _pseudo(
    field_name: str,
    class_name: str,
    attrs: dict[str, AttributeSpec],
    kind: Literal["occluded", "group_id"],
    global_name: str | None,
    object_field: bool,
) -> str | None:
    """The attribute linked to CVAT's ``kind`` widget for one class, or None."""
    own = [a.name for a in attrs.values() if a.type == kind]
    if len(own) > 1:
        raise ValueError(
            f"Field '{field_name}', class '{class_name}': attributes {own} all have type "
            f"'{kind}', but CVAT has one {kind} widget per object; keep one"
        )
    if own and not object_field:
        raise ValueError(
            f"Field '{field_name}': attribute '{own[0]}' has type '{kind}', but CVAT "
            f"only has {kind} on objects (detections, polylines, keypoints), not on tags "
            "or segmentations; use a checkbox/text attribute instead"
        )
    if own:
        return own[0]
    if global_name is None or not object_field:
        return None
    existing = attrs.get(global_name)
    if existing is not None and not _fits_pseudo(existing, kind):
        arg = f"{kind}_attr"
        want = "boolean (checkbox)" if kind == "occluded" else "integer (text)"
        raise ValueError(
            f"Field '{field_name}': {arg}='{global_name}' names its '{existing.type}' "
            f"attribute, but CVAT's {kind} needs a {want} attribute; pick another "
            f"{arg} or change that attribute's type"
        )
    return global_name


def _fits_pseudo(attr: AttributeSpec, kind: str) -> bool:
    if kind == "occluded":
        if attr.type == "checkbox":
            return True
        return attr.type in ("select", "radio") and all(_is_bool(v) for v in attr.values)
    if attr.type == "text":
        return all(_is_int(v) for v in attr.values)
    return attr.type in ("select", "radio") and all(_is_int(v) for v in attr.values)


# ----- attributes ----------------------------------------------------------


def _parse_attributes(field_name: str, raw: Any, where: str) -> tuple[AttributeSpec, ...]:
    if raw in (None, True, False):
        return ()  # inference already happened in FiftyOne's normalizer
    if isinstance(raw, str):
        raw = [raw]
    if isinstance(raw, Mapping):
        items = list(raw.items())
    elif isinstance(raw, Iterable):
        items = [(name, {}) for name in raw]
    else:
        raise ValueError(
            f"Field '{field_name}'{where}: attributes must be a dict, a list of names or "
            f"True/False, got {raw!r}"
        )
    return tuple(_parse_attribute(field_name, name, info, where) for name, info in items)


def _parse_attribute(field_name: str, name: Any, info: Any, where: str) -> AttributeSpec:
    here = f"Field '{field_name}'{where}, attribute '{name}'"
    if not isinstance(name, str) or not name:
        raise ValueError(f"Field '{field_name}'{where}: attribute names must be strings")
    if name == LABEL_ID_ATTR:
        raise ValueError(
            f"{here}: '{LABEL_ID_ATTR}' is reserved for label provenance; rename the attribute"
        )
    _check_name(field_name, name, "Attribute", where)
    if not info:
        info = recommend_attr_tool(name, None)
    if not isinstance(info, Mapping):
        raise ValueError(f"{here}: its spec must be a dict like {{'type': 'text'}}")
    attr_type = info.get("type")
    if attr_type is None:
        raise ValueError(f"{here} has no 'type'; use one of {list(ATTR_TYPES)}")
    if attr_type not in ATTR_TYPES:
        raise ValueError(
            f"{here} has unsupported type {attr_type!r}; use one of {list(ATTR_TYPES)}"
        )
    values = _values(here, info.get("values"))
    spec = AttributeSpec(
        name=name,
        type=attr_type,
        values=values,
        default=info.get("default"),
        mutable=_attr_flag(here, info, "mutable", True),
        read_only=_attr_flag(here, info, "read_only", False),
    )
    return _check_attribute(here, spec)


def _values(here: str, raw: Any) -> tuple[Any, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str | bytes) or not isinstance(raw, Iterable):
        raise ValueError(f"{here}: 'values' must be a list, got {raw!r}")
    return tuple(raw)


def _attr_flag(here: str, info: Mapping[str, Any], key: str, default: bool) -> bool:
    value = info.get(key)
    if value is None:
        return default
    if not _is_bool(value):
        raise ValueError(f"{here}: '{key}' must be True or False, got {value!r}")
    return bool(value)


def _check_attribute(here: str, spec: AttributeSpec) -> AttributeSpec:
    checker = _TYPE_CHECKS[spec.type]
    spec = checker(here, spec)
    if spec.values and spec.default is not None and spec.default not in spec.values:
        raise ValueError(
            f"{here}: default {spec.default!r} is not one of its values {list(spec.values)}; "
            "add it to values or change the default"
        )
    if not spec.is_pseudo:
        _check_cvat_strings(here, spec)
    return spec


def _check_choice(here: str, spec: AttributeSpec) -> AttributeSpec:
    if not spec.values:
        raise ValueError(
            f"{here} has type '{spec.type}' but no values; pass 'values': [...] "
            "(or use type 'text')"
        )
    return spec


def _check_checkbox(here: str, spec: AttributeSpec) -> AttributeSpec:
    if not all(_is_bool(v) for v in spec.values) or (
        spec.default is not None and not _is_bool(spec.default)
    ):
        raise ValueError(
            f"{here} is a checkbox, which CVAT stores as true/false; its values/default "
            "must be booleans (use 'select' or 'radio' for other values)"
        )
    return spec if spec.values else _with_values(spec, (True, False))


def _check_occluded(here: str, spec: AttributeSpec) -> AttributeSpec:
    if not all(_is_bool(v) for v in spec.values) or (
        spec.default is not None and not _is_bool(spec.default)
    ):
        raise ValueError(
            f"{here} has type 'occluded', which maps to CVAT's boolean occlusion flag; "
            "its values/default must be booleans (or use a select/text attribute)"
        )
    return spec


def _check_group_id(here: str, spec: AttributeSpec) -> AttributeSpec:
    if not all(_is_int(v) for v in spec.values) or (
        spec.default is not None and not _is_int(spec.default)
    ):
        raise ValueError(
            f"{here} has type 'group_id', which maps to CVAT's integer group id; "
            "its values/default must be integers (or use a select/text attribute)"
        )
    return spec


def _check_text(here: str, spec: AttributeSpec) -> AttributeSpec:
    del here
    return spec


_TYPE_CHECKS = {
    "text": _check_text,
    "select": _check_choice,
    "radio": _check_choice,
    "checkbox": _check_checkbox,
    "occluded": _check_occluded,
    "group_id": _check_group_id,
}


def _check_cvat_strings(here: str, spec: AttributeSpec) -> None:
    seen: dict[str, Any] = {}
    for value in spec.values:
        text = to_cvat_value(value)
        if text in seen and seen[text] != value:
            raise ValueError(
                f"{here}: values {seen[text]!r} and {value!r} are both written '{text}' "
                "in CVAT and could not be told apart; keep one"
            )
        if "\n" in text or len(text) > MAX_VALUE_LENGTH:
            raise ValueError(
                f"{here}: value {text[:40]!r}... must be one line of at most "
                f"{MAX_VALUE_LENGTH} characters in CVAT; shorten it"
            )
        seen[text] = value
    if len(to_cvat_value(spec.default)) > MAX_DEFAULT_LENGTH:
        raise ValueError(
            f"{here}: CVAT limits defaults to {MAX_DEFAULT_LENGTH} characters; shorten it"
        )


def _with_values(spec: AttributeSpec, values: tuple[Any, ...]) -> AttributeSpec:
    return AttributeSpec(
        name=spec.name,
        type=spec.type,
        values=values,
        default=spec.default,
        mutable=spec.mutable,
        read_only=spec.read_only,
    )


def _check_name(field_name: str, name: str, what: str, where: str = "") -> None:
    if not name:
        raise ValueError(f"Field '{field_name}'{where}: {what.lower()} names cannot be empty")
    if len(name) > MAX_NAME_LENGTH:
        raise ValueError(
            f"Field '{field_name}'{where}: {what} name '{name}' has {len(name)} characters, "
            f"over CVAT's {MAX_NAME_LENGTH}-character limit; shorten it"
        )


# ----- CVAT names ----------------------------------------------------------


def _assign_cvat_names(specs: list[FieldSpec]) -> list[FieldSpec]:
    """Suffix ``_<field>`` to every class shared by several fields, then check uniqueness.

    CVAT labels have no notion of fields, so ``car`` in ``gt`` and ``pred``
    becomes ``car_gt`` and ``car_pred`` (FiftyOne's scheme).
    """
    owners: dict[str, set[str]] = {}
    for spec in specs:
        for cls in spec.classes:
            owners.setdefault(cls.cvat_name, set()).add(spec.name)
    out: list[FieldSpec] = []
    taken: dict[str, str] = {}
    for spec in specs:
        classes = []
        for cls in spec.classes:
            cvat_name = cls.cvat_name
            if len(owners[cvat_name]) > 1:
                cvat_name = f"{cvat_name}_{spec.name}"
            _check_cvat_name(spec.name, cls.name, cvat_name, taken)
            taken[cvat_name] = spec.name
            classes.append(_replace_class(cls, cvat_name))
        out.append(_replace(spec, classes=tuple(classes)))
    return out


def _check_cvat_name(
    field_name: str, class_name: str, cvat_name: str, taken: dict[str, str]
) -> None:
    if len(cvat_name) > MAX_NAME_LENGTH:
        raise ValueError(
            f"Field '{field_name}': class '{class_name}' is shared with another field, so its "
            f"CVAT label is '{cvat_name}' ({len(cvat_name)} characters), over CVAT's "
            f"{MAX_NAME_LENGTH}-character limit; shorten the class or field name"
        )
    if cvat_name in taken:
        raise ValueError(
            f"Field '{field_name}': class '{class_name}' becomes CVAT label '{cvat_name}', "
            f"which field '{taken[cvat_name]}' already uses; rename one of the classes"
        )


def _replace_class(cls: ClassSpec, cvat_name: str) -> ClassSpec:
    return ClassSpec(
        name=cls.name,
        cvat_name=cvat_name,
        attributes=cls.attributes,
        value=cls.value,
        occluded_attr=cls.occluded_attr,
        group_id_attr=cls.group_id_attr,
    )


def _replace(spec: FieldSpec, **changes: Any) -> FieldSpec:
    return dataclasses.replace(spec, **changes)


# --------------------------------------------------------------------------
# normalize_and_build: FiftyOne's own normalizer outside annotate()
# --------------------------------------------------------------------------

_NORMALIZER_PARAMS = (
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


class _Capabilities:
    """The slice of a backend that FiftyOne's schema normalizer reads."""

    supported_label_types: ClassVar[list[str]] = list(SUPPORTED_LABEL_TYPES)
    supported_attr_types: ClassVar[list[str]] = list(SUPPORTED_ATTR_TYPES)
    supported_scalar_types: ClassVar[list[type]] = list(SUPPORTED_SCALAR_TYPES)
    supports_keyframes = SUPPORTS_KEYFRAMES
    supports_video_sample_fields = SUPPORTS_VIDEO_SAMPLE_FIELDS
    requires_label_schema = REQUIRES_LABEL_SCHEMA
    config = SimpleNamespace(name="cvat")

    def recommend_attr_tool(self, name: str, value: Any) -> dict[str, Any]:
        return recommend_attr_tool(name, value)

    def requires_attr_values(self, attr_type: str) -> bool:
        return requires_attr_values(attr_type)


def _normalizer() -> Any:
    import fiftyone.utils.annotations as foua

    func = getattr(foua, "_build_label_schema", None)
    params = tuple(inspect.signature(func).parameters) if callable(func) else None
    if params != _NORMALIZER_PARAMS:
        raise RuntimeError(
            "This FiftyOne version's private fiftyone.utils.annotations._build_label_schema "
            f"has parameters {params}, not {_NORMALIZER_PARAMS}; normalize the label "
            "schema yourself and call build_run_schema()"
        )
    return func


def normalize_and_build(
    samples: Any,
    *,
    label_schema: Mapping[str, Any] | list[str] | None = None,
    label_field: str | None = None,
    label_type: str | None = None,
    classes: list[Any] | None = None,
    attributes: bool | list[str] | Mapping[str, Any] = True,
    mask_targets: Mapping[Any, str] | None = None,
    occluded_attr: str | None = None,
    group_id_attr: str | None = None,
    allow_additions: bool = True,
    allow_deletions: bool = True,
    allow_label_edits: bool = True,
    allow_index_edits: bool = True,
    allow_spatial_edits: bool = True,
) -> RunSchema:
    """``annotate()``'s schema step without ``annotate()``: e.g. to print a plan.

    Runs FiftyOne's own normalizer (inferring types, classes and attributes of
    existing fields from ``samples``) with this backend's capabilities, then
    :func:`build_run_schema`.
    """
    _check_raw_mask_targets(label_schema, label_field, label_type, mask_targets)
    normalized, _ = _normalizer()(
        samples,
        _Capabilities(),
        label_schema,
        label_field,
        label_type,
        classes,
        attributes,
        mask_targets,
        allow_additions,
        allow_deletions,
        allow_label_edits,
        allow_index_edits,
        allow_spatial_edits,
    )
    _check_dropped_mask_targets(normalized, label_schema, label_field, mask_targets)
    media_type = "video" if samples._contains_videos(any_slice=True) else samples.media_type
    return build_run_schema(
        normalized,
        occluded_attr=occluded_attr,
        group_id_attr=group_id_attr,
        media_type=media_type,
    )


def _check_raw_mask_targets(
    label_schema: Any, label_field: str | None, label_type: str | None, mask_targets: Any
) -> None:
    misplaced = label_type not in (None, "segmentation")
    if label_schema is None and mask_targets is not None and misplaced:
        raise ValueError(
            f"Field '{label_field}' has type '{label_type}', but mask_targets only apply to "
            "'segmentation' fields; remove mask_targets"
        )
    if isinstance(label_schema, Mapping):
        for name, info in label_schema.items():
            t = info.get("type") if isinstance(info, Mapping) else None
            has = isinstance(info, Mapping) and info.get("mask_targets") is not None
            if has and t not in (None, "segmentation"):
                raise ValueError(
                    f"Field '{name}' has type '{t}', but mask_targets only apply to "
                    "'segmentation' fields; remove mask_targets"
                )


def _check_dropped_mask_targets(
    normalized: Mapping[Any, Mapping[str, Any]],
    label_schema: Any,
    label_field: str | None,
    mask_targets: Any,
) -> None:
    """FiftyOne silently drops mask_targets of inferred non-segmentation fields."""
    raw: dict[Any, bool] = {}
    if isinstance(label_schema, Mapping):
        raw = {
            n: isinstance(i, Mapping) and i.get("mask_targets") is not None
            for n, i in label_schema.items()
        }
    elif label_schema is None and label_field is not None:
        raw = {label_field: mask_targets is not None}
    for name, has in raw.items():
        label_type = normalized.get(name, {}).get("type")
        if has and label_type != "segmentation":
            raise ValueError(
                f"Field '{name}' has type '{label_type}', but mask_targets only apply to "
                "'segmentation' fields; remove mask_targets"
            )
