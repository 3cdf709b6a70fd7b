from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quality_report_target import (
    QualityReportTarget,
    check_quality_report_target,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_user import BasicUser
    from ..models.quality_report_summary import QualityReportSummary


T = TypeVar("T", bound="QualityReport")


@_attrs_define
class QualityReport:
    """
    Attributes:
        summary (QualityReportSummary):
        target (QualityReportTarget): * `job` - JOB
            * `task` - TASK
            * `project` - PROJECT
        assignee (BasicUser | None | Unset):
        created_date (datetime.datetime | Unset):
        gt_last_updated (datetime.datetime | None | Unset):
        id (int | Unset):
        job_id (int | None | Unset):
        parent_id (int | None | Unset):
        project_id (int | None | Unset):
        target_last_updated (datetime.datetime | Unset):
        task_id (int | None | Unset):
    """

    summary: QualityReportSummary
    target: QualityReportTarget
    assignee: BasicUser | None | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    gt_last_updated: datetime.datetime | None | Unset = UNSET
    id: int | Unset = UNSET
    job_id: int | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    target_last_updated: datetime.datetime | Unset = UNSET
    task_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.basic_user import BasicUser  # noqa: PLC0415

        summary = self.summary.to_dict()

        target: str = self.target

        assignee: dict[str, Any] | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        elif isinstance(self.assignee, BasicUser):
            assignee = self.assignee.to_dict()
        else:
            assignee = self.assignee

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        gt_last_updated: None | str | Unset
        if isinstance(self.gt_last_updated, Unset):
            gt_last_updated = UNSET
        elif isinstance(self.gt_last_updated, datetime.datetime):
            gt_last_updated = self.gt_last_updated.isoformat()
        else:
            gt_last_updated = self.gt_last_updated

        id = self.id

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        target_last_updated: str | Unset = UNSET
        if not isinstance(self.target_last_updated, Unset):
            target_last_updated = self.target_last_updated.isoformat()

        task_id: int | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
                "target": target,
            }
        )
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if gt_last_updated is not UNSET:
            field_dict["gt_last_updated"] = gt_last_updated
        if id is not UNSET:
            field_dict["id"] = id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if target_last_updated is not UNSET:
            field_dict["target_last_updated"] = target_last_updated
        if task_id is not UNSET:
            field_dict["task_id"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_user import BasicUser  # noqa: PLC0415
        from ..models.quality_report_summary import QualityReportSummary  # noqa: PLC0415

        d = dict(src_dict)
        summary = QualityReportSummary.from_dict(d.pop("summary"))

        target = check_quality_report_target(d.pop("target"))

        def _parse_assignee(data: object) -> BasicUser | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assignee_type_1 = BasicUser.from_dict(data)

                return assignee_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BasicUser | None | Unset, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        def _parse_gt_last_updated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gt_last_updated_type_0 = datetime.datetime.fromisoformat(data)

                return gt_last_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        gt_last_updated = _parse_gt_last_updated(d.pop("gt_last_updated", UNSET))

        id = d.pop("id", UNSET)

        def _parse_job_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_id = _parse_job_id(d.pop("job_id", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        _target_last_updated = d.pop("target_last_updated", UNSET)
        target_last_updated: datetime.datetime | Unset
        if isinstance(_target_last_updated, Unset):
            target_last_updated = UNSET
        else:
            target_last_updated = datetime.datetime.fromisoformat(_target_last_updated)

        def _parse_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        quality_report = cls(
            summary=summary,
            target=target,
            assignee=assignee,
            created_date=created_date,
            gt_last_updated=gt_last_updated,
            id=id,
            job_id=job_id,
            parent_id=parent_id,
            project_id=project_id,
            target_last_updated=target_last_updated,
            task_id=task_id,
        )

        quality_report.additional_properties = d
        return quality_report

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
