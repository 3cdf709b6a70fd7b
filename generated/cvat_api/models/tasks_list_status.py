from typing import Literal, cast

TasksListStatus = Literal["annotation", "completed", "validation"]

TASKS_LIST_STATUS_VALUES: set[TasksListStatus] = {
    "annotation",
    "completed",
    "validation",
}


def check_tasks_list_status(value: str) -> TasksListStatus:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(TasksListStatus, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASKS_LIST_STATUS_VALUES!r}"
    )
