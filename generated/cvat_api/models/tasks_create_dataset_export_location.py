from typing import Literal, cast

TasksCreateDatasetExportLocation = Literal["cloud_storage", "local"]

TASKS_CREATE_DATASET_EXPORT_LOCATION_VALUES: set[TasksCreateDatasetExportLocation] = {
    "cloud_storage",
    "local",
}


def check_tasks_create_dataset_export_location(
    value: str,
) -> TasksCreateDatasetExportLocation:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(TasksCreateDatasetExportLocation, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASKS_CREATE_DATASET_EXPORT_LOCATION_VALUES!r}"
    )
