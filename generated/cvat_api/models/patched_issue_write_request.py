from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedIssueWriteRequest")


@_attrs_define
class PatchedIssueWriteRequest:
    """
    Attributes:
        assignee (int | None | Unset):
        position (list[float] | Unset):
        resolved (bool | Unset):
    """

    assignee: int | None | Unset = UNSET
    position: list[float] | Unset = UNSET
    resolved: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignee: int | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        position: list[float] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position

        resolved = self.resolved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if position is not UNSET:
            field_dict["position"] = position
        if resolved is not UNSET:
            field_dict["resolved"] = resolved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_assignee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        position = cast(list[float], d.pop("position", UNSET))

        resolved = d.pop("resolved", UNSET)

        patched_issue_write_request = cls(
            assignee=assignee,
            position=position,
            resolved=resolved,
        )

        patched_issue_write_request.additional_properties = d
        return patched_issue_write_request

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
