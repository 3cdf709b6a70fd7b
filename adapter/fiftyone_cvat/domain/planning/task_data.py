"""The options of a task's ``/data`` request (CVAT's ``DataRequest``), as planned.

Pure: planning builds it, the upload sends its JSON form with ``Upload-Finish``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, cast

from fiftyone_cvat.domain.aliases import SortingMethod


@dataclass(frozen=True)
class TaskDataParams:
    """Task data options sent with ``Upload-Finish`` (CVAT's ``DataRequest``).

    ``None`` leaves a value to the server's default. ``frame_step`` becomes
    CVAT's ``frame_filter="step=N"``. ``job_file_mapping`` lists file names
    (as uploaded) per job. ``extra`` passes any other DataRequest field
    through unchanged, for options newer servers add.
    """

    image_quality: int = 75
    use_cache: bool | None = True
    use_zip_chunks: bool | None = True
    chunk_size: int | None = None
    start_frame: int | None = None
    stop_frame: int | None = None
    frame_step: int | None = None
    sorting_method: SortingMethod | None = None
    job_file_mapping: Sequence[Sequence[str]] | None = None
    extra: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 1 <= self.image_quality <= 100:
            raise ValueError(f"image_quality must be in 1..100, got {self.image_quality}")
        if self.frame_step is not None and self.frame_step < 1:
            raise ValueError(f"frame_step must be >= 1, got {self.frame_step}")

    @classmethod
    def with_options(cls, options: Mapping[str, object], **planned: object) -> TaskDataParams:
        """Options by ``DataRequest`` field name: those named here fill their fields, any
        other passes through in ``extra``; ``planned`` are the plan's own fields."""
        known = {f.name for f in fields(cls)} - {"extra"}
        given: dict[str, Any] = {k: v for k, v in options.items() if k in known}
        given.update(planned)
        extra = {k: v for k, v in options.items() if k not in known}
        return cls(**given, extra=extra)

    def to_json(self, upload_file_order: Sequence[str] = ()) -> dict[str, object]:
        body: dict[str, Any] = {"image_quality": self.image_quality}
        optional = {
            "use_cache": self.use_cache,
            "use_zip_chunks": self.use_zip_chunks,
            "chunk_size": self.chunk_size,
            "start_frame": self.start_frame,
            "stop_frame": self.stop_frame,
            "sorting_method": self.sorting_method,
        }
        body.update({k: v for k, v in optional.items() if v is not None})
        if self.frame_step is not None:
            body["frame_filter"] = f"step={self.frame_step}"
        if self.job_file_mapping is not None:
            body["job_file_mapping"] = [list(job) for job in self.job_file_mapping]
        body["upload_file_order"] = list(upload_file_order)
        body.update(self.extra)
        return body

    def to_cloud_json(
        self, cloud_storage_id: int, keys: Sequence[str], manifest: str | None = None
    ) -> dict[str, Any]:
        """The whole request of a task whose media CVAT reads from a cloud storage:
        ``server_files`` are the bucket keys, in frame order (``predefined`` sorting),
        then the key of the task's manifest if there is one (CVAT takes the ``.jsonl``
        of ``server_files`` as the manifest)."""
        body = self.to_json()
        del body["upload_file_order"]  # nothing is uploaded
        files = [*keys, manifest] if manifest else list(keys)
        body.update(storage="cloud_storage", cloud_storage_id=cloud_storage_id, server_files=files)
        return body

    def to_share_json(self, paths: Sequence[str]) -> dict[str, Any]:
        """The whole request of a task whose media CVAT reads from its mounted share:
        ``server_files`` are paths relative to the share, in frame order."""
        body = self.to_json()
        del body["upload_file_order"]
        body.update(storage="share", server_files=list(paths))
        return body

    def to_form(self, upload_file_order: Sequence[str] = ()) -> list[tuple[str, str]] | None:
        """The same options as ``multipart/form-data`` fields, for a data request that
        carries its files too; ``None`` when one cannot be a form field (the nested
        ``job_file_mapping``, or ``extra`` values that are not scalars)."""
        fields: list[tuple[str, str]] = []
        for name, value in self.to_json(upload_file_order).items():
            if isinstance(value, bool):
                fields.append((name, "true" if value else "false"))
            elif isinstance(value, int | str):
                fields.append((name, str(value)))
            elif name == "upload_file_order":
                fields += [(name, str(item)) for item in cast("Iterable[object]", value)]
            else:
                return None
        return fields
