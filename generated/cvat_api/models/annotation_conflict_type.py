from typing import Literal, cast

AnnotationConflictType = Literal[
    "covered_annotation",
    "extra_annotation",
    "low_overlap",
    "mismatching_attributes",
    "mismatching_direction",
    "mismatching_groups",
    "mismatching_label",
    "missing_annotation",
]

ANNOTATION_CONFLICT_TYPE_VALUES: set[AnnotationConflictType] = {
    "covered_annotation",
    "extra_annotation",
    "low_overlap",
    "mismatching_attributes",
    "mismatching_direction",
    "mismatching_groups",
    "mismatching_label",
    "missing_annotation",
}


def check_annotation_conflict_type(value: str) -> AnnotationConflictType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(AnnotationConflictType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANNOTATION_CONFLICT_TYPE_VALUES!r}"
    )
