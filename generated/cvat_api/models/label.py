from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_type import LabelType, check_label_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute import Attribute
    from ..models.sublabel import Sublabel


T = TypeVar("T", bound="Label")


@_attrs_define
class Label:
    """
    Attributes:
        name (str):
        attributes (list[Attribute] | Unset): The list of attributes. To remove an attribute, pass the full attribute
            body with deleted=true. Related annotation attribute values will be deleted.
        color (str | Unset): The hex value for the RGB color. Will be generated automatically, unless specified
            explicitly.
        has_parent (bool | Unset):
        id (int | Unset):
        parent_id (int | None | Unset):
        project_id (int | None | Unset):
        sublabels (list[Sublabel] | Unset):
        svg (str | Unset):
        task_id (int | None | Unset):
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
    parent_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    sublabels: list[Sublabel] | Unset = UNSET
    svg: str | Unset = UNSET
    task_id: int | None | Unset = UNSET
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

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        sublabels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sublabels, Unset):
            sublabels = []
            for sublabels_item_data in self.sublabels:
                sublabels_item = sublabels_item_data.to_dict()
                sublabels.append(sublabels_item)

        svg = self.svg

        task_id: int | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

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
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if sublabels is not UNSET:
            field_dict["sublabels"] = sublabels
        if svg is not UNSET:
            field_dict["svg"] = svg
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute import Attribute  # noqa: PLC0415
        from ..models.sublabel import Sublabel  # noqa: PLC0415

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

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        _sublabels = d.pop("sublabels", UNSET)
        sublabels: list[Sublabel] | Unset = UNSET
        if _sublabels is not UNSET:
            sublabels = []
            for sublabels_item_data in _sublabels:
                sublabels_item = Sublabel.from_dict(sublabels_item_data)

                sublabels.append(sublabels_item)

        svg = d.pop("svg", UNSET)

        def _parse_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: LabelType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_label_type(_type_)

        label = cls(
            name=name,
            attributes=attributes,
            color=color,
            has_parent=has_parent,
            id=id,
            parent_id=parent_id,
            project_id=project_id,
            sublabels=sublabels,
            svg=svg,
            task_id=task_id,
            type_=type_,
        )

        label.additional_properties = d
        return label

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
