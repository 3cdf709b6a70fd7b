from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_val import AttributeVal
    from ..models.sub_labeled_track import SubLabeledTrack
    from ..models.tracked_shape import TrackedShape


T = TypeVar("T", bound="LabeledTrack")


@_attrs_define
class LabeledTrack:
    """
    Attributes:
        frame (int):
        label_id (int):
        shapes (list[TrackedShape]):
        attributes (list[AttributeVal] | Unset):
        elements (list[SubLabeledTrack] | Unset):
        group (int | None | Unset):  Default: 0.
        id (int | None | Unset):
        source (str | Unset):  Default: 'manual'.
    """

    frame: int
    label_id: int
    shapes: list[TrackedShape]
    attributes: list[AttributeVal] | Unset = UNSET
    elements: list[SubLabeledTrack] | Unset = UNSET
    group: int | None | Unset = 0
    id: int | None | Unset = UNSET
    source: str | Unset = "manual"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frame = self.frame

        label_id = self.label_id

        shapes = []
        for shapes_item_data in self.shapes:
            shapes_item = shapes_item_data.to_dict()
            shapes.append(shapes_item)

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

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frame": frame,
                "label_id": label_id,
                "shapes": shapes,
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
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_val import AttributeVal  # noqa: PLC0415
        from ..models.sub_labeled_track import SubLabeledTrack  # noqa: PLC0415
        from ..models.tracked_shape import TrackedShape  # noqa: PLC0415

        d = dict(src_dict)
        frame = d.pop("frame")

        label_id = d.pop("label_id")

        shapes = []
        _shapes = d.pop("shapes")
        for shapes_item_data in _shapes:
            shapes_item = TrackedShape.from_dict(shapes_item_data)

            shapes.append(shapes_item)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[AttributeVal] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = AttributeVal.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        _elements = d.pop("elements", UNSET)
        elements: list[SubLabeledTrack] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = SubLabeledTrack.from_dict(elements_item_data)

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

        source = d.pop("source", UNSET)

        labeled_track = cls(
            frame=frame,
            label_id=label_id,
            shapes=shapes,
            attributes=attributes,
            elements=elements,
            group=group,
            id=id,
            source=source,
        )

        labeled_track.additional_properties = d
        return labeled_track

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
