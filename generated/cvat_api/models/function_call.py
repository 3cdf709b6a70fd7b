from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_call_params import FunctionCallParams


T = TypeVar("T", bound="FunctionCall")


@_attrs_define
class FunctionCall:
    """
    Attributes:
        ended (datetime.datetime | None):
        enqueued (datetime.datetime | None):
        function (FunctionCallParams):
        id (str): Request id
        started (datetime.datetime | None):
        status (None | str):
        exc_info (None | str | Unset):
        progress (int | None | Unset):  Default: 0.
    """

    ended: datetime.datetime | None
    enqueued: datetime.datetime | None
    function: FunctionCallParams
    id: str
    started: datetime.datetime | None
    status: None | str
    exc_info: None | str | Unset = UNSET
    progress: int | None | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ended: None | str
        if isinstance(self.ended, datetime.datetime):
            ended = self.ended.isoformat()
        else:
            ended = self.ended

        enqueued: None | str
        if isinstance(self.enqueued, datetime.datetime):
            enqueued = self.enqueued.isoformat()
        else:
            enqueued = self.enqueued

        function = self.function.to_dict()

        id = self.id

        started: None | str
        if isinstance(self.started, datetime.datetime):
            started = self.started.isoformat()
        else:
            started = self.started

        status: None | str
        status = self.status

        exc_info: None | str | Unset
        if isinstance(self.exc_info, Unset):
            exc_info = UNSET
        else:
            exc_info = self.exc_info

        progress: int | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ended": ended,
                "enqueued": enqueued,
                "function": function,
                "id": id,
                "started": started,
                "status": status,
            }
        )
        if exc_info is not UNSET:
            field_dict["exc_info"] = exc_info
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.function_call_params import FunctionCallParams  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ended(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_type_0 = datetime.datetime.fromisoformat(data)

                return ended_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended = _parse_ended(d.pop("ended"))

        def _parse_enqueued(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enqueued_type_0 = datetime.datetime.fromisoformat(data)

                return enqueued_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        enqueued = _parse_enqueued(d.pop("enqueued"))

        function = FunctionCallParams.from_dict(d.pop("function"))

        id = d.pop("id")

        def _parse_started(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_type_0 = datetime.datetime.fromisoformat(data)

                return started_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started = _parse_started(d.pop("started"))

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_exc_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exc_info = _parse_exc_info(d.pop("exc_info", UNSET))

        def _parse_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        function_call = cls(
            ended=ended,
            enqueued=enqueued,
            function=function,
            id=id,
            started=started,
            status=status,
            exc_info=exc_info,
            progress=progress,
        )

        function_call.additional_properties = d
        return function_call

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
