from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shape_type import ShapeType, check_shape_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_val_request import AttributeValRequest


T = TypeVar("T", bound="TrackedShapeRequest")


@_attrs_define
class TrackedShapeRequest:
    """
    Attributes:
        frame (int):
        type_ (ShapeType): * `rectangle` - RECTANGLE
            * `polygon` - POLYGON
            * `polyline` - POLYLINE
            * `points` - POINTS
            * `ellipse` - ELLIPSE
            * `cuboid` - CUBOID
            * `mask` - MASK
            * `skeleton` - SKELETON
        attributes (list[AttributeValRequest] | Unset):
        id (int | None | Unset):
        occluded (bool | Unset):  Default: False.
        outside (bool | Unset):  Default: False.
        points (list[float] | Unset):
        rotation (float | Unset):  Default: 0.0.
        z_order (int | Unset):  Default: 0.
    """

    frame: int
    type_: ShapeType
    attributes: list[AttributeValRequest] | Unset = UNSET
    id: int | None | Unset = UNSET
    occluded: bool | Unset = False
    outside: bool | Unset = False
    points: list[float] | Unset = UNSET
    rotation: float | Unset = 0.0
    z_order: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frame = self.frame

        type_: str = self.type_

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        occluded = self.occluded

        outside = self.outside

        points: list[float] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = self.points

        rotation = self.rotation

        z_order = self.z_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frame": frame,
                "type": type_,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if id is not UNSET:
            field_dict["id"] = id
        if occluded is not UNSET:
            field_dict["occluded"] = occluded
        if outside is not UNSET:
            field_dict["outside"] = outside
        if points is not UNSET:
            field_dict["points"] = points
        if rotation is not UNSET:
            field_dict["rotation"] = rotation
        if z_order is not UNSET:
            field_dict["z_order"] = z_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_val_request import AttributeValRequest  # noqa: PLC0415

        d = dict(src_dict)
        frame = d.pop("frame")

        type_ = check_shape_type(d.pop("type"))

        _attributes = d.pop("attributes", UNSET)
        attributes: list[AttributeValRequest] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = AttributeValRequest.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        occluded = d.pop("occluded", UNSET)

        outside = d.pop("outside", UNSET)

        points = cast(list[float], d.pop("points", UNSET))

        rotation = d.pop("rotation", UNSET)

        z_order = d.pop("z_order", UNSET)

        tracked_shape_request = cls(
            frame=frame,
            type_=type_,
            attributes=attributes,
            id=id,
            occluded=occluded,
            outside=outside,
            points=points,
            rotation=rotation,
            z_order=z_order,
        )

        tracked_shape_request.additional_properties = d
        return tracked_shape_request

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
