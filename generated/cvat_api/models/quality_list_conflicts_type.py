from typing import Literal, cast

QualityListConflictsType = Literal[
    "covered_annotation",
    "extra_annotation",
    "low_overlap",
    "mismatching_attributes",
    "mismatching_direction",
    "mismatching_groups",
    "mismatching_label",
    "missing_annotation",
]

QUALITY_LIST_CONFLICTS_TYPE_VALUES: set[QualityListConflictsType] = {
    "covered_annotation",
    "extra_annotation",
    "low_overlap",
    "mismatching_attributes",
    "mismatching_direction",
    "mismatching_groups",
    "mismatching_label",
    "missing_annotation",
}


def check_quality_list_conflicts_type(value: str) -> QualityListConflictsType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(QualityListConflictsType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUALITY_LIST_CONFLICTS_TYPE_VALUES!r}"
    )
