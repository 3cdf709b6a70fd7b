from typing import Literal, cast

TasksListMediaType = Literal["audio", "image", "point_cloud"]

TASKS_LIST_MEDIA_TYPE_VALUES: set[TasksListMediaType] = {
    "audio",
    "image",
    "point_cloud",
}


def check_tasks_list_media_type(value: str) -> TasksListMediaType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(TasksListMediaType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASKS_LIST_MEDIA_TYPE_VALUES!r}"
    )
