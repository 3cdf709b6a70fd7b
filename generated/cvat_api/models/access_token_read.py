from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_user import BasicUser


T = TypeVar("T", bound="AccessTokenRead")


@_attrs_define
class AccessTokenRead:
    """
    Attributes:
        created_date (datetime.datetime | Unset):
        expiry_date (datetime.datetime | None | Unset): Once the token expires, clients cannot use it anymore.
        id (int | Unset):
        last_used_date (datetime.datetime | None | Unset): The last use date of the token. This field is NOT updated
            after each
            user request. The minimum expected resolution should be 1 day.
        name (str | Unset): A free-form name for the token.
        owner (BasicUser | Unset):
        read_only (bool | Unset):
        updated_date (datetime.datetime | Unset):
        value (str | Unset): The raw value of the token. Must be saved by the user, returned only once
    """

    created_date: datetime.datetime | Unset = UNSET
    expiry_date: datetime.datetime | None | Unset = UNSET
    id: int | Unset = UNSET
    last_used_date: datetime.datetime | None | Unset = UNSET
    name: str | Unset = UNSET
    owner: BasicUser | Unset = UNSET
    read_only: bool | Unset = UNSET
    updated_date: datetime.datetime | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        id = self.id

        last_used_date: None | str | Unset
        if isinstance(self.last_used_date, Unset):
            last_used_date = UNSET
        elif isinstance(self.last_used_date, datetime.datetime):
            last_used_date = self.last_used_date.isoformat()
        else:
            last_used_date = self.last_used_date

        name = self.name

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        read_only = self.read_only

        updated_date: str | Unset = UNSET
        if not isinstance(self.updated_date, Unset):
            updated_date = self.updated_date.isoformat()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if id is not UNSET:
            field_dict["id"] = id
        if last_used_date is not UNSET:
            field_dict["last_used_date"] = last_used_date
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if updated_date is not UNSET:
            field_dict["updated_date"] = updated_date
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_user import BasicUser  # noqa: PLC0415

        d = dict(src_dict)
        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        def _parse_expiry_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_date_type_0 = datetime.datetime.fromisoformat(data)

                return expiry_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date", UNSET))

        id = d.pop("id", UNSET)

        def _parse_last_used_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_date_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_used_date = _parse_last_used_date(d.pop("last_used_date", UNSET))

        name = d.pop("name", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: BasicUser | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = BasicUser.from_dict(_owner)

        read_only = d.pop("read_only", UNSET)

        _updated_date = d.pop("updated_date", UNSET)
        updated_date: datetime.datetime | Unset
        if isinstance(_updated_date, Unset):
            updated_date = UNSET
        else:
            updated_date = datetime.datetime.fromisoformat(_updated_date)

        value = d.pop("value", UNSET)

        access_token_read = cls(
            created_date=created_date,
            expiry_date=expiry_date,
            id=id,
            last_used_date=last_used_date,
            name=name,
            owner=owner,
            read_only=read_only,
            updated_date=updated_date,
            value=value,
        )

        access_token_read.additional_properties = d
        return access_token_read

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
