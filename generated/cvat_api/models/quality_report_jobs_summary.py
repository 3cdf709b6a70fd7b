from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QualityReportJobsSummary")


@_attrs_define
class QualityReportJobsSummary:
    """
    Attributes:
        excluded (int): Jobs excluded by filters
        included (int): Included job count = total - excluded
        not_checkable (int): Included jobs without validation frames
        total (int): Non-GT jobs in included tasks
    """

    excluded: int
    included: int
    not_checkable: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        excluded = self.excluded

        included = self.included

        not_checkable = self.not_checkable

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "excluded": excluded,
                "included": included,
                "not_checkable": not_checkable,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        excluded = d.pop("excluded")

        included = d.pop("included")

        not_checkable = d.pop("not_checkable")

        total = d.pop("total")

        quality_report_jobs_summary = cls(
            excluded=excluded,
            included=included,
            not_checkable=not_checkable,
            total=total,
        )

        quality_report_jobs_summary.additional_properties = d
        return quality_report_jobs_summary

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
