from typing import Literal, cast

JobsRetrieveDataQuality = Literal["compressed", "original"]

JOBS_RETRIEVE_DATA_QUALITY_VALUES: set[JobsRetrieveDataQuality] = {
    "compressed",
    "original",
}


def check_jobs_retrieve_data_quality(value: str) -> JobsRetrieveDataQuality:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobsRetrieveDataQuality, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_RETRIEVE_DATA_QUALITY_VALUES!r}"
    )
