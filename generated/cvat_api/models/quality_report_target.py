from typing import Literal, cast

QualityReportTarget = Literal["job", "project", "task"]

QUALITY_REPORT_TARGET_VALUES: set[QualityReportTarget] = {
    "job",
    "project",
    "task",
}


def check_quality_report_target(value: str) -> QualityReportTarget:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(QualityReportTarget, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUALITY_REPORT_TARGET_VALUES!r}"
    )
