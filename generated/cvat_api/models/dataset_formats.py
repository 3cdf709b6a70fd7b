from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dataset_format import DatasetFormat


T = TypeVar("T", bound="DatasetFormats")


@_attrs_define
class DatasetFormats:
    """
    Attributes:
        exporters (list[DatasetFormat]):
        importers (list[DatasetFormat]):
    """

    exporters: list[DatasetFormat]
    importers: list[DatasetFormat]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exporters = []
        for exporters_item_data in self.exporters:
            exporters_item = exporters_item_data.to_dict()
            exporters.append(exporters_item)

        importers = []
        for importers_item_data in self.importers:
            importers_item = importers_item_data.to_dict()
            importers.append(importers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exporters": exporters,
                "importers": importers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_format import DatasetFormat  # noqa: PLC0415

        d = dict(src_dict)
        exporters = []
        _exporters = d.pop("exporters")
        for exporters_item_data in _exporters:
            exporters_item = DatasetFormat.from_dict(exporters_item_data)

            exporters.append(exporters_item)

        importers = []
        _importers = d.pop("importers")
        for importers_item_data in _importers:
            importers_item = DatasetFormat.from_dict(importers_item_data)

            importers.append(importers_item)

        dataset_formats = cls(
            exporters=exporters,
            importers=importers,
        )

        dataset_formats.additional_properties = d
        return dataset_formats

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
