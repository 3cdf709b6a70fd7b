"""What the merge report calls an edit, and which edits it names as refused (offline)."""

from __future__ import annotations

from typing import Any

import fiftyone as fo
import numpy as np
from bson import json_util

from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.loading.id_map import IdMap
from fiftyone_cvat.domain.loading.merge_summary import summarize
from fiftyone_cvat.domain.schema.schema_build import build_run_schema

ONE_PX = 1 / 1000  # one pixel of a 1000 x 1000 image, in relative coordinates
LID = "0123456789abcdef01234567"


def _schema(label_type: str, **restrictions: Any) -> Any:
    return build_run_schema(
        {
            "gt": {
                "type": label_type,
                "classes": ["cat", "dog"],
                "attributes": {"color": {"type": "text"}},
                "existing_field": True,
                **restrictions,
            }
        },
        media_type="image",
    )


def _stored(label: fo.Label) -> dict[str, Any]:
    """The label as the database returns it (``_id``, ``_cls``, serialized masks)."""
    return dict(json_util.loads(json_util.dumps(label.to_dict())))


def _summary(schema: Any, before: fo.Label, after: fo.Label) -> Any:
    before.id = after.id = LID
    return_type = schema.fields[0].return_type
    download = {"gt": {return_type: {"s1": {LID: after}}}}
    current = {"gt": {LID: _stored(before)}}
    id_map = IdMap({"gt": {"s1": [LID]}})
    return summarize(schema, id_map, Downloaded(download), current, {"s1": ONE_PX})["gt"]


def _box(x: float, **fields: Any) -> fo.Detection:
    return fo.Detection(label=fields.pop("label", "cat"), bounding_box=[x, 0.1, 0.2, 0.2], **fields)


def test_a_box_that_only_crossed_cvats_grid_is_unchanged_and_a_moved_one_is_edited() -> None:
    schema = _schema("detections")
    same = _summary(schema, _box(0.3), _box(0.3 + ONE_PX / 512))
    moved = _summary(schema, _box(0.3), _box(0.3 + ONE_PX))
    assert (same.unchanged, same.edited, same.touched) == (1, 0, set())
    assert (moved.unchanged, moved.edited, moved.touched) == (0, 1, {"s1"})


def test_refused_edits_are_named_with_the_setting_that_refused_them() -> None:
    schema = _schema("detections", allow_label_edits=False, allow_spatial_edits=False)
    summary = _summary(schema, _box(0.3, color="red"), _box(0.5, label="dog", color="blue"))
    assert summary.edited == 1
    assert [line.split(" of label ")[0] for line in summary.rejected] == [
        "gt: label change",
        "gt: geometry change",
    ]


def test_a_cleared_schema_attribute_is_an_edit() -> None:
    summary = _summary(_schema("detections"), _box(0.3, color="red"), _box(0.3))
    assert summary.edited == 1


def test_polyline_parts_compare_point_by_point() -> None:
    schema = _schema("polylines")

    def poly(*parts: list[list[float]]) -> fo.Polyline:
        return fo.Polyline(label="cat", points=list(parts), closed=True, filled=True)

    square = [[0.1, 0.1], [0.4, 0.1], [0.4, 0.4]]
    nudged = [[x + ONE_PX / 512, y] for x, y in square]
    assert _summary(schema, poly(square), poly(nudged)).unchanged == 1
    assert _summary(schema, poly(square), poly(square, square)).edited == 1
    assert _summary(schema, poly(square), poly([[0.1, 0.1], [0.5, 0.1], [0.4, 0.4]])).edited == 1


def test_a_stored_mask_compares_with_the_downloaded_one() -> None:
    schema = _schema("instances")
    mask = np.zeros((4, 5), dtype=bool)
    mask[1:3, 1:4] = True
    other = mask.copy()
    other[0, 0] = True
    assert _summary(schema, _box(0.3, mask=mask), _box(0.3, mask=mask.copy())).unchanged == 1
    assert _summary(schema, _box(0.3, mask=mask), _box(0.3, mask=other)).edited == 1


def test_shapes_with_no_fiftyone_type_are_counted_per_field_and_named_once() -> None:
    from fiftyone_cvat.domain.conversion.records import Skip
    from fiftyone_cvat.domain.loading.merge_summary import FieldSummary, count_unsupported_shapes

    summaries = {"ground_truth": FieldSummary(edited=1)}
    skipped = [
        Skip("ground_truth", "shape 1", "no type", shape_type="ellipse"),
        Skip("ground_truth", "shape 2", "no type", shape_type="ellipse"),
        Skip("points", "shape 3", "no type", shape_type="cuboid"),
        Skip(None, "shape 4", "unknown CVAT label id 9"),
    ]
    message = count_unsupported_shapes(summaries, skipped)
    assert summaries["ground_truth"].unsupported_shapes == {"ellipse": 2}
    assert summaries["points"].unsupported_shapes == {"cuboid": 1}
    assert summaries["ground_truth"].to_json()["unsupported_shapes"] == {"ellipse": 2}
    assert "unsupported_shapes" not in FieldSummary().to_json()
    assert message == "ground_truth: 2 ellipse; points: 1 cuboid"
    assert count_unsupported_shapes({}, skipped[3:]) is None
