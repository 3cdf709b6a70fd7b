from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quality_report_jobs_summary import QualityReportJobsSummary
    from ..models.quality_report_summary_conflicts_by_type import (
        QualityReportSummaryConflictsByType,
    )
    from ..models.quality_report_tasks_summary import QualityReportTasksSummary


T = TypeVar("T", bound="QualityReportSummary")


@_attrs_define
class QualityReportSummary:
    """
    Attributes:
        accuracy (float):
        conflict_count (int):
        conflicts_by_type (QualityReportSummaryConflictsByType):
        ds_count (int):
        error_count (int):
        gt_count (int):
        precision (float):
        recall (float):
        total_count (int):
        total_frames (int):
        valid_count (int):
        validation_frame_share (float):
        validation_frames (int):
        warning_count (int):
        frame_count (int | Unset): Deprecated. Use 'validation_frames' instead
        frame_share (float | Unset): Deprecated. Use 'validation_frame_share' instead
        jobs (QualityReportJobsSummary | Unset):
        tasks (QualityReportTasksSummary | Unset):
    """

    accuracy: float
    conflict_count: int
    conflicts_by_type: QualityReportSummaryConflictsByType
    ds_count: int
    error_count: int
    gt_count: int
    precision: float
    recall: float
    total_count: int
    total_frames: int
    valid_count: int
    validation_frame_share: float
    validation_frames: int
    warning_count: int
    frame_count: int | Unset = UNSET
    frame_share: float | Unset = UNSET
    jobs: QualityReportJobsSummary | Unset = UNSET
    tasks: QualityReportTasksSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accuracy = self.accuracy

        conflict_count = self.conflict_count

        conflicts_by_type = self.conflicts_by_type.to_dict()

        ds_count = self.ds_count

        error_count = self.error_count

        gt_count = self.gt_count

        precision = self.precision

        recall = self.recall

        total_count = self.total_count

        total_frames = self.total_frames

        valid_count = self.valid_count

        validation_frame_share = self.validation_frame_share

        validation_frames = self.validation_frames

        warning_count = self.warning_count

        frame_count = self.frame_count

        frame_share = self.frame_share

        jobs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = self.jobs.to_dict()

        tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accuracy": accuracy,
                "conflict_count": conflict_count,
                "conflicts_by_type": conflicts_by_type,
                "ds_count": ds_count,
                "error_count": error_count,
                "gt_count": gt_count,
                "precision": precision,
                "recall": recall,
                "total_count": total_count,
                "total_frames": total_frames,
                "valid_count": valid_count,
                "validation_frame_share": validation_frame_share,
                "validation_frames": validation_frames,
                "warning_count": warning_count,
            }
        )
        if frame_count is not UNSET:
            field_dict["frame_count"] = frame_count
        if frame_share is not UNSET:
            field_dict["frame_share"] = frame_share
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quality_report_jobs_summary import QualityReportJobsSummary  # noqa: PLC0415
        from ..models.quality_report_summary_conflicts_by_type import (
            QualityReportSummaryConflictsByType,  # noqa: PLC0415
        )
        from ..models.quality_report_tasks_summary import QualityReportTasksSummary  # noqa: PLC0415

        d = dict(src_dict)
        accuracy = d.pop("accuracy")

        conflict_count = d.pop("conflict_count")

        conflicts_by_type = QualityReportSummaryConflictsByType.from_dict(
            d.pop("conflicts_by_type")
        )

        ds_count = d.pop("ds_count")

        error_count = d.pop("error_count")

        gt_count = d.pop("gt_count")

        precision = d.pop("precision")

        recall = d.pop("recall")

        total_count = d.pop("total_count")

        total_frames = d.pop("total_frames")

        valid_count = d.pop("valid_count")

        validation_frame_share = d.pop("validation_frame_share")

        validation_frames = d.pop("validation_frames")

        warning_count = d.pop("warning_count")

        frame_count = d.pop("frame_count", UNSET)

        frame_share = d.pop("frame_share", UNSET)

        _jobs = d.pop("jobs", UNSET)
        jobs: QualityReportJobsSummary | Unset
        if isinstance(_jobs, Unset):
            jobs = UNSET
        else:
            jobs = QualityReportJobsSummary.from_dict(_jobs)

        _tasks = d.pop("tasks", UNSET)
        tasks: QualityReportTasksSummary | Unset
        if isinstance(_tasks, Unset):
            tasks = UNSET
        else:
            tasks = QualityReportTasksSummary.from_dict(_tasks)

        quality_report_summary = cls(
            accuracy=accuracy,
            conflict_count=conflict_count,
            conflicts_by_type=conflicts_by_type,
            ds_count=ds_count,
            error_count=error_count,
            gt_count=gt_count,
            precision=precision,
            recall=recall,
            total_count=total_count,
            total_frames=total_frames,
            valid_count=valid_count,
            validation_frame_share=validation_frame_share,
            validation_frames=validation_frames,
            warning_count=warning_count,
            frame_count=frame_count,
            frame_share=frame_share,
            jobs=jobs,
            tasks=tasks,
        )

        quality_report_summary.additional_properties = d
        return quality_report_summary

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
