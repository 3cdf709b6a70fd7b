"""The skeletons a dataset defines for its keypoints fields (``dataset.skeletons``,
``dataset.default_skeleton``): such a field goes to CVAT as skeleton labels."""

from __future__ import annotations

import dataclasses

from fiftyone.core.collections import SampleCollection

from fiftyone_cvat.domain.schema.specs import RunSchema, SkeletonSpec


def with_skeletons(run_schema: RunSchema, samples: SampleCollection) -> RunSchema:
    """The run schema with each keypoints field's skeleton, where the dataset has one."""
    skeletons = dict(samples.skeletons or {})
    default = samples.default_skeleton
    fields = []
    for spec in run_schema.fields:
        skeleton = skeletons.get(spec.name) or skeletons.get(spec.path) or default
        if spec.label_type == "keypoints" and spec.skeleton is None and skeleton is not None:
            found = SkeletonSpec.of(spec.name, skeleton.labels, skeleton.edges or [])
            spec = dataclasses.replace(spec, skeleton=found)
        fields.append(spec)
    return RunSchema(fields=tuple(fields))
