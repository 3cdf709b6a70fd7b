from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chunk_type import ChunkType, check_chunk_type
from ..models.job_status import JobStatus, check_job_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_user import BasicUser
    from ..models.jobs_summary import JobsSummary
    from ..models.labels_summary import LabelsSummary
    from ..models.storage import Storage


T = TypeVar("T", bound="TaskRead")


@_attrs_define
class TaskRead:
    """
    Attributes:
        jobs (JobsSummary):
        labels (LabelsSummary):
        assignee (BasicUser | None | Unset):
        assignee_updated_date (datetime.datetime | None | Unset):
        bug_tracker (str | Unset):
        consensus_enabled (bool | Unset):
        created_date (datetime.datetime | Unset):
        data (int | None | Unset):
        data_chunk_size (int | None | Unset):
        data_cloud_storage_id (int | None | Unset):
        data_compressed_chunk_type (ChunkType | Unset): * `video` - VIDEO
            * `imageset` - IMAGESET
            * `audio_mp3` - AUDIO_MP3
        data_original_chunk_type (ChunkType | Unset): * `video` - VIDEO
            * `imageset` - IMAGESET
            * `audio_mp3` - AUDIO_MP3
        dimension (str | Unset):
        guide_id (int | None | Unset):
        id (int | Unset):
        image_quality (int | Unset):
        media_type (str | Unset):
        mode (str | Unset):
        name (str | Unset):
        organization (int | None | Unset):
        organization_id (int | None | Unset):
        overlap (int | None | Unset):
        owner (BasicUser | None | Unset):
        project_id (int | None | Unset):
        project_name (None | str | Unset):
        segment_size (int | Unset):
        size (int | Unset):
        source_storage (None | Storage | Unset):
        status (JobStatus | Unset): * `annotation` - ANNOTATION
            * `validation` - VALIDATION
            * `completed` - COMPLETED
        subset (str | Unset):
        target_storage (None | Storage | Unset):
        updated_date (datetime.datetime | Unset):
        url (str | Unset):
        validation_mode (None | str | Unset): Describes how the task validation is performed. Configured at task
            creation
    """

    jobs: JobsSummary
    labels: LabelsSummary
    assignee: BasicUser | None | Unset = UNSET
    assignee_updated_date: datetime.datetime | None | Unset = UNSET
    bug_tracker: str | Unset = UNSET
    consensus_enabled: bool | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    data: int | None | Unset = UNSET
    data_chunk_size: int | None | Unset = UNSET
    data_cloud_storage_id: int | None | Unset = UNSET
    data_compressed_chunk_type: ChunkType | Unset = UNSET
    data_original_chunk_type: ChunkType | Unset = UNSET
    dimension: str | Unset = UNSET
    guide_id: int | None | Unset = UNSET
    id: int | Unset = UNSET
    image_quality: int | Unset = UNSET
    media_type: str | Unset = UNSET
    mode: str | Unset = UNSET
    name: str | Unset = UNSET
    organization: int | None | Unset = UNSET
    organization_id: int | None | Unset = UNSET
    overlap: int | None | Unset = UNSET
    owner: BasicUser | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    project_name: None | str | Unset = UNSET
    segment_size: int | Unset = UNSET
    size: int | Unset = UNSET
    source_storage: None | Storage | Unset = UNSET
    status: JobStatus | Unset = UNSET
    subset: str | Unset = UNSET
    target_storage: None | Storage | Unset = UNSET
    updated_date: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    validation_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.basic_user import BasicUser  # noqa: PLC0415
        from ..models.storage import Storage  # noqa: PLC0415

        jobs = self.jobs.to_dict()

        labels = self.labels.to_dict()

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

        consensus_enabled = self.consensus_enabled

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        data: int | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        data_chunk_size: int | None | Unset
        if isinstance(self.data_chunk_size, Unset):
            data_chunk_size = UNSET
        else:
            data_chunk_size = self.data_chunk_size

        data_cloud_storage_id: int | None | Unset
        if isinstance(self.data_cloud_storage_id, Unset):
            data_cloud_storage_id = UNSET
        else:
            data_cloud_storage_id = self.data_cloud_storage_id

        data_compressed_chunk_type: str | Unset = UNSET
        if not isinstance(self.data_compressed_chunk_type, Unset):
            data_compressed_chunk_type = self.data_compressed_chunk_type

        data_original_chunk_type: str | Unset = UNSET
        if not isinstance(self.data_original_chunk_type, Unset):
            data_original_chunk_type = self.data_original_chunk_type

        dimension = self.dimension

        guide_id: int | None | Unset
        if isinstance(self.guide_id, Unset):
            guide_id = UNSET
        else:
            guide_id = self.guide_id

        id = self.id

        image_quality = self.image_quality

        media_type = self.media_type

        mode = self.mode

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

        overlap: int | None | Unset
        if isinstance(self.overlap, Unset):
            overlap = UNSET
        else:
            overlap = self.overlap

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

        project_name: None | str | Unset
        if isinstance(self.project_name, Unset):
            project_name = UNSET
        else:
            project_name = self.project_name

        segment_size = self.segment_size

        size = self.size

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

        subset = self.subset

        target_storage: dict[str, Any] | None | Unset
        if isinstance(self.target_storage, Unset):
            target_storage = UNSET
        elif isinstance(self.target_storage, Storage):
            target_storage = self.target_storage.to_dict()
        else:
            target_storage = self.target_storage

        updated_date: str | Unset = UNSET
        if not isinstance(self.updated_date, Unset):
            updated_date = self.updated_date.isoformat()

        url = self.url

        validation_mode: None | str | Unset
        if isinstance(self.validation_mode, Unset):
            validation_mode = UNSET
        else:
            validation_mode = self.validation_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobs": jobs,
                "labels": labels,
            }
        )
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if assignee_updated_date is not UNSET:
            field_dict["assignee_updated_date"] = assignee_updated_date
        if bug_tracker is not UNSET:
            field_dict["bug_tracker"] = bug_tracker
        if consensus_enabled is not UNSET:
            field_dict["consensus_enabled"] = consensus_enabled
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if data is not UNSET:
            field_dict["data"] = data
        if data_chunk_size is not UNSET:
            field_dict["data_chunk_size"] = data_chunk_size
        if data_cloud_storage_id is not UNSET:
            field_dict["data_cloud_storage_id"] = data_cloud_storage_id
        if data_compressed_chunk_type is not UNSET:
            field_dict["data_compressed_chunk_type"] = data_compressed_chunk_type
        if data_original_chunk_type is not UNSET:
            field_dict["data_original_chunk_type"] = data_original_chunk_type
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if guide_id is not UNSET:
            field_dict["guide_id"] = guide_id
        if id is not UNSET:
            field_dict["id"] = id
        if image_quality is not UNSET:
            field_dict["image_quality"] = image_quality
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if mode is not UNSET:
            field_dict["mode"] = mode
        if name is not UNSET:
            field_dict["name"] = name
        if organization is not UNSET:
            field_dict["organization"] = organization
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if overlap is not UNSET:
            field_dict["overlap"] = overlap
        if owner is not UNSET:
            field_dict["owner"] = owner
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if segment_size is not UNSET:
            field_dict["segment_size"] = segment_size
        if size is not UNSET:
            field_dict["size"] = size
        if source_storage is not UNSET:
            field_dict["source_storage"] = source_storage
        if status is not UNSET:
            field_dict["status"] = status
        if subset is not UNSET:
            field_dict["subset"] = subset
        if target_storage is not UNSET:
            field_dict["target_storage"] = target_storage
        if updated_date is not UNSET:
            field_dict["updated_date"] = updated_date
        if url is not UNSET:
            field_dict["url"] = url
        if validation_mode is not UNSET:
            field_dict["validation_mode"] = validation_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_user import BasicUser  # noqa: PLC0415
        from ..models.jobs_summary import JobsSummary  # noqa: PLC0415
        from ..models.labels_summary import LabelsSummary  # noqa: PLC0415
        from ..models.storage import Storage  # noqa: PLC0415

        d = dict(src_dict)
        jobs = JobsSummary.from_dict(d.pop("jobs"))

        labels = LabelsSummary.from_dict(d.pop("labels"))

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

        consensus_enabled = d.pop("consensus_enabled", UNSET)

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        def _parse_data(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_data_chunk_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_chunk_size = _parse_data_chunk_size(d.pop("data_chunk_size", UNSET))

        def _parse_data_cloud_storage_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_cloud_storage_id = _parse_data_cloud_storage_id(
            d.pop("data_cloud_storage_id", UNSET)
        )

        _data_compressed_chunk_type = d.pop("data_compressed_chunk_type", UNSET)
        data_compressed_chunk_type: ChunkType | Unset
        if isinstance(_data_compressed_chunk_type, Unset):
            data_compressed_chunk_type = UNSET
        else:
            data_compressed_chunk_type = check_chunk_type(_data_compressed_chunk_type)

        _data_original_chunk_type = d.pop("data_original_chunk_type", UNSET)
        data_original_chunk_type: ChunkType | Unset
        if isinstance(_data_original_chunk_type, Unset):
            data_original_chunk_type = UNSET
        else:
            data_original_chunk_type = check_chunk_type(_data_original_chunk_type)

        dimension = d.pop("dimension", UNSET)

        def _parse_guide_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        guide_id = _parse_guide_id(d.pop("guide_id", UNSET))

        id = d.pop("id", UNSET)

        image_quality = d.pop("image_quality", UNSET)

        media_type = d.pop("media_type", UNSET)

        mode = d.pop("mode", UNSET)

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

        def _parse_overlap(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        overlap = _parse_overlap(d.pop("overlap", UNSET))

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

        def _parse_project_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_name = _parse_project_name(d.pop("project_name", UNSET))

        segment_size = d.pop("segment_size", UNSET)

        size = d.pop("size", UNSET)

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

        subset = d.pop("subset", UNSET)

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

        _updated_date = d.pop("updated_date", UNSET)
        updated_date: datetime.datetime | Unset
        if isinstance(_updated_date, Unset):
            updated_date = UNSET
        else:
            updated_date = datetime.datetime.fromisoformat(_updated_date)

        url = d.pop("url", UNSET)

        def _parse_validation_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validation_mode = _parse_validation_mode(d.pop("validation_mode", UNSET))

        task_read = cls(
            jobs=jobs,
            labels=labels,
            assignee=assignee,
            assignee_updated_date=assignee_updated_date,
            bug_tracker=bug_tracker,
            consensus_enabled=consensus_enabled,
            created_date=created_date,
            data=data,
            data_chunk_size=data_chunk_size,
            data_cloud_storage_id=data_cloud_storage_id,
            data_compressed_chunk_type=data_compressed_chunk_type,
            data_original_chunk_type=data_original_chunk_type,
            dimension=dimension,
            guide_id=guide_id,
            id=id,
            image_quality=image_quality,
            media_type=media_type,
            mode=mode,
            name=name,
            organization=organization,
            organization_id=organization_id,
            overlap=overlap,
            owner=owner,
            project_id=project_id,
            project_name=project_name,
            segment_size=segment_size,
            size=size,
            source_storage=source_storage,
            status=status,
            subset=subset,
            target_storage=target_storage,
            updated_date=updated_date,
            url=url,
            validation_mode=validation_mode,
        )

        task_read.additional_properties = d
        return task_read

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
