from typing import Literal, cast

JobsRetrieveDataType = Literal["chunk", "context_image", "frame"]

JOBS_RETRIEVE_DATA_TYPE_VALUES: set[JobsRetrieveDataType] = {
    "chunk",
    "context_image",
    "frame",
}


def check_jobs_retrieve_data_type(value: str) -> JobsRetrieveDataType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobsRetrieveDataType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_RETRIEVE_DATA_TYPE_VALUES!r}"
    )
