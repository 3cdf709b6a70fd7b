from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.labeled_image import LabeledImage
    from ..models.labeled_interval import LabeledInterval
    from ..models.labeled_shape import LabeledShape
    from ..models.labeled_track import LabeledTrack


T = TypeVar("T", bound="LabeledData")


@_attrs_define
class LabeledData:
    """
    Attributes:
        intervals (list[LabeledInterval] | Unset):
        shapes (list[LabeledShape] | Unset):
        tags (list[LabeledImage] | Unset):
        tracks (list[LabeledTrack] | Unset):
        version (int | Unset):  Default: 0.
    """

    intervals: list[LabeledInterval] | Unset = UNSET
    shapes: list[LabeledShape] | Unset = UNSET
    tags: list[LabeledImage] | Unset = UNSET
    tracks: list[LabeledTrack] | Unset = UNSET
    version: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.intervals, Unset):
            intervals = []
            for intervals_item_data in self.intervals:
                intervals_item = intervals_item_data.to_dict()
                intervals.append(intervals_item)

        shapes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shapes, Unset):
            shapes = []
            for shapes_item_data in self.shapes:
                shapes_item = shapes_item_data.to_dict()
                shapes.append(shapes_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        tracks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tracks, Unset):
            tracks = []
            for tracks_item_data in self.tracks:
                tracks_item = tracks_item_data.to_dict()
                tracks.append(tracks_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intervals is not UNSET:
            field_dict["intervals"] = intervals
        if shapes is not UNSET:
            field_dict["shapes"] = shapes
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tracks is not UNSET:
            field_dict["tracks"] = tracks
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.labeled_image import LabeledImage  # noqa: PLC0415
        from ..models.labeled_interval import LabeledInterval  # noqa: PLC0415
        from ..models.labeled_shape import LabeledShape  # noqa: PLC0415
        from ..models.labeled_track import LabeledTrack  # noqa: PLC0415

        d = dict(src_dict)
        _intervals = d.pop("intervals", UNSET)
        intervals: list[LabeledInterval] | Unset = UNSET
        if _intervals is not UNSET:
            intervals = []
            for intervals_item_data in _intervals:
                intervals_item = LabeledInterval.from_dict(intervals_item_data)

                intervals.append(intervals_item)

        _shapes = d.pop("shapes", UNSET)
        shapes: list[LabeledShape] | Unset = UNSET
        if _shapes is not UNSET:
            shapes = []
            for shapes_item_data in _shapes:
                shapes_item = LabeledShape.from_dict(shapes_item_data)

                shapes.append(shapes_item)

        _tags = d.pop("tags", UNSET)
        tags: list[LabeledImage] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = LabeledImage.from_dict(tags_item_data)

                tags.append(tags_item)

        _tracks = d.pop("tracks", UNSET)
        tracks: list[LabeledTrack] | Unset = UNSET
        if _tracks is not UNSET:
            tracks = []
            for tracks_item_data in _tracks:
                tracks_item = LabeledTrack.from_dict(tracks_item_data)

                tracks.append(tracks_item)

        version = d.pop("version", UNSET)

        labeled_data = cls(
            intervals=intervals,
            shapes=shapes,
            tags=tags,
            tracks=tracks,
            version=version,
        )

        labeled_data.additional_properties = d
        return labeled_data

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
