from typing import Literal, cast

QualityListSettingsParentType = Literal["project", "task"]

QUALITY_LIST_SETTINGS_PARENT_TYPE_VALUES: set[QualityListSettingsParentType] = {
    "project",
    "task",
}


def check_quality_list_settings_parent_type(
    value: str,
) -> QualityListSettingsParentType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(QualityListSettingsParentType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUALITY_LIST_SETTINGS_PARENT_TYPE_VALUES!r}"
    )
