from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.labeled_image_request import LabeledImageRequest
    from ..models.labeled_interval_request import LabeledIntervalRequest
    from ..models.labeled_shape_request import LabeledShapeRequest
    from ..models.labeled_track_request import LabeledTrackRequest


T = TypeVar("T", bound="LabeledDataRequest")


@_attrs_define
class LabeledDataRequest:
    """
    Attributes:
        intervals (list[LabeledIntervalRequest] | Unset):
        shapes (list[LabeledShapeRequest] | Unset):
        tags (list[LabeledImageRequest] | Unset):
        tracks (list[LabeledTrackRequest] | Unset):
        version (int | Unset):  Default: 0.
    """

    intervals: list[LabeledIntervalRequest] | Unset = UNSET
    shapes: list[LabeledShapeRequest] | Unset = UNSET
    tags: list[LabeledImageRequest] | Unset = UNSET
    tracks: list[LabeledTrackRequest] | Unset = UNSET
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
        from ..models.labeled_image_request import LabeledImageRequest  # noqa: PLC0415
        from ..models.labeled_interval_request import LabeledIntervalRequest  # noqa: PLC0415
        from ..models.labeled_shape_request import LabeledShapeRequest  # noqa: PLC0415
        from ..models.labeled_track_request import LabeledTrackRequest  # noqa: PLC0415

        d = dict(src_dict)
        _intervals = d.pop("intervals", UNSET)
        intervals: list[LabeledIntervalRequest] | Unset = UNSET
        if _intervals is not UNSET:
            intervals = []
            for intervals_item_data in _intervals:
                intervals_item = LabeledIntervalRequest.from_dict(intervals_item_data)

                intervals.append(intervals_item)

        _shapes = d.pop("shapes", UNSET)
        shapes: list[LabeledShapeRequest] | Unset = UNSET
        if _shapes is not UNSET:
            shapes = []
            for shapes_item_data in _shapes:
                shapes_item = LabeledShapeRequest.from_dict(shapes_item_data)

                shapes.append(shapes_item)

        _tags = d.pop("tags", UNSET)
        tags: list[LabeledImageRequest] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = LabeledImageRequest.from_dict(tags_item_data)

                tags.append(tags_item)

        _tracks = d.pop("tracks", UNSET)
        tracks: list[LabeledTrackRequest] | Unset = UNSET
        if _tracks is not UNSET:
            tracks = []
            for tracks_item_data in _tracks:
                tracks_item = LabeledTrackRequest.from_dict(tracks_item_data)

                tracks.append(tracks_item)

        version = d.pop("version", UNSET)

        labeled_data_request = cls(
            intervals=intervals,
            shapes=shapes,
            tags=tags,
            tracks=tracks,
            version=version,
        )

        labeled_data_request.additional_properties = d
        return labeled_data_request

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
