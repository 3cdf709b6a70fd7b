from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.events_enum import EventsEnum, check_events_enum
from ..models.webhook_content_type import WebhookContentType, check_webhook_content_type
from ..models.webhook_type import WebhookType, check_webhook_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_user import BasicUser


T = TypeVar("T", bound="WebhookRead")


@_attrs_define
class WebhookRead:
    """
    Attributes:
        content_type (WebhookContentType): * `application/json` - JSON
        type_ (WebhookType): * `organization` - ORGANIZATION
            * `project` - PROJECT
        created_date (datetime.datetime | Unset):
        description (str | Unset):
        enable_ssl (bool | Unset):
        events (list[EventsEnum] | Unset):
        id (int | Unset):
        is_active (bool | Unset):
        last_delivery_date (datetime.datetime | Unset):
        last_status (int | Unset):
        organization (int | None | Unset):
        owner (BasicUser | None | Unset):
        project_id (int | None | Unset):
        target_url (str | Unset):
        updated_date (datetime.datetime | Unset):
        url (str | Unset):
    """

    content_type: WebhookContentType
    type_: WebhookType
    created_date: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    enable_ssl: bool | Unset = UNSET
    events: list[EventsEnum] | Unset = UNSET
    id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    last_delivery_date: datetime.datetime | Unset = UNSET
    last_status: int | Unset = UNSET
    organization: int | None | Unset = UNSET
    owner: BasicUser | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    target_url: str | Unset = UNSET
    updated_date: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.basic_user import BasicUser  # noqa: PLC0415

        content_type: str = self.content_type

        type_: str = self.type_

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        description = self.description

        enable_ssl = self.enable_ssl

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item: str = events_item_data
                events.append(events_item)

        id = self.id

        is_active = self.is_active

        last_delivery_date: str | Unset = UNSET
        if not isinstance(self.last_delivery_date, Unset):
            last_delivery_date = self.last_delivery_date.isoformat()

        last_status = self.last_status

        organization: int | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, BasicUser):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        target_url = self.target_url

        updated_date: str | Unset = UNSET
        if not isinstance(self.updated_date, Unset):
            updated_date = self.updated_date.isoformat()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type": content_type,
                "type": type_,
            }
        )
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if description is not UNSET:
            field_dict["description"] = description
        if enable_ssl is not UNSET:
            field_dict["enable_ssl"] = enable_ssl
        if events is not UNSET:
            field_dict["events"] = events
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if last_delivery_date is not UNSET:
            field_dict["last_delivery_date"] = last_delivery_date
        if last_status is not UNSET:
            field_dict["last_status"] = last_status
        if organization is not UNSET:
            field_dict["organization"] = organization
        if owner is not UNSET:
            field_dict["owner"] = owner
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if target_url is not UNSET:
            field_dict["target_url"] = target_url
        if updated_date is not UNSET:
            field_dict["updated_date"] = updated_date
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_user import BasicUser  # noqa: PLC0415

        d = dict(src_dict)
        content_type = check_webhook_content_type(d.pop("content_type"))

        type_ = check_webhook_type(d.pop("type"))

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        description = d.pop("description", UNSET)

        enable_ssl = d.pop("enable_ssl", UNSET)

        _events = d.pop("events", UNSET)
        events: list[EventsEnum] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = check_events_enum(events_item_data)

                events.append(events_item)

        id = d.pop("id", UNSET)

        is_active = d.pop("is_active", UNSET)

        _last_delivery_date = d.pop("last_delivery_date", UNSET)
        last_delivery_date: datetime.datetime | Unset
        if isinstance(_last_delivery_date, Unset):
            last_delivery_date = UNSET
        else:
            last_delivery_date = datetime.datetime.fromisoformat(_last_delivery_date)

        last_status = d.pop("last_status", UNSET)

        def _parse_organization(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_owner(data: object) -> BasicUser | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_1 = BasicUser.from_dict(data)

                return owner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BasicUser | None | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        target_url = d.pop("target_url", UNSET)

        _updated_date = d.pop("updated_date", UNSET)
        updated_date: datetime.datetime | Unset
        if isinstance(_updated_date, Unset):
            updated_date = UNSET
        else:
            updated_date = datetime.datetime.fromisoformat(_updated_date)

        url = d.pop("url", UNSET)

        webhook_read = cls(
            content_type=content_type,
            type_=type_,
            created_date=created_date,
            description=description,
            enable_ssl=enable_ssl,
            events=events,
            id=id,
            is_active=is_active,
            last_delivery_date=last_delivery_date,
            last_status=last_status,
            organization=organization,
            owner=owner,
            project_id=project_id,
            target_url=target_url,
            updated_date=updated_date,
            url=url,
        )

        webhook_read.additional_properties = d
        return webhook_read

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
