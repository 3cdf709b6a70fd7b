from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chunk_type import ChunkType, check_chunk_type
from ..models.job_stage import JobStage, check_job_stage
from ..models.job_status import JobStatus, check_job_status
from ..models.job_type import JobType, check_job_type
from ..models.operation_status import OperationStatus, check_operation_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_user import BasicUser
    from ..models.issues_summary import IssuesSummary
    from ..models.labels_summary import LabelsSummary
    from ..models.storage import Storage


T = TypeVar("T", bound="JobRead")


@_attrs_define
class JobRead:
    """
    Attributes:
        issues (IssuesSummary):
        labels (LabelsSummary):
        assignee (BasicUser | None | Unset):
        assignee_updated_date (datetime.datetime | None | Unset):
        bug_tracker (None | str | Unset):
        consensus_replicas (int | Unset):
        created_date (datetime.datetime | Unset):
        data_chunk_size (int | None | Unset):
        data_compressed_chunk_type (ChunkType | Unset): * `video` - VIDEO
            * `imageset` - IMAGESET
            * `audio_mp3` - AUDIO_MP3
        data_original_chunk_type (ChunkType | Unset): * `video` - VIDEO
            * `imageset` - IMAGESET
            * `audio_mp3` - AUDIO_MP3
        dimension (str | Unset):
        frame_count (int | Unset):
        guide_id (int | None | Unset):
        id (int | Unset):
        media_type (str | Unset):
        mode (str | Unset):
        organization (int | None | Unset):
        parent_job_id (int | None | Unset):
        project_id (int | None | Unset):
        project_name (None | str | Unset):
        replicas_count (int | Unset):
        source_storage (None | Storage | Unset):
        stage (JobStage | Unset): * `annotation` - ANNOTATION
            * `validation` - VALIDATION
            * `acceptance` - ACCEPTANCE
        start_frame (int | Unset):
        state (OperationStatus | Unset): * `new` - NEW
            * `in progress` - IN_PROGRESS
            * `completed` - COMPLETED
            * `rejected` - REJECTED
        status (JobStatus | Unset): * `annotation` - ANNOTATION
            * `validation` - VALIDATION
            * `completed` - COMPLETED
        stop_frame (int | Unset):
        target_storage (None | Storage | Unset):
        task_id (int | Unset):
        task_name (None | str | Unset):
        type_ (JobType | Unset): * `annotation` - ANNOTATION
            * `ground_truth` - GROUND_TRUTH
            * `consensus_replica` - CONSENSUS_REPLICA
        updated_date (datetime.datetime | Unset):
        url (str | Unset):
    """

    issues: IssuesSummary
    labels: LabelsSummary
    assignee: BasicUser | None | Unset = UNSET
    assignee_updated_date: datetime.datetime | None | Unset = UNSET
    bug_tracker: None | str | Unset = UNSET
    consensus_replicas: int | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    data_chunk_size: int | None | Unset = UNSET
    data_compressed_chunk_type: ChunkType | Unset = UNSET
    data_original_chunk_type: ChunkType | Unset = UNSET
    dimension: str | Unset = UNSET
    frame_count: int | Unset = UNSET
    guide_id: int | None | Unset = UNSET
    id: int | Unset = UNSET
    media_type: str | Unset = UNSET
    mode: str | Unset = UNSET
    organization: int | None | Unset = UNSET
    parent_job_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    project_name: None | str | Unset = UNSET
    replicas_count: int | Unset = UNSET
    source_storage: None | Storage | Unset = UNSET
    stage: JobStage | Unset = UNSET
    start_frame: int | Unset = UNSET
    state: OperationStatus | Unset = UNSET
    status: JobStatus | Unset = UNSET
    stop_frame: int | Unset = UNSET
    target_storage: None | Storage | Unset = UNSET
    task_id: int | Unset = UNSET
    task_name: None | str | Unset = UNSET
    type_: JobType | Unset = UNSET
    updated_date: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.basic_user import BasicUser  # noqa: PLC0415
        from ..models.storage import Storage  # noqa: PLC0415

        issues = self.issues.to_dict()

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

        bug_tracker: None | str | Unset
        if isinstance(self.bug_tracker, Unset):
            bug_tracker = UNSET
        else:
            bug_tracker = self.bug_tracker

        consensus_replicas = self.consensus_replicas

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        data_chunk_size: int | None | Unset
        if isinstance(self.data_chunk_size, Unset):
            data_chunk_size = UNSET
        else:
            data_chunk_size = self.data_chunk_size

        data_compressed_chunk_type: str | Unset = UNSET
        if not isinstance(self.data_compressed_chunk_type, Unset):
            data_compressed_chunk_type = self.data_compressed_chunk_type

        data_original_chunk_type: str | Unset = UNSET
        if not isinstance(self.data_original_chunk_type, Unset):
            data_original_chunk_type = self.data_original_chunk_type

        dimension = self.dimension

        frame_count = self.frame_count

        guide_id: int | None | Unset
        if isinstance(self.guide_id, Unset):
            guide_id = UNSET
        else:
            guide_id = self.guide_id

        id = self.id

        media_type = self.media_type

        mode = self.mode

        organization: int | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        parent_job_id: int | None | Unset
        if isinstance(self.parent_job_id, Unset):
            parent_job_id = UNSET
        else:
            parent_job_id = self.parent_job_id

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

        replicas_count = self.replicas_count

        source_storage: dict[str, Any] | None | Unset
        if isinstance(self.source_storage, Unset):
            source_storage = UNSET
        elif isinstance(self.source_storage, Storage):
            source_storage = self.source_storage.to_dict()
        else:
            source_storage = self.source_storage

        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage

        start_frame = self.start_frame

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        stop_frame = self.stop_frame

        target_storage: dict[str, Any] | None | Unset
        if isinstance(self.target_storage, Unset):
            target_storage = UNSET
        elif isinstance(self.target_storage, Storage):
            target_storage = self.target_storage.to_dict()
        else:
            target_storage = self.target_storage

        task_id = self.task_id

        task_name: None | str | Unset
        if isinstance(self.task_name, Unset):
            task_name = UNSET
        else:
            task_name = self.task_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        updated_date: str | Unset = UNSET
        if not isinstance(self.updated_date, Unset):
            updated_date = self.updated_date.isoformat()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issues": issues,
                "labels": labels,
            }
        )
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if assignee_updated_date is not UNSET:
            field_dict["assignee_updated_date"] = assignee_updated_date
        if bug_tracker is not UNSET:
            field_dict["bug_tracker"] = bug_tracker
        if consensus_replicas is not UNSET:
            field_dict["consensus_replicas"] = consensus_replicas
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if data_chunk_size is not UNSET:
            field_dict["data_chunk_size"] = data_chunk_size
        if data_compressed_chunk_type is not UNSET:
            field_dict["data_compressed_chunk_type"] = data_compressed_chunk_type
        if data_original_chunk_type is not UNSET:
            field_dict["data_original_chunk_type"] = data_original_chunk_type
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if frame_count is not UNSET:
            field_dict["frame_count"] = frame_count
        if guide_id is not UNSET:
            field_dict["guide_id"] = guide_id
        if id is not UNSET:
            field_dict["id"] = id
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if mode is not UNSET:
            field_dict["mode"] = mode
        if organization is not UNSET:
            field_dict["organization"] = organization
        if parent_job_id is not UNSET:
            field_dict["parent_job_id"] = parent_job_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if replicas_count is not UNSET:
            field_dict["replicas_count"] = replicas_count
        if source_storage is not UNSET:
            field_dict["source_storage"] = source_storage
        if stage is not UNSET:
            field_dict["stage"] = stage
        if start_frame is not UNSET:
            field_dict["start_frame"] = start_frame
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status
        if stop_frame is not UNSET:
            field_dict["stop_frame"] = stop_frame
        if target_storage is not UNSET:
            field_dict["target_storage"] = target_storage
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_name is not UNSET:
            field_dict["task_name"] = task_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_date is not UNSET:
            field_dict["updated_date"] = updated_date
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_user import BasicUser  # noqa: PLC0415
        from ..models.issues_summary import IssuesSummary  # noqa: PLC0415
        from ..models.labels_summary import LabelsSummary  # noqa: PLC0415
        from ..models.storage import Storage  # noqa: PLC0415

        d = dict(src_dict)
        issues = IssuesSummary.from_dict(d.pop("issues"))

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

        def _parse_bug_tracker(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bug_tracker = _parse_bug_tracker(d.pop("bug_tracker", UNSET))

        consensus_replicas = d.pop("consensus_replicas", UNSET)

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        def _parse_data_chunk_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_chunk_size = _parse_data_chunk_size(d.pop("data_chunk_size", UNSET))

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

        frame_count = d.pop("frame_count", UNSET)

        def _parse_guide_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        guide_id = _parse_guide_id(d.pop("guide_id", UNSET))

        id = d.pop("id", UNSET)

        media_type = d.pop("media_type", UNSET)

        mode = d.pop("mode", UNSET)

        def _parse_organization(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_parent_job_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_job_id = _parse_parent_job_id(d.pop("parent_job_id", UNSET))

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

        replicas_count = d.pop("replicas_count", UNSET)

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

        _stage = d.pop("stage", UNSET)
        stage: JobStage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = check_job_stage(_stage)

        start_frame = d.pop("start_frame", UNSET)

        _state = d.pop("state", UNSET)
        state: OperationStatus | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_operation_status(_state)

        _status = d.pop("status", UNSET)
        status: JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_job_status(_status)

        stop_frame = d.pop("stop_frame", UNSET)

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

        task_id = d.pop("task_id", UNSET)

        def _parse_task_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_name = _parse_task_name(d.pop("task_name", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: JobType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_job_type(_type_)

        _updated_date = d.pop("updated_date", UNSET)
        updated_date: datetime.datetime | Unset
        if isinstance(_updated_date, Unset):
            updated_date = UNSET
        else:
            updated_date = datetime.datetime.fromisoformat(_updated_date)

        url = d.pop("url", UNSET)

        job_read = cls(
            issues=issues,
            labels=labels,
            assignee=assignee,
            assignee_updated_date=assignee_updated_date,
            bug_tracker=bug_tracker,
            consensus_replicas=consensus_replicas,
            created_date=created_date,
            data_chunk_size=data_chunk_size,
            data_compressed_chunk_type=data_compressed_chunk_type,
            data_original_chunk_type=data_original_chunk_type,
            dimension=dimension,
            frame_count=frame_count,
            guide_id=guide_id,
            id=id,
            media_type=media_type,
            mode=mode,
            organization=organization,
            parent_job_id=parent_job_id,
            project_id=project_id,
            project_name=project_name,
            replicas_count=replicas_count,
            source_storage=source_storage,
            stage=stage,
            start_frame=start_frame,
            state=state,
            status=status,
            stop_frame=stop_frame,
            target_storage=target_storage,
            task_id=task_id,
            task_name=task_name,
            type_=type_,
            updated_date=updated_date,
            url=url,
        )

        job_read.additional_properties = d
        return job_read

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
