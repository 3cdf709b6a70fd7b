from typing import Literal, cast

JobStatus = Literal["annotation", "completed", "validation"]

JOB_STATUS_VALUES: set[JobStatus] = {
    "annotation",
    "completed",
    "validation",
}


def check_job_status(value: str) -> JobStatus:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobStatus, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOB_STATUS_VALUES!r}"
    )
