from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FrameMeta")


@_attrs_define
class FrameMeta:
    """
    Attributes:
        name (str):
        related_files (int):
        has_related_context (bool | Unset):
        height (int | Unset):
        width (int | Unset):
    """

    name: str
    related_files: int
    has_related_context: bool | Unset = UNSET
    height: int | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        related_files = self.related_files

        has_related_context = self.has_related_context

        height = self.height

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "related_files": related_files,
            }
        )
        if has_related_context is not UNSET:
            field_dict["has_related_context"] = has_related_context
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        related_files = d.pop("related_files")

        has_related_context = d.pop("has_related_context", UNSET)

        height = d.pop("height", UNSET)

        width = d.pop("width", UNSET)

        frame_meta = cls(
            name=name,
            related_files=related_files,
            has_related_context=has_related_context,
            height=height,
            width=width,
        )

        frame_meta.additional_properties = d
        return frame_meta

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
