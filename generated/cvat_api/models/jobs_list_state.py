from typing import Literal, cast

JobsListState = Literal["completed", "in progress", "new", "rejected"]

JOBS_LIST_STATE_VALUES: set[JobsListState] = {
    "completed",
    "in progress",
    "new",
    "rejected",
}


def check_jobs_list_state(value: str) -> JobsListState:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobsListState, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_LIST_STATE_VALUES!r}"
    )
