from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.sorting_method import SortingMethod, check_sorting_method
from ..models.storage_method import StorageMethod, check_storage_method
from ..types import UNSET, File, FileTypes, Unset

if TYPE_CHECKING:
    from ..models.validation_params_request import ValidationParamsRequest


T = TypeVar("T", bound="DataRequest")


@_attrs_define
class DataRequest:
    """Read more about parameters here:
    https://docs.cvat.ai/docs/manual/basics/create-annotation-task/#advanced-configuration

        Attributes:
            chunk_size (int | None | Unset): Maximum number of frames per chunk
            client_files (list[File] | Unset):
                Uploaded files.
                Must contain all files from job_file_mapping if job_file_mapping is not empty.
            cloud_storage_id (int | None | Unset): If not null, the files referenced by server_files will be retrieved
                from the cloud storage with the specified ID.
                The cloud storages applicable depend on the context.
                In the user sandbox, only the user sandbox cloud storages can be used.
                In an organization, only the organization cloud storages can be used.
            copy_data (bool | Unset): Copy data from the server file share to CVAT during the task creation.
                This will create a copy of the data, making the server independent from
                the file share availability
                 Default: False.
            filename_pattern (None | str | Unset): A filename filter for cloud storage files
                listed in the manifest. Supports fnmatch wildcards.
                Read more: https://docs.python.org/3/library/fnmatch.html
            frame_filter (str | Unset): Frame filter. The only supported syntax is: 'step=N'
            image_quality (int | Unset): Image quality to use during annotation, required for image and video-based tasks
            job_file_mapping (list[list[str]] | Unset):
                Represents a file-to-job mapping.
                Useful to specify a custom job configuration during task creation.
                This option is not compatible with most other job split-related options.
                Files in the jobs must not overlap or repeat.
                Job file mapping files must be a subset of the input files.
                If directories are specified in server_files, all files obtained by recursive search
                in the specified directories will be used as input files.
                In case of missing items in the input files, an error will be raised.

                Example:
                [

                    ["file1.jpg", "file2.jpg"], # job #1 files
                    ["file3.png"], # job #2 files
                    ["file4.jpg", "file5.png", "file6.bmp"], # job #3 files
                ]
            remote_files (list[str] | Unset):
                Direct download URLs for files.
                Must contain all files from job_file_mapping if job_file_mapping is not empty.
            server_files (list[str] | Unset):
                Paths to files from a file share mounted on the server, or from a cloud storage.
                Must contain all files from job_file_mapping if job_file_mapping is not empty.
            server_files_exclude (list[str] | Unset): Paths to files and directories from a file share mounted on the
                server, or from a cloud storage
                that should be excluded from the directories specified in server_files.
                This option cannot be used together with filename_pattern.
                The server_files_exclude parameter cannot be used to exclude a part of dataset from an archive.

                Examples:

                Exclude all files from subfolder 'sub/sub_1/sub_2'and single file 'sub/image.jpg' from specified folder:
                server_files = ['sub/'], server_files_exclude = ['sub/sub_1/sub_2/', 'sub/image.jpg']

                Exclude all cloud storage files with prefix 'sub' from the content of manifest file:
                server_files = ['manifest.jsonl'], server_files_exclude = ['sub/']
            sorting_method (SortingMethod | Unset): * `lexicographical` - LEXICOGRAPHICAL
                * `natural` - NATURAL
                * `predefined` - PREDEFINED
                * `random` - RANDOM
            start_frame (int | Unset): First frame index
            stop_frame (int | Unset): Last frame index
            storage_method (StorageMethod | Unset): * `cache` - CACHE
                * `file_system` - FILE_SYSTEM
            upload_file_order (list[str] | Unset): Allows to specify file order for client_file uploads.
                Only valid with the "predefined" sorting method selected.

                To state that the input files are sent in the correct order,
                pass an empty list.

                If you want to send files in an arbitrary order
                and reorder them afterwards on the server,
                pass the list of file names in the required order.
            use_cache (bool | Unset): Enable or disable task data chunk caching for the task.
                Read more: https://docs.cvat.ai/docs/manual/advanced/data_on_fly/
                 Default: False.
            use_zip_chunks (bool | Unset): When true, video chunks will be represented as zip archives with decoded video
                frames.
                When false, video chunks are represented as video segments
                 Default: False.
            validation_params (None | Unset | ValidationParamsRequest):
    """

    chunk_size: int | None | Unset = UNSET
    client_files: list[File] | Unset = UNSET
    cloud_storage_id: int | None | Unset = UNSET
    copy_data: bool | Unset = False
    filename_pattern: None | str | Unset = UNSET
    frame_filter: str | Unset = UNSET
    image_quality: int | Unset = UNSET
    job_file_mapping: list[list[str]] | Unset = UNSET
    remote_files: list[str] | Unset = UNSET
    server_files: list[str] | Unset = UNSET
    server_files_exclude: list[str] | Unset = UNSET
    sorting_method: SortingMethod | Unset = UNSET
    start_frame: int | Unset = UNSET
    stop_frame: int | Unset = UNSET
    storage_method: StorageMethod | Unset = UNSET
    upload_file_order: list[str] | Unset = UNSET
    use_cache: bool | Unset = False
    use_zip_chunks: bool | Unset = False
    validation_params: None | Unset | ValidationParamsRequest = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.validation_params_request import ValidationParamsRequest  # noqa: PLC0415

        chunk_size: int | None | Unset
        if isinstance(self.chunk_size, Unset):
            chunk_size = UNSET
        else:
            chunk_size = self.chunk_size

        client_files: list[FileTypes] | Unset = UNSET
        if not isinstance(self.client_files, Unset):
            client_files = []
            for client_files_item_data in self.client_files:
                client_files_item = client_files_item_data.to_tuple()

                client_files.append(client_files_item)

        cloud_storage_id: int | None | Unset
        if isinstance(self.cloud_storage_id, Unset):
            cloud_storage_id = UNSET
        else:
            cloud_storage_id = self.cloud_storage_id

        copy_data = self.copy_data

        filename_pattern: None | str | Unset
        if isinstance(self.filename_pattern, Unset):
            filename_pattern = UNSET
        else:
            filename_pattern = self.filename_pattern

        frame_filter = self.frame_filter

        image_quality = self.image_quality

        job_file_mapping: list[list[str]] | Unset = UNSET
        if not isinstance(self.job_file_mapping, Unset):
            job_file_mapping = []
            for job_file_mapping_item_data in self.job_file_mapping:
                job_file_mapping_item = job_file_mapping_item_data

                job_file_mapping.append(job_file_mapping_item)

        remote_files: list[str] | Unset = UNSET
        if not isinstance(self.remote_files, Unset):
            remote_files = self.remote_files

        server_files: list[str] | Unset = UNSET
        if not isinstance(self.server_files, Unset):
            server_files = self.server_files

        server_files_exclude: list[str] | Unset = UNSET
        if not isinstance(self.server_files_exclude, Unset):
            server_files_exclude = self.server_files_exclude

        sorting_method: str | Unset = UNSET
        if not isinstance(self.sorting_method, Unset):
            sorting_method = self.sorting_method

        start_frame = self.start_frame

        stop_frame = self.stop_frame

        storage_method: str | Unset = UNSET
        if not isinstance(self.storage_method, Unset):
            storage_method = self.storage_method

        upload_file_order: list[str] | Unset = UNSET
        if not isinstance(self.upload_file_order, Unset):
            upload_file_order = self.upload_file_order

        use_cache = self.use_cache

        use_zip_chunks = self.use_zip_chunks

        validation_params: dict[str, Any] | None | Unset
        if isinstance(self.validation_params, Unset):
            validation_params = UNSET
        elif isinstance(self.validation_params, ValidationParamsRequest):
            validation_params = self.validation_params.to_dict()
        else:
            validation_params = self.validation_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chunk_size is not UNSET:
            field_dict["chunk_size"] = chunk_size
        if client_files is not UNSET:
            field_dict["client_files"] = client_files
        if cloud_storage_id is not UNSET:
            field_dict["cloud_storage_id"] = cloud_storage_id
        if copy_data is not UNSET:
            field_dict["copy_data"] = copy_data
        if filename_pattern is not UNSET:
            field_dict["filename_pattern"] = filename_pattern
        if frame_filter is not UNSET:
            field_dict["frame_filter"] = frame_filter
        if image_quality is not UNSET:
            field_dict["image_quality"] = image_quality
        if job_file_mapping is not UNSET:
            field_dict["job_file_mapping"] = job_file_mapping
        if remote_files is not UNSET:
            field_dict["remote_files"] = remote_files
        if server_files is not UNSET:
            field_dict["server_files"] = server_files
        if server_files_exclude is not UNSET:
            field_dict["server_files_exclude"] = server_files_exclude
        if sorting_method is not UNSET:
            field_dict["sorting_method"] = sorting_method
        if start_frame is not UNSET:
            field_dict["start_frame"] = start_frame
        if stop_frame is not UNSET:
            field_dict["stop_frame"] = stop_frame
        if storage_method is not UNSET:
            field_dict["storage_method"] = storage_method
        if upload_file_order is not UNSET:
            field_dict["upload_file_order"] = upload_file_order
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if use_zip_chunks is not UNSET:
            field_dict["use_zip_chunks"] = use_zip_chunks
        if validation_params is not UNSET:
            field_dict["validation_params"] = validation_params

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.chunk_size, Unset):
            if isinstance(self.chunk_size, int):
                files.append(
                    ("chunk_size", (None, str(self.chunk_size).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("chunk_size", (None, str(self.chunk_size).encode(), "text/plain"))
                )

        if not isinstance(self.client_files, Unset):
            for client_files_item_element in self.client_files:
                files.append(("client_files", client_files_item_element.to_tuple()))

        if not isinstance(self.cloud_storage_id, Unset):
            if isinstance(self.cloud_storage_id, int):
                files.append(
                    (
                        "cloud_storage_id",
                        (None, str(self.cloud_storage_id).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "cloud_storage_id",
                        (None, str(self.cloud_storage_id).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.copy_data, Unset):
            files.append(
                ("copy_data", (None, str(self.copy_data).encode(), "text/plain"))
            )

        if not isinstance(self.filename_pattern, Unset):
            if isinstance(self.filename_pattern, str):
                files.append(
                    (
                        "filename_pattern",
                        (None, str(self.filename_pattern).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "filename_pattern",
                        (None, str(self.filename_pattern).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.frame_filter, Unset):
            files.append(
                ("frame_filter", (None, str(self.frame_filter).encode(), "text/plain"))
            )

        if not isinstance(self.image_quality, Unset):
            files.append(
                (
                    "image_quality",
                    (None, str(self.image_quality).encode(), "text/plain"),
                )
            )

        if not isinstance(self.job_file_mapping, Unset):
            for job_file_mapping_item_element in self.job_file_mapping:
                for job_file_mapping_item_item_element in job_file_mapping_item_element:
                    files.append(
                        (
                            "job_file_mapping",
                            (
                                None,
                                str(job_file_mapping_item_item_element).encode(),
                                "text/plain",
                            ),
                        )
                    )

        if not isinstance(self.remote_files, Unset):
            for remote_files_item_element in self.remote_files:
                files.append(
                    (
                        "remote_files",
                        (None, str(remote_files_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.server_files, Unset):
            for server_files_item_element in self.server_files:
                files.append(
                    (
                        "server_files",
                        (None, str(server_files_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.server_files_exclude, Unset):
            for server_files_exclude_item_element in self.server_files_exclude:
                files.append(
                    (
                        "server_files_exclude",
                        (
                            None,
                            str(server_files_exclude_item_element).encode(),
                            "text/plain",
                        ),
                    )
                )

        if not isinstance(self.sorting_method, Unset):
            files.append(
                (
                    "sorting_method",
                    (None, str(self.sorting_method).encode(), "text/plain"),
                )
            )

        if not isinstance(self.start_frame, Unset):
            files.append(
                ("start_frame", (None, str(self.start_frame).encode(), "text/plain"))
            )

        if not isinstance(self.stop_frame, Unset):
            files.append(
                ("stop_frame", (None, str(self.stop_frame).encode(), "text/plain"))
            )

        if not isinstance(self.storage_method, Unset):
            files.append(
                (
                    "storage_method",
                    (None, str(self.storage_method).encode(), "text/plain"),
                )
            )

        if not isinstance(self.upload_file_order, Unset):
            for upload_file_order_item_element in self.upload_file_order:
                files.append(
                    (
                        "upload_file_order",
                        (
                            None,
                            str(upload_file_order_item_element).encode(),
                            "text/plain",
                        ),
                    )
                )

        if not isinstance(self.use_cache, Unset):
            files.append(
                ("use_cache", (None, str(self.use_cache).encode(), "text/plain"))
            )

        if not isinstance(self.use_zip_chunks, Unset):
            files.append(
                (
                    "use_zip_chunks",
                    (None, str(self.use_zip_chunks).encode(), "text/plain"),
                )
            )

        if not isinstance(self.validation_params, Unset):
            if self.validation_params is None:
                files.append(
                    (
                        "validation_params",
                        (None, str(self.validation_params).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "validation_params",
                        (
                            None,
                            json.dumps(self.validation_params.to_dict()).encode(),
                            "application/json",
                        ),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_params_request import ValidationParamsRequest  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_chunk_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        chunk_size = _parse_chunk_size(d.pop("chunk_size", UNSET))

        _client_files = d.pop("client_files", UNSET)
        client_files: list[File] | Unset = UNSET
        if _client_files is not UNSET:
            client_files = []
            for client_files_item_data in _client_files:
                client_files_item = File(payload=BytesIO(client_files_item_data))

                client_files.append(client_files_item)

        def _parse_cloud_storage_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cloud_storage_id = _parse_cloud_storage_id(d.pop("cloud_storage_id", UNSET))

        copy_data = d.pop("copy_data", UNSET)

        def _parse_filename_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename_pattern = _parse_filename_pattern(d.pop("filename_pattern", UNSET))

        frame_filter = d.pop("frame_filter", UNSET)

        image_quality = d.pop("image_quality", UNSET)

        _job_file_mapping = d.pop("job_file_mapping", UNSET)
        job_file_mapping: list[list[str]] | Unset = UNSET
        if _job_file_mapping is not UNSET:
            job_file_mapping = []
            for job_file_mapping_item_data in _job_file_mapping:
                job_file_mapping_item = cast(list[str], job_file_mapping_item_data)

                job_file_mapping.append(job_file_mapping_item)

        remote_files = cast(list[str], d.pop("remote_files", UNSET))

        server_files = cast(list[str], d.pop("server_files", UNSET))

        server_files_exclude = cast(list[str], d.pop("server_files_exclude", UNSET))

        _sorting_method = d.pop("sorting_method", UNSET)
        sorting_method: SortingMethod | Unset
        if isinstance(_sorting_method, Unset):
            sorting_method = UNSET
        else:
            sorting_method = check_sorting_method(_sorting_method)

        start_frame = d.pop("start_frame", UNSET)

        stop_frame = d.pop("stop_frame", UNSET)

        _storage_method = d.pop("storage_method", UNSET)
        storage_method: StorageMethod | Unset
        if isinstance(_storage_method, Unset):
            storage_method = UNSET
        else:
            storage_method = check_storage_method(_storage_method)

        upload_file_order = cast(list[str], d.pop("upload_file_order", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        use_zip_chunks = d.pop("use_zip_chunks", UNSET)

        def _parse_validation_params(
            data: object,
        ) -> None | Unset | ValidationParamsRequest:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validation_params_type_1 = ValidationParamsRequest.from_dict(data)

                return validation_params_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ValidationParamsRequest, data)

        validation_params = _parse_validation_params(d.pop("validation_params", UNSET))

        data_request = cls(
            chunk_size=chunk_size,
            client_files=client_files,
            cloud_storage_id=cloud_storage_id,
            copy_data=copy_data,
            filename_pattern=filename_pattern,
            frame_filter=frame_filter,
            image_quality=image_quality,
            job_file_mapping=job_file_mapping,
            remote_files=remote_files,
            server_files=server_files,
            server_files_exclude=server_files_exclude,
            sorting_method=sorting_method,
            start_frame=start_frame,
            stop_frame=stop_frame,
            storage_method=storage_method,
            upload_file_order=upload_file_order,
            use_cache=use_cache,
            use_zip_chunks=use_zip_chunks,
            validation_params=validation_params,
        )

        data_request.additional_properties = d
        return data_request

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
