from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_enum import RoleEnum, check_role_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_user import BasicUser


T = TypeVar("T", bound="MembershipRead")


@_attrs_define
class MembershipRead:
    """
    Attributes:
        user (BasicUser):
        id (int | Unset):
        invitation (None | str | Unset):
        is_active (bool | Unset):
        joined_date (datetime.datetime | None | Unset):
        organization (int | Unset):
        role (RoleEnum | Unset): * `worker` - Worker
            * `supervisor` - Supervisor
            * `maintainer` - Maintainer
            * `owner` - Owner
    """

    user: BasicUser
    id: int | Unset = UNSET
    invitation: None | str | Unset = UNSET
    is_active: bool | Unset = UNSET
    joined_date: datetime.datetime | None | Unset = UNSET
    organization: int | Unset = UNSET
    role: RoleEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        id = self.id

        invitation: None | str | Unset
        if isinstance(self.invitation, Unset):
            invitation = UNSET
        else:
            invitation = self.invitation

        is_active = self.is_active

        joined_date: None | str | Unset
        if isinstance(self.joined_date, Unset):
            joined_date = UNSET
        elif isinstance(self.joined_date, datetime.datetime):
            joined_date = self.joined_date.isoformat()
        else:
            joined_date = self.joined_date

        organization = self.organization

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if invitation is not UNSET:
            field_dict["invitation"] = invitation
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if joined_date is not UNSET:
            field_dict["joined_date"] = joined_date
        if organization is not UNSET:
            field_dict["organization"] = organization
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_user import BasicUser  # noqa: PLC0415

        d = dict(src_dict)
        user = BasicUser.from_dict(d.pop("user"))

        id = d.pop("id", UNSET)

        def _parse_invitation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invitation = _parse_invitation(d.pop("invitation", UNSET))

        is_active = d.pop("is_active", UNSET)

        def _parse_joined_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                joined_date_type_0 = datetime.datetime.fromisoformat(data)

                return joined_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        joined_date = _parse_joined_date(d.pop("joined_date", UNSET))

        organization = d.pop("organization", UNSET)

        _role = d.pop("role", UNSET)
        role: RoleEnum | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_role_enum(_role)

        membership_read = cls(
            user=user,
            id=id,
            invitation=invitation,
            is_active=is_active,
            joined_date=joined_date,
            organization=organization,
            role=role,
        )

        membership_read.additional_properties = d
        return membership_read

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
