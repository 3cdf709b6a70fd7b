from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestDataOperation")


@_attrs_define
class RequestDataOperation:
    """
    Attributes:
        target (str):
        type_ (str):
        format_ (None | str | Unset):
        function_id (None | str | Unset):
        job_id (int | None | Unset):
        lightweight (bool | None | Unset):
        org_id (int | None | Unset):
        project_id (int | None | Unset):
        task_id (int | None | Unset):
    """

    target: str
    type_: str
    format_: None | str | Unset = UNSET
    function_id: None | str | Unset = UNSET
    job_id: int | None | Unset = UNSET
    lightweight: bool | None | Unset = UNSET
    org_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    task_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        type_ = self.type_

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        function_id: None | str | Unset
        if isinstance(self.function_id, Unset):
            function_id = UNSET
        else:
            function_id = self.function_id

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        lightweight: bool | None | Unset
        if isinstance(self.lightweight, Unset):
            lightweight = UNSET
        else:
            lightweight = self.lightweight

        org_id: int | None | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        task_id: int | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "type": type_,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if function_id is not UNSET:
            field_dict["function_id"] = function_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if lightweight is not UNSET:
            field_dict["lightweight"] = lightweight
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target = d.pop("target")

        type_ = d.pop("type")

        def _parse_format_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_function_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        function_id = _parse_function_id(d.pop("function_id", UNSET))

        def _parse_job_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_id = _parse_job_id(d.pop("job_id", UNSET))

        def _parse_lightweight(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        lightweight = _parse_lightweight(d.pop("lightweight", UNSET))

        def _parse_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        request_data_operation = cls(
            target=target,
            type_=type_,
            format_=format_,
            function_id=function_id,
            job_id=job_id,
            lightweight=lightweight,
            org_id=org_id,
            project_id=project_id,
            task_id=task_id,
        )

        request_data_operation.additional_properties = d
        return request_data_operation

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
