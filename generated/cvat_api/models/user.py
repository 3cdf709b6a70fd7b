from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        groups (list[str]):
        username (str): Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
        date_joined (datetime.datetime | Unset):
        email (str | Unset):
        first_name (str | Unset):
        has_analytics_access (bool | Unset):
        id (int | Unset):
        is_active (bool | Unset): Designates whether this user should be treated as active. Unselect this instead of
            deleting accounts.
        is_staff (bool | Unset): Designates whether the user can log into this admin site.
        is_superuser (bool | Unset): Designates that this user has all permissions without explicitly assigning them.
        last_login (datetime.datetime | None | Unset):
        last_name (str | Unset):
        url (str | Unset):
    """

    groups: list[str]
    username: str
    date_joined: datetime.datetime | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    has_analytics_access: bool | Unset = UNSET
    id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_staff: bool | Unset = UNSET
    is_superuser: bool | Unset = UNSET
    last_login: datetime.datetime | None | Unset = UNSET
    last_name: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups = self.groups

        username = self.username

        date_joined: str | Unset = UNSET
        if not isinstance(self.date_joined, Unset):
            date_joined = self.date_joined.isoformat()

        email = self.email

        first_name = self.first_name

        has_analytics_access = self.has_analytics_access

        id = self.id

        is_active = self.is_active

        is_staff = self.is_staff

        is_superuser = self.is_superuser

        last_login: None | str | Unset
        if isinstance(self.last_login, Unset):
            last_login = UNSET
        elif isinstance(self.last_login, datetime.datetime):
            last_login = self.last_login.isoformat()
        else:
            last_login = self.last_login

        last_name = self.last_name

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groups": groups,
                "username": username,
            }
        )
        if date_joined is not UNSET:
            field_dict["date_joined"] = date_joined
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if has_analytics_access is not UNSET:
            field_dict["has_analytics_access"] = has_analytics_access
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_staff is not UNSET:
            field_dict["is_staff"] = is_staff
        if is_superuser is not UNSET:
            field_dict["is_superuser"] = is_superuser
        if last_login is not UNSET:
            field_dict["last_login"] = last_login
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        groups = cast(list[str], d.pop("groups"))

        username = d.pop("username")

        _date_joined = d.pop("date_joined", UNSET)
        date_joined: datetime.datetime | Unset
        if isinstance(_date_joined, Unset):
            date_joined = UNSET
        else:
            date_joined = datetime.datetime.fromisoformat(_date_joined)

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        has_analytics_access = d.pop("has_analytics_access", UNSET)

        id = d.pop("id", UNSET)

        is_active = d.pop("is_active", UNSET)

        is_staff = d.pop("is_staff", UNSET)

        is_superuser = d.pop("is_superuser", UNSET)

        def _parse_last_login(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_type_0 = datetime.datetime.fromisoformat(data)

                return last_login_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_login = _parse_last_login(d.pop("last_login", UNSET))

        last_name = d.pop("last_name", UNSET)

        url = d.pop("url", UNSET)

        user = cls(
            groups=groups,
            username=username,
            date_joined=date_joined,
            email=email,
            first_name=first_name,
            has_analytics_access=has_analytics_access,
            id=id,
            is_active=is_active,
            is_staff=is_staff,
            is_superuser=is_superuser,
            last_login=last_login,
            last_name=last_name,
            url=url,
        )

        user.additional_properties = d
        return user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
