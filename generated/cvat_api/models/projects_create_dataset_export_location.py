from typing import Literal, cast

ProjectsCreateDatasetExportLocation = Literal["cloud_storage", "local"]

PROJECTS_CREATE_DATASET_EXPORT_LOCATION_VALUES: set[
    ProjectsCreateDatasetExportLocation
] = {
    "cloud_storage",
    "local",
}


def check_projects_create_dataset_export_location(
    value: str,
) -> ProjectsCreateDatasetExportLocation:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(ProjectsCreateDatasetExportLocation, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECTS_CREATE_DATASET_EXPORT_LOCATION_VALUES!r}"
    )
