from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_status import RequestStatus, check_request_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_data_operation import RequestDataOperation
    from ..models.user_identifiers import UserIdentifiers


T = TypeVar("T", bound="Request")


@_attrs_define
class Request:
    """
    Attributes:
        created_date (datetime.datetime):
        id (str):
        operation (RequestDataOperation):
        status (RequestStatus): * `queued` - Queued
            * `started` - Started
            * `failed` - Failed
            * `finished` - Finished
        expiry_date (datetime.datetime | None | Unset):
        finished_date (datetime.datetime | None | Unset):
        message (str | Unset):
        owner (UserIdentifiers | Unset):
        progress (float | None | Unset):
        result_id (int | None | Unset):
        result_url (None | str | Unset):
        started_date (datetime.datetime | None | Unset):
    """

    created_date: datetime.datetime
    id: str
    operation: RequestDataOperation
    status: RequestStatus
    expiry_date: datetime.datetime | None | Unset = UNSET
    finished_date: datetime.datetime | None | Unset = UNSET
    message: str | Unset = UNSET
    owner: UserIdentifiers | Unset = UNSET
    progress: float | None | Unset = UNSET
    result_id: int | None | Unset = UNSET
    result_url: None | str | Unset = UNSET
    started_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_date = self.created_date.isoformat()

        id = self.id

        operation = self.operation.to_dict()

        status: str = self.status

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        finished_date: None | str | Unset
        if isinstance(self.finished_date, Unset):
            finished_date = UNSET
        elif isinstance(self.finished_date, datetime.datetime):
            finished_date = self.finished_date.isoformat()
        else:
            finished_date = self.finished_date

        message = self.message

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        result_id: int | None | Unset
        if isinstance(self.result_id, Unset):
            result_id = UNSET
        else:
            result_id = self.result_id

        result_url: None | str | Unset
        if isinstance(self.result_url, Unset):
            result_url = UNSET
        else:
            result_url = self.result_url

        started_date: None | str | Unset
        if isinstance(self.started_date, Unset):
            started_date = UNSET
        elif isinstance(self.started_date, datetime.datetime):
            started_date = self.started_date.isoformat()
        else:
            started_date = self.started_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_date": created_date,
                "id": id,
                "operation": operation,
                "status": status,
            }
        )
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if finished_date is not UNSET:
            field_dict["finished_date"] = finished_date
        if message is not UNSET:
            field_dict["message"] = message
        if owner is not UNSET:
            field_dict["owner"] = owner
        if progress is not UNSET:
            field_dict["progress"] = progress
        if result_id is not UNSET:
            field_dict["result_id"] = result_id
        if result_url is not UNSET:
            field_dict["result_url"] = result_url
        if started_date is not UNSET:
            field_dict["started_date"] = started_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_data_operation import RequestDataOperation  # noqa: PLC0415
        from ..models.user_identifiers import UserIdentifiers  # noqa: PLC0415

        d = dict(src_dict)
        created_date = datetime.datetime.fromisoformat(d.pop("created_date"))

        id = d.pop("id")

        operation = RequestDataOperation.from_dict(d.pop("operation"))

        status = check_request_status(d.pop("status"))

        def _parse_expiry_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_date_type_0 = datetime.datetime.fromisoformat(data)

                return expiry_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date", UNSET))

        def _parse_finished_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_date_type_0 = datetime.datetime.fromisoformat(data)

                return finished_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_date = _parse_finished_date(d.pop("finished_date", UNSET))

        message = d.pop("message", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: UserIdentifiers | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = UserIdentifiers.from_dict(_owner)

        def _parse_progress(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_result_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        result_id = _parse_result_id(d.pop("result_id", UNSET))

        def _parse_result_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_url = _parse_result_url(d.pop("result_url", UNSET))

        def _parse_started_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_date_type_0 = datetime.datetime.fromisoformat(data)

                return started_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_date = _parse_started_date(d.pop("started_date", UNSET))

        request = cls(
            created_date=created_date,
            id=id,
            operation=operation,
            status=status,
            expiry_date=expiry_date,
            finished_date=finished_date,
            message=message,
            owner=owner,
            progress=progress,
            result_id=result_id,
            result_url=result_url,
            started_date=started_date,
        )

        request.additional_properties = d
        return request

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
