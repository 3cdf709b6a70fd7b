from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_type_enum import InputTypeEnum, check_input_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Attribute")


@_attrs_define
class Attribute:
    """
    Attributes:
        input_type (InputTypeEnum): * `checkbox` - CHECKBOX
            * `radio` - RADIO
            * `number` - NUMBER
            * `text` - TEXT
            * `select` - SELECT
        mutable (bool):
        name (str):
        values (list[str]):
        default_value (str | Unset):
        id (int | Unset):
    """

    input_type: InputTypeEnum
    mutable: bool
    name: str
    values: list[str]
    default_value: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_type: str = self.input_type

        mutable = self.mutable

        name = self.name

        values = self.values

        default_value = self.default_value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_type": input_type,
                "mutable": mutable,
                "name": name,
                "values": values,
            }
        )
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_type = check_input_type_enum(d.pop("input_type"))

        mutable = d.pop("mutable")

        name = d.pop("name")

        values = cast(list[str], d.pop("values"))

        default_value = d.pop("default_value", UNSET)

        id = d.pop("id", UNSET)

        attribute = cls(
            input_type=input_type,
            mutable=mutable,
            name=name,
            values=values,
            default_value=default_value,
            id=id,
        )

        attribute.additional_properties = d
        return attribute

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
