from typing import Literal, cast

RqStatusStateEnum = Literal["Failed", "Finished", "Queued", "Started"]

RQ_STATUS_STATE_ENUM_VALUES: set[RqStatusStateEnum] = {
    "Failed",
    "Finished",
    "Queued",
    "Started",
}


def check_rq_status_state_enum(value: str) -> RqStatusStateEnum:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(RqStatusStateEnum, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RQ_STATUS_STATE_ENUM_VALUES!r}"
    )
