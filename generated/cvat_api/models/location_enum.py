from typing import Literal, cast

LocationEnum = Literal["cloud_storage", "local"]

LOCATION_ENUM_VALUES: set[LocationEnum] = {
    "cloud_storage",
    "local",
}


def check_location_enum(value: str) -> LocationEnum:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(LocationEnum, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCATION_ENUM_VALUES!r}"
    )
