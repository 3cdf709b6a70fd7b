from typing import Literal, cast

RequestStatus = Literal["failed", "finished", "queued", "started"]

REQUEST_STATUS_VALUES: set[RequestStatus] = {
    "failed",
    "finished",
    "queued",
    "started",
}


def check_request_status(value: str) -> RequestStatus:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(RequestStatus, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_STATUS_VALUES!r}"
    )
