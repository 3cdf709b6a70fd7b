"""The CVAT side of the label schema: label requests out, project labels in.

``cvat_label_requests`` gives the ``labels`` of ``POST /api/projects``
(``ProjectWriteRequest``) and ``POST /api/tasks`` (``TaskWriteRequest``).
``project_run_schema`` / ``apply_project_labels`` /
``field_spec_from_cvat_labels`` do the reverse for
runs on an existing project, whose labels replace the user's classes and
attributes; ``missing_label_id`` / ``label_id_patch`` let the backend add the
reserved ``label_id`` attribute to such a project first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any, Literal, cast

from cvat_api.models.attribute_request import AttributeRequest
from cvat_api.models.patched_label_request import PatchedLabelRequest
from cvat_api.models.sublabel_request import SublabelRequest
from fiftyone_cvat.domain.aliases import AttrType, LabelType
from fiftyone_cvat.domain.conversion.skeletons import skeleton_from_label, skeleton_svg
from fiftyone_cvat.domain.schema.cvat_labels import CvatAttribute, CvatLabel, cvat_labels, top_level
from fiftyone_cvat.domain.schema.schema_build import base_field_spec
from fiftyone_cvat.domain.schema.specs import AttributeSpec, ClassSpec, FieldSpec, RunSchema
from fiftyone_cvat.domain.schema.values import from_cvat_value, parse_cvat_text_exact, to_cvat_value
from fiftyone_cvat.domain.schema.vocab import (
    FIELDLESS,
    LABEL_ID_ATTR,
    OBJECT_RETURN_TYPES,
    RETURN_TYPES,
    SCALAR_VALUE_ATTR,
)

CvatInputType = Literal["checkbox", "radio", "select", "text"]

# --------------------------------------------------------------------------
# FiftyOne specs -> CVAT label requests
# --------------------------------------------------------------------------


def label_id_attribute_request() -> AttributeRequest:
    """The reserved provenance attribute: free text, mutable so tracks keep it per frame."""
    return AttributeRequest(input_type="text", mutable=True, name=LABEL_ID_ATTR, values=[])


def attribute_request(spec: AttributeSpec) -> AttributeRequest:
    """One CVAT attribute; ``read_only`` stays local (CVAT has no such notion).

    CVAT requires a ``values`` list: empty for text, ``["true", "false"]`` for
    checkboxes, the stringified choices for select/radio.
    """
    if spec.is_pseudo:
        raise ValueError(
            f"Attribute '{spec.name}' has type '{spec.type}': it maps to CVAT's native "
            "shape field and is not sent as a CVAT attribute"
        )
    input_type = cast(CvatInputType, spec.type)
    values = [] if input_type == "text" else [to_cvat_value(v) for v in spec.values]
    request = AttributeRequest(
        input_type=input_type, mutable=spec.mutable, name=spec.name, values=values
    )
    if spec.default is not None:
        request.default_value = to_cvat_value(spec.default)
    return request


def label_request(field_spec: FieldSpec, class_spec: ClassSpec) -> PatchedLabelRequest:
    """The CVAT label of one class, with ``label_id`` on every non-scalar field's label."""
    attributes = [attribute_request(a) for a in class_spec.attributes]
    if field_spec.has_label_ids:
        attributes.append(label_id_attribute_request())
    request = PatchedLabelRequest(name=class_spec.cvat_name, attributes=attributes)
    if field_spec.skeleton is not None:  # one point sublabel per node, edges in the SVG
        request.type_ = "skeleton"
        request.sublabels = [
            SublabelRequest(name=node, type_="points") for node in field_spec.skeleton.nodes
        ]
        request.svg = skeleton_svg(field_spec.skeleton)
    return request


def cvat_label_requests(run_schema: RunSchema) -> list[PatchedLabelRequest]:
    """The ``labels`` of the project or task to create, in schema order.

    The label ``type`` is left unset ("any") so one label can be drawn with
    any tool (e.g. instances as masks or polygons) and projects stay reusable.
    """
    return [
        label_request(field_spec, class_spec)
        for field_spec in run_schema.fields
        for class_spec in field_spec.classes
    ]


