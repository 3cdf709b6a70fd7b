from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quality_point_size_base import (
    QualityPointSizeBase,
    check_quality_point_size_base,
)
from ..models.quality_target_metric import (
    QualityTargetMetric,
    check_quality_target_metric,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedQualitySettingsRequest")


@_attrs_define
class PatchedQualitySettingsRequest:
    """
    Attributes:
        check_covered_annotations (bool | Unset): Check for partially-covered annotations, useful in segmentation tasks
             Default: True.
        compare_attributes (bool | Unset): Enables or disables annotation attribute comparison Default: True.
        compare_groups (bool | Unset): Enables or disables annotation group checks Default: True.
        compare_line_orientation (bool | Unset): Enables or disables polyline orientation comparison Default: True.
        empty_is_annotated (bool | Unset): Consider empty frames annotated as "empty". This affects target metrics like
            accuracy in cases there are no annotations. If disabled, frames without annotations
            are counted as not matching (accuracy is 0). If enabled, accuracy will be 1 instead.
            This will also add virtual annotations to empty frames in the comparison results.
             Default: False.
        group_match_threshold (float | Unset): Minimal IoU for groups to be considered matching.
            Only used when the 'compare_groups' parameter is true
             Default: 0.5.
        inherit (bool | Unset): Allow using project settings when computing task quality.
            Only applicable to task quality settings inside projects
        iou_threshold (float | Unset): Used for distinction between matched / unmatched shapes Default: 0.4.
        job_filter (str | Unset): A JSON-based logic expression used to filter jobs for quality validation.
            The filter supports various terms to specify conditions on job: ['assignee', 'id', 'stage', 'state', 'task_id',
            'task_name', 'type']
        line_orientation_threshold (float | Unset): The minimal gain in the GT IoU between the given and reversed line
            directions
            to consider the line inverted.
            Only used when the 'compare_line_orientation' parameter is true
             Default: 0.1.
        line_thickness (float | Unset): Thickness of polylines, relatively to the (image area) ^ 0.5.
            The distance to the boundary around the GT line,
            inside of which the checked line points should be
             Default: 0.01.
        low_overlap_threshold (float | Unset): Used for distinction between strong / weak (low_overlap) matches
             Default: 0.8.
        max_validations_per_job (int | Unset): The maximum number of job validation attempts for the job assignee.
            The job can be automatically accepted if the job quality is above the required
            threshold, defined by the target threshold parameter.
        object_visibility_threshold (float | Unset): Minimal visible area percent of the spatial annotations (polygons,
            masks)
            for reporting covered annotations.
            Only used when the 'object_visibility_threshold' parameter is true
             Default: 0.05.
        oks_sigma (float | Unset): Like IoU threshold, but for points.
            The percent of the bbox side, used as the radius of the circle around the GT point,
            where the checked point is expected to be. For boxes with different width and
            height, the "side" is computed as a geometric mean of the width and height.
            Read more: https://cocodataset.org/#keypoints-eval
             Default: 0.09.
        panoptic_comparison (bool | Unset): Use only the visible part of the masks and polygons in comparisons
             Default: True.
        point_size_base (QualityPointSizeBase | Unset): * `image_size` - IMAGE_SIZE
            * `group_bbox_size` - GROUP_BBOX_SIZE Default: 'group_bbox_size'.
        target_metric (QualityTargetMetric | Unset): * `accuracy` - ACCURACY
            * `precision` - PRECISION
            * `recall` - RECALL
        target_metric_threshold (float | Unset): Defines the minimal quality requirements in terms of the selected
            target metric.
    """

    check_covered_annotations: bool | Unset = True
    compare_attributes: bool | Unset = True
    compare_groups: bool | Unset = True
    compare_line_orientation: bool | Unset = True
    empty_is_annotated: bool | Unset = False
    group_match_threshold: float | Unset = 0.5
    inherit: bool | Unset = UNSET
    iou_threshold: float | Unset = 0.4
    job_filter: str | Unset = UNSET
    line_orientation_threshold: float | Unset = 0.1
    line_thickness: float | Unset = 0.01
    low_overlap_threshold: float | Unset = 0.8
    max_validations_per_job: int | Unset = UNSET
    object_visibility_threshold: float | Unset = 0.05
    oks_sigma: float | Unset = 0.09
    panoptic_comparison: bool | Unset = True
    point_size_base: QualityPointSizeBase | Unset = "group_bbox_size"
    target_metric: QualityTargetMetric | Unset = UNSET
    target_metric_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_covered_annotations = self.check_covered_annotations

        compare_attributes = self.compare_attributes

        compare_groups = self.compare_groups

        compare_line_orientation = self.compare_line_orientation

        empty_is_annotated = self.empty_is_annotated

        group_match_threshold = self.group_match_threshold

        inherit = self.inherit

        iou_threshold = self.iou_threshold

        job_filter = self.job_filter

        line_orientation_threshold = self.line_orientation_threshold

        line_thickness = self.line_thickness

        low_overlap_threshold = self.low_overlap_threshold

        max_validations_per_job = self.max_validations_per_job

        object_visibility_threshold = self.object_visibility_threshold

        oks_sigma = self.oks_sigma

        panoptic_comparison = self.panoptic_comparison

        point_size_base: str | Unset = UNSET
        if not isinstance(self.point_size_base, Unset):
            point_size_base = self.point_size_base

        target_metric: str | Unset = UNSET
        if not isinstance(self.target_metric, Unset):
            target_metric = self.target_metric

        target_metric_threshold = self.target_metric_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if check_covered_annotations is not UNSET:
            field_dict["check_covered_annotations"] = check_covered_annotations
        if compare_attributes is not UNSET:
            field_dict["compare_attributes"] = compare_attributes
        if compare_groups is not UNSET:
            field_dict["compare_groups"] = compare_groups
        if compare_line_orientation is not UNSET:
            field_dict["compare_line_orientation"] = compare_line_orientation
        if empty_is_annotated is not UNSET:
            field_dict["empty_is_annotated"] = empty_is_annotated
        if group_match_threshold is not UNSET:
            field_dict["group_match_threshold"] = group_match_threshold
        if inherit is not UNSET:
            field_dict["inherit"] = inherit
        if iou_threshold is not UNSET:
            field_dict["iou_threshold"] = iou_threshold
        if job_filter is not UNSET:
            field_dict["job_filter"] = job_filter
        if line_orientation_threshold is not UNSET:
            field_dict["line_orientation_threshold"] = line_orientation_threshold
        if line_thickness is not UNSET:
            field_dict["line_thickness"] = line_thickness
        if low_overlap_threshold is not UNSET:
            field_dict["low_overlap_threshold"] = low_overlap_threshold
        if max_validations_per_job is not UNSET:
            field_dict["max_validations_per_job"] = max_validations_per_job
        if object_visibility_threshold is not UNSET:
            field_dict["object_visibility_threshold"] = object_visibility_threshold
        if oks_sigma is not UNSET:
            field_dict["oks_sigma"] = oks_sigma
        if panoptic_comparison is not UNSET:
            field_dict["panoptic_comparison"] = panoptic_comparison
        if point_size_base is not UNSET:
            field_dict["point_size_base"] = point_size_base
        if target_metric is not UNSET:
            field_dict["target_metric"] = target_metric
        if target_metric_threshold is not UNSET:
            field_dict["target_metric_threshold"] = target_metric_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        check_covered_annotations = d.pop("check_covered_annotations", UNSET)

        compare_attributes = d.pop("compare_attributes", UNSET)

        compare_groups = d.pop("compare_groups", UNSET)

        compare_line_orientation = d.pop("compare_line_orientation", UNSET)

        empty_is_annotated = d.pop("empty_is_annotated", UNSET)

        group_match_threshold = d.pop("group_match_threshold", UNSET)

        inherit = d.pop("inherit", UNSET)

        iou_threshold = d.pop("iou_threshold", UNSET)

        job_filter = d.pop("job_filter", UNSET)

        line_orientation_threshold = d.pop("line_orientation_threshold", UNSET)

        line_thickness = d.pop("line_thickness", UNSET)

        low_overlap_threshold = d.pop("low_overlap_threshold", UNSET)

        max_validations_per_job = d.pop("max_validations_per_job", UNSET)

        object_visibility_threshold = d.pop("object_visibility_threshold", UNSET)

        oks_sigma = d.pop("oks_sigma", UNSET)

        panoptic_comparison = d.pop("panoptic_comparison", UNSET)

        _point_size_base = d.pop("point_size_base", UNSET)
        point_size_base: QualityPointSizeBase | Unset
        if isinstance(_point_size_base, Unset):
            point_size_base = UNSET
        else:
            point_size_base = check_quality_point_size_base(_point_size_base)

        _target_metric = d.pop("target_metric", UNSET)
        target_metric: QualityTargetMetric | Unset
        if isinstance(_target_metric, Unset):
            target_metric = UNSET
        else:
            target_metric = check_quality_target_metric(_target_metric)

        target_metric_threshold = d.pop("target_metric_threshold", UNSET)

        patched_quality_settings_request = cls(
            check_covered_annotations=check_covered_annotations,
            compare_attributes=compare_attributes,
            compare_groups=compare_groups,
            compare_line_orientation=compare_line_orientation,
            empty_is_annotated=empty_is_annotated,
            group_match_threshold=group_match_threshold,
            inherit=inherit,
            iou_threshold=iou_threshold,
            job_filter=job_filter,
            line_orientation_threshold=line_orientation_threshold,
            line_thickness=line_thickness,
            low_overlap_threshold=low_overlap_threshold,
            max_validations_per_job=max_validations_per_job,
            object_visibility_threshold=object_visibility_threshold,
            oks_sigma=oks_sigma,
            panoptic_comparison=panoptic_comparison,
            point_size_base=point_size_base,
            target_metric=target_metric,
            target_metric_threshold=target_metric_threshold,
        )

        patched_quality_settings_request.additional_properties = d
        return patched_quality_settings_request

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
