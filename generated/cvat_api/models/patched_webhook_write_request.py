from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.events_enum import EventsEnum, check_events_enum
from ..models.webhook_content_type import WebhookContentType, check_webhook_content_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedWebhookWriteRequest")


@_attrs_define
class PatchedWebhookWriteRequest:
    """
    Attributes:
        content_type (WebhookContentType | Unset): * `application/json` - JSON
        description (str | Unset):
        enable_ssl (bool | Unset):
        events (list[EventsEnum] | Unset):
        is_active (bool | Unset):
        secret (str | Unset):
        target_url (str | Unset):
    """

    content_type: WebhookContentType | Unset = UNSET
    description: str | Unset = UNSET
    enable_ssl: bool | Unset = UNSET
    events: list[EventsEnum] | Unset = UNSET
    is_active: bool | Unset = UNSET
    secret: str | Unset = UNSET
    target_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type

        description = self.description

        enable_ssl = self.enable_ssl

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item: str = events_item_data
                events.append(events_item)

        is_active = self.is_active

        secret = self.secret

        target_url = self.target_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if description is not UNSET:
            field_dict["description"] = description
        if enable_ssl is not UNSET:
            field_dict["enable_ssl"] = enable_ssl
        if events is not UNSET:
            field_dict["events"] = events
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if secret is not UNSET:
            field_dict["secret"] = secret
        if target_url is not UNSET:
            field_dict["target_url"] = target_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _content_type = d.pop("content_type", UNSET)
        content_type: WebhookContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = check_webhook_content_type(_content_type)

        description = d.pop("description", UNSET)

        enable_ssl = d.pop("enable_ssl", UNSET)

        _events = d.pop("events", UNSET)
        events: list[EventsEnum] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = check_events_enum(events_item_data)

                events.append(events_item)

        is_active = d.pop("is_active", UNSET)

        secret = d.pop("secret", UNSET)

        target_url = d.pop("target_url", UNSET)

        patched_webhook_write_request = cls(
            content_type=content_type,
            description=description,
            enable_ssl=enable_ssl,
            events=events,
            is_active=is_active,
            secret=secret,
            target_url=target_url,
        )

        patched_webhook_write_request.additional_properties = d
        return patched_webhook_write_request

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
