from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_type import WebhookType, check_webhook_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhooks_event import WebhooksEvent


T = TypeVar("T", bound="Events")


@_attrs_define
class Events:
    """
    Attributes:
        webhook_type (WebhookType): * `organization` - ORGANIZATION
            * `project` - PROJECT
        events (list[WebhooksEvent] | Unset):
    """

    webhook_type: WebhookType
    events: list[WebhooksEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_type: str = self.webhook_type

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook_type": webhook_type,
            }
        )
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhooks_event import WebhooksEvent  # noqa: PLC0415

        d = dict(src_dict)
        webhook_type = check_webhook_type(d.pop("webhook_type"))

        _events = d.pop("events", UNSET)
        events: list[WebhooksEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = WebhooksEvent.from_dict(events_item_data)

                events.append(events_item)

        events = cls(
            webhook_type=webhook_type,
            events=events,
        )

        events.additional_properties = d
        return events

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
