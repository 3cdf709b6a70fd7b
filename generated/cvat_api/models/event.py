from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """
    Attributes:
        scope (str):
        timestamp (datetime.datetime):
        count (int | None | Unset):
        duration (int | Unset):  Default: 0.
        job_id (int | None | Unset):
        obj_id (int | None | Unset):
        obj_name (None | str | Unset):
        obj_val (None | str | Unset):
        org_id (int | None | Unset):
        org_slug (None | str | Unset):
        payload (None | str | Unset):
        project_id (int | None | Unset):
        source (None | str | Unset):
        task_id (int | None | Unset):
        user_email (None | str | Unset):
        user_id (int | None | Unset):
        user_name (None | str | Unset):
    """

    scope: str
    timestamp: datetime.datetime
    count: int | None | Unset = UNSET
    duration: int | Unset = 0
    job_id: int | None | Unset = UNSET
    obj_id: int | None | Unset = UNSET
    obj_name: None | str | Unset = UNSET
    obj_val: None | str | Unset = UNSET
    org_id: int | None | Unset = UNSET
    org_slug: None | str | Unset = UNSET
    payload: None | str | Unset = UNSET
    project_id: int | None | Unset = UNSET
    source: None | str | Unset = UNSET
    task_id: int | None | Unset = UNSET
    user_email: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope = self.scope

        timestamp = self.timestamp.isoformat()

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        duration = self.duration

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        obj_id: int | None | Unset
        if isinstance(self.obj_id, Unset):
            obj_id = UNSET
        else:
            obj_id = self.obj_id

        obj_name: None | str | Unset
        if isinstance(self.obj_name, Unset):
            obj_name = UNSET
        else:
            obj_name = self.obj_name

        obj_val: None | str | Unset
        if isinstance(self.obj_val, Unset):
            obj_val = UNSET
        else:
            obj_val = self.obj_val

        org_id: int | None | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        org_slug: None | str | Unset
        if isinstance(self.org_slug, Unset):
            org_slug = UNSET
        else:
            org_slug = self.org_slug

        payload: None | str | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        else:
            payload = self.payload

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        task_id: int | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scope": scope,
                "timestamp": timestamp,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if duration is not UNSET:
            field_dict["duration"] = duration
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if obj_id is not UNSET:
            field_dict["obj_id"] = obj_id
        if obj_name is not UNSET:
            field_dict["obj_name"] = obj_name
        if obj_val is not UNSET:
            field_dict["obj_val"] = obj_val
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if org_slug is not UNSET:
            field_dict["org_slug"] = org_slug
        if payload is not UNSET:
            field_dict["payload"] = payload
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if source is not UNSET:
            field_dict["source"] = source
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scope = d.pop("scope")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        duration = d.pop("duration", UNSET)

        def _parse_job_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_id = _parse_job_id(d.pop("job_id", UNSET))

        def _parse_obj_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        obj_id = _parse_obj_id(d.pop("obj_id", UNSET))

        def _parse_obj_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        obj_name = _parse_obj_name(d.pop("obj_name", UNSET))

        def _parse_obj_val(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        obj_val = _parse_obj_val(d.pop("obj_val", UNSET))

        def _parse_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_org_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_slug = _parse_org_slug(d.pop("org_slug", UNSET))

        def _parse_payload(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload = _parse_payload(d.pop("payload", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_name = _parse_user_name(d.pop("user_name", UNSET))

        event = cls(
            scope=scope,
            timestamp=timestamp,
            count=count,
            duration=duration,
            job_id=job_id,
            obj_id=obj_id,
            obj_name=obj_name,
            obj_val=obj_val,
            org_id=org_id,
            org_slug=org_slug,
            payload=payload,
            project_id=project_id,
            source=source,
            task_id=task_id,
            user_email=user_email,
            user_id=user_id,
            user_name=user_name,
        )

        event.additional_properties = d
        return event

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
