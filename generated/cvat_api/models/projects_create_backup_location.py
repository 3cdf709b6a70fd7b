from typing import Literal, cast

ProjectsCreateBackupLocation = Literal["cloud_storage", "local"]

PROJECTS_CREATE_BACKUP_LOCATION_VALUES: set[ProjectsCreateBackupLocation] = {
    "cloud_storage",
    "local",
}


def check_projects_create_backup_location(value: str) -> ProjectsCreateBackupLocation:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(ProjectsCreateBackupLocation, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECTS_CREATE_BACKUP_LOCATION_VALUES!r}"
    )
