from typing import Literal, cast

TasksListMode = Literal["annotation", "interpolation"]

TASKS_LIST_MODE_VALUES: set[TasksListMode] = {
    "annotation",
    "interpolation",
}


def check_tasks_list_mode(value: str) -> TasksListMode:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(TasksListMode, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASKS_LIST_MODE_VALUES!r}"
    )
