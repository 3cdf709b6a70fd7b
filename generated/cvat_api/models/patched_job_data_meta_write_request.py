from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedJobDataMetaWriteRequest")


@_attrs_define
class PatchedJobDataMetaWriteRequest:
    """
    Attributes:
        deleted_frames (list[int] | Unset):
    """

    deleted_frames: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_frames: list[int] | Unset = UNSET
        if not isinstance(self.deleted_frames, Unset):
            deleted_frames = self.deleted_frames

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deleted_frames is not UNSET:
            field_dict["deleted_frames"] = deleted_frames

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted_frames = cast(list[int], d.pop("deleted_frames", UNSET))

        patched_job_data_meta_write_request = cls(
            deleted_frames=deleted_frames,
        )

        patched_job_data_meta_write_request.additional_properties = d
        return patched_job_data_meta_write_request

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
