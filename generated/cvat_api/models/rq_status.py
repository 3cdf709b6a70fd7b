from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rq_status_state_enum import RqStatusStateEnum, check_rq_status_state_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="RqStatus")


@_attrs_define
class RqStatus:
    """
    Attributes:
        state (RqStatusStateEnum): * `Queued` - Queued
            * `Started` - Started
            * `Finished` - Finished
            * `Failed` - Failed
        message (str | Unset):  Default: ''.
        progress (float | Unset):  Default: 0.0.
    """

    state: RqStatusStateEnum
    message: str | Unset = ""
    progress: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: str = self.state

        message = self.message

        progress = self.progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = check_rq_status_state_enum(d.pop("state"))

        message = d.pop("message", UNSET)

        progress = d.pop("progress", UNSET)

        rq_status = cls(
            state=state,
            message=message,
            progress=progress,
        )

        rq_status.additional_properties = d
        return rq_status

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
