from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.location_enum import LocationEnum, check_location_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Storage")


@_attrs_define
class Storage:
    """
    Attributes:
        cloud_storage_id (int | None | Unset):
        id (int | Unset):
        location (LocationEnum | Unset): * `cloud_storage` - CLOUD_STORAGE
            * `local` - LOCAL
    """

    cloud_storage_id: int | None | Unset = UNSET
    id: int | Unset = UNSET
    location: LocationEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud_storage_id: int | None | Unset
        if isinstance(self.cloud_storage_id, Unset):
            cloud_storage_id = UNSET
        else:
            cloud_storage_id = self.cloud_storage_id

        id = self.id

        location: str | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cloud_storage_id is not UNSET:
            field_dict["cloud_storage_id"] = cloud_storage_id
        if id is not UNSET:
            field_dict["id"] = id
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cloud_storage_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cloud_storage_id = _parse_cloud_storage_id(d.pop("cloud_storage_id", UNSET))

        id = d.pop("id", UNSET)

        _location = d.pop("location", UNSET)
        location: LocationEnum | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = check_location_enum(_location)

        storage = cls(
            cloud_storage_id=cloud_storage_id,
            id=id,
            location=location,
        )

        storage.additional_properties = d
        return storage

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
