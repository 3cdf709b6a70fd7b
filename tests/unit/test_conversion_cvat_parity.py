"""Track expansion is bit-identical to CVAT 2.73's own ``TrackManager``.

Runs CVAT's ``get_interpolated_shapes`` from a local CVAT server checkout
(``CVAT_SOURCE``, default ``/work/cvat-server/src``) on random 2D tracks and
compares every frame, point, rotation, flag and attribute with
:func:`fiftyone_cvat.domain.conversion.interpolate_track`. CVAT's Django/DRF imports
are stubbed; only its pure interpolation code runs. Skipped without a checkout.
"""

from __future__ import annotations

import copy
import enum
import os
import random
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from fiftyone_cvat.domain.conversion import interpolate_track

CVAT_SOURCE = Path(os.environ.get("CVAT_SOURCE", "/work/cvat-server/src"))
ANNOTATION_PY = CVAT_SOURCE / "cvat/apps/dataset_manager/annotation.py"

pytestmark = pytest.mark.skipif(
    not ANNOTATION_PY.exists(), reason=f"no CVAT source checkout at {CVAT_SOURCE}"
)


class _ShapeType(str, enum.Enum):
    RECTANGLE = "rectangle"
    POLYGON = "polygon"
    POLYLINE = "polyline"
    POINTS = "points"
    ELLIPSE = "ellipse"
    CUBOID = "cuboid"
    MASK = "mask"
    SKELETON = "skeleton"

    def __str__(self) -> str:
        return str(self.value)


class _DimensionType(str, enum.Enum):
    DIM_3D = "3d"
    DIM_2D = "2d"


def _faster_deepcopy(v: Any) -> Any:
    t = type(v)
    if t is dict:
        return {k: _faster_deepcopy(x) for k, x in v.items()}
    if t in (list, tuple, set):
        return t(_faster_deepcopy(x) for x in v)
    return v


@pytest.fixture(scope="module")
def cvat_track_manager() -> Any:
    stubs: dict[str, dict[str, Any]] = {
        "rest_framework": {"serializers": None},
        "shapely": {"geometry": None},
        "cvat": {},
        "cvat.apps": {},
        "cvat.apps.dataset_manager": {},
        "cvat.apps.dataset_manager.util": {
            "faster_deepcopy": _faster_deepcopy,
            "make_getter_by_frame_for_annotation_stream": None,
        },
        "cvat.apps.engine": {},
        "cvat.apps.engine.models": {"DimensionType": _DimensionType, "ShapeType": _ShapeType},
        "cvat.apps.engine.serializers": {"LabeledDataSerializer": None},
    }
    saved: dict[str, types.ModuleType | None] = {name: sys.modules.get(name) for name in stubs}
    try:
        for name, attrs in stubs.items():
            module = types.ModuleType(name)
            module.__dict__.update(attrs)
            sys.modules[name] = module
        namespace: dict[str, Any] = {"__name__": "cvat_annotation"}
        code = compile(ANNOTATION_PY.read_text(), str(ANNOTATION_PY), "exec")
        exec(code, namespace)
    finally:
        for name, previous in saved.items():
            if previous is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = previous
    return namespace["TrackManager"]


def _points(rng: random.Random, kind: str) -> list[float]:
    count = {
        "rectangle": 2,
        "polygon": rng.randint(3, 7),
        "polyline": rng.randint(2, 7),
        "points": rng.choice([1, 1, 3]),
    }[kind]
    points: list[float] = []
    for _ in range(count):
        x = rng.choice([round(rng.uniform(0, 500), 3), float(rng.randint(0, 500))])
        points += [x, round(rng.uniform(0, 500), 3)]
    if kind == "rectangle":
        x0, y0, x1, y1 = points
        points = [min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)]
    return points


def _random_track(rng: random.Random) -> tuple[list[dict[str, Any]], int]:
    kind = rng.choice(["rectangle", "polygon", "polyline", "points"])
    frames = sorted(rng.sample(range(40), rng.randint(1, 6)))
    shapes = []
    for i, frame in enumerate(frames):
        rotation = rng.choice([0.0, 10.0, 180.0, 350.0, rng.uniform(0, 360)])
        shapes.append(
            {
                "type": kind,
                "frame": frame,
                "points": _points(rng, kind),
                "attributes": {"a": rng.choice("xy")} if rng.random() < 0.5 else {},
                "occluded": rng.random() < 0.3,
                "z_order": 0,
                "rotation": rotation if kind == "rectangle" else 0.0,
                "outside": i > 0 and rng.random() < 0.25,
                "source": "manual",
            }
        )
    return shapes, rng.randint(frames[0] + 1, 45)


def _summary(shapes: list[dict[str, Any]], by_id: bool) -> list[tuple[Any, ...]]:
    out = []
    for s in shapes:
        attrs = dict(("a", a["value"]) for a in s["attributes"]) if by_id else s["attributes"]
        points = [float(v) for v in s["points"]]
        out.append(
            (s["frame"], s["keyframe"], s["outside"], s["occluded"], points, s["rotation"], attrs)
        )
    return out


@pytest.mark.parametrize("seed", range(4))
def test_interpolation_is_bit_identical_to_cvat(cvat_track_manager: Any, seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(500):
        shapes, end = _random_track(rng)
        deleted = set(rng.sample(range(45), 3)) if rng.random() < 0.3 else set()
        ours = interpolate_track(
            {
                "frame": shapes[0]["frame"],
                "label": "car",
                "group": 0,
                "source": "manual",
                "attributes": {},
                "shapes": copy.deepcopy(shapes),  # type: ignore[arg-type]
            },
            end,
            deleted,
        )
        cvat_shapes = copy.deepcopy(shapes)
        for s in cvat_shapes:
            s["attributes"] = [{"spec_id": 7, "value": v} for v in s["attributes"].values()]
            s["id"] = None
        theirs = cvat_track_manager.get_interpolated_shapes(
            {
                "id": 1,
                "frame": shapes[0]["frame"],
                "label_id": 1,
                "group": 0,
                "attributes": [],
                "shapes": cvat_shapes,
            },
            0,
            end,
            "2d",
            deleted_frames=sorted(deleted),
        )
        assert _summary(ours, False) == _summary(theirs, True), (shapes, end)  # type: ignore[arg-type]
