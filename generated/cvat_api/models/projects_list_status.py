from typing import Literal, cast

ProjectsListStatus = Literal["annotation", "completed", "validation"]

PROJECTS_LIST_STATUS_VALUES: set[ProjectsListStatus] = {
    "annotation",
    "completed",
    "validation",
}


def check_projects_list_status(value: str) -> ProjectsListStatus:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(ProjectsListStatus, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECTS_LIST_STATUS_VALUES!r}"
    )
