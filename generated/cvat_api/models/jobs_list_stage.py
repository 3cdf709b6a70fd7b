from typing import Literal, cast

JobsListStage = Literal["acceptance", "annotation", "validation"]

JOBS_LIST_STAGE_VALUES: set[JobsListStage] = {
    "acceptance",
    "annotation",
    "validation",
}


def check_jobs_list_stage(value: str) -> JobsListStage:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobsListStage, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_LIST_STAGE_VALUES!r}"
    )
