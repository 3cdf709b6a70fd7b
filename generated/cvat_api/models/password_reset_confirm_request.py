from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PasswordResetConfirmRequest")


@_attrs_define
class PasswordResetConfirmRequest:
    """Serializer for confirming a password reset attempt.

    Attributes:
        new_password1 (str):
        new_password2 (str):
        token (str):
        uid (str):
    """

    new_password1: str
    new_password2: str
    token: str
    uid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_password1 = self.new_password1

        new_password2 = self.new_password2

        token = self.token

        uid = self.uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_password1": new_password1,
                "new_password2": new_password2,
                "token": token,
                "uid": uid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_password1 = d.pop("new_password1")

        new_password2 = d.pop("new_password2")

        token = d.pop("token")

        uid = d.pop("uid")

        password_reset_confirm_request = cls(
            new_password1=new_password1,
            new_password2=new_password2,
            token=token,
            uid=uid,
        )

        password_reset_confirm_request.additional_properties = d
        return password_reset_confirm_request

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
