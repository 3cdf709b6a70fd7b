from typing import Literal, cast

AnnotationConflictAnnotationType = Literal["shape", "tag", "track"]

ANNOTATION_CONFLICT_ANNOTATION_TYPE_VALUES: set[AnnotationConflictAnnotationType] = {
    "shape",
    "tag",
    "track",
}


def check_annotation_conflict_annotation_type(
    value: str,
) -> AnnotationConflictAnnotationType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(AnnotationConflictAnnotationType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANNOTATION_CONFLICT_ANNOTATION_TYPE_VALUES!r}"
    )
