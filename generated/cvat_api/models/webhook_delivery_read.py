from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookDeliveryRead")


@_attrs_define
class WebhookDeliveryRead:
    """
    Attributes:
        attempt (int | None | Unset):
        changed_fields (str | Unset):
        created_date (datetime.datetime | Unset):
        event (str | Unset):
        id (int | Unset):
        redelivery (bool | Unset):
        request (Any | Unset):
        request_duration (int | None | Unset):
        response (Any | Unset):
        status_code (int | None | Unset):
        updated_date (datetime.datetime | Unset):
        webhook_id (int | Unset):
    """

    attempt: int | None | Unset = UNSET
    changed_fields: str | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    event: str | Unset = UNSET
    id: int | Unset = UNSET
    redelivery: bool | Unset = UNSET
    request: Any | Unset = UNSET
    request_duration: int | None | Unset = UNSET
    response: Any | Unset = UNSET
    status_code: int | None | Unset = UNSET
    updated_date: datetime.datetime | Unset = UNSET
    webhook_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt: int | None | Unset
        if isinstance(self.attempt, Unset):
            attempt = UNSET
        else:
            attempt = self.attempt

        changed_fields = self.changed_fields

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        event = self.event

        id = self.id

        redelivery = self.redelivery

        request = self.request

        request_duration: int | None | Unset
        if isinstance(self.request_duration, Unset):
            request_duration = UNSET
        else:
            request_duration = self.request_duration

        response = self.response

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        updated_date: str | Unset = UNSET
        if not isinstance(self.updated_date, Unset):
            updated_date = self.updated_date.isoformat()

        webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if changed_fields is not UNSET:
            field_dict["changed_fields"] = changed_fields
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if event is not UNSET:
            field_dict["event"] = event
        if id is not UNSET:
            field_dict["id"] = id
        if redelivery is not UNSET:
            field_dict["redelivery"] = redelivery
        if request is not UNSET:
            field_dict["request"] = request
        if request_duration is not UNSET:
            field_dict["request_duration"] = request_duration
        if response is not UNSET:
            field_dict["response"] = response
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if updated_date is not UNSET:
            field_dict["updated_date"] = updated_date
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_attempt(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attempt = _parse_attempt(d.pop("attempt", UNSET))

        changed_fields = d.pop("changed_fields", UNSET)

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        event = d.pop("event", UNSET)

        id = d.pop("id", UNSET)

        redelivery = d.pop("redelivery", UNSET)

        request = d.pop("request", UNSET)

        def _parse_request_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        request_duration = _parse_request_duration(d.pop("request_duration", UNSET))

        response = d.pop("response", UNSET)

        def _parse_status_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status_code = _parse_status_code(d.pop("status_code", UNSET))

        _updated_date = d.pop("updated_date", UNSET)
        updated_date: datetime.datetime | Unset
        if isinstance(_updated_date, Unset):
            updated_date = UNSET
        else:
            updated_date = datetime.datetime.fromisoformat(_updated_date)

        webhook_id = d.pop("webhook_id", UNSET)

        webhook_delivery_read = cls(
            attempt=attempt,
            changed_fields=changed_fields,
            created_date=created_date,
            event=event,
            id=id,
            redelivery=redelivery,
            request=request,
            request_duration=request_duration,
            response=response,
            status_code=status_code,
            updated_date=updated_date,
            webhook_id=webhook_id,
        )

        webhook_delivery_read.additional_properties = d
        return webhook_delivery_read

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
