from typing import Literal, cast

JobType = Literal["annotation", "consensus_replica", "ground_truth"]

JOB_TYPE_VALUES: set[JobType] = {
    "annotation",
    "consensus_replica",
    "ground_truth",
}


def check_job_type(value: str) -> JobType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_TYPE_VALUES!r}")
