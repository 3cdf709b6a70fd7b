from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedConsensusSettingsRequest")


@_attrs_define
class PatchedConsensusSettingsRequest:
    """
    Attributes:
        iou_threshold (float | Unset): Pairwise annotation matching IoU threshold
    """

    iou_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iou_threshold = self.iou_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if iou_threshold is not UNSET:
            field_dict["iou_threshold"] = iou_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        iou_threshold = d.pop("iou_threshold", UNSET)

        patched_consensus_settings_request = cls(
            iou_threshold=iou_threshold,
        )

        patched_consensus_settings_request.additional_properties = d
        return patched_consensus_settings_request

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
