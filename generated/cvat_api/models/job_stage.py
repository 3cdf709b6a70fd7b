from typing import Literal, cast

JobStage = Literal["acceptance", "annotation", "validation"]

JOB_STAGE_VALUES: set[JobStage] = {
    "acceptance",
    "annotation",
    "validation",
}


def check_job_stage(value: str) -> JobStage:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobStage, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_STAGE_VALUES!r}")
