from typing import Literal, cast

TasksRetrieveDataQuality = Literal["compressed", "original"]

TASKS_RETRIEVE_DATA_QUALITY_VALUES: set[TasksRetrieveDataQuality] = {
    "compressed",
    "original",
}


def check_tasks_retrieve_data_quality(value: str) -> TasksRetrieveDataQuality:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(TasksRetrieveDataQuality, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASKS_RETRIEVE_DATA_QUALITY_VALUES!r}"
    )
