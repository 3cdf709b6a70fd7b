from typing import Literal, cast

ValidationMode = Literal["gt", "gt_pool"]

VALIDATION_MODE_VALUES: set[ValidationMode] = {
    "gt",
    "gt_pool",
}


def check_validation_mode(value: str) -> ValidationMode:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(ValidationMode, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VALIDATION_MODE_VALUES!r}"
    )
