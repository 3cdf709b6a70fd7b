"""FiftyOne 3D detections <-> CVAT cuboids of point-cloud tasks.

CVAT stores a 3D cuboid as 16 numbers: position (x, y, z), rotation (Euler
angles, radians), scale (x, y, z), then seven zeros. FiftyOne's 3D
``Detection`` has ``location``, ``rotation`` and ``dimensions`` in the same
order and units (as FiftyOne's own CVAT integration maps them). A 2D cuboid
(eight corner coordinates) has no FiftyOne type.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import cast


def cuboid_points(doc: Mapping[str, object]) -> list[float] | None:
    """CVAT's 16 cuboid numbers of a 3D detection; None without location/dimensions."""
    parts = cast(
        "list[Sequence[float] | None]",
        [doc.get("location"), doc.get("rotation") or [0.0, 0.0, 0.0], doc.get("dimensions")],
    )
    if any(part is None or len(part) != 3 for part in parts):
        return None
    return [float(v) for part in parts for v in part or ()] + [0.0] * 7


def detection_3d(points: Sequence[float]) -> dict[str, list[float]] | None:
    """``location``/``rotation``/``dimensions`` of a 3D cuboid; None for a 2D cuboid."""
    if len(points) < 9 or len(points) == 8:
        return None
    values = [float(v) for v in points]
    return {"location": values[0:3], "rotation": values[3:6], "dimensions": values[6:9]}
