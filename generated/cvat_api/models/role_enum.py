from typing import Literal, cast

RoleEnum = Literal["maintainer", "owner", "supervisor", "worker"]

ROLE_ENUM_VALUES: set[RoleEnum] = {
    "maintainer",
    "owner",
    "supervisor",
    "worker",
}


def check_role_enum(value: str) -> RoleEnum:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(RoleEnum, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROLE_ENUM_VALUES!r}")
