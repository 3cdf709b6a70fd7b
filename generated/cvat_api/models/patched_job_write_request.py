from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_stage import JobStage, check_job_stage
from ..models.operation_status import OperationStatus, check_operation_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedJobWriteRequest")


@_attrs_define
class PatchedJobWriteRequest:
    """
    Attributes:
        assignee (int | None | Unset):
        stage (JobStage | Unset): * `annotation` - ANNOTATION
            * `validation` - VALIDATION
            * `acceptance` - ACCEPTANCE
        state (OperationStatus | Unset): * `new` - NEW
            * `in progress` - IN_PROGRESS
            * `completed` - COMPLETED
            * `rejected` - REJECTED
    """

    assignee: int | None | Unset = UNSET
    stage: JobStage | Unset = UNSET
    state: OperationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignee: int | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if stage is not UNSET:
            field_dict["stage"] = stage
        if state is not UNSET:
            field_dict["state"] = state

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

        patched_job_write_request = cls(
            assignee=assignee,
            stage=stage,
            state=state,
        )

        patched_job_write_request.additional_properties = d
        return patched_job_write_request

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
