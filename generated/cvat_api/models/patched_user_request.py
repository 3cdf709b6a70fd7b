from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedUserRequest")


@_attrs_define
class PatchedUserRequest:
    """
    Attributes:
        email (str | Unset):
        first_name (str | Unset):
        groups (list[str] | Unset):
        is_active (bool | Unset): Designates whether this user should be treated as active. Unselect this instead of
            deleting accounts.
        is_staff (bool | Unset): Designates whether the user can log into this admin site.
        is_superuser (bool | Unset): Designates that this user has all permissions without explicitly assigning them.
        last_name (str | Unset):
        username (str | Unset): Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    """

    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    groups: list[str] | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_staff: bool | Unset = UNSET
    is_superuser: bool | Unset = UNSET
    last_name: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        is_active = self.is_active

        is_staff = self.is_staff

        is_superuser = self.is_superuser

        last_name = self.last_name

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if groups is not UNSET:
            field_dict["groups"] = groups
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_staff is not UNSET:
            field_dict["is_staff"] = is_staff
        if is_superuser is not UNSET:
            field_dict["is_superuser"] = is_superuser
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        groups = cast(list[str], d.pop("groups", UNSET))

        is_active = d.pop("is_active", UNSET)

        is_staff = d.pop("is_staff", UNSET)

        is_superuser = d.pop("is_superuser", UNSET)

        last_name = d.pop("last_name", UNSET)

        username = d.pop("username", UNSET)

        patched_user_request = cls(
            email=email,
            first_name=first_name,
            groups=groups,
            is_active=is_active,
            is_staff=is_staff,
            is_superuser=is_superuser,
            last_name=last_name,
            username=username,
        )

        patched_user_request.additional_properties = d
        return patched_user_request

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
