from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QualityReportTasksSummary")


@_attrs_define
class QualityReportTasksSummary:
    """
    Attributes:
        custom (int): Tasks with individual settings
        excluded (int): Tasks excluded by filters
        included (int): Included task count = total - custom - non_configured - excluded
        not_configured (int): Tasks with validation not configured
        total (int): Total task count
    """

    custom: int
    excluded: int
    included: int
    not_configured: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom = self.custom

        excluded = self.excluded

        included = self.included

        not_configured = self.not_configured

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom": custom,
                "excluded": excluded,
                "included": included,
                "not_configured": not_configured,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom = d.pop("custom")

        excluded = d.pop("excluded")

        included = d.pop("included")

        not_configured = d.pop("not_configured")

        total = d.pop("total")

        quality_report_tasks_summary = cls(
            custom=custom,
            excluded=excluded,
            included=included,
            not_configured=not_configured,
            total=total,
        )

        quality_report_tasks_summary.additional_properties = d
        return quality_report_tasks_summary

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
