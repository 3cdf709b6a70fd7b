from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_call_request_mapping import FunctionCallRequestMapping


T = TypeVar("T", bound="FunctionCallRequest")


@_attrs_define
class FunctionCallRequest:
    """
    Attributes:
        function (str): The name of the function to execute
        task (int): The id of the task to be annotated
        cleanup (bool | Unset): Whether existing annotations should be removed Default: False.
        convMaskToPoly (bool | Unset): Deprecated; use conv_mask_to_poly instead
        conv_mask_to_poly (bool | Unset): Convert mask shapes to polygons
        job (int | Unset): The id of the job to be annotated
        mapping (FunctionCallRequestMapping | Unset): Label mapping from the model to the task labels
        max_distance (int | Unset):
        roi (list[int] | Unset): Region of interest as [xtl, ytl, xbr, ybr]
        threshold (float | Unset):
    """

    function: str
    task: int
    cleanup: bool | Unset = False
    convMaskToPoly: bool | Unset = UNSET
    conv_mask_to_poly: bool | Unset = UNSET
    job: int | Unset = UNSET
    mapping: FunctionCallRequestMapping | Unset = UNSET
    max_distance: int | Unset = UNSET
    roi: list[int] | Unset = UNSET
    threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function = self.function

        task = self.task

        cleanup = self.cleanup

        convMaskToPoly = self.convMaskToPoly

        conv_mask_to_poly = self.conv_mask_to_poly

        job = self.job

        mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping, Unset):
            mapping = self.mapping.to_dict()

        max_distance = self.max_distance

        roi: list[int] | Unset = UNSET
        if not isinstance(self.roi, Unset):
            roi = self.roi

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
                "task": task,
            }
        )
        if cleanup is not UNSET:
            field_dict["cleanup"] = cleanup
        if convMaskToPoly is not UNSET:
            field_dict["convMaskToPoly"] = convMaskToPoly
        if conv_mask_to_poly is not UNSET:
            field_dict["conv_mask_to_poly"] = conv_mask_to_poly
        if job is not UNSET:
            field_dict["job"] = job
        if mapping is not UNSET:
            field_dict["mapping"] = mapping
        if max_distance is not UNSET:
            field_dict["max_distance"] = max_distance
        if roi is not UNSET:
            field_dict["roi"] = roi
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.function_call_request_mapping import FunctionCallRequestMapping  # noqa: PLC0415

        d = dict(src_dict)
        function = d.pop("function")

        task = d.pop("task")

        cleanup = d.pop("cleanup", UNSET)

        convMaskToPoly = d.pop("convMaskToPoly", UNSET)

        conv_mask_to_poly = d.pop("conv_mask_to_poly", UNSET)

        job = d.pop("job", UNSET)

        _mapping = d.pop("mapping", UNSET)
        mapping: FunctionCallRequestMapping | Unset
        if isinstance(_mapping, Unset):
            mapping = UNSET
        else:
            mapping = FunctionCallRequestMapping.from_dict(_mapping)

        max_distance = d.pop("max_distance", UNSET)

        roi = cast(list[int], d.pop("roi", UNSET))

        threshold = d.pop("threshold", UNSET)

        function_call_request = cls(
            function=function,
            task=task,
            cleanup=cleanup,
            convMaskToPoly=convMaskToPoly,
            conv_mask_to_poly=conv_mask_to_poly,
            job=job,
            mapping=mapping,
            max_distance=max_distance,
            roi=roi,
            threshold=threshold,
        )

        function_call_request.additional_properties = d
        return function_call_request

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
