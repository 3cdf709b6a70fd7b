from typing import Literal, cast

ShapeType = Literal[
    "cuboid",
    "ellipse",
    "mask",
    "points",
    "polygon",
    "polyline",
    "rectangle",
    "skeleton",
]

SHAPE_TYPE_VALUES: set[ShapeType] = {
    "cuboid",
    "ellipse",
    "mask",
    "points",
    "polygon",
    "polyline",
    "rectangle",
    "skeleton",
}


def check_shape_type(value: str) -> ShapeType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(ShapeType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHAPE_TYPE_VALUES!r}"
    )
