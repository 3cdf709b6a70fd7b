"""Label schema: capabilities, value coding and ``build_run_schema`` (offline, no database)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fiftyone_cvat.domain.schema.schema_attributes import recommend_attr_tool, requires_attr_values
from fiftyone_cvat.domain.schema.schema_build import build_run_schema
from fiftyone_cvat.domain.schema.specs import AttributeSpec, RunSchema
from fiftyone_cvat.domain.schema.values import (
    from_cvat_value,
    parse_cvat_text,
    parse_cvat_text_exact,
    to_cvat_value,
)
from fiftyone_cvat.domain.schema.vocab import LABEL_ID_ATTR, LABEL_TYPES
from fiftyone_cvat.fiftyone_io.capabilities import (
    SUPPORTED_ATTR_TYPES,
    SUPPORTED_LABEL_TYPES,
    SUPPORTED_SCALAR_TYPES,
)

# --------------------------------------------------------------------------
# Capabilities
# --------------------------------------------------------------------------


def test_capabilities_cover_fiftyone_cvat_backend() -> None:
    import fiftyone.core.fields as fof

    assert set(SUPPORTED_LABEL_TYPES) == set(LABEL_TYPES)
    assert len(SUPPORTED_LABEL_TYPES) == 14
    assert set(SUPPORTED_ATTR_TYPES) == {
        "text",
        "select",
        "radio",
        "checkbox",
        "occluded",
        "group_id",
    }
    assert set(SUPPORTED_SCALAR_TYPES) == {
        fof.IntField,
        fof.FloatField,
        fof.StringField,
        fof.BooleanField,
    }


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("occluded", True, {"type": "occluded"}),
        ("occluded", np.bool_(False), {"type": "occluded"}),
        ("truncated", False, {"type": "checkbox", "values": [True, False]}),
        ("group_id", 3, {"type": "group_id"}),
        ("group_id", np.int64(3), {"type": "group_id"}),
        ("group_id", True, {"type": "checkbox", "values": [True, False]}),
        ("group_id", "3", {"type": "text"}),
        ("occluded", 1, {"type": "text"}),
        ("count", 3, {"type": "text"}),
        ("caption", "hello", {"type": "text"}),
        ("anything", None, {"type": "text"}),
    ],
)
def test_recommend_attr_tool(name: str, value: Any, expected: dict[str, Any]) -> None:
    assert recommend_attr_tool(name, value) == expected


def test_requires_attr_values_only_for_choices() -> None:
    # CVAT needs a values list for every attribute, but schema_cvat fills it
    # for text ([]) and checkbox (["true", "false"]).
    assert requires_attr_values("select")
    assert requires_attr_values("radio")
    for attr_type in ("text", "checkbox", "occluded", "group_id"):
        assert not requires_attr_values(attr_type)


# --------------------------------------------------------------------------
# Value coding
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (True, "true"),
        (False, "false"),
        (np.bool_(True), "true"),
        (3, "3"),
        (np.int32(-4), "-4"),
        (1.5, "1.5"),
        (1e20, "1e+20"),
        (np.float64(0.25), "0.25"),
        (np.float32(0.5), "0.5"),
        ("car", "car"),
    ],
)
def test_to_cvat_value(value: Any, text: str) -> None:
    assert to_cvat_value(value) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("None", None),
        ("true", True),
        ("False", False),
        ("12", 12),
        ("-3", -3),
        ("2.5", 2.5),
        ("1e+20", 1e20),
        ("nan", "nan"),
        ("1_000", "1_000"),
        (" 7", " 7"),
        ("\u0663", "\u0663"),  # Arabic-Indic 3: not an ASCII number
        ("car", "car"),
    ],
)
def test_parse_cvat_text(text: str, value: Any) -> None:
    parsed = parse_cvat_text(text)
    assert parsed == value
    assert type(parsed) is type(value)


def test_parse_cvat_text_exact_keeps_non_canonical_spellings() -> None:
    assert parse_cvat_text_exact("007") == "007"
    assert parse_cvat_text_exact("7") == 7
    assert parse_cvat_text_exact("1.50") == "1.50"
    assert parse_cvat_text_exact("True") == "True"
    assert parse_cvat_text_exact("true") is True


def test_from_cvat_value_maps_choices_back_to_typed_values() -> None:
    spec = AttributeSpec("size", "select", values=(1, "1.0", True, "x"))
    assert from_cvat_value("1", spec) == 1
    assert from_cvat_value("1.0", spec) == "1.0"
    assert from_cvat_value("true", spec) is True
    assert from_cvat_value("x", spec) == "x"
    assert from_cvat_value("", spec) is None


def test_from_cvat_value_text_coercion() -> None:
    text = AttributeSpec("note", "text")
    assert from_cvat_value("12", text) == 12
    assert from_cvat_value("12", text, coerce_text=False) == "12"
    assert from_cvat_value("true", text, coerce_text=False) == "true"
    assert from_cvat_value("", text, coerce_text=False) is None
    assert from_cvat_value("12", None) == 12


def test_from_cvat_value_checkbox() -> None:
    box = AttributeSpec("flag", "checkbox", values=(True, False))
    assert from_cvat_value("true", box) is True
    assert from_cvat_value("false", box) is False


_scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
)


@given(_scalars)
def test_value_round_trip_without_schema(value: Any) -> None:
    back = from_cvat_value(to_cvat_value(value), None)
    assert back == value
    assert type(back) is type(value) or (value == 0 and isinstance(back, int | float))


@given(st.text())
def test_text_round_trip_without_coercion(value: str) -> None:
    spec = AttributeSpec("note", "text")
    back = from_cvat_value(to_cvat_value(value), spec, coerce_text=False)
    assert back == (value or None)


@given(st.lists(_scalars | st.text(min_size=1), min_size=1, unique_by=to_cvat_value))
def test_choice_round_trip(values: list[Any]) -> None:
    spec = AttributeSpec("choice", "select", values=tuple(values))
    for value in values:
        back = from_cvat_value(to_cvat_value(value), spec)
        if value is None or value == "":
            assert back is None
        else:
            assert back == value
            assert type(back) is type(value)


@given(st.text())
def test_exact_parse_is_lossless(text: str) -> None:
    assert to_cvat_value(parse_cvat_text_exact(text)) == text


# --------------------------------------------------------------------------
# build_run_schema: valid schemas
# --------------------------------------------------------------------------


def _one(label_type: str, **info: Any) -> dict[str, dict[str, Any]]:
    return {"field": {"type": label_type, **info}}


@pytest.mark.parametrize("label_type", [t for t in LABEL_TYPES if t not in ("scalar",)])
def test_every_label_type_builds(label_type: str) -> None:
    info: dict[str, Any] = {"classes": ["cat", "dog"]}
    if label_type == "segmentation":
        info = {"mask_targets": {0: "background", 1: "cat", 2: "dog"}}
    run = build_run_schema(_one(label_type, **info))
    spec = run.field("field")
    assert spec.label_type == label_type
    assert [c.name for c in spec.classes] == ["cat", "dog"]
    assert [c.cvat_name for c in spec.classes] == ["cat", "dog"]
    assert spec.has_label_ids
    assert spec.scalar_mode is None
    assert not spec.existing
    assert spec.allow_additions and spec.allow_spatial_edits and not spec.only_keyframes


def test_segmentation_classes_come_from_mask_targets() -> None:
    run = build_run_schema(
        _one("segmentation", mask_targets={"0": "bg", "1": "road", 3: "car", 4: "road"})
    )
    spec = run.field("field")
    assert spec.mask_targets == {0: "bg", 1: "road", 3: "car", 4: "road"}
    assert [c.name for c in spec.classes] == ["road", "car"]


def test_return_types_and_trackability() -> None:
    run = build_run_schema(
        {
            "frames.dets": {"type": "detections", "classes": ["car"]},
            "frames.cls": {"type": "classification", "classes": ["day"]},
        },
        media_type="video",
    )
    dets, cls = run.fields
    assert dets.is_frame_field and dets.path == "dets"
    assert dets.return_type == "detections" and dets.is_trackable
    assert cls.return_type == "classifications" and not cls.is_trackable


def test_flags_are_carried_over() -> None:
    run = build_run_schema(
        {
            "frames.gt": {
                "type": "detections",
                "classes": ["car"],
                "existing_field": True,
                "allow_additions": False,
                "allow_deletions": False,
                "allow_label_edits": False,
                "allow_index_edits": False,
                "allow_spatial_edits": False,
                "only_keyframes": True,
            }
        },
        media_type="video",
    )
    spec = run.field("frames.gt")
    assert spec.existing and spec.only_keyframes
    assert not any(
        (
            spec.allow_additions,
            spec.allow_deletions,
            spec.allow_label_edits,
            spec.allow_index_edits,
            spec.allow_spatial_edits,
        )
    )


def test_attributes_dict_list_and_bool_forms() -> None:
    attrs = {
        "kind": {"type": "select", "values": ["a", "b"], "default": "a", "mutable": False},
        "visible": {"type": "radio", "values": [True, False], "default": False},
        "note": {"type": "text", "read_only": True},
        "flag": {"type": "checkbox"},
    }
    spec = build_run_schema(_one("detections", classes=["car"], attributes=attrs)).fields[0]
    car = spec.classes[0]
    assert [a.name for a in car.attributes] == ["kind", "visible", "note", "flag"]
    kind = car.attribute("kind")
    assert kind is not None and kind.values == ("a", "b") and kind.default == "a"
    assert not kind.mutable
    flag = car.attribute("flag")
    assert flag is not None and flag.values == (True, False)
    assert spec.read_only_attrs == frozenset({"note"})

    listed = build_run_schema(_one("detections", classes=["car"], attributes=["a", "b"]))
    assert [(a.name, a.type) for a in listed.fields[0].classes[0].attributes] == [
        ("a", "text"),
        ("b", "text"),
    ]
    for flag_value in (True, False, None):
        run = build_run_schema(_one("detections", classes=["car"], attributes=flag_value))
        assert run.fields[0].classes[0].attributes == ()


def test_class_specific_attributes() -> None:
    schema = _one(
        "detections",
        classes=[
            {
                "classes": ["class1", "class2"],
                "attributes": {"attr1": {"type": "select", "values": ["v1", "v2"]}},
            },
            "class3",
            {"classes": "class4", "attributes": {"attr2": {"type": "text", "mutable": False}}},
        ],
        attributes={"attr2": {"type": "radio", "values": [True, False], "default": False}},
    )
    spec = build_run_schema(schema).fields[0]
    assert [c.name for c in spec.classes] == ["class1", "class2", "class3", "class4"]
    by_name = {c.name: {a.name: a for a in c.attributes} for c in spec.classes}
    assert set(by_name["class1"]) == {"attr2", "attr1"}
    assert set(by_name["class3"]) == {"attr2"}
    assert by_name["class4"]["attr2"].type == "text"  # class-specific wins
    assert by_name["class3"]["attr2"].type == "radio"


def test_shared_classes_get_field_suffix_and_map_back() -> None:
    run = build_run_schema(
        {
            "ground_truth": {"type": "detections", "classes": ["car", "person"]},
            "predictions": {"type": "detections", "classes": ["car", "truck"]},
            "weather": {"type": "classification", "classes": ["sunny", "car"]},
        }
    )
    assert run.cvat_names == (
        "car_ground_truth",
        "person",
        "car_predictions",
        "truck",
        "sunny",
        "car_weather",
    )
    spec, cls = run.by_cvat_name("car_predictions")
    assert spec.name == "predictions" and cls.name == "car"
    assert run.by_cvat_name("person")[0].name == "ground_truth"
    assert run.field("ground_truth").class_spec("car").cvat_name == "car_ground_truth"
    with pytest.raises(KeyError, match="car"):
        run.by_cvat_name("car")


def test_scalar_without_classes_is_a_value_tag() -> None:
    run = build_run_schema({"quality": {"type": "scalar"}})
    spec = run.field("quality")
    assert spec.scalar_mode == "value"
    (tag,) = spec.classes
    assert tag.cvat_name == "quality" and tag.value is None
    assert [(a.name, a.type) for a in tag.attributes] == [("value", "text")]
    assert not spec.has_label_ids


def test_scalar_with_classes_names_tags_by_value() -> None:
    run = build_run_schema({"score": {"type": "scalar", "classes": [1, 2.5, True, "high"]}})
    spec = run.field("score")
    assert spec.scalar_mode == "class"
    assert [(c.cvat_name, c.value) for c in spec.classes] == [
        ("1", 1),
        ("2.5", 2.5),
        ("true", True),
        ("high", "high"),
    ]
    assert run.by_cvat_name("true")[1].value is True


def test_scalar_tag_name_clash_with_a_class() -> None:
    run = build_run_schema(
        {
            "car": {"type": "scalar"},
            "gt": {"type": "detections", "classes": ["car"]},
        }
    )
    assert run.cvat_names == ("car_car", "car_gt")


def test_occluded_and_group_id_schema_form() -> None:
    spec = build_run_schema(
        _one(
            "detections",
            classes=["car"],
            attributes={
                "occluded": {"type": "occluded"},
                "group_id": {"type": "group_id"},
                "make": {"type": "text"},
            },
        )
    ).fields[0]
    assert spec.occluded_attr == "occluded" and spec.group_id_attr == "group_id"
    assert [a.name for a in spec.classes[0].attributes] == ["make"]
    assert spec.occluded_attr_for("car") == "occluded"


def test_global_occluded_and_group_id_apply_to_object_fields_without_their_own() -> None:
    run = build_run_schema(
        {
            "dets": {"type": "detections", "classes": ["car"]},
            "own": {
                "type": "polylines",
                "classes": ["lane"],
                "attributes": {"hidden": {"type": "occluded"}},
            },
            "cls": {"type": "classification", "classes": ["day"]},
            "flag": {
                "type": "keypoints",
                "classes": ["nose"],
                "attributes": {"is_occluded": {"type": "checkbox"}, "grp": {"type": "text"}},
            },
        },
        occluded_attr="is_occluded",
        group_id_attr="grp",
    )
    assert run.field("dets").occluded_attr == "is_occluded"
    assert run.field("dets").group_id_attr == "grp"
    assert run.field("own").occluded_attr == "hidden"
    assert run.field("own").group_id_attr == "grp"
    assert run.field("cls").occluded_attr is None and run.field("cls").group_id_attr is None
    # existing boolean / integer attributes of that name become the widgets
    flag = run.field("flag")
    assert flag.occluded_attr == "is_occluded" and flag.group_id_attr == "grp"
    assert flag.classes[0].attributes == ()


def test_existing_tag_field_edits_inferred_widgets_as_plain_attributes() -> None:
    spec = build_run_schema(
        {
            "weather": {
                "type": "classification",
                "classes": ["sunny"],
                "existing_field": True,
                "attributes": {"occluded": {"type": "occluded"}, "group_id": {"type": "group_id"}},
            }
        }
    ).fields[0]
    assert spec.occluded_attr is None and spec.group_id_attr is None
    assert [(a.name, a.type, a.values) for a in spec.classes[0].attributes] == [
        ("occluded", "checkbox", (True, False)),
        ("group_id", "text", ()),
    ]


def test_class_group_occluded_attr_per_class() -> None:
    spec = build_run_schema(
        _one(
            "detections",
            classes=[
                {"classes": ["car"], "attributes": {"hidden": {"type": "occluded"}}},
                "person",
            ],
        ),
        occluded_attr="occ",
    ).fields[0]
    assert spec.occluded_attr_for("car") == "hidden"
    assert spec.occluded_attr_for("person") == "occ"
    assert spec.occluded_attr is None  # classes differ


def test_3d_cuboids_and_tags() -> None:
    run = build_run_schema(
        {
            "cuboids": {"type": "detections", "classes": ["car"]},
            "scene": {"type": "classification", "classes": ["urban"]},
        },
        media_type="3d",
    )
    assert run.field_names == ("cuboids", "scene")


def test_keyframe_attribute_allowed_on_images() -> None:
    run = build_run_schema(
        {"f": {"type": "detections", "classes": ["a"], "attributes": ["keyframe"]}}
    )
    assert run.field("f").classes[0].attributes[0].name == "keyframe"


def test_project_only_run_has_no_fields() -> None:
    run = build_run_schema({None: {}})
    assert run.fields == () and run.cvat_names == ()


def test_run_schema_lookup_errors() -> None:
    run = build_run_schema(_one("detections", classes=["car"]))
    with pytest.raises(KeyError, match="nope"):
        run.field("nope")
    with pytest.raises(KeyError, match="bus"):
        run.by_cvat_name("bus")
    with pytest.raises(KeyError):
        run.fields[0].class_spec("bus")
    assert run.by_cvat_name("car", "detections")[1].name == "car"


def test_run_schema_rejects_duplicate_labels_of_one_kind() -> None:
    spec = build_run_schema(_one("detections", classes=["car"])).fields[0]
    other = build_run_schema({"other": {"type": "detections", "classes": ["car"]}}).fields[0]
    with pytest.raises(ValueError, match="separate runs"):
        RunSchema(fields=(spec, other))


# --------------------------------------------------------------------------
# build_run_schema: every invalid schema names the field and the fix
# --------------------------------------------------------------------------

_LONG = "x" * 65

INVALID: dict[str, tuple[dict[Any, Any], dict[str, Any], str, str]] = {
    # id: (schema, build kwargs, field named in the message, fix fragment)
    "unknown label type": (
        {"f": {"type": "boxes", "classes": ["a"]}},
        {},
        "f",
        "use one of",
    ),
    "new field without type": ({"f": {"classes": ["a"]}}, {}, "f", "pass label_type"),
    "new field without classes": ({"f": {"type": "detections"}}, {}, "f", "pass classes"),
    "empty classes on existing field": (
        {"f": {"type": "detections", "classes": [], "existing_field": True}},
        {},
        "f",
        "pass classes",
    ),
    "class group of classes only": (
        {"f": {"type": "detections", "classes": [{"classes": [], "attributes": {}}]}},
        {},
        "f",
        "pass classes",
    ),
    "class group missing attributes": (
        {"f": {"type": "detections", "classes": [{"classes": ["a"]}]}},
        {},
        "f",
        "needs both",
    ),
    "non-string class": ({"f": {"type": "detections", "classes": [3]}}, {}, "f", "string"),
    "classes not a list": ({"f": {"type": "detections", "classes": "car"}}, {}, "f", "list"),
    "select without values": (
        {"f": {"type": "detections", "classes": ["a"], "attributes": {"k": {"type": "select"}}}},
        {},
        "f",
        "pass 'values'",
    ),
    "radio without values": (
        {"f": {"type": "detections", "classes": ["a"], "attributes": {"k": {"type": "radio"}}}},
        {},
        "f",
        "pass 'values'",
    ),
    "default not in values": (
        {
            "f": {
                "type": "detections",
                "classes": ["a"],
                "attributes": {"k": {"type": "select", "values": ["x"], "default": "y"}},
            }
        },
        {},
        "f",
        "add it to values",
    ),
    "unknown attribute type": (
        {"f": {"type": "detections", "classes": ["a"], "attributes": {"k": {"type": "number"}}}},
        {},
        "f",
        "use one of",
    ),
    "attribute without type": (
        {"f": {"type": "detections", "classes": ["a"], "attributes": {"k": {"values": [1]}}}},
        {},
        "f",
        "use one of",
    ),
    "label_id as attribute": (
        {"f": {"type": "detections", "classes": ["a"], "attributes": {LABEL_ID_ATTR: {}}}},
        {},
        "f",
        "rename the attribute",
    ),
    "label_id in class group": (
        {
            "f": {
                "type": "detections",
                "classes": [{"classes": ["a"], "attributes": [LABEL_ID_ATTR]}],
            }
        },
        {},
        "f",
        "rename the attribute",
    ),
    "class name over 64 chars": (
        {"f": {"type": "detections", "classes": [_LONG]}},
        {},
        "f",
        "shorten it",
    ),
    "attribute name over 64 chars": (
        {"f": {"type": "detections", "classes": ["a"], "attributes": [_LONG]}},
        {},
        "f",
        "shorten it",
    ),
    "suffixed class name over 64 chars": (
        {
            "f": {"type": "detections", "classes": ["c" * 63]},
            "g": {"type": "detections", "classes": ["c" * 63]},
        },
        {},
        "f",
        "shorten the class or field name",
    ),
    "suffixed name collides": (
        {
            "f": {"type": "detections", "classes": ["car"]},
            "g": {"type": "detections", "classes": ["car", "car_f"]},
        },
        {},
        "g",
        "rename one of the classes",
    ),
    "mask_targets on detections": (
        {"f": {"type": "detections", "classes": ["a"], "mask_targets": {1: "a"}}},
        {},
        "f",
        "remove mask_targets",
    ),
    "segmentation without mask_targets": (
        {"f": {"type": "segmentation"}},
        {},
        "f",
        "pass mask_targets",
    ),
    "segmentation with only background": (
        {"f": {"type": "segmentation", "mask_targets": {0: "bg"}}},
        {},
        "f",
        "add at least one",
    ),
    "rgb mask targets": (
        {"f": {"type": "segmentation", "mask_targets": {"#ff0000": "a"}}},
        {},
        "f",
        "use integer targets",
    ),
    "segmentation attributes": (
        {"f": {"type": "segmentation", "mask_targets": {1: "a"}, "attributes": ["x"]}},
        {},
        "f",
        "remove its attributes",
    ),
    "scalar attributes": (
        {"f": {"type": "scalar", "attributes": {"x": {"type": "text"}}}},
        {},
        "f",
        "remove its attributes",
    ),
    "scalar class is a dict": (
        {"f": {"type": "scalar", "classes": [{"classes": ["a"], "attributes": {}}]}},
        {},
        "f",
        "plain str/int/float/bool",
    ),
    "scalar classes spelled alike": (
        {"f": {"type": "scalar", "classes": [1, "1"]}},
        {},
        "f",
        "keep only one",
    ),
    "two occluded attributes": (
        {
            "f": {
                "type": "detections",
                "classes": ["a"],
                "attributes": {"o1": {"type": "occluded"}, "o2": {"type": "occluded"}},
            }
        },
        {},
        "f",
        "keep one",
    ),
    "two group ids across field and class": (
        {
            "f": {
                "type": "detections",
                "classes": [{"classes": ["a"], "attributes": {"g2": {"type": "group_id"}}}],
                "attributes": {"g1": {"type": "group_id"}},
            }
        },
        {},
        "f",
        "keep one",
    ),
    "occluded with non-boolean values": (
        {
            "f": {
                "type": "detections",
                "classes": ["a"],
                "attributes": {"o": {"type": "occluded", "values": ["yes", "no"]}},
            }
        },
        {},
        "f",
        "must be booleans",
    ),
    "group_id with non-integer default": (
        {
            "f": {
                "type": "detections",
                "classes": ["a"],
                "attributes": {"g": {"type": "group_id", "default": "x"}},
            }
        },
        {},
        "f",
        "must be integers",
    ),
    "occluded on a tag field": (
        {
            "f": {
                "type": "classification",
                "classes": ["a"],
                "attributes": {"o": {"type": "occluded"}},
            }
        },
        {},
        "f",
        "use a checkbox/text attribute",
    ),
    "checkbox with non-boolean values": (
        {
            "f": {
                "type": "detections",
                "classes": ["a"],
                "attributes": {"c": {"type": "checkbox", "values": ["y", "n"]}},
            }
        },
        {},
        "f",
        "use 'select' or 'radio'",
    ),
    "values spelled alike in CVAT": (
        {
            "f": {
                "type": "detections",
                "classes": ["a"],
                "attributes": {"k": {"type": "select", "values": [1, "1"]}},
            }
        },
        {},
        "f",
        "keep one",
    ),
    "multi-line value": (
        {
            "f": {
                "type": "detections",
                "classes": ["a"],
                "attributes": {"k": {"type": "select", "values": ["a\nb"]}},
            }
        },
        {},
        "f",
        "shorten it",
    ),
    "value over 200 chars": (
        {
            "f": {
                "type": "detections",
                "classes": ["a"],
                "attributes": {"k": {"type": "select", "values": ["v" * 201]}},
            }
        },
        {},
        "f",
        "shorten it",
    ),
    "non-boolean mutable": (
        {
            "f": {
                "type": "detections",
                "classes": ["a"],
                "attributes": {"k": {"type": "text", "mutable": "no"}},
            }
        },
        {},
        "f",
        "must be True or False",
    ),
    "non-boolean flag": (
        {"f": {"type": "detections", "classes": ["a"], "allow_additions": "no"}},
        {},
        "f",
        "must be True or False",
    ),
    "only_keyframes on images": (
        {"f": {"type": "detections", "classes": ["a"], "only_keyframes": True}},
        {},
        "f",
        "remove it",
    ),
    "occluded_attr names a text attribute": (
        {"f": {"type": "detections", "classes": ["a"], "attributes": {"occ": {"type": "text"}}}},
        {"occluded_attr": "occ"},
        "f",
        "pick another occluded_attr",
    ),
    "group_id_attr names a checkbox": (
        {
            "f": {
                "type": "detections",
                "classes": ["a"],
                "attributes": {"grp": {"type": "checkbox"}},
            }
        },
        {"group_id_attr": "grp"},
        "f",
        "pick another group_id_attr",
    ),
    "spatial field on video without frames prefix": (
        {"f": {"type": "detections", "classes": ["a"]}},
        {"media_type": "video"},
        "f",
        "use 'frames.f'",
    ),
    "frame field on images": (
        {"frames.f": {"type": "detections", "classes": ["a"]}},
        {},
        "frames.f",
        "drop the 'frames.' prefix",
    ),
    "schema entry not a dict": ({"f": ["a"]}, {}, "f", "must be a dict"),
    "polylines on point clouds": (
        {"f": {"type": "polylines", "classes": ["a"]}},
        {"media_type": "point-cloud"},
        "f",
        "use 'detections' (cuboids)",
    ),
    "keyframe attribute on a track field": (
        {"frames.f": {"type": "detections", "classes": ["a"], "attributes": ["keyframe"]}},
        {"media_type": "video"},
        "frames.f",
        "remove the 'keyframe' attribute",
    ),
}


@pytest.mark.parametrize(("schema", "kwargs", "field", "fix"), INVALID.values(), ids=INVALID)
def test_invalid_schema_names_field_and_fix(
    schema: dict[Any, Any], kwargs: dict[str, Any], field: str, fix: str
) -> None:
    with pytest.raises(ValueError) as err:
        build_run_schema(schema, **kwargs)
    message = str(err.value)
    assert f"'{field}'" in message
    assert fix in message


@pytest.mark.parametrize(
    ("kwargs", "fix"),
    [
        ({"occluded_attr": "x", "group_id_attr": "x"}, "two different"),
        ({"occluded_attr": LABEL_ID_ATTR}, "pick another"),
        ({"group_id_attr": ""}, "non-empty"),
    ],
)
def test_invalid_global_attrs(kwargs: dict[str, Any], fix: str) -> None:
    with pytest.raises(ValueError, match=fix):
        build_run_schema({"f": {"type": "detections", "classes": ["a"]}}, **kwargs)


def test_unknown_keys_only_warn(caplog: pytest.LogCaptureFixture) -> None:
    run = build_run_schema({"f": {"type": "detections", "classes": ["a"], "colour": "red"}})
    assert run.field("f").classes[0].name == "a"
    assert "colour" in caplog.text


# --------------------------------------------------------------------------
# Serialization and the printable plan
# --------------------------------------------------------------------------

_RICH: dict[str, Any] = {
    "gt": {
        "type": "detections",
        "existing_field": True,
        "allow_deletions": False,
        "classes": [
            {"classes": ["car"], "attributes": {"make": {"type": "select", "values": ["vw", 7]}}},
            "person",
        ],
        "attributes": {
            "occluded": {"type": "occluded"},
            "note": {"type": "text", "read_only": True, "mutable": False},
        },
    },
    "pred": {"type": "classification", "classes": ["car"]},
    "rating": {"type": "scalar", "classes": [1, True]},
    "quality": {"type": "scalar"},
    "seg": {"type": "segmentation", "mask_targets": {0: "bg", 1: "road"}},
}


def test_run_schema_json_round_trip() -> None:
    import json

    run = build_run_schema(_RICH, group_id_attr="grp")
    data = json.loads(json.dumps(run.to_dict()))
    back = RunSchema.from_dict(data)
    assert back == run
    assert back.field("seg").mask_targets == {0: "bg", 1: "road"}
    assert back.field("rating").class_spec("true").value is True
    assert back.by_cvat_name("car_gt")[1].attribute("make") == run.by_cvat_name("car_gt")[
        1
    ].attribute("make")


def test_describe_is_a_readable_plan() -> None:
    plan = build_run_schema(_RICH).describe()
    assert plan.splitlines()[:3] == [
        "gt (detections, existing; no deletions)",
        "  car -> CVAT label 'car_gt' [note: text (immutable, read-only); make: select vw|7; "
        "label_id] {occluded<-occluded}",
        "  person -> CVAT label 'person' [note: text (immutable, read-only); label_id] "
        "{occluded<-occluded}",
    ]
    assert "  true -> CVAT label 'true'" in plan
    assert "  quality -> CVAT label 'quality' [value: text]" in plan


def test_class_for_values() -> None:
    run = build_run_schema(_RICH)
    assert run.field("gt").class_for("car") is run.field("gt").classes[0]
    assert run.field("gt").class_for("bus") is None
    assert run.field("rating").class_for(True) is not None
    assert run.field("rating").class_for(1) is not None
    assert run.field("rating").class_for(2) is None
    quality = run.field("quality")
    assert quality.class_for("anything") is quality.classes[0]


_names = st.sampled_from(["car", "bus", "person", "car_a", "a", "b"])


@given(
    st.dictionaries(
        st.sampled_from(["a", "b", "c", "car"]),
        st.tuples(
            st.sampled_from(["detections", "classification", "polygons", "scalar"]),
            st.lists(_names, max_size=4),
        ),
        min_size=1,
    )
)
def test_cvat_names_are_unique_and_map_back(fields: dict[str, tuple[str, list[str]]]) -> None:
    schema = {name: {"type": t, "classes": classes} for name, (t, classes) in fields.items()}
    try:
        run = build_run_schema(schema)
    except ValueError as err:
        assert any(f"'{name}'" in str(err) for name in fields)
        return
    assert len(run.cvat_names) == sum(len(spec.classes) for spec in run.fields)
    for spec in run.fields:
        for cls in spec.classes:
            assert run.by_cvat_name(cls.cvat_name) == (spec, cls)
            assert cls.cvat_name in (cls.name, f"{cls.name}_{spec.name}")
