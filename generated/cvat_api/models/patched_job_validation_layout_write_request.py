from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.frame_selection_method import (
    FrameSelectionMethod,
    check_frame_selection_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedJobValidationLayoutWriteRequest")


@_attrs_define
class PatchedJobValidationLayoutWriteRequest:
    """
    Attributes:
        frame_selection_method (FrameSelectionMethod | Unset): * `random_uniform` - RANDOM_UNIFORM
            * `random_per_job` - RANDOM_PER_JOB
            * `manual` - MANUAL
        honeypot_real_frames (list[int] | Unset): The list of frame ids. Applicable only to the "manual" frame selection
            method
    """

    frame_selection_method: FrameSelectionMethod | Unset = UNSET
    honeypot_real_frames: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frame_selection_method: str | Unset = UNSET
        if not isinstance(self.frame_selection_method, Unset):
            frame_selection_method = self.frame_selection_method

        honeypot_real_frames: list[int] | Unset = UNSET
        if not isinstance(self.honeypot_real_frames, Unset):
            honeypot_real_frames = self.honeypot_real_frames

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if frame_selection_method is not UNSET:
            field_dict["frame_selection_method"] = frame_selection_method
        if honeypot_real_frames is not UNSET:
            field_dict["honeypot_real_frames"] = honeypot_real_frames

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _frame_selection_method = d.pop("frame_selection_method", UNSET)
        frame_selection_method: FrameSelectionMethod | Unset
        if isinstance(_frame_selection_method, Unset):
            frame_selection_method = UNSET
        else:
            frame_selection_method = check_frame_selection_method(
                _frame_selection_method
            )

        honeypot_real_frames = cast(list[int], d.pop("honeypot_real_frames", UNSET))

        patched_job_validation_layout_write_request = cls(
            frame_selection_method=frame_selection_method,
            honeypot_real_frames=honeypot_real_frames,
        )

        patched_job_validation_layout_write_request.additional_properties = d
        return patched_job_validation_layout_write_request

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
