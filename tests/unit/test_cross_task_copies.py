"""A label copied into another task's sample, with its original pruned or still to come."""

from __future__ import annotations

from typing import Any

import fiftyone as fo

from fiftyone_cvat.domain.cross_task_copies import CrossTaskCopies
from fiftyone_cvat.domain.schema_build import build_run_schema

SCHEMA = build_run_schema(
    {"gt": {"type": "detections", "classes": ["cat"], "existing_field": True}},
    media_type="image",
)
A, B = "a" * 24, "b" * 24


def _det(label_id: str) -> fo.Detection:
    det = fo.Detection(label="cat", bounding_box=[0.1, 0.1, 0.2, 0.2])
    det.id = label_id
    return det


def _second_task() -> tuple[dict[str, Any], dict[str, Any]]:
    """Task 2 (sample s2) holds its own label B and a copy of s1's label A."""
    labels = {"gt": {"detections": {"s2": {B: _det(B), A: _det(A)}}}}
    return labels, {"gt": {"s2": [B]}}


def test_a_copy_whose_original_was_pruned_gets_a_new_id() -> None:
    id_map: dict[str, Any] = {"gt": {"s2": [B]}}
    hidden = {"gt": {"s1": [A]}}  # task 1 was reported first and s1 left the merge
    copies = CrossTaskCopies(SCHEMA, id_map, hidden)
    labels, task_map = _second_task()
    copies.check(labels, task_map)
    s2 = labels["gt"]["detections"]["s2"]
    assert B in s2 and A not in s2 and len(s2) == 2
    (new_id,) = set(s2) - {B}
    assert s2[new_id].id == new_id and s2[B].id == B
    assert copies.keep == {}


def test_an_original_still_to_come_is_kept_in_the_merge() -> None:
    id_map = {"gt": {"s1": [A], "s2": [B]}}  # task 1 not reported yet
    copies = CrossTaskCopies(SCHEMA, id_map, {})
    labels, task_map = _second_task()
    copies.check(labels, task_map)
    assert set(labels["gt"]["detections"]["s2"]) == {A, B}  # FiftyOne's merge re-ids it
    assert copies.keep == {"gt": {"s1"}}


def test_labels_new_to_the_run_are_left_alone() -> None:
    copies = CrossTaskCopies(SCHEMA, {"gt": {"s2": [B]}}, {})
    labels = {"gt": {"detections": {"s2": {B: _det(B), A: _det(A)}}}}
    copies.check(labels, {"gt": {"s2": [B]}})
    assert set(labels["gt"]["detections"]["s2"]) == {A, B} and copies.keep == {}
