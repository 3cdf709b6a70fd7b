from typing import Literal, cast

QualityListReportsTarget = Literal["job", "project", "task"]

QUALITY_LIST_REPORTS_TARGET_VALUES: set[QualityListReportsTarget] = {
    "job",
    "project",
    "task",
}


def check_quality_list_reports_target(value: str) -> QualityListReportsTarget:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(QualityListReportsTarget, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUALITY_LIST_REPORTS_TARGET_VALUES!r}"
    )
