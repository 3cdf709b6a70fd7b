"""3D detections <-> CVAT cuboids, without a server; a 2D cuboid is counted, not decoded."""

from __future__ import annotations

import fiftyone.core.labels as fol
from conversion_helpers import label_field

from fiftyone_cvat.domain.conversion import FrameInfo, decode_annotations, encode_field
from fiftyone_cvat.domain.conversion.cuboids import cuboid_points, detection_3d
from fiftyone_cvat.domain.schema.specs import RunSchema


def test_a_3d_detection_is_cvats_16_numbers_and_back() -> None:
    doc = {"location": [1, 2, 3], "rotation": [0, 0, 0.5], "dimensions": [4, 5, 6]}
    points = cuboid_points(doc)
    assert points == [1, 2, 3, 0, 0, 0.5, 4, 5, 6] + [0.0] * 7
    assert detection_3d(points) == {
        "location": [1, 2, 3],
        "rotation": [0, 0, 0.5],
        "dimensions": [4, 5, 6],
    }
    assert cuboid_points({"location": [1, 2, 3]}) is None  # no dimensions
    assert detection_3d([0.0] * 8) is None  # a 2D cuboid's corners


def test_encode_sends_cuboids_and_decode_counts_2d_cuboids() -> None:
    spec = label_field("gt", "detections", ("car",), ())
    car = fol.Detection(label="car", location=[1, 2, 3], dimensions=[4, 5, 6])
    encoded = encode_field(spec, [(0, (1, 1), fol.Detections(detections=[car]))])
    (shape,) = encoded.annotations["shapes"]
    assert shape["type"] == "cuboid" and shape["points"][:9] == [1, 2, 3, 0, 0, 0, 4, 5, 6]
    flat = {**shape, "points": [0.0] * 8}
    records = {"version": 0, "tags": [], "shapes": [flat], "tracks": []}
    decoded = decode_annotations(records, RunSchema((spec,)), [FrameInfo("s0", 64, 48)])
    assert [(s.field, s.shape_type) for s in decoded.skipped] == [("gt", "cuboid")]
