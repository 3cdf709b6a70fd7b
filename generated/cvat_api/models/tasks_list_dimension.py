from typing import Literal, cast

TasksListDimension = Literal["1d", "2d", "3d"]

TASKS_LIST_DIMENSION_VALUES: set[TasksListDimension] = {
    "1d",
    "2d",
    "3d",
}


def check_tasks_list_dimension(value: str) -> TasksListDimension:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(TasksListDimension, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASKS_LIST_DIMENSION_VALUES!r}"
    )
