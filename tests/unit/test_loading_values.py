"""The load's typed values: every operation returns a new value, the input stays as it was."""

from __future__ import annotations

import fiftyone as fo

from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.loading.id_map import IdMap
from fiftyone_cvat.domain.schema.schema_build import build_run_schema
from fiftyone_cvat.domain.schema.vocab import FIELDLESS

A, B, C = "a" * 24, "b" * 24, "c" * 24
FIFTYONE_MAP = {"gt": {"s1": [A], "s2": [B], "s3": []}, "other": None}
SCHEMA = build_run_schema(
    {"gt": {"type": "detections", "classes": ["cat"], "existing_field": True}},
    media_type="image",
)


def _det(label_id: str) -> fo.Detection:
    det = fo.Detection(label="cat", bounding_box=[0.1, 0.1, 0.2, 0.2])
    det.id = label_id
    return det


def test_an_id_map_splits_and_merges_back_without_touching_fiftyones_dict() -> None:
    id_map = IdMap.from_fiftyone(FIFTYONE_MAP)
    rest, taken = id_map.split({"gt": {"s1", "missing"}})
    assert taken.to_fiftyone() == {"gt": {"s1": [A]}}
    assert rest.field("gt") == {"s2": [B], "s3": []} and rest.fields["other"] is None
    assert rest.merged(taken).to_fiftyone() == FIFTYONE_MAP
    assert id_map.without({"s2"}).field("gt") == {"s1": [A], "s3": []}
    assert id_map.restricted(["s3"]).field("gt") == {"s3": []}
    assert FIFTYONE_MAP["gt"] == {"s1": [A], "s2": [B], "s3": []}  # never edited
    assert id_map.to_fiftyone()["gt"] is not id_map.fields["gt"]  # FiftyOne gets its own


def test_an_id_map_knows_where_each_uploaded_label_is() -> None:
    video = build_run_schema(
        {"frames.gt": {"type": "detections", "classes": ["cat"], "existing_field": True}},
        media_type="video",
    ).fields[0]
    id_map = IdMap({"frames.gt": {"v1": {"f1": [A], "f2": B}, "v2": {}}})
    assert sorted(id_map.uploaded_at(video)) == [(A, ("v1", "f1")), (B, ("v1", "f2"))]


def test_downloaded_labels_are_restricted_into_new_values() -> None:
    labels = Downloaded({"gt": {"detections": {"s1": {A: _det(A)}, "s2": {B: _det(B)}}}})
    assert set(labels.without({"s1"}).by_sample("gt", "detections")) == {"s2"}
    assert set(labels.without_in("gt", "polylines", {"s1"}).by_sample("gt", "detections")) == {
        "s1",
        "s2",
    }
    assert set(labels.by_sample("gt", "detections")) == {"s1", "s2"}
    spec = SCHEMA.fields[0]
    assert [(where, i) for where, i, _ in labels.labels_at(spec)] == [
        (("s1", None), A),
        (("s2", None), B),
    ]


def test_each_copy_picked_for_a_new_id_gets_its_own() -> None:
    labels = Downloaded(
        {"gt": {"detections": {"s1": {A: _det(A)}, "s2": {A: _det(A), C: _det(C)}}}}
    )
    out = labels.with_new_ids(SCHEMA.fields[0], lambda label_id: label_id == A)
    s1, s2 = (out.by_sample("gt", "detections")[s] for s in ("s1", "s2"))
    assert isinstance(s1, dict) and isinstance(s2, dict)
    (new1,), new2 = set(s1), set(s2) - {C}
    assert A not in s1 and A not in s2 and new1 != next(iter(new2))
    assert list(s2)[-1] == next(iter(new2))  # re-added last, as FiftyOne's merge would see it
    assert A in labels.by_sample("gt", "detections")["s1"]  # the input is unchanged


def test_the_project_stand_in_field_goes_to_fiftyone_under_none_when_asked() -> None:
    labels = Downloaded({FIELDLESS: {"detections": {"s1": {}}}})
    assert list(labels.to_fiftyone()) == [FIELDLESS]
    assert list(labels.to_fiftyone(fieldless_as_none=True)) == [None]
    merged = labels.deep_merged(Downloaded({FIELDLESS: {"detections": {"s1": {A: 1}}}}))
    assert merged.to_fiftyone() == {FIELDLESS: {"detections": {"s1": {A: 1}}}}
