from typing import Literal, cast

JobsCreateDatasetExportLocation = Literal["cloud_storage", "local"]

JOBS_CREATE_DATASET_EXPORT_LOCATION_VALUES: set[JobsCreateDatasetExportLocation] = {
    "cloud_storage",
    "local",
}


def check_jobs_create_dataset_export_location(
    value: str,
) -> JobsCreateDatasetExportLocation:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobsCreateDatasetExportLocation, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_CREATE_DATASET_EXPORT_LOCATION_VALUES!r}"
    )
