from typing import Literal, cast

ProjectsCreateDatasetLocation = Literal["cloud_storage", "local"]

PROJECTS_CREATE_DATASET_LOCATION_VALUES: set[ProjectsCreateDatasetLocation] = {
    "cloud_storage",
    "local",
}


def check_projects_create_dataset_location(value: str) -> ProjectsCreateDatasetLocation:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(ProjectsCreateDatasetLocation, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECTS_CREATE_DATASET_LOCATION_VALUES!r}"
    )
