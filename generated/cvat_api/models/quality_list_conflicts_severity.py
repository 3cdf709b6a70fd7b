from typing import Literal, cast

QualityListConflictsSeverity = Literal["error", "warning"]

QUALITY_LIST_CONFLICTS_SEVERITY_VALUES: set[QualityListConflictsSeverity] = {
    "error",
    "warning",
}


def check_quality_list_conflicts_severity(value: str) -> QualityListConflictsSeverity:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(QualityListConflictsSeverity, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUALITY_LIST_CONFLICTS_SEVERITY_VALUES!r}"
    )
