from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus, check_job_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_user import BasicUser
    from ..models.labels_summary import LabelsSummary
    from ..models.storage import Storage
    from ..models.tasks_summary import TasksSummary


T = TypeVar("T", bound="ProjectRead")


@_attrs_define
class ProjectRead:
    """
    Attributes:
        labels (LabelsSummary):
        tasks (TasksSummary):
        assignee (BasicUser | None | Unset):
        assignee_updated_date (datetime.datetime | None | Unset):
        bug_tracker (str | Unset):
        created_date (datetime.datetime | Unset):
        dimension (None | str | Unset):
        guide_id (int | None | Unset):
        id (int | Unset):
        name (str | Unset):
        organization (int | None | Unset):
        organization_id (int | None | Unset):
        owner (BasicUser | None | Unset):
        source_storage (None | Storage | Unset):
        status (JobStatus | Unset): * `annotation` - ANNOTATION
            * `validation` - VALIDATION
            * `completed` - COMPLETED
        target_storage (None | Storage | Unset):
        task_subsets (list[str] | Unset):
        updated_date (datetime.datetime | Unset):
        url (str | Unset):
    """

    labels: LabelsSummary
    tasks: TasksSummary
    assignee: BasicUser | None | Unset = UNSET
    assignee_updated_date: datetime.datetime | None | Unset = UNSET
    bug_tracker: str | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    dimension: None | str | Unset = UNSET
    guide_id: int | None | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    organization: int | None | Unset = UNSET
    organization_id: int | None | Unset = UNSET
    owner: BasicUser | None | Unset = UNSET
    source_storage: None | Storage | Unset = UNSET
    status: JobStatus | Unset = UNSET
    target_storage: None | Storage | Unset = UNSET
    task_subsets: list[str] | Unset = UNSET
    updated_date: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.basic_user import BasicUser  # noqa: PLC0415
        from ..models.storage import Storage  # noqa: PLC0415

        labels = self.labels.to_dict()

        tasks = self.tasks.to_dict()

        assignee: dict[str, Any] | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        elif isinstance(self.assignee, BasicUser):
            assignee = self.assignee.to_dict()
        else:
            assignee = self.assignee

        assignee_updated_date: None | str | Unset
        if isinstance(self.assignee_updated_date, Unset):
            assignee_updated_date = UNSET
        elif isinstance(self.assignee_updated_date, datetime.datetime):
            assignee_updated_date = self.assignee_updated_date.isoformat()
        else:
            assignee_updated_date = self.assignee_updated_date

        bug_tracker = self.bug_tracker

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        dimension: None | str | Unset
        if isinstance(self.dimension, Unset):
            dimension = UNSET
        else:
            dimension = self.dimension

        guide_id: int | None | Unset
        if isinstance(self.guide_id, Unset):
            guide_id = UNSET
        else:
            guide_id = self.guide_id

        id = self.id

        name = self.name

        organization: int | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        organization_id: int | None | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, BasicUser):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        source_storage: dict[str, Any] | None | Unset
        if isinstance(self.source_storage, Unset):
            source_storage = UNSET
        elif isinstance(self.source_storage, Storage):
            source_storage = self.source_storage.to_dict()
        else:
            source_storage = self.source_storage

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        target_storage: dict[str, Any] | None | Unset
        if isinstance(self.target_storage, Unset):
            target_storage = UNSET
        elif isinstance(self.target_storage, Storage):
            target_storage = self.target_storage.to_dict()
        else:
            target_storage = self.target_storage

        task_subsets: list[str] | Unset = UNSET
        if not isinstance(self.task_subsets, Unset):
            task_subsets = self.task_subsets

        updated_date: str | Unset = UNSET
        if not isinstance(self.updated_date, Unset):
            updated_date = self.updated_date.isoformat()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labels": labels,
                "tasks": tasks,
            }
        )
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if assignee_updated_date is not UNSET:
            field_dict["assignee_updated_date"] = assignee_updated_date
        if bug_tracker is not UNSET:
            field_dict["bug_tracker"] = bug_tracker
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if guide_id is not UNSET:
            field_dict["guide_id"] = guide_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if organization is not UNSET:
            field_dict["organization"] = organization
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if owner is not UNSET:
            field_dict["owner"] = owner
        if source_storage is not UNSET:
            field_dict["source_storage"] = source_storage
        if status is not UNSET:
            field_dict["status"] = status
        if target_storage is not UNSET:
            field_dict["target_storage"] = target_storage
        if task_subsets is not UNSET:
            field_dict["task_subsets"] = task_subsets
        if updated_date is not UNSET:
            field_dict["updated_date"] = updated_date
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_user import BasicUser  # noqa: PLC0415
        from ..models.labels_summary import LabelsSummary  # noqa: PLC0415
        from ..models.storage import Storage  # noqa: PLC0415
        from ..models.tasks_summary import TasksSummary  # noqa: PLC0415

        d = dict(src_dict)
        labels = LabelsSummary.from_dict(d.pop("labels"))

        tasks = TasksSummary.from_dict(d.pop("tasks"))

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

        def _parse_assignee_updated_date(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assignee_updated_date_type_0 = datetime.datetime.fromisoformat(data)

                return assignee_updated_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        assignee_updated_date = _parse_assignee_updated_date(
            d.pop("assignee_updated_date", UNSET)
        )

        bug_tracker = d.pop("bug_tracker", UNSET)

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        def _parse_dimension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dimension = _parse_dimension(d.pop("dimension", UNSET))

        def _parse_guide_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        guide_id = _parse_guide_id(d.pop("guide_id", UNSET))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_organization(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_organization_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

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

        def _parse_source_storage(data: object) -> None | Storage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_storage_type_1 = Storage.from_dict(data)

                return source_storage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Storage | Unset, data)

        source_storage = _parse_source_storage(d.pop("source_storage", UNSET))

        _status = d.pop("status", UNSET)
        status: JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_job_status(_status)

        def _parse_target_storage(data: object) -> None | Storage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_storage_type_1 = Storage.from_dict(data)

                return target_storage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Storage | Unset, data)

        target_storage = _parse_target_storage(d.pop("target_storage", UNSET))

        task_subsets = cast(list[str], d.pop("task_subsets", UNSET))

        _updated_date = d.pop("updated_date", UNSET)
        updated_date: datetime.datetime | Unset
        if isinstance(_updated_date, Unset):
            updated_date = UNSET
        else:
            updated_date = datetime.datetime.fromisoformat(_updated_date)

        url = d.pop("url", UNSET)

        project_read = cls(
            labels=labels,
            tasks=tasks,
            assignee=assignee,
            assignee_updated_date=assignee_updated_date,
            bug_tracker=bug_tracker,
            created_date=created_date,
            dimension=dimension,
            guide_id=guide_id,
            id=id,
            name=name,
            organization=organization,
            organization_id=organization_id,
            owner=owner,
            source_storage=source_storage,
            status=status,
            target_storage=target_storage,
            task_subsets=task_subsets,
            updated_date=updated_date,
            url=url,
        )

        project_read.additional_properties = d
        return project_read

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
