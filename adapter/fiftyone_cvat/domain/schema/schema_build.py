"""FiftyOne's normalized ``label_schema`` -> typed, CVAT-checked specs.

Every CVAT rule is checked here, before any request, and a bad schema fails
with a ``ValueError`` that names the field, the problem and the fix.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Mapping, Sized
from dataclasses import dataclass
from typing import Any, Literal, SupportsInt, cast

from fiftyone_cvat.domain.aliases import AttrType, LabelType
from fiftyone_cvat.domain.schema.schema_attributes import (
    _assign_cvat_names,
    _check_name,
    _parse_attributes,
)
from fiftyone_cvat.domain.schema.specs import AttributeSpec, ClassSpec, FieldSpec, RunSchema
from fiftyone_cvat.domain.schema.values import _INT_RE, _is_bool, _is_int, to_cvat_value
from fiftyone_cvat.domain.schema.vocab import (
    LABEL_ID_ATTR,
    LABEL_TYPES,
    OBJECT_RETURN_TYPES,
    SCALAR_VALUE_ATTR,
)

logger = logging.getLogger(__name__)

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
    label_schema: Mapping[str | None, Mapping[str, object]],
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


_CUBOID_FIELDS = ("location", "rotation", "dimensions")


def _build_field(
    name: object, info: Mapping[str, object], globals_: _GlobalAttrs, media_type: str
) -> FieldSpec:
    spec = base_field_spec(name, info, media_type=media_type)
    if media_type in ("3d", "point-cloud") and isinstance(info.get("attributes"), Mapping):
        # a 3D detection's location/rotation/dimensions are its cuboid, not attributes
        # (FiftyOne's schema scan lists them among the labels' dynamic fields)
        given = cast("Mapping[str, object]", info["attributes"])
        attributes = {k: v for k, v in given.items() if k not in _CUBOID_FIELDS}
        info = {**info, "attributes": attributes}
    if spec.label_type == "segmentation":
        return _segmentation_field(spec, info)
    if spec.label_type == "scalar":
        return _scalar_field(spec, info)
    return _label_field(spec, info, globals_)


def base_field_spec(name: object, info: object, *, media_type: str = "image") -> FieldSpec:
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
        spec = dataclasses.replace(spec, mask_targets=_mask_targets(name, raw_targets))
    return spec


def _label_type(name: str, info: Mapping[str, object]) -> LabelType:
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
    return label_type


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


def _bool_key(name: str, info: Mapping[str, object], key: str, default: bool) -> bool:
    value = info.get(key, default)
    if value is None:
        return default
    if not _is_bool(value):
        raise ValueError(f"Field '{name}': '{key}' must be True or False, got {value!r}")
    return bool(value)


# ----- segmentation --------------------------------------------------------


def _segmentation_field(spec: FieldSpec, info: Mapping[str, object]) -> FieldSpec:
    _no_attributes(spec.name, info, "segmentation")
    targets = spec.mask_targets or {}
    names = list(dict.fromkeys(label for value, label in targets.items() if value != 0))
    if not names:
        raise ValueError(
            f"Field '{spec.name}': its mask_targets have no class besides 0 (background); "
            "add at least one {pixel_value: class_name} entry"
        )
    classes = tuple(_label_class(spec.name, n, (), None, None) for n in names)
    return dataclasses.replace(spec, classes=classes)


def _mask_targets(name: str, raw: object) -> dict[int, str]:
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


def _int_key(key: object) -> int | None:
    if (isinstance(key, int) and not isinstance(key, bool)) or _is_int(key):
        return int(cast(SupportsInt, key))
    if isinstance(key, str) and _INT_RE.fullmatch(key):
        return int(key)
    return None


def _no_attributes(name: str, info: Mapping[str, object], label_type: str) -> None:
    attrs = info.get("attributes")
    if attrs not in (None, True, False) and len(cast("Sized", attrs)) > 0:
        raise ValueError(
            f"Field '{name}' has type '{label_type}', which takes no attributes in CVAT; "
            "remove its attributes"
        )


# ----- scalar --------------------------------------------------------------


def _scalar_field(spec: FieldSpec, info: Mapping[str, object]) -> FieldSpec:
    _no_attributes(spec.name, info, "scalar")
    raw = info.get("classes") or []
    if isinstance(raw, str | bytes) or not isinstance(raw, Iterable):
        raise ValueError(f"Field '{spec.name}': classes must be a list, got {raw!r}")
    if not raw:
        value_attr = AttributeSpec(name=SCALAR_VALUE_ATTR, type="text")
        tag = ClassSpec(name=spec.name, cvat_name=spec.name, attributes=(value_attr,))
        return dataclasses.replace(spec, classes=(tag,), scalar_mode="value")
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
    return dataclasses.replace(spec, classes=tuple(classes.values()), scalar_mode="class")


def _is_scalar(value: object) -> bool:
    return isinstance(value, str | int | float) or _is_bool(value) or _is_int(value)


# ----- label fields --------------------------------------------------------


@dataclass(frozen=True)
class _ClassGroup:
    classes: tuple[str, ...]
    attributes: tuple[AttributeSpec, ...]


def _label_field(spec: FieldSpec, info: Mapping[str, object], globals_: _GlobalAttrs) -> FieldSpec:
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
    return dataclasses.replace(
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


def _parse_classes(name: str, raw: object) -> tuple[list[str], list[_ClassGroup]]:
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


def _parse_class_group(name: str, entry: Mapping[str, object]) -> _ClassGroup:
    if "classes" not in entry or "attributes" not in entry:
        raise ValueError(
            f"Field '{name}': class group {dict(entry)!r} needs both 'classes' and "
            "'attributes' keys"
        )
    classes = entry["classes"]
    given = [classes] if isinstance(classes, str) else list(cast("Iterable[object]", classes))
    for cls in given:
        if not isinstance(cls, str):
            raise ValueError(f"Field '{name}': class {cls!r} in a class group must be a string")
    classes = cast("list[str]", given)
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
