from typing import Literal, cast

TasksPartialUpdateAnnotationsAction = Literal["create", "delete", "update"]

TASKS_PARTIAL_UPDATE_ANNOTATIONS_ACTION_VALUES: set[
    TasksPartialUpdateAnnotationsAction
] = {
    "create",
    "delete",
    "update",
}


def check_tasks_partial_update_annotations_action(
    value: str,
) -> TasksPartialUpdateAnnotationsAction:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(TasksPartialUpdateAnnotationsAction, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASKS_PARTIAL_UPDATE_ANNOTATIONS_ACTION_VALUES!r}"
    )