# --------------------------------------------------------------------------
# CVAT labels -> FiftyOne specs (runs on an existing project)
# --------------------------------------------------------------------------

_INPUT_TYPES: dict[str, AttrType] = {
    "text": "text",
    "select": "select",
    "radio": "radio",
    "checkbox": "checkbox",
    "number": "text",  # FiftyOne has no number widget; its value round-trips as text
}


Labels = Iterable[CvatLabel | Mapping[str, object] | Any]
"""CVAT labels: typed (:class:`CvatLabel`), generated models, or CVAT's JSON."""


def _top_level(labels: Labels) -> list[CvatLabel]:
    """Labels without skeleton sublabels (``GET /api/labels`` lists those too)."""
    return top_level(cvat_labels(labels))


def missing_label_id(labels: Labels) -> bool:
    """Whether any label lacks the reserved ``label_id`` attribute (then PATCH the project)."""
    return any(not _has_label_id(d) for d in _top_level(labels))


def _has_label_id(label: CvatLabel) -> bool:
    return LABEL_ID_ATTR in label.attribute_names()


def label_id_patch(labels: Labels) -> list[PatchedLabelRequest]:
    """``PatchedProjectWriteRequest.labels`` adding ``label_id`` where it is missing.

    Only the new attribute is sent: CVAT keeps attributes a PATCH omits.
    """
    patch = []
    for label in _top_level(labels):
        if _has_label_id(label):
            continue
        if label.id is None:
            raise ValueError(
                f"CVAT label '{label.name}' has no id; pass the project's labels as "
                "returned by GET /api/labels?project_id=..."
            )
        attrs = [label_id_attribute_request()]
        patch.append(PatchedLabelRequest(id=label.id, name=label.name, attributes=attrs))
    return patch


def attribute_spec_from_cvat(attr: CvatAttribute | Mapping[str, object] | Any) -> AttributeSpec:
    """A CVAT attribute as a spec, values parsed back to typed values where lossless."""
    d = attr if isinstance(attr, CvatAttribute) else CvatAttribute.of(attr)
    attr_type = _INPUT_TYPES.get(d.input_type, "text")
    raw_values = list(d.values)
    if attr_type == "text":
        values: tuple[Any, ...] = ()
    elif attr_type == "checkbox":
        values = (True, False)
    else:
        values = tuple(parse_cvat_text_exact(v) for v in raw_values if v != "")
    spec = AttributeSpec(name=d.name, type=attr_type, values=values, mutable=d.mutable)
    default = d.default_value
    if isinstance(default, str) and default != "":
        parsed = from_cvat_value(default, spec, coerce_text=False)
        if not values or parsed in values:
            spec = dataclasses.replace(spec, default=parsed)
    return spec


def field_spec_from_cvat_labels(
    field_name: str,
    label_type: LabelType,
    labels: Labels,
    *,
    existing: bool = False,
    occluded_attr: str | None = None,
    group_id_attr: str | None = None,
    mask_targets: Mapping[int, str] | None = None,
) -> FieldSpec:
    """A field whose classes and attributes come from a CVAT project's labels.

    As in FiftyOne, the project's labels replace the user's classes and
    attributes, and occluded/group id links come only from ``occluded_attr`` /
    ``group_id_attr`` (CVAT projects cannot store them). ``label_id`` is
    ignored. Restriction flags keep their defaults: set them with
    ``dataclasses.replace`` (``apply_project_labels`` does).
    """
    top = _top_level(labels)
    if not top:
        raise ValueError(
            f"Field '{field_name}': the CVAT project has no labels to annotate with; "
            "add labels to the project or pass a label schema without project_id"
        )
    base = FieldSpec(name=field_name, label_type=label_type, classes=(), existing=existing)
    if label_type == "scalar":
        return _scalar_from_labels(base, top)
    object_field = RETURN_TYPES[label_type] in OBJECT_RETURN_TYPES
    occluded = occluded_attr if object_field else None
    group_id = group_id_attr if object_field else None
    classes = tuple(_class_from_label(field_name, label, occluded, group_id) for label in top)
    spec = dataclasses.replace(
        base,
        classes=classes,
        occluded_attr=occluded,
        group_id_attr=group_id,
    )
    if label_type == "segmentation":
        spec = dataclasses.replace(spec, mask_targets=_project_mask_targets(spec, mask_targets))
    skeletons = {skeleton_from_label(t) for t in top if t.type == "skeleton"}
    if label_type == "keypoints" and skeletons:
        if len(skeletons) > 1:
            raise ValueError(
                f"Field '{field_name}': the CVAT project's skeleton labels have different "
                "nodes, but a FiftyOne keypoints field has one skeleton; use one skeleton "
                "label per field"
            )
        spec = dataclasses.replace(spec, skeleton=skeletons.pop())
    return spec


