from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobValidationLayoutRead")


@_attrs_define
class JobValidationLayoutRead:
    """
    Attributes:
        honeypot_count (int | Unset):
        honeypot_frames (list[int] | Unset): The list of frame ids for honeypots in the job
        honeypot_real_frames (list[int] | Unset): The list of real (validation) frame ids for honeypots in the job
    """

    honeypot_count: int | Unset = UNSET
    honeypot_frames: list[int] | Unset = UNSET
    honeypot_real_frames: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        honeypot_count = self.honeypot_count

        honeypot_frames: list[int] | Unset = UNSET
        if not isinstance(self.honeypot_frames, Unset):
            honeypot_frames = self.honeypot_frames

        honeypot_real_frames: list[int] | Unset = UNSET
        if not isinstance(self.honeypot_real_frames, Unset):
            honeypot_real_frames = self.honeypot_real_frames

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if honeypot_count is not UNSET:
            field_dict["honeypot_count"] = honeypot_count
        if honeypot_frames is not UNSET:
            field_dict["honeypot_frames"] = honeypot_frames
        if honeypot_real_frames is not UNSET:
            field_dict["honeypot_real_frames"] = honeypot_real_frames

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        honeypot_count = d.pop("honeypot_count", UNSET)

        honeypot_frames = cast(list[int], d.pop("honeypot_frames", UNSET))

        honeypot_real_frames = cast(list[int], d.pop("honeypot_real_frames", UNSET))

        job_validation_layout_read = cls(
            honeypot_count=honeypot_count,
            honeypot_frames=honeypot_frames,
            honeypot_real_frames=honeypot_real_frames,
        )

        job_validation_layout_read.additional_properties = d
        return job_validation_layout_read

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
