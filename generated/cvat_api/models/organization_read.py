from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_user import BasicUser


T = TypeVar("T", bound="OrganizationRead")


@_attrs_define
class OrganizationRead:
    """
    Attributes:
        owner (BasicUser | None):
        contact (Any | Unset):
        created_date (datetime.datetime | Unset):
        description (str | Unset):
        id (int | Unset):
        name (str | Unset):
        slug (str | Unset):
        updated_date (datetime.datetime | Unset):
    """

    owner: BasicUser | None
    contact: Any | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    updated_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.basic_user import BasicUser  # noqa: PLC0415

        owner: dict[str, Any] | None
        if isinstance(self.owner, BasicUser):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        contact = self.contact

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        description = self.description

        id = self.id

        name = self.name

        slug = self.slug

        updated_date: str | Unset = UNSET
        if not isinstance(self.updated_date, Unset):
            updated_date = self.updated_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner": owner,
            }
        )
        if contact is not UNSET:
            field_dict["contact"] = contact
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if updated_date is not UNSET:
            field_dict["updated_date"] = updated_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_user import BasicUser  # noqa: PLC0415

        d = dict(src_dict)

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

        contact = d.pop("contact", UNSET)

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        _updated_date = d.pop("updated_date", UNSET)
        updated_date: datetime.datetime | Unset
        if isinstance(_updated_date, Unset):
            updated_date = UNSET
        else:
            updated_date = datetime.datetime.fromisoformat(_updated_date)

        organization_read = cls(
            owner=owner,
            contact=contact,
            created_date=created_date,
            description=description,
            id=id,
            name=name,
            slug=slug,
            updated_date=updated_date,
        )

        organization_read.additional_properties = d
        return organization_read

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
