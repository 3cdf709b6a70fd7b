from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="About")


@_attrs_define
class About:
    """
    Attributes:
        description (str):
        logo_url (str):
        name (str):
        subtitle (str):
        version (str):
    """

    description: str
    logo_url: str
    name: str
    subtitle: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        logo_url = self.logo_url

        name = self.name

        subtitle = self.subtitle

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "logo_url": logo_url,
                "name": name,
                "subtitle": subtitle,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        logo_url = d.pop("logo_url")

        name = d.pop("name")

        subtitle = d.pop("subtitle")

        version = d.pop("version")

        about = cls(
            description=description,
            logo_url=logo_url,
            name=name,
            subtitle=subtitle,
            version=version,
        )

        about.additional_properties = d
        return about

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
