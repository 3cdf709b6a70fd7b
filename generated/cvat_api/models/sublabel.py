from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_type import LabelType, check_label_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute import Attribute


T = TypeVar("T", bound="Sublabel")


@_attrs_define
class Sublabel:
    """
    Attributes:
        name (str):
        attributes (list[Attribute] | Unset): The list of attributes. To remove an attribute, pass the full attribute
            body with deleted=true. Related annotation attribute values will be deleted.
        color (str | Unset): The hex value for the RGB color. Will be generated automatically, unless specified
            explicitly.
        has_parent (bool | Unset):
        id (int | Unset):
        type_ (LabelType | Unset): * `any` - ANY
            * `cuboid` - CUBOID
            * `ellipse` - ELLIPSE
            * `mask` - MASK
            * `points` - POINTS
            * `polygon` - POLYGON
            * `polyline` - POLYLINE
            * `rectangle` - RECTANGLE
            * `skeleton` - SKELETON
            * `interval` - INTERVAL
            * `tag` - TAG
    """

    name: str
    attributes: list[Attribute] | Unset = UNSET
    color: str | Unset = UNSET
    has_parent: bool | Unset = UNSET
    id: int | Unset = UNSET
    type_: LabelType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        color = self.color

        has_parent = self.has_parent

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if color is not UNSET:
            field_dict["color"] = color
        if has_parent is not UNSET:
            field_dict["has_parent"] = has_parent
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute import Attribute  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _attributes = d.pop("attributes", UNSET)
        attributes: list[Attribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = Attribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        color = d.pop("color", UNSET)

        has_parent = d.pop("has_parent", UNSET)

        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: LabelType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_label_type(_type_)

        sublabel = cls(
            name=name,
            attributes=attributes,
            color=color,
            has_parent=has_parent,
            id=id,
            type_=type_,
        )

        sublabel.additional_properties = d
        return sublabel

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
