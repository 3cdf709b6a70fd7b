"""Attributes of a run's schema: parsing, CVAT's rules per attribute type, and the
CVAT label names of the run's classes (unique across fields).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from fiftyone_cvat.domain.schema.specs import AttributeSpec, ClassSpec, FieldSpec
from fiftyone_cvat.domain.schema.values import _is_bool, _is_int, to_cvat_value
from fiftyone_cvat.domain.schema.vocab import (
    ATTR_TYPES,
    LABEL_ID_ATTR,
    MAX_DEFAULT_LENGTH,
    MAX_NAME_LENGTH,
    MAX_VALUE_LENGTH,
)

# ----- attributes ----------------------------------------------------------


def _parse_attributes(field_name: str, raw: object, where: str) -> tuple[AttributeSpec, ...]:
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


def _parse_attribute(field_name: str, name: object, info: object, where: str) -> AttributeSpec:
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


def _values(here: str, raw: object) -> tuple[object, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str | bytes) or not isinstance(raw, Iterable):
        raise ValueError(f"{here}: 'values' must be a list, got {raw!r}")
    return tuple(raw)


def _attr_flag(here: str, info: Mapping[str, object], key: str, default: bool) -> bool:
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


def _with_values(spec: AttributeSpec, values: tuple[object, ...]) -> AttributeSpec:
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
        out.append(dataclasses.replace(spec, classes=tuple(classes)))
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


def recommend_attr_tool(name: str, value: object) -> dict[str, object]:
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
