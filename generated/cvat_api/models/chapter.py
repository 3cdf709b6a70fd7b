from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chapter_metadata import ChapterMetadata


T = TypeVar("T", bound="Chapter")


@_attrs_define
class Chapter:
    """
    Attributes:
        id (int):
        metadata (ChapterMetadata):
        start (int):
        stop (int):
    """

    id: int
    metadata: ChapterMetadata
    start: int
    stop: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        metadata = self.metadata.to_dict()

        start = self.start

        stop = self.stop

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "metadata": metadata,
                "start": start,
                "stop": stop,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chapter_metadata import ChapterMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        metadata = ChapterMetadata.from_dict(d.pop("metadata"))

        start = d.pop("start")

        stop = d.pop("stop")

        chapter = cls(
            id=id,
            metadata=metadata,
            start=start,
            stop=stop,
        )

        chapter.additional_properties = d
        return chapter

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
