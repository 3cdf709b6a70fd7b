from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotation_conflict_severity import (
    AnnotationConflictSeverity,
    check_annotation_conflict_severity,
)
from ..models.annotation_conflict_type import (
    AnnotationConflictType,
    check_annotation_conflict_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_id import AnnotationId


T = TypeVar("T", bound="AnnotationConflict")


@_attrs_define
class AnnotationConflict:
    """
    Attributes:
        annotation_ids (list[AnnotationId]):
        frame (int | Unset):
        id (int | Unset):
        report_id (int | Unset):
        severity (AnnotationConflictSeverity | Unset): * `warning` - WARNING
            * `error` - ERROR
        type_ (AnnotationConflictType | Unset): * `missing_annotation` - MISSING_ANNOTATION
            * `extra_annotation` - EXTRA_ANNOTATION
            * `mismatching_label` - MISMATCHING_LABEL
            * `low_overlap` - LOW_OVERLAP
            * `mismatching_direction` - MISMATCHING_DIRECTION
            * `mismatching_attributes` - MISMATCHING_ATTRIBUTES
            * `mismatching_groups` - MISMATCHING_GROUPS
            * `covered_annotation` - COVERED_ANNOTATION
    """

    annotation_ids: list[AnnotationId]
    frame: int | Unset = UNSET
    id: int | Unset = UNSET
    report_id: int | Unset = UNSET
    severity: AnnotationConflictSeverity | Unset = UNSET
    type_: AnnotationConflictType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotation_ids = []
        for annotation_ids_item_data in self.annotation_ids:
            annotation_ids_item = annotation_ids_item_data.to_dict()
            annotation_ids.append(annotation_ids_item)

        frame = self.frame

        id = self.id

        report_id = self.report_id

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotation_ids": annotation_ids,
            }
        )
        if frame is not UNSET:
            field_dict["frame"] = frame
        if id is not UNSET:
            field_dict["id"] = id
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if severity is not UNSET:
            field_dict["severity"] = severity
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotation_id import AnnotationId  # noqa: PLC0415

        d = dict(src_dict)
        annotation_ids = []
        _annotation_ids = d.pop("annotation_ids")
        for annotation_ids_item_data in _annotation_ids:
            annotation_ids_item = AnnotationId.from_dict(annotation_ids_item_data)

            annotation_ids.append(annotation_ids_item)

        frame = d.pop("frame", UNSET)

        id = d.pop("id", UNSET)

        report_id = d.pop("report_id", UNSET)

        _severity = d.pop("severity", UNSET)
        severity: AnnotationConflictSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = check_annotation_conflict_severity(_severity)

        _type_ = d.pop("type", UNSET)
        type_: AnnotationConflictType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_annotation_conflict_type(_type_)

        annotation_conflict = cls(
            annotation_ids=annotation_ids,
            frame=frame,
            id=id,
            report_id=report_id,
            severity=severity,
            type_=type_,
        )

        annotation_conflict.additional_properties = d
        return annotation_conflict

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
