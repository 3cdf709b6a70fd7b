from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_type import StorageType, check_storage_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chapter import Chapter
    from ..models.frame_meta import FrameMeta


T = TypeVar("T", bound="DataMetaRead")


@_attrs_define
class DataMetaRead:
    """
    Attributes:
        deleted_frames (list[int]):
        frames (list[FrameMeta] | None):
        chapters (list[Chapter] | None | Unset):
        chunk_size (int | None | Unset):
        chunks_updated_date (datetime.datetime | Unset):
        cloud_storage_id (int | None | Unset):
        frame_filter (str | Unset):
        image_quality (int | Unset):
        included_frames (list[int] | None | Unset): A list of valid frame ids. The None value means all frames are
            included.
        size (int | Unset): The number of frames included. Deleted frames do not affect this value.
        start_frame (int | Unset):
        stop_frame (int | Unset):
        storage (StorageType | Unset): * `cloud_storage` - CLOUD_STORAGE
            * `local` - LOCAL
            * `share` - SHARE
    """

    deleted_frames: list[int]
    frames: list[FrameMeta] | None
    chapters: list[Chapter] | None | Unset = UNSET
    chunk_size: int | None | Unset = UNSET
    chunks_updated_date: datetime.datetime | Unset = UNSET
    cloud_storage_id: int | None | Unset = UNSET
    frame_filter: str | Unset = UNSET
    image_quality: int | Unset = UNSET
    included_frames: list[int] | None | Unset = UNSET
    size: int | Unset = UNSET
    start_frame: int | Unset = UNSET
    stop_frame: int | Unset = UNSET
    storage: StorageType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_frames = self.deleted_frames

        frames: list[dict[str, Any]] | None
        if isinstance(self.frames, list):
            frames = []
            for frames_type_0_item_data in self.frames:
                frames_type_0_item = frames_type_0_item_data.to_dict()
                frames.append(frames_type_0_item)

        else:
            frames = self.frames

        chapters: list[dict[str, Any]] | None | Unset
        if isinstance(self.chapters, Unset):
            chapters = UNSET
        elif isinstance(self.chapters, list):
            chapters = []
            for chapters_type_0_item_data in self.chapters:
                chapters_type_0_item = chapters_type_0_item_data.to_dict()
                chapters.append(chapters_type_0_item)

        else:
            chapters = self.chapters

        chunk_size: int | None | Unset
        if isinstance(self.chunk_size, Unset):
            chunk_size = UNSET
        else:
            chunk_size = self.chunk_size

        chunks_updated_date: str | Unset = UNSET
        if not isinstance(self.chunks_updated_date, Unset):
            chunks_updated_date = self.chunks_updated_date.isoformat()

        cloud_storage_id: int | None | Unset
        if isinstance(self.cloud_storage_id, Unset):
            cloud_storage_id = UNSET
        else:
            cloud_storage_id = self.cloud_storage_id

        frame_filter = self.frame_filter

        image_quality = self.image_quality

        included_frames: list[int] | None | Unset
        if isinstance(self.included_frames, Unset):
            included_frames = UNSET
        elif isinstance(self.included_frames, list):
            included_frames = self.included_frames

        else:
            included_frames = self.included_frames

        size = self.size

        start_frame = self.start_frame

        stop_frame = self.stop_frame

        storage: str | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted_frames": deleted_frames,
                "frames": frames,
            }
        )
        if chapters is not UNSET:
            field_dict["chapters"] = chapters
        if chunk_size is not UNSET:
            field_dict["chunk_size"] = chunk_size
        if chunks_updated_date is not UNSET:
            field_dict["chunks_updated_date"] = chunks_updated_date
        if cloud_storage_id is not UNSET:
            field_dict["cloud_storage_id"] = cloud_storage_id
        if frame_filter is not UNSET:
            field_dict["frame_filter"] = frame_filter
        if image_quality is not UNSET:
            field_dict["image_quality"] = image_quality
        if included_frames is not UNSET:
            field_dict["included_frames"] = included_frames
        if size is not UNSET:
            field_dict["size"] = size
        if start_frame is not UNSET:
            field_dict["start_frame"] = start_frame
        if stop_frame is not UNSET:
            field_dict["stop_frame"] = stop_frame
        if storage is not UNSET:
            field_dict["storage"] = storage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chapter import Chapter  # noqa: PLC0415
        from ..models.frame_meta import FrameMeta  # noqa: PLC0415

        d = dict(src_dict)
        deleted_frames = cast(list[int], d.pop("deleted_frames"))

        def _parse_frames(data: object) -> list[FrameMeta] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                frames_type_0 = []
                _frames_type_0 = data
                for frames_type_0_item_data in _frames_type_0:
                    frames_type_0_item = FrameMeta.from_dict(frames_type_0_item_data)

                    frames_type_0.append(frames_type_0_item)

                return frames_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FrameMeta] | None, data)

        frames = _parse_frames(d.pop("frames"))

        def _parse_chapters(data: object) -> list[Chapter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                chapters_type_0 = []
                _chapters_type_0 = data
                for chapters_type_0_item_data in _chapters_type_0:
                    chapters_type_0_item = Chapter.from_dict(chapters_type_0_item_data)

                    chapters_type_0.append(chapters_type_0_item)

                return chapters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Chapter] | None | Unset, data)

        chapters = _parse_chapters(d.pop("chapters", UNSET))

        def _parse_chunk_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        chunk_size = _parse_chunk_size(d.pop("chunk_size", UNSET))

        _chunks_updated_date = d.pop("chunks_updated_date", UNSET)
        chunks_updated_date: datetime.datetime | Unset
        if isinstance(_chunks_updated_date, Unset):
            chunks_updated_date = UNSET
        else:
            chunks_updated_date = datetime.datetime.fromisoformat(_chunks_updated_date)

        def _parse_cloud_storage_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cloud_storage_id = _parse_cloud_storage_id(d.pop("cloud_storage_id", UNSET))

        frame_filter = d.pop("frame_filter", UNSET)

        image_quality = d.pop("image_quality", UNSET)

        def _parse_included_frames(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                included_frames_type_0 = cast(list[int], data)

                return included_frames_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        included_frames = _parse_included_frames(d.pop("included_frames", UNSET))

        size = d.pop("size", UNSET)

        start_frame = d.pop("start_frame", UNSET)

        stop_frame = d.pop("stop_frame", UNSET)

        _storage = d.pop("storage", UNSET)
        storage: StorageType | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = check_storage_type(_storage)

        data_meta_read = cls(
            deleted_frames=deleted_frames,
            frames=frames,
            chapters=chapters,
            chunk_size=chunk_size,
            chunks_updated_date=chunks_updated_date,
            cloud_storage_id=cloud_storage_id,
            frame_filter=frame_filter,
            image_quality=image_quality,
            included_frames=included_frames,
            size=size,
            start_frame=start_frame,
            stop_frame=stop_frame,
            storage=storage,
        )

        data_meta_read.additional_properties = d
        return data_meta_read

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
