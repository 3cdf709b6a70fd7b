from typing import Literal, cast

JobsListMediaType = Literal["audio", "image", "point_cloud"]

JOBS_LIST_MEDIA_TYPE_VALUES: set[JobsListMediaType] = {
    "audio",
    "image",
    "point_cloud",
}


def check_jobs_list_media_type(value: str) -> JobsListMediaType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobsListMediaType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_LIST_MEDIA_TYPE_VALUES!r}"
    )
