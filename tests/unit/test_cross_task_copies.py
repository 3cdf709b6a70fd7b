"""A label copied into another task's sample, with its original pruned or still to come."""

from __future__ import annotations

import fiftyone as fo

from fiftyone_cvat.domain.loading.cross_task_copies import CrossTaskCopies
from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.loading.id_map import IdMap
from fiftyone_cvat.domain.schema.schema_build import build_run_schema

SCHEMA = build_run_schema(
    {"gt": {"type": "detections", "classes": ["cat"], "existing_field": True}},
    media_type="image",
)
A, B = "a" * 24, "b" * 24


def _det(label_id: str) -> fo.Detection:
    det = fo.Detection(label="cat", bounding_box=[0.1, 0.1, 0.2, 0.2])
    det.id = label_id
    return det


def _second_task() -> tuple[Downloaded, IdMap]:
    """Task 2 (sample s2) holds its own label B and a copy of s1's label A."""
    labels = Downloaded({"gt": {"detections": {"s2": {B: _det(B), A: _det(A)}}}})
    return labels, IdMap({"gt": {"s2": [B]}})


def test_a_copy_whose_original_was_pruned_gets_a_new_id() -> None:
    # task 1 was reported first and s1 left the merge
    copies = CrossTaskCopies(SCHEMA, IdMap({"gt": {"s1": [A], "s2": [B]}}))
    labels, task_map = _second_task()
    out = copies.check(labels, task_map, {"gt": {"s1"}})
    s2 = out.by_sample("gt", "detections")["s2"]
    assert isinstance(s2, dict)
    assert B in s2 and A not in s2 and len(s2) == 2
    (new_id,) = set(s2) - {B}
    assert s2[new_id].id == new_id and s2[B].id == B
    assert A in labels.by_sample("gt", "detections")["s2"]  # a new value: the input is kept
    assert copies.keep == {}


def test_an_original_still_to_come_is_kept_in_the_merge() -> None:
    copies = CrossTaskCopies(SCHEMA, IdMap({"gt": {"s1": [A], "s2": [B]}}))  # task 1 not reported
    labels, task_map = _second_task()
    out = copies.check(labels, task_map, {})
    assert set(out.by_sample("gt", "detections")["s2"]) == {A, B}  # FiftyOne's merge re-ids it
    assert copies.keep == {"gt": {"s1"}}


def test_labels_new_to_the_run_are_left_alone() -> None:
    copies = CrossTaskCopies(SCHEMA, IdMap({"gt": {"s2": [B]}}))
    labels, task_map = _second_task()
    out = copies.check(labels, task_map, {})
    assert set(out.by_sample("gt", "detections")["s2"]) == {A, B} and copies.keep == {}


def test_labels_minted_by_this_load_need_no_look_up_over_the_run() -> None:
    """A label drawn in CVAT carries no id: the one the load minted is no copy, so the
    run-wide map of uploaded ids (20,000 entries at 10,000 images) is not built."""
    copies = CrossTaskCopies(SCHEMA, IdMap({"gt": {"s1": [B]}}))
    labels = Downloaded({"gt": {"detections": {"s2": {A: _det(A)}}}})
    out = copies.check(labels, IdMap({"gt": {"s2": []}}), {"gt": {"s1"}}, minted={A})
    assert set(out.by_sample("gt", "detections")["s2"]) == {A}
    assert copies._home == {}  # the look-up it spares
    copies.check(labels, IdMap({"gt": {"s2": []}}), {"gt": {"s1"}})
    assert copies._home != {}  # without minted, the map is built
