from typing import Literal, cast

QualityPointSizeBase = Literal["group_bbox_size", "image_size"]

QUALITY_POINT_SIZE_BASE_VALUES: set[QualityPointSizeBase] = {
    "group_bbox_size",
    "image_size",
}


def check_quality_point_size_base(value: str) -> QualityPointSizeBase:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(QualityPointSizeBase, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUALITY_POINT_SIZE_BASE_VALUES!r}"
    )
