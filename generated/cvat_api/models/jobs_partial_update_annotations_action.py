from typing import Literal, cast

JobsPartialUpdateAnnotationsAction = Literal["create", "delete", "update"]

JOBS_PARTIAL_UPDATE_ANNOTATIONS_ACTION_VALUES: set[
    JobsPartialUpdateAnnotationsAction
] = {
    "create",
    "delete",
    "update",
}


def check_jobs_partial_update_annotations_action(
    value: str,
) -> JobsPartialUpdateAnnotationsAction:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobsPartialUpdateAnnotationsAction, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_PARTIAL_UPDATE_ANNOTATIONS_ACTION_VALUES!r}"
    )
