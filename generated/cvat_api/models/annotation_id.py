from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotation_conflict_annotation_type import (
    AnnotationConflictAnnotationType,
    check_annotation_conflict_annotation_type,
)
from ..models.shape_type import ShapeType, check_shape_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnnotationId")


@_attrs_define
class AnnotationId:
    """
    Attributes:
        job_id (int | Unset):
        obj_id (int | Unset):
        shape_type (None | ShapeType | Unset):
        type_ (AnnotationConflictAnnotationType | Unset): * `tag` - TAG
            * `shape` - SHAPE
            * `track` - TRACK
    """

    job_id: int | Unset = UNSET
    obj_id: int | Unset = UNSET
    shape_type: None | ShapeType | Unset = UNSET
    type_: AnnotationConflictAnnotationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        obj_id = self.obj_id

        shape_type: None | str | Unset
        if isinstance(self.shape_type, Unset):
            shape_type = UNSET
        elif isinstance(self.shape_type, str):
            shape_type = self.shape_type
        else:
            shape_type = self.shape_type

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if obj_id is not UNSET:
            field_dict["obj_id"] = obj_id
        if shape_type is not UNSET:
            field_dict["shape_type"] = shape_type
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        obj_id = d.pop("obj_id", UNSET)

        def _parse_shape_type(data: object) -> None | ShapeType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                shape_type_type_0 = check_shape_type(data)

                return shape_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShapeType | Unset, data)

        shape_type = _parse_shape_type(d.pop("shape_type", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: AnnotationConflictAnnotationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_annotation_conflict_annotation_type(_type_)

        annotation_id = cls(
            job_id=job_id,
            obj_id=obj_id,
            shape_type=shape_type,
            type_=type_,
        )

        annotation_id.additional_properties = d
        return annotation_id

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
