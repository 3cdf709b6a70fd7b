from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_user import BasicUser
    from ..models.comments_summary import CommentsSummary


T = TypeVar("T", bound="IssueRead")


@_attrs_define
class IssueRead:
    """
    Attributes:
        comments (CommentsSummary):
        position (list[float]):
        assignee (BasicUser | None | Unset):
        created_date (datetime.datetime | None | Unset):
        frame (int | Unset):
        id (int | Unset):
        job (int | Unset):
        owner (BasicUser | None | Unset):
        resolved (bool | Unset):
        updated_date (datetime.datetime | None | Unset):
    """

    comments: CommentsSummary
    position: list[float]
    assignee: BasicUser | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    frame: int | Unset = UNSET
    id: int | Unset = UNSET
    job: int | Unset = UNSET
    owner: BasicUser | None | Unset = UNSET
    resolved: bool | Unset = UNSET
    updated_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.basic_user import BasicUser  # noqa: PLC0415

        comments = self.comments.to_dict()

        position = self.position

        assignee: dict[str, Any] | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        elif isinstance(self.assignee, BasicUser):
            assignee = self.assignee.to_dict()
        else:
            assignee = self.assignee

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        frame = self.frame

        id = self.id

        job = self.job

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, BasicUser):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        resolved = self.resolved

        updated_date: None | str | Unset
        if isinstance(self.updated_date, Unset):
            updated_date = UNSET
        elif isinstance(self.updated_date, datetime.datetime):
            updated_date = self.updated_date.isoformat()
        else:
            updated_date = self.updated_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comments": comments,
                "position": position,
            }
        )
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if frame is not UNSET:
            field_dict["frame"] = frame
        if id is not UNSET:
            field_dict["id"] = id
        if job is not UNSET:
            field_dict["job"] = job
        if owner is not UNSET:
            field_dict["owner"] = owner
        if resolved is not UNSET:
            field_dict["resolved"] = resolved
        if updated_date is not UNSET:
            field_dict["updated_date"] = updated_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_user import BasicUser  # noqa: PLC0415
        from ..models.comments_summary import CommentsSummary  # noqa: PLC0415

        d = dict(src_dict)
        comments = CommentsSummary.from_dict(d.pop("comments"))

        position = cast(list[float], d.pop("position"))

        def _parse_assignee(data: object) -> BasicUser | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assignee_type_1 = BasicUser.from_dict(data)

                return assignee_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BasicUser | None | Unset, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        def _parse_created_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_date_type_0 = datetime.datetime.fromisoformat(data)

                return created_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_date = _parse_created_date(d.pop("created_date", UNSET))

        frame = d.pop("frame", UNSET)

        id = d.pop("id", UNSET)

        job = d.pop("job", UNSET)

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

        resolved = d.pop("resolved", UNSET)

        def _parse_updated_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_date_type_0 = datetime.datetime.fromisoformat(data)

                return updated_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_date = _parse_updated_date(d.pop("updated_date", UNSET))

        issue_read = cls(
            comments=comments,
            position=position,
            assignee=assignee,
            created_date=created_date,
            frame=frame,
            id=id,
            job=job,
            owner=owner,
            resolved=resolved,
            updated_date=updated_date,
        )

        issue_read.additional_properties = d
        return issue_read

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
