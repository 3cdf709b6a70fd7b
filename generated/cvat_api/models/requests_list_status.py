from typing import Literal, cast

RequestsListStatus = Literal["failed", "finished", "queued", "started"]

REQUESTS_LIST_STATUS_VALUES: set[RequestsListStatus] = {
    "failed",
    "finished",
    "queued",
    "started",
}


def check_requests_list_status(value: str) -> RequestsListStatus:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(RequestsListStatus, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUESTS_LIST_STATUS_VALUES!r}"
    )
