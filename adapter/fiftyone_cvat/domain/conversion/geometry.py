"""Relative (FiftyOne) <-> absolute pixel (CVAT) coordinates, vectorized.

FiftyOne stores boxes as relative ``[x, y, w, h]`` and points as relative
``(x, y)``; CVAT stores absolute pixels, boxes as ``[xtl, ytl, xbr, ybr]``.

Pixel coordinates sent to CVAT are snapped to a 1/256-pixel grid
(:data:`SUBPIXEL`). Why: CVAT stores float coordinates (its own tools draw
sub-pixel boxes), so rounding to whole pixels, as FiftyOne's built-in backend
does, would move every box by up to half a pixel; but unsnapped floats drift
by an ulp on each ``x * width / width`` trip. On the grid, the first round
trip moves a coordinate by at most 1/512 pixel and every later trip gives
bit-identical labels (the float error, ~1e-12 px, is far below half a grid
step, so snapping lands on the same grid point again). Masks live on the
whole-pixel grid.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

SUBPIXEL = 256
"""Grid (steps per pixel) of the coordinates sent to CVAT; a power of two, so exact."""


def snap(pixels: FloatArray) -> FloatArray:
    """Pixel coordinates on the :data:`SUBPIXEL` grid."""
    return np.round(pixels * SUBPIXEL) / SUBPIXEL


def boxes_to_cvat(boxes: FloatArray, sizes: FloatArray) -> FloatArray:
    """``(N, 4)`` relative ``[x, y, w, h]`` + ``(N, 2)`` ``(width, height)`` -> snapped pixels."""
    w = sizes[:, 0]
    h = sizes[:, 1]
    out = np.empty_like(boxes)
    out[:, 0] = boxes[:, 0] * w
    out[:, 1] = boxes[:, 1] * h
    out[:, 2] = (boxes[:, 0] + boxes[:, 2]) * w
    out[:, 3] = (boxes[:, 1] + boxes[:, 3]) * h
    return snap(out)


def boxes_from_cvat(points: FloatArray, sizes: FloatArray) -> FloatArray:
    """``(N, 4)`` pixel ``[xtl, ytl, xbr, ybr]`` -> ``(N, 4)`` relative ``[x, y, w, h]``."""
    w = sizes[:, 0]
    h = sizes[:, 1]
    out = np.empty_like(points)
    out[:, 0] = points[:, 0] / w
    out[:, 1] = points[:, 1] / h
    out[:, 2] = (points[:, 2] - points[:, 0]) / w
    out[:, 3] = (points[:, 3] - points[:, 1]) / h
    return out


def points_to_cvat(points: FloatArray, width: float, height: float) -> list[float]:
    """``(N, 2)`` relative points -> flat ``[x0, y0, x1, y1, ...]`` pixels."""
    scaled = snap(points * np.array([width, height], dtype=np.float64))
    flat: list[float] = scaled.reshape(-1).tolist()
    return flat


def points_from_cvat(flat: list[float], width: float, height: float) -> list[tuple[float, float]]:
    """Flat pixel ``[x0, y0, ...]`` -> relative ``[(x, y), ...]``."""
    array = np.asarray(flat, dtype=np.float64).reshape(-1, 2) / np.array(
        [width, height], dtype=np.float64
    )
    return [(float(x), float(y)) for x, y in array.tolist()]
