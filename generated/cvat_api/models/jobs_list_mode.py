from typing import Literal, cast

JobsListMode = Literal["annotation", "interpolation"]

JOBS_LIST_MODE_VALUES: set[JobsListMode] = {
    "annotation",
    "interpolation",
}


def check_jobs_list_mode(value: str) -> JobsListMode:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobsListMode, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_LIST_MODE_VALUES!r}"
    )
