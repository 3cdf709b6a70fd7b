from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_mode import ValidationMode, check_validation_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskValidationLayoutRead")


@_attrs_define
class TaskValidationLayoutRead:
    """
    Attributes:
        disabled_frames (list[int] | Unset): The list of frame ids excluded from validation
        frames_per_job_count (int | None | Unset):
        honeypot_count (int | Unset):
        honeypot_frames (list[int] | Unset): The list of frame ids for all honeypots in the task
        honeypot_real_frames (list[int] | Unset): The list of real (validation) frame ids for all honeypots in the task
        mode (None | Unset | ValidationMode):
        validation_frames (list[int] | Unset): The list of frame ids to be used for validation
    """

    disabled_frames: list[int] | Unset = UNSET
    frames_per_job_count: int | None | Unset = UNSET
    honeypot_count: int | Unset = UNSET
    honeypot_frames: list[int] | Unset = UNSET
    honeypot_real_frames: list[int] | Unset = UNSET
    mode: None | Unset | ValidationMode = UNSET
    validation_frames: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disabled_frames: list[int] | Unset = UNSET
        if not isinstance(self.disabled_frames, Unset):
            disabled_frames = self.disabled_frames

        frames_per_job_count: int | None | Unset
        if isinstance(self.frames_per_job_count, Unset):
            frames_per_job_count = UNSET
        else:
            frames_per_job_count = self.frames_per_job_count

        honeypot_count = self.honeypot_count

        honeypot_frames: list[int] | Unset = UNSET
        if not isinstance(self.honeypot_frames, Unset):
            honeypot_frames = self.honeypot_frames

        honeypot_real_frames: list[int] | Unset = UNSET
        if not isinstance(self.honeypot_real_frames, Unset):
            honeypot_real_frames = self.honeypot_real_frames

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        validation_frames: list[int] | Unset = UNSET
        if not isinstance(self.validation_frames, Unset):
            validation_frames = self.validation_frames

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disabled_frames is not UNSET:
            field_dict["disabled_frames"] = disabled_frames
        if frames_per_job_count is not UNSET:
            field_dict["frames_per_job_count"] = frames_per_job_count
        if honeypot_count is not UNSET:
            field_dict["honeypot_count"] = honeypot_count
        if honeypot_frames is not UNSET:
            field_dict["honeypot_frames"] = honeypot_frames
        if honeypot_real_frames is not UNSET:
            field_dict["honeypot_real_frames"] = honeypot_real_frames
        if mode is not UNSET:
            field_dict["mode"] = mode
        if validation_frames is not UNSET:
            field_dict["validation_frames"] = validation_frames

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disabled_frames = cast(list[int], d.pop("disabled_frames", UNSET))

        def _parse_frames_per_job_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        frames_per_job_count = _parse_frames_per_job_count(
            d.pop("frames_per_job_count", UNSET)
        )

        honeypot_count = d.pop("honeypot_count", UNSET)

        honeypot_frames = cast(list[int], d.pop("honeypot_frames", UNSET))

        honeypot_real_frames = cast(list[int], d.pop("honeypot_real_frames", UNSET))

        def _parse_mode(data: object) -> None | Unset | ValidationMode:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_validation_mode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ValidationMode, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        validation_frames = cast(list[int], d.pop("validation_frames", UNSET))

        task_validation_layout_read = cls(
            disabled_frames=disabled_frames,
            frames_per_job_count=frames_per_job_count,
            honeypot_count=honeypot_count,
            honeypot_frames=honeypot_frames,
            honeypot_real_frames=honeypot_real_frames,
            mode=mode,
            validation_frames=validation_frames,
        )

        task_validation_layout_read.additional_properties = d
        return task_validation_layout_read

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
