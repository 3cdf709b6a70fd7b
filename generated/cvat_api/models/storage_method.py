from typing import Literal, cast

StorageMethod = Literal["cache", "file_system"]

STORAGE_METHOD_VALUES: set[StorageMethod] = {
    "cache",
    "file_system",
}


def check_storage_method(value: str) -> StorageMethod:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(StorageMethod, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STORAGE_METHOD_VALUES!r}"
    )
