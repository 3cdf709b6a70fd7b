from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterSerializerEx")


@_attrs_define
class RegisterSerializerEx:
    """
    Attributes:
        username (str):
        email (str | Unset):
        email_verification_required (bool | Unset):
        first_name (str | Unset):
        key (None | str | Unset):
        last_name (str | Unset):
    """

    username: str
    email: str | Unset = UNSET
    email_verification_required: bool | Unset = UNSET
    first_name: str | Unset = UNSET
    key: None | str | Unset = UNSET
    last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        email = self.email

        email_verification_required = self.email_verification_required

        first_name = self.first_name

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if email_verification_required is not UNSET:
            field_dict["email_verification_required"] = email_verification_required
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if key is not UNSET:
            field_dict["key"] = key
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        email = d.pop("email", UNSET)

        email_verification_required = d.pop("email_verification_required", UNSET)

        first_name = d.pop("first_name", UNSET)

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        last_name = d.pop("last_name", UNSET)

        register_serializer_ex = cls(
            username=username,
            email=email,
            email_verification_required=email_verification_required,
            first_name=first_name,
            key=key,
            last_name=last_name,
        )

        register_serializer_ex.additional_properties = d
        return register_serializer_ex

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
