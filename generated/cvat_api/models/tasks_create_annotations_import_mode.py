from typing import Literal, cast

TasksCreateAnnotationsImportMode = Literal["append", "replace"]

TASKS_CREATE_ANNOTATIONS_IMPORT_MODE_VALUES: set[TasksCreateAnnotationsImportMode] = {
    "append",
    "replace",
}


def check_tasks_create_annotations_import_mode(
    value: str,
) -> TasksCreateAnnotationsImportMode:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(TasksCreateAnnotationsImportMode, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASKS_CREATE_ANNOTATIONS_IMPORT_MODE_VALUES!r}"
    )
