from typing import Literal, cast

TasksCreateAnnotationsLocation = Literal["cloud_storage", "local"]

TASKS_CREATE_ANNOTATIONS_LOCATION_VALUES: set[TasksCreateAnnotationsLocation] = {
    "cloud_storage",
    "local",
}


def check_tasks_create_annotations_location(
    value: str,
) -> TasksCreateAnnotationsLocation:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(TasksCreateAnnotationsLocation, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASKS_CREATE_ANNOTATIONS_LOCATION_VALUES!r}"
    )
