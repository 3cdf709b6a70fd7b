from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.events_enum import EventsEnum, check_events_enum
from ..models.webhook_content_type import WebhookContentType, check_webhook_content_type
from ..models.webhook_type import WebhookType, check_webhook_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookWriteRequest")


@_attrs_define
class WebhookWriteRequest:
    """
    Attributes:
        events (list[EventsEnum]):
        target_url (str):
        type_ (WebhookType): * `organization` - ORGANIZATION
            * `project` - PROJECT
        content_type (WebhookContentType | Unset): * `application/json` - JSON
        description (str | Unset):
        enable_ssl (bool | Unset):
        is_active (bool | Unset):
        project_id (int | None | Unset):
        secret (str | Unset):
    """

    events: list[EventsEnum]
    target_url: str
    type_: WebhookType
    content_type: WebhookContentType | Unset = UNSET
    description: str | Unset = UNSET
    enable_ssl: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    project_id: int | None | Unset = UNSET
    secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item: str = events_item_data
            events.append(events_item)

        target_url = self.target_url

        type_: str = self.type_

        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type

        description = self.description

        enable_ssl = self.enable_ssl

        is_active = self.is_active

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
                "target_url": target_url,
                "type": type_,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if description is not UNSET:
            field_dict["description"] = description
        if enable_ssl is not UNSET:
            field_dict["enable_ssl"] = enable_ssl
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = check_events_enum(events_item_data)

            events.append(events_item)

        target_url = d.pop("target_url")

        type_ = check_webhook_type(d.pop("type"))

        _content_type = d.pop("content_type", UNSET)
        content_type: WebhookContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = check_webhook_content_type(_content_type)

        description = d.pop("description", UNSET)

        enable_ssl = d.pop("enable_ssl", UNSET)

        is_active = d.pop("is_active", UNSET)

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        secret = d.pop("secret", UNSET)

        webhook_write_request = cls(
            events=events,
            target_url=target_url,
            type_=type_,
            content_type=content_type,
            description=description,
            enable_ssl=enable_ssl,
            is_active=is_active,
            project_id=project_id,
            secret=secret,
        )

        webhook_write_request.additional_properties = d
        return webhook_write_request

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
