from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsensusSettings")


@_attrs_define
class ConsensusSettings:
    """
    Attributes:
        id (int | Unset):
        iou_threshold (float | Unset): Pairwise annotation matching IoU threshold
        task_id (int | Unset):
    """

    id: int | Unset = UNSET
    iou_threshold: float | Unset = UNSET
    task_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        iou_threshold = self.iou_threshold

        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if iou_threshold is not UNSET:
            field_dict["iou_threshold"] = iou_threshold
        if task_id is not UNSET:
            field_dict["task_id"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        iou_threshold = d.pop("iou_threshold", UNSET)

        task_id = d.pop("task_id", UNSET)

        consensus_settings = cls(
            id=id,
            iou_threshold=iou_threshold,
            task_id=task_id,
        )

        consensus_settings.additional_properties = d
        return consensus_settings

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
