from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_type import LabelType, check_label_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_request import AttributeRequest
    from ..models.sublabel_request import SublabelRequest


T = TypeVar("T", bound="PatchedLabelRequest")


@_attrs_define
class PatchedLabelRequest:
    """
    Attributes:
        attributes (list[AttributeRequest] | Unset): The list of attributes. To remove an attribute, pass the full
            attribute body with deleted=true. Related annotation attribute values will be deleted.
        color (str | Unset): The hex value for the RGB color. Will be generated automatically, unless specified
            explicitly.
        deleted (bool | Unset): Delete the label. Only applicable in the PATCH methods of a project or a task.
        id (int | Unset):
        name (str | Unset):
        sublabels (list[SublabelRequest] | Unset):
        svg (str | Unset):
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

    attributes: list[AttributeRequest] | Unset = UNSET
    color: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    sublabels: list[SublabelRequest] | Unset = UNSET
    svg: str | Unset = UNSET
    type_: LabelType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        color = self.color

        deleted = self.deleted

        id = self.id

        name = self.name

        sublabels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sublabels, Unset):
            sublabels = []
            for sublabels_item_data in self.sublabels:
                sublabels_item = sublabels_item_data.to_dict()
                sublabels.append(sublabels_item)

        svg = self.svg

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if color is not UNSET:
            field_dict["color"] = color
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if sublabels is not UNSET:
            field_dict["sublabels"] = sublabels
        if svg is not UNSET:
            field_dict["svg"] = svg
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_request import AttributeRequest  # noqa: PLC0415
        from ..models.sublabel_request import SublabelRequest  # noqa: PLC0415

        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: list[AttributeRequest] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = AttributeRequest.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        color = d.pop("color", UNSET)

        deleted = d.pop("deleted", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _sublabels = d.pop("sublabels", UNSET)
        sublabels: list[SublabelRequest] | Unset = UNSET
        if _sublabels is not UNSET:
            sublabels = []
            for sublabels_item_data in _sublabels:
                sublabels_item = SublabelRequest.from_dict(sublabels_item_data)

                sublabels.append(sublabels_item)

        svg = d.pop("svg", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: LabelType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_label_type(_type_)

        patched_label_request = cls(
            attributes=attributes,
            color=color,
            deleted=deleted,
            id=id,
            name=name,
            sublabels=sublabels,
            svg=svg,
            type_=type_,
        )

        patched_label_request.additional_properties = d
        return patched_label_request

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