def _class_from_label(
    field_name: str, label: CvatLabel, occluded: str | None, group_id: str | None
) -> ClassSpec:
    name = label.name
    attrs = [attribute_spec_from_cvat(a) for a in label.attributes if a.name != LABEL_ID_ATTR]
    for pseudo, kind in ((occluded, "occluded_attr"), (group_id, "group_id_attr")):
        clash = next((a for a in attrs if a.name == pseudo), None)
        if clash is not None and not _fits(clash, kind):
            raise ValueError(
                f"Field '{field_name}': {kind}='{pseudo}' names the '{clash.type}' attribute "
                f"of project label '{name}'; pick another {kind}"
            )
    regular = tuple(a for a in attrs if a.name not in (occluded, group_id))
    return ClassSpec(
        name=name,
        cvat_name=name,
        attributes=regular,
        value=name,
        occluded_attr=occluded,
        group_id_attr=group_id,
    )


def _fits(attr: AttributeSpec, kind: str) -> bool:
    if kind == "occluded_attr":
        return attr.type == "checkbox"
    return attr.type == "text"


def _scalar_from_labels(base: FieldSpec, labels: list[CvatLabel]) -> FieldSpec:
    """A project label named after the field with a ``value`` attribute means value mode."""
    for label in labels:
        if label.name == base.name and SCALAR_VALUE_ATTR in label.attribute_names():
            value_attr = AttributeSpec(name=SCALAR_VALUE_ATTR, type="text")
            tag = ClassSpec(name=base.name, cvat_name=base.name, attributes=(value_attr,))
            return dataclasses.replace(base, classes=(tag,), scalar_mode="value")
    classes = tuple(
        ClassSpec(name=label.name, cvat_name=label.name, value=_scalar_value(label.name))
        for label in labels
    )
    return dataclasses.replace(base, classes=classes, scalar_mode="class")


def _scalar_value(name: object) -> object:
    return parse_cvat_text_exact(str(name))


def _project_mask_targets(
    spec: FieldSpec, mask_targets: Mapping[int, str] | None
) -> dict[int, str]:
    if mask_targets is None:
        raise ValueError(
            f"Field '{spec.name}' is a segmentation field on a CVAT project: pass its "
            "mask_targets={pixel_value: class_name} so project labels map to pixel values"
        )
    names = {c.name for c in spec.classes}
    missing = sorted({v for k, v in mask_targets.items() if k != 0} - names)
    if missing:
        raise ValueError(
            f"Field '{spec.name}': mask targets {missing} are not labels of the CVAT "
            "project; add them to the project or use another project"
        )
    return dict(mask_targets)


