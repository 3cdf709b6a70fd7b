from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetFormat")


@_attrs_define
class DatasetFormat:
    """
    Attributes:
        dimension (str):
        enabled (bool):
        ext (str):
        name (str):
        version (str):
    """

    dimension: str
    enabled: bool
    ext: str
    name: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimension = self.dimension

        enabled = self.enabled

        ext = self.ext

        name = self.name

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimension": dimension,
                "enabled": enabled,
                "ext": ext,
                "name": name,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dimension = d.pop("dimension")

        enabled = d.pop("enabled")

        ext = d.pop("ext")

        name = d.pop("name")

        version = d.pop("version")

        dataset_format = cls(
            dimension=dimension,
            enabled=enabled,
            ext=ext,
            name=name,
            version=version,
        )

        dataset_format.additional_properties = d
        return dataset_format

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
