from typing import Literal, cast

TasksCreateBackupLocation = Literal["cloud_storage", "local"]

TASKS_CREATE_BACKUP_LOCATION_VALUES: set[TasksCreateBackupLocation] = {
    "cloud_storage",
    "local",
}


def check_tasks_create_backup_location(value: str) -> TasksCreateBackupLocation:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(TasksCreateBackupLocation, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASKS_CREATE_BACKUP_LOCATION_VALUES!r}"
    )