def apply_project_labels(
    run_schema: RunSchema,
    labels: Labels,
    *,
    occluded_attr: str | None = None,
    group_id_attr: str | None = None,
) -> RunSchema:
    """The run schema with every field's classes/attributes replaced by the project's.

    Keeps each field's name, type, ``existing`` and restriction flags. All
    fields then share the project's label names, so at most one field per
    kind (tags, detections, polylines, keypoints, segmentation) is allowed.
    """
    labels = cvat_labels(labels)  # read once, used per field
    seen: dict[str, str] = {}
    fields = []
    for spec in run_schema.fields:
        kind = "classifications" if spec.return_type == "scalar" else spec.return_type
        if kind in seen:
            raise ValueError(
                f"Field '{spec.name}': field '{seen[kind]}' already takes the project's "
                f"{kind} labels, and CVAT cannot tell them apart; annotate one per run"
            )
        seen[kind] = spec.name
        project_spec = field_spec_from_cvat_labels(
            spec.name,
            spec.label_type,
            labels,
            existing=spec.existing,
            occluded_attr=occluded_attr,
            group_id_attr=group_id_attr,
            mask_targets=spec.mask_targets,
        )
        fields.append(
            dataclasses.replace(
                spec,
                classes=project_spec.classes,
                occluded_attr=project_spec.occluded_attr,
                group_id_attr=project_spec.group_id_attr,
                mask_targets=project_spec.mask_targets,
                scalar_mode=project_spec.scalar_mode,
                read_only_attrs=frozenset(),
            )
        )
    return RunSchema(fields=tuple(fields))


def _refuse_widget_attributes(label_schema: Mapping[Any, Mapping[str, object]]) -> None:
    """An existing project's labels replace the schema's attributes, so an ``occluded``
    or ``group_id`` attribute there would be silently lost (FiftyOne's built-in refuses
    it too)."""
    for name, info in label_schema.items():
        attributes = info.get("attributes") or {}
        items = attributes.items() if isinstance(attributes, Mapping) else []
        for attr_name, attr in items:
            kind = attr.get("type") if isinstance(attr, Mapping) else None
            if kind in ("occluded", "group_id"):
                param = f"{kind}_attr" if kind == "group_id" else "occluded_attr"
                raise ValueError(
                    f"label_schema['{name}']['attributes']['{attr_name}']: a {kind!r} "
                    "attribute cannot be added to an existing CVAT project, whose labels "
                    "replace the schema's attributes. Pass "
                    f"{param}='{attr_name}' instead"
                )


def project_run_schema(
    label_schema: Mapping[str | None, Mapping[str, object]] | RunSchema,
    labels: Labels,
    *,
    occluded_attr: str | None = None,
    group_id_attr: str | None = None,
    media_type: str = "image",
) -> RunSchema:
    """The run schema of a run on an existing CVAT project.

    From FiftyOne's normalized dict, only each field's name, type, flags and
    mask targets are read; its classes and attributes are ignored (the doc's
    "Uploading to existing projects"), so they are not checked either. An
    already built ``RunSchema`` is accepted too (see ``apply_project_labels``).

    A run that names no label field (FiftyOne's ``{None: {}}``) gets one
    stand-in field, ``FIELDLESS``, holding every project label: its labels
    come back under their own types for ``load_annotations`` to place.
    """
    if isinstance(label_schema, RunSchema):
        base = label_schema
        fieldless = False
    else:
        named = {k: v for k, v in label_schema.items() if k not in (None, FIELDLESS)}
        _refuse_widget_attributes(named)
        base = RunSchema(
            fields=tuple(
                base_field_spec(name, info, media_type=media_type)
                for name, info in named.items()
                if name is not None
            )
        )
        fieldless = not named and len(label_schema) > 0
    run_schema = apply_project_labels(
        base, labels, occluded_attr=occluded_attr, group_id_attr=group_id_attr
    )
    if not fieldless:
        return run_schema
    if media_type != "image":
        raise ValueError(
            "label_field: a run on an existing CVAT project without label fields is "
            "supported for images only; for videos pass label_field='frames.<name>' "
            "and label_type"
        )
    stand_in = field_spec_from_cvat_labels(
        FIELDLESS,
        "detections",
        labels,
        occluded_attr=occluded_attr,
        group_id_attr=group_id_attr,
    )
    return RunSchema(fields=(stand_in,))
