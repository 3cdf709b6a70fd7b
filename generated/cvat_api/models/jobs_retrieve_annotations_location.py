from typing import Literal, cast

JobsRetrieveAnnotationsLocation = Literal["cloud_storage", "local"]

JOBS_RETRIEVE_ANNOTATIONS_LOCATION_VALUES: set[JobsRetrieveAnnotationsLocation] = {
    "cloud_storage",
    "local",
}


def check_jobs_retrieve_annotations_location(
    value: str,
) -> JobsRetrieveAnnotationsLocation:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobsRetrieveAnnotationsLocation, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_RETRIEVE_ANNOTATIONS_LOCATION_VALUES!r}"
    )
