from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="About")


@_attrs_define
class About:
    """
    Attributes:
        description (str):
        name (str):
        version (str):
        logo_url (str | Unset):
        subtitle (str | Unset):
    """

    description: str
    name: str
    version: str
    logo_url: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        name = self.name

        version = self.version

        logo_url = self.logo_url

        subtitle = self.subtitle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
                "version": version,
            }
        )
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        name = d.pop("name")

        version = d.pop("version")

        logo_url = d.pop("logo_url", UNSET)

        subtitle = d.pop("subtitle", UNSET)

        about = cls(
            description=description,
            name=name,
            version=version,
            logo_url=logo_url,
            subtitle=subtitle,
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
