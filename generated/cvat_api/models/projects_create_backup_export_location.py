from typing import Literal, cast

ProjectsCreateBackupExportLocation = Literal["cloud_storage", "local"]

PROJECTS_CREATE_BACKUP_EXPORT_LOCATION_VALUES: set[
    ProjectsCreateBackupExportLocation
] = {
    "cloud_storage",
    "local",
}


def check_projects_create_backup_export_location(
    value: str,
) -> ProjectsCreateBackupExportLocation:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(ProjectsCreateBackupExportLocation, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECTS_CREATE_BACKUP_EXPORT_LOCATION_VALUES!r}"
    )
