from typing import Literal, cast

QualityTargetMetric = Literal["accuracy", "precision", "recall"]

QUALITY_TARGET_METRIC_VALUES: set[QualityTargetMetric] = {
    "accuracy",
    "precision",
    "recall",
}


def check_quality_target_metric(value: str) -> QualityTargetMetric:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(QualityTargetMetric, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUALITY_TARGET_METRIC_VALUES!r}"
    )
