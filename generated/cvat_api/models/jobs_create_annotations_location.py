from typing import Literal, cast

JobsCreateAnnotationsLocation = Literal["cloud_storage", "local"]

JOBS_CREATE_ANNOTATIONS_LOCATION_VALUES: set[JobsCreateAnnotationsLocation] = {
    "cloud_storage",
    "local",
}


def check_jobs_create_annotations_location(value: str) -> JobsCreateAnnotationsLocation:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobsCreateAnnotationsLocation, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_CREATE_ANNOTATIONS_LOCATION_VALUES!r}"
    )
