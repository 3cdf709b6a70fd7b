from typing import Literal, cast

LabelsListType = Literal[
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

LABELS_LIST_TYPE_VALUES: set[LabelsListType] = {
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


def check_labels_list_type(value: str) -> LabelsListType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(LabelsListType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LABELS_LIST_TYPE_VALUES!r}"
    )
