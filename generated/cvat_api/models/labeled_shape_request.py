from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shape_type import ShapeType, check_shape_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_val_request import AttributeValRequest
    from ..models.sub_labeled_shape_request import SubLabeledShapeRequest


T = TypeVar("T", bound="LabeledShapeRequest")


@_attrs_define
class LabeledShapeRequest:
    """
    Attributes:
        frame (int):
        label_id (int):
        type_ (ShapeType): * `rectangle` - RECTANGLE
            * `polygon` - POLYGON
            * `polyline` - POLYLINE
            * `points` - POINTS
            * `ellipse` - ELLIPSE
            * `cuboid` - CUBOID
            * `mask` - MASK
            * `skeleton` - SKELETON
        attributes (list[AttributeValRequest] | Unset):
        elements (list[SubLabeledShapeRequest] | Unset):
        group (int | None | Unset):  Default: 0.
        id (int | None | Unset):
        occluded (bool | Unset):  Default: False.
        outside (bool | Unset):  Default: False.
        points (list[float] | Unset):
        rotation (float | Unset):  Default: 0.0.
        score (float | Unset):  Default: 1.0.
        source (str | Unset):  Default: 'manual'.
        z_order (int | Unset):  Default: 0.
    """

    frame: int
    label_id: int
    type_: ShapeType
    attributes: list[AttributeValRequest] | Unset = UNSET
    elements: list[SubLabeledShapeRequest] | Unset = UNSET
    group: int | None | Unset = 0
    id: int | None | Unset = UNSET
    occluded: bool | Unset = False
    outside: bool | Unset = False
    points: list[float] | Unset = UNSET
    rotation: float | Unset = 0.0
    score: float | Unset = 1.0
    source: str | Unset = "manual"
    z_order: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frame = self.frame

        label_id = self.label_id

        type_: str = self.type_

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        elements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.elements, Unset):
            elements = []
            for elements_item_data in self.elements:
                elements_item = elements_item_data.to_dict()
                elements.append(elements_item)

        group: int | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

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

        score = self.score

        source = self.source

        z_order = self.z_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frame": frame,
                "label_id": label_id,
                "type": type_,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if elements is not UNSET:
            field_dict["elements"] = elements
        if group is not UNSET:
            field_dict["group"] = group
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
        if score is not UNSET:
            field_dict["score"] = score
        if source is not UNSET:
            field_dict["source"] = source
        if z_order is not UNSET:
            field_dict["z_order"] = z_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_val_request import AttributeValRequest  # noqa: PLC0415
        from ..models.sub_labeled_shape_request import SubLabeledShapeRequest  # noqa: PLC0415

        d = dict(src_dict)
        frame = d.pop("frame")

        label_id = d.pop("label_id")

        type_ = check_shape_type(d.pop("type"))

        _attributes = d.pop("attributes", UNSET)
        attributes: list[AttributeValRequest] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = AttributeValRequest.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        _elements = d.pop("elements", UNSET)
        elements: list[SubLabeledShapeRequest] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = SubLabeledShapeRequest.from_dict(elements_item_data)

                elements.append(elements_item)

        def _parse_group(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

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

        score = d.pop("score", UNSET)

        source = d.pop("source", UNSET)

        z_order = d.pop("z_order", UNSET)

        labeled_shape_request = cls(
            frame=frame,
            label_id=label_id,
            type_=type_,
            attributes=attributes,
            elements=elements,
            group=group,
            id=id,
            occluded=occluded,
            outside=outside,
            points=points,
            rotation=rotation,
            score=score,
            source=source,
            z_order=z_order,
        )

        labeled_shape_request.additional_properties = d
        return labeled_shape_request

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
