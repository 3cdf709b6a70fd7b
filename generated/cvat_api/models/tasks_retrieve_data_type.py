from typing import Literal, cast

TasksRetrieveDataType = Literal["chunk", "context_image", "frame"]

TASKS_RETRIEVE_DATA_TYPE_VALUES: set[TasksRetrieveDataType] = {
    "chunk",
    "context_image",
    "frame",
}


def check_tasks_retrieve_data_type(value: str) -> TasksRetrieveDataType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(TasksRetrieveDataType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASKS_RETRIEVE_DATA_TYPE_VALUES!r}"
    )
