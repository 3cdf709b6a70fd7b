from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.frame_selection_method import (
    FrameSelectionMethod,
    check_frame_selection_method,
)
from ..models.validation_mode import ValidationMode, check_validation_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationParamsRequest")


@_attrs_define
class ValidationParamsRequest:
    """
    Attributes:
        mode (ValidationMode): * `gt` - GT
            * `gt_pool` - GT_POOL
        frame_count (int | Unset): The number of frames to be included in the validation set.
            Applicable only to the "random_uniform" frame selection method
        frame_selection_method (FrameSelectionMethod | Unset): * `random_uniform` - RANDOM_UNIFORM
            * `random_per_job` - RANDOM_PER_JOB
            * `manual` - MANUAL
        frame_share (float | Unset): The share of frames to be included in the validation set.
            Applicable only to the "random_uniform" frame selection method
        frames (list[str] | Unset): The list of file names to be included in the validation set.
            Applicable only to the "manual" frame selection method.
            Can only be used for images.
        frames_per_job_count (int | Unset): The number of frames to be included in the validation set from each
            annotation job.
            Applicable only to the "random_per_job" frame selection method
        frames_per_job_share (float | Unset): The share of frames to be included in the validation set from each
            annotation job.
            Applicable only to the "random_per_job" frame selection method
        random_seed (int | Unset): The seed value for the random number generator.
            The same value will produce the same frame sets.
            Applicable only to random frame selection methods.
            By default, a random value is used.
    """

    mode: ValidationMode
    frame_count: int | Unset = UNSET
    frame_selection_method: FrameSelectionMethod | Unset = UNSET
    frame_share: float | Unset = UNSET
    frames: list[str] | Unset = UNSET
    frames_per_job_count: int | Unset = UNSET
    frames_per_job_share: float | Unset = UNSET
    random_seed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        frame_count = self.frame_count

        frame_selection_method: str | Unset = UNSET
        if not isinstance(self.frame_selection_method, Unset):
            frame_selection_method = self.frame_selection_method

        frame_share = self.frame_share

        frames: list[str] | Unset = UNSET
        if not isinstance(self.frames, Unset):
            frames = self.frames

        frames_per_job_count = self.frames_per_job_count

        frames_per_job_share = self.frames_per_job_share

        random_seed = self.random_seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if frame_count is not UNSET:
            field_dict["frame_count"] = frame_count
        if frame_selection_method is not UNSET:
            field_dict["frame_selection_method"] = frame_selection_method
        if frame_share is not UNSET:
            field_dict["frame_share"] = frame_share
        if frames is not UNSET:
            field_dict["frames"] = frames
        if frames_per_job_count is not UNSET:
            field_dict["frames_per_job_count"] = frames_per_job_count
        if frames_per_job_share is not UNSET:
            field_dict["frames_per_job_share"] = frames_per_job_share
        if random_seed is not UNSET:
            field_dict["random_seed"] = random_seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = check_validation_mode(d.pop("mode"))

        frame_count = d.pop("frame_count", UNSET)

        _frame_selection_method = d.pop("frame_selection_method", UNSET)
        frame_selection_method: FrameSelectionMethod | Unset
        if isinstance(_frame_selection_method, Unset):
            frame_selection_method = UNSET
        else:
            frame_selection_method = check_frame_selection_method(
                _frame_selection_method
            )

        frame_share = d.pop("frame_share", UNSET)

        frames = cast(list[str], d.pop("frames", UNSET))

        frames_per_job_count = d.pop("frames_per_job_count", UNSET)

        frames_per_job_share = d.pop("frames_per_job_share", UNSET)

        random_seed = d.pop("random_seed", UNSET)

        validation_params_request = cls(
            mode=mode,
            frame_count=frame_count,
            frame_selection_method=frame_selection_method,
            frame_share=frame_share,
            frames=frames,
            frames_per_job_count=frames_per_job_count,
            frames_per_job_share=frames_per_job_share,
            random_seed=random_seed,
        )

        validation_params_request.additional_properties = d
        return validation_params_request

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
