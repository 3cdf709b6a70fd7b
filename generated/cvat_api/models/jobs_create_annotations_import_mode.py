from typing import Literal, cast

JobsCreateAnnotationsImportMode = Literal["append", "replace"]

JOBS_CREATE_ANNOTATIONS_IMPORT_MODE_VALUES: set[JobsCreateAnnotationsImportMode] = {
    "append",
    "replace",
}


def check_jobs_create_annotations_import_mode(
    value: str,
) -> JobsCreateAnnotationsImportMode:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(JobsCreateAnnotationsImportMode, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_CREATE_ANNOTATIONS_IMPORT_MODE_VALUES!r}"
    )
