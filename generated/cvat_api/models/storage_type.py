from typing import Literal, cast

StorageType = Literal["cloud_storage", "local", "share"]

STORAGE_TYPE_VALUES: set[StorageType] = {
    "cloud_storage",
    "local",
    "share",
}


def check_storage_type(value: str) -> StorageType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(StorageType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STORAGE_TYPE_VALUES!r}"
    )
