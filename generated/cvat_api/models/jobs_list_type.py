from typing import Literal, cast

JobsListType = Literal["annotation", "consensus_replica", "ground_truth"]

JOBS_LIST_TYPE_VALUES: set[JobsListType] = {
    "annotation",
    "consensus_replica",
    "ground_truth",
}


def check_jobs_list_type(value: str) -> JobsListType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobsListType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_LIST_TYPE_VALUES!r}"
    )
