from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_enum import RoleEnum, check_role_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_organization import BasicOrganization
    from ..models.basic_user import BasicUser


T = TypeVar("T", bound="InvitationRead")


@_attrs_define
class InvitationRead:
    """
    Attributes:
        organization (int):
        organization_info (BasicOrganization):
        owner (BasicUser | None):
        role (RoleEnum): * `worker` - Worker
            * `supervisor` - Supervisor
            * `maintainer` - Maintainer
            * `owner` - Owner
        user (BasicUser):
        accepted (bool | Unset):
        created_date (datetime.datetime | Unset):
        expired (bool | None | Unset):
        key (str | Unset):
    """

    organization: int
    organization_info: BasicOrganization
    owner: BasicUser | None
    role: RoleEnum
    user: BasicUser
    accepted: bool | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    expired: bool | None | Unset = UNSET
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.basic_user import BasicUser  # noqa: PLC0415

        organization = self.organization

        organization_info = self.organization_info.to_dict()

        owner: dict[str, Any] | None
        if isinstance(self.owner, BasicUser):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        role: str = self.role

        user = self.user.to_dict()

        accepted = self.accepted

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        expired: bool | None | Unset
        if isinstance(self.expired, Unset):
            expired = UNSET
        else:
            expired = self.expired

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization": organization,
                "organization_info": organization_info,
                "owner": owner,
                "role": role,
                "user": user,
            }
        )
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if expired is not UNSET:
            field_dict["expired"] = expired
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_organization import BasicOrganization  # noqa: PLC0415
        from ..models.basic_user import BasicUser  # noqa: PLC0415

        d = dict(src_dict)
        organization = d.pop("organization")

        organization_info = BasicOrganization.from_dict(d.pop("organization_info"))

        def _parse_owner(data: object) -> BasicUser | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_1 = BasicUser.from_dict(data)

                return owner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BasicUser | None, data)

        owner = _parse_owner(d.pop("owner"))

        role = check_role_enum(d.pop("role"))

        user = BasicUser.from_dict(d.pop("user"))

        accepted = d.pop("accepted", UNSET)

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        def _parse_expired(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        expired = _parse_expired(d.pop("expired", UNSET))

        key = d.pop("key", UNSET)

        invitation_read = cls(
            organization=organization,
            organization_info=organization_info,
            owner=owner,
            role=role,
            user=user,
            accepted=accepted,
            created_date=created_date,
            expired=expired,
            key=key,
        )

        invitation_read.additional_properties = d
        return invitation_read

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
