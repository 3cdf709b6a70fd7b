from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_val_request import AttributeValRequest


T = TypeVar("T", bound="LabeledIntervalRequest")


@_attrs_define
class LabeledIntervalRequest:
    """
    Attributes:
        label_id (int):
        start (int): Must be within the task frame bounds.
        stop (int | None): Exclusive interval end. May be one greater than the task stop frame.
        attributes (list[AttributeValRequest] | Unset):
        group (int | None | Unset):  Default: 0.
        id (int | None | Unset):
        score (float | Unset):  Default: 1.0.
        source (str | Unset):  Default: 'manual'.
    """

    label_id: int
    start: int
    stop: int | None
    attributes: list[AttributeValRequest] | Unset = UNSET
    group: int | None | Unset = 0
    id: int | None | Unset = UNSET
    score: float | Unset = 1.0
    source: str | Unset = "manual"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label_id = self.label_id

        start = self.start

        stop: int | None
        stop = self.stop

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        group: int | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        score = self.score

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label_id": label_id,
                "start": start,
                "stop": stop,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if group is not UNSET:
            field_dict["group"] = group
        if id is not UNSET:
            field_dict["id"] = id
        if score is not UNSET:
            field_dict["score"] = score
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_val_request import AttributeValRequest  # noqa: PLC0415

        d = dict(src_dict)
        label_id = d.pop("label_id")

        start = d.pop("start")

        def _parse_stop(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        stop = _parse_stop(d.pop("stop"))

        _attributes = d.pop("attributes", UNSET)
        attributes: list[AttributeValRequest] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = AttributeValRequest.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        def _parse_group(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        score = d.pop("score", UNSET)

        source = d.pop("source", UNSET)

        labeled_interval_request = cls(
            label_id=label_id,
            start=start,
            stop=stop,
            attributes=attributes,
            group=group,
            id=id,
            score=score,
            source=source,
        )

        labeled_interval_request.additional_properties = d
        return labeled_interval_request

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
