from typing import Literal, cast

OperationStatus = Literal["completed", "in progress", "new", "rejected"]

OPERATION_STATUS_VALUES: set[OperationStatus] = {
    "completed",
    "in progress",
    "new",
    "rejected",
}


def check_operation_status(value: str) -> OperationStatus:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(OperationStatus, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPERATION_STATUS_VALUES!r}"
    )
