from typing import Literal, cast

JobsListDimension = Literal["1d", "2d", "3d"]

JOBS_LIST_DIMENSION_VALUES: set[JobsListDimension] = {
    "1d",
    "2d",
    "3d",
}


def check_jobs_list_dimension(value: str) -> JobsListDimension:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobsListDimension, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_LIST_DIMENSION_VALUES!r}"
    )
