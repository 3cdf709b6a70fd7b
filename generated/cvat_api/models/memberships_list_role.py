from typing import Literal, cast

MembershipsListRole = Literal["maintainer", "owner", "supervisor", "worker"]

MEMBERSHIPS_LIST_ROLE_VALUES: set[MembershipsListRole] = {
    "maintainer",
    "owner",
    "supervisor",
    "worker",
}


def check_memberships_list_role(value: str) -> MembershipsListRole:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(MembershipsListRole, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBERSHIPS_LIST_ROLE_VALUES!r}"
    )
