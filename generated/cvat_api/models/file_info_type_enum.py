from typing import Literal, cast

FileInfoTypeEnum = Literal["DIR", "REG"]

FILE_INFO_TYPE_ENUM_VALUES: set[FileInfoTypeEnum] = {
    "DIR",
    "REG",
}


def check_file_info_type_enum(value: str) -> FileInfoTypeEnum:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(FileInfoTypeEnum, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_INFO_TYPE_ENUM_VALUES!r}"
    )
