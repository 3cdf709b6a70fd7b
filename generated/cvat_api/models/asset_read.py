from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_user import BasicUser


T = TypeVar("T", bound="AssetRead")


@_attrs_define
class AssetRead:
    """
    Attributes:
        filename (str):
        created_date (datetime.datetime | Unset):
        guide_id (int | Unset):
        owner (BasicUser | Unset):
        uuid (UUID | Unset):
    """

    filename: str
    created_date: datetime.datetime | Unset = UNSET
    guide_id: int | Unset = UNSET
    owner: BasicUser | Unset = UNSET
    uuid: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        guide_id = self.guide_id

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
            }
        )
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if guide_id is not UNSET:
            field_dict["guide_id"] = guide_id
        if owner is not UNSET:
            field_dict["owner"] = owner
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_user import BasicUser  # noqa: PLC0415

        d = dict(src_dict)
        filename = d.pop("filename")

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        guide_id = d.pop("guide_id", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: BasicUser | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = BasicUser.from_dict(_owner)

        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        asset_read = cls(
            filename=filename,
            created_date=created_date,
            guide_id=guide_id,
            owner=owner,
            uuid=uuid,
        )

        asset_read.additional_properties = d
        return asset_read

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
