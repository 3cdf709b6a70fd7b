from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_label_request import PatchedLabelRequest
    from ..models.storage_request import StorageRequest


T = TypeVar("T", bound="TaskWriteRequest")


@_attrs_define
class TaskWriteRequest:
    """
    Attributes:
        name (str):
        assignee_id (int | None | Unset):
        bug_tracker (str | Unset):
        consensus_replicas (int | Unset): The number of consensus replica jobs for each annotation job.
            Configured at task creation
             Default: 0.
        labels (list[PatchedLabelRequest] | Unset):
        overlap (int | None | Unset):
        owner_id (int | None | Unset):
        project_id (int | None | Unset):
        segment_size (int | Unset):
        source_storage (StorageRequest | Unset):
        subset (str | Unset):
        target_storage (StorageRequest | Unset):
    """

    name: str
    assignee_id: int | None | Unset = UNSET
    bug_tracker: str | Unset = UNSET
    consensus_replicas: int | Unset = 0
    labels: list[PatchedLabelRequest] | Unset = UNSET
    overlap: int | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    segment_size: int | Unset = UNSET
    source_storage: StorageRequest | Unset = UNSET
    subset: str | Unset = UNSET
    target_storage: StorageRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        assignee_id: int | None | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        else:
            assignee_id = self.assignee_id

        bug_tracker = self.bug_tracker

        consensus_replicas = self.consensus_replicas

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        overlap: int | None | Unset
        if isinstance(self.overlap, Unset):
            overlap = UNSET
        else:
            overlap = self.overlap

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        segment_size = self.segment_size

        source_storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_storage, Unset):
            source_storage = self.source_storage.to_dict()

        subset = self.subset

        target_storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target_storage, Unset):
            target_storage = self.target_storage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if bug_tracker is not UNSET:
            field_dict["bug_tracker"] = bug_tracker
        if consensus_replicas is not UNSET:
            field_dict["consensus_replicas"] = consensus_replicas
        if labels is not UNSET:
            field_dict["labels"] = labels
        if overlap is not UNSET:
            field_dict["overlap"] = overlap
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if segment_size is not UNSET:
            field_dict["segment_size"] = segment_size
        if source_storage is not UNSET:
            field_dict["source_storage"] = source_storage
        if subset is not UNSET:
            field_dict["subset"] = subset
        if target_storage is not UNSET:
            field_dict["target_storage"] = target_storage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_label_request import PatchedLabelRequest  # noqa: PLC0415
        from ..models.storage_request import StorageRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_assignee_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        assignee_id = _parse_assignee_id(d.pop("assignee_id", UNSET))

        bug_tracker = d.pop("bug_tracker", UNSET)

        consensus_replicas = d.pop("consensus_replicas", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: list[PatchedLabelRequest] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = PatchedLabelRequest.from_dict(labels_item_data)

                labels.append(labels_item)

        def _parse_overlap(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        overlap = _parse_overlap(d.pop("overlap", UNSET))

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        segment_size = d.pop("segment_size", UNSET)

        _source_storage = d.pop("source_storage", UNSET)
        source_storage: StorageRequest | Unset
        if isinstance(_source_storage, Unset):
            source_storage = UNSET
        else:
            source_storage = StorageRequest.from_dict(_source_storage)

        subset = d.pop("subset", UNSET)

        _target_storage = d.pop("target_storage", UNSET)
        target_storage: StorageRequest | Unset
        if isinstance(_target_storage, Unset):
            target_storage = UNSET
        else:
            target_storage = StorageRequest.from_dict(_target_storage)

        task_write_request = cls(
            name=name,
            assignee_id=assignee_id,
            bug_tracker=bug_tracker,
            consensus_replicas=consensus_replicas,
            labels=labels,
            overlap=overlap,
            owner_id=owner_id,
            project_id=project_id,
            segment_size=segment_size,
            source_storage=source_storage,
            subset=subset,
            target_storage=target_storage,
        )

        task_write_request.additional_properties = d
        return task_write_request

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
