from typing import Literal, cast

TasksListValidationMode = Literal["gt", "gt_pool"]

TASKS_LIST_VALIDATION_MODE_VALUES: set[TasksListValidationMode] = {
    "gt",
    "gt_pool",
}


def check_tasks_list_validation_mode(value: str) -> TasksListValidationMode:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(TasksListValidationMode, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASKS_LIST_VALIDATION_MODE_VALUES!r}"
    )
