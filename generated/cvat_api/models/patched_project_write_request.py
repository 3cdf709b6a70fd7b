from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_label_request import PatchedLabelRequest
    from ..models.storage_request import StorageRequest


T = TypeVar("T", bound="PatchedProjectWriteRequest")


@_attrs_define
class PatchedProjectWriteRequest:
    """
    Attributes:
        assignee_id (int | None | Unset):
        bug_tracker (str | Unset):
        labels (list[PatchedLabelRequest] | Unset):
        name (str | Unset):
        organization_id (int | None | Unset):
        owner_id (int | None | Unset):
        source_storage (StorageRequest | Unset):
        target_storage (StorageRequest | Unset):
    """

    assignee_id: int | None | Unset = UNSET
    bug_tracker: str | Unset = UNSET
    labels: list[PatchedLabelRequest] | Unset = UNSET
    name: str | Unset = UNSET
    organization_id: int | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    source_storage: StorageRequest | Unset = UNSET
    target_storage: StorageRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignee_id: int | None | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        else:
            assignee_id = self.assignee_id

        bug_tracker = self.bug_tracker

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        name = self.name

        organization_id: int | None | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        source_storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_storage, Unset):
            source_storage = self.source_storage.to_dict()

        target_storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target_storage, Unset):
            target_storage = self.target_storage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if bug_tracker is not UNSET:
            field_dict["bug_tracker"] = bug_tracker
        if labels is not UNSET:
            field_dict["labels"] = labels
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if source_storage is not UNSET:
            field_dict["source_storage"] = source_storage
        if target_storage is not UNSET:
            field_dict["target_storage"] = target_storage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_label_request import PatchedLabelRequest  # noqa: PLC0415
        from ..models.storage_request import StorageRequest  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_assignee_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        assignee_id = _parse_assignee_id(d.pop("assignee_id", UNSET))

        bug_tracker = d.pop("bug_tracker", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: list[PatchedLabelRequest] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = PatchedLabelRequest.from_dict(labels_item_data)

                labels.append(labels_item)

        name = d.pop("name", UNSET)

        def _parse_organization_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        _source_storage = d.pop("source_storage", UNSET)
        source_storage: StorageRequest | Unset
        if isinstance(_source_storage, Unset):
            source_storage = UNSET
        else:
            source_storage = StorageRequest.from_dict(_source_storage)

        _target_storage = d.pop("target_storage", UNSET)
        target_storage: StorageRequest | Unset
        if isinstance(_target_storage, Unset):
            target_storage = UNSET
        else:
            target_storage = StorageRequest.from_dict(_target_storage)

        patched_project_write_request = cls(
            assignee_id=assignee_id,
            bug_tracker=bug_tracker,
            labels=labels,
            name=name,
            organization_id=organization_id,
            owner_id=owner_id,
            source_storage=source_storage,
            target_storage=target_storage,
        )

        patched_project_write_request.additional_properties = d
        return patched_project_write_request

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
