from typing import Literal, cast

AnnotationConflictSeverity = Literal["error", "warning"]

ANNOTATION_CONFLICT_SEVERITY_VALUES: set[AnnotationConflictSeverity] = {
    "error",
    "warning",
}


def check_annotation_conflict_severity(value: str) -> AnnotationConflictSeverity:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(AnnotationConflictSeverity, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANNOTATION_CONFLICT_SEVERITY_VALUES!r}"
    )
