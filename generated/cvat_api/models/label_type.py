from typing import Literal, cast

LabelType = Literal[
    "any",
    "cuboid",
    "ellipse",
    "interval",
    "mask",
    "points",
    "polygon",
    "polyline",
    "rectangle",
    "skeleton",
    "tag",
]

LABEL_TYPE_VALUES: set[LabelType] = {
    "any",
    "cuboid",
    "ellipse",
    "interval",
    "mask",
    "points",
    "polygon",
    "polyline",
    "rectangle",
    "skeleton",
    "tag",
}


def check_label_type(value: str) -> LabelType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(LabelType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LABEL_TYPE_VALUES!r}"
    )
