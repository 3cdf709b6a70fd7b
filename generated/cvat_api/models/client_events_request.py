from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_request import EventRequest


T = TypeVar("T", bound="ClientEventsRequest")


@_attrs_define
class ClientEventsRequest:
    """
    Attributes:
        timestamp (datetime.datetime):
        events (list[EventRequest] | Unset):
        previous_event (EventRequest | None | Unset):
    """

    timestamp: datetime.datetime
    events: list[EventRequest] | Unset = UNSET
    previous_event: EventRequest | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_request import EventRequest  # noqa: PLC0415

        timestamp = self.timestamp.isoformat()

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        previous_event: dict[str, Any] | None | Unset
        if isinstance(self.previous_event, Unset):
            previous_event = UNSET
        elif isinstance(self.previous_event, EventRequest):
            previous_event = self.previous_event.to_dict()
        else:
            previous_event = self.previous_event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
            }
        )
        if events is not UNSET:
            field_dict["events"] = events
        if previous_event is not UNSET:
            field_dict["previous_event"] = previous_event

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_request import EventRequest  # noqa: PLC0415

        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        _events = d.pop("events", UNSET)
        events: list[EventRequest] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = EventRequest.from_dict(events_item_data)

                events.append(events_item)

        def _parse_previous_event(data: object) -> EventRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previous_event_type_1 = EventRequest.from_dict(data)

                return previous_event_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventRequest | None | Unset, data)

        previous_event = _parse_previous_event(d.pop("previous_event", UNSET))

        client_events_request = cls(
            timestamp=timestamp,
            events=events,
            previous_event=previous_event,
        )

        client_events_request.additional_properties = d
        return client_events_request

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
