from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsSummary")


@_attrs_define
class JobsSummary:
    """
    Attributes:
        completed (int | None):
        validation (int | None):
        count (int | Unset):  Default: 0.
        url (str | Unset):
    """

    completed: int | None
    validation: int | None
    count: int | Unset = 0
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed: int | None
        completed = self.completed

        validation: int | None
        validation = self.validation

        count = self.count

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completed": completed,
                "validation": validation,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_completed(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        completed = _parse_completed(d.pop("completed"))

        def _parse_validation(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        validation = _parse_validation(d.pop("validation"))

        count = d.pop("count", UNSET)

        url = d.pop("url", UNSET)

        jobs_summary = cls(
            completed=completed,
            validation=validation,
            count=count,
            url=url,
        )

        jobs_summary.additional_properties = d
        return jobs_summary

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
