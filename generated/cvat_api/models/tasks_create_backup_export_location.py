from typing import Literal, cast

TasksCreateBackupExportLocation = Literal["cloud_storage", "local"]

TASKS_CREATE_BACKUP_EXPORT_LOCATION_VALUES: set[TasksCreateBackupExportLocation] = {
    "cloud_storage",
    "local",
}


def check_tasks_create_backup_export_location(
    value: str,
) -> TasksCreateBackupExportLocation:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(TasksCreateBackupExportLocation, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASKS_CREATE_BACKUP_EXPORT_LOCATION_VALUES!r}"
    )
