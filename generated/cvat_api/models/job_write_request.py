from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.frame_selection_method import (
    FrameSelectionMethod,
    check_frame_selection_method,
)
from ..models.job_stage import JobStage, check_job_stage
from ..models.job_type import JobType, check_job_type
from ..models.operation_status import OperationStatus, check_operation_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobWriteRequest")


@_attrs_define
class JobWriteRequest:
    """
    Attributes:
        task_id (int):
        type_ (JobType): * `annotation` - ANNOTATION
            * `ground_truth` - GROUND_TRUTH
            * `consensus_replica` - CONSENSUS_REPLICA
        assignee (int | None | Unset):
        frame_count (int | Unset): The number of frames included in the GT job.
            Applicable only to the "random_uniform" frame selection method
        frame_selection_method (FrameSelectionMethod | Unset): * `random_uniform` - RANDOM_UNIFORM
            * `random_per_job` - RANDOM_PER_JOB
            * `manual` - MANUAL
        frame_share (float | Unset): The share of frames included in the GT job.
            Applicable only to the "random_uniform" frame selection method
        frames (list[int] | Unset): The list of frame ids. Applicable only to the "manual" frame selection method
        frames_per_job_count (int | Unset): The number of frames included in the GT job from each annotation job.
            Applicable only to the "random_per_job" frame selection method
        frames_per_job_share (float | Unset): The share of frames included in the GT job from each annotation job.
            Applicable only to the "random_per_job" frame selection method
        random_seed (int | Unset): The seed value for the random number generator.
            The same value will produce the same frame sets.
            Applicable only to random frame selection methods.
            By default, a random value is used.
        stage (JobStage | Unset): * `annotation` - ANNOTATION
            * `validation` - VALIDATION
            * `acceptance` - ACCEPTANCE
        state (OperationStatus | Unset): * `new` - NEW
            * `in progress` - IN_PROGRESS
            * `completed` - COMPLETED
            * `rejected` - REJECTED
    """

    task_id: int
    type_: JobType
    assignee: int | None | Unset = UNSET
    frame_count: int | Unset = UNSET
    frame_selection_method: FrameSelectionMethod | Unset = UNSET
    frame_share: float | Unset = UNSET
    frames: list[int] | Unset = UNSET
    frames_per_job_count: int | Unset = UNSET
    frames_per_job_share: float | Unset = UNSET
    random_seed: int | Unset = UNSET
    stage: JobStage | Unset = UNSET
    state: OperationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        type_: str = self.type_

        assignee: int | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        frame_count = self.frame_count

        frame_selection_method: str | Unset = UNSET
        if not isinstance(self.frame_selection_method, Unset):
            frame_selection_method = self.frame_selection_method

        frame_share = self.frame_share

        frames: list[int] | Unset = UNSET
        if not isinstance(self.frames, Unset):
            frames = self.frames

        frames_per_job_count = self.frames_per_job_count

        frames_per_job_share = self.frames_per_job_share

        random_seed = self.random_seed

        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "type": type_,
            }
        )
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if frame_count is not UNSET:
            field_dict["frame_count"] = frame_count
        if frame_selection_method is not UNSET:
            field_dict["frame_selection_method"] = frame_selection_method
        if frame_share is not UNSET:
            field_dict["frame_share"] = frame_share
        if frames is not UNSET:
            field_dict["frames"] = frames
        if frames_per_job_count is not UNSET:
            field_dict["frames_per_job_count"] = frames_per_job_count
        if frames_per_job_share is not UNSET:
            field_dict["frames_per_job_share"] = frames_per_job_share
        if random_seed is not UNSET:
            field_dict["random_seed"] = random_seed
        if stage is not UNSET:
            field_dict["stage"] = stage
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        type_ = check_job_type(d.pop("type"))

        def _parse_assignee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        frame_count = d.pop("frame_count", UNSET)

        _frame_selection_method = d.pop("frame_selection_method", UNSET)
        frame_selection_method: FrameSelectionMethod | Unset
        if isinstance(_frame_selection_method, Unset):
            frame_selection_method = UNSET
        else:
            frame_selection_method = check_frame_selection_method(
                _frame_selection_method
            )

        frame_share = d.pop("frame_share", UNSET)

        frames = cast(list[int], d.pop("frames", UNSET))

        frames_per_job_count = d.pop("frames_per_job_count", UNSET)

        frames_per_job_share = d.pop("frames_per_job_share", UNSET)

        random_seed = d.pop("random_seed", UNSET)

        _stage = d.pop("stage", UNSET)
        stage: JobStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = check_job_stage(_stage)

        _state = d.pop("state", UNSET)
        state: OperationStatus | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_operation_status(_state)

        job_write_request = cls(
            task_id=task_id,
            type_=type_,
            assignee=assignee,
            frame_count=frame_count,
            frame_selection_method=frame_selection_method,
            frame_share=frame_share,
            frames=frames,
            frames_per_job_count=frames_per_job_count,
            frames_per_job_share=frames_per_job_share,
            random_seed=random_seed,
            stage=stage,
            state=state,
        )

        job_write_request.additional_properties = d
        return job_write_request

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
