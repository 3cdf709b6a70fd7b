"""CVAT's mask run-length encoding <-> numpy, vectorized.

CVAT 2.73 (``MaskConverter`` in ``cvat/apps/dataset_manager/formats/
transformations.py``) stores a mask shape's ``points`` as the run lengths of
the *row-major* flattened box-sized mask, starting with a run of zeros (0 if
the first pixel is set), followed by ``[left, top, right, bottom]`` in image
pixels with ``right``/``bottom`` *inclusive* (a 1-pixel mask has
``left == right``). The server truncates the four coordinates to integers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

BoolMask = npt.NDArray[np.bool_]


def rle_encode(mask: npt.NDArray[np.generic]) -> list[int]:
    """Run lengths of ``mask != 0`` flattened row-major, starting with zeros."""
    flat = np.asarray(mask).reshape(-1) != 0
    n = flat.size
    if n == 0:
        return []
    change = np.flatnonzero(flat[1:] != flat[:-1]) + 1
    bounds = np.concatenate(([0], change, [n]))
    runs: list[int] = np.diff(bounds).tolist()
    if flat[0]:
        runs.insert(0, 0)
    return runs


def rle_decode(
    runs: Sequence[float] | npt.NDArray[np.generic], height: int, width: int
) -> BoolMask:
    """The ``(height, width)`` boolean mask of CVAT run lengths (row-major, zeros first).

    Raises ``ValueError`` when the runs do not cover exactly ``height * width``
    pixels: a corrupt mask must not be silently padded or cut.
    """
    counts = np.asarray(runs, dtype=np.int64)
    total = int(counts.sum()) if counts.size else 0
    if total != height * width or (counts.size and counts.min() < 0):
        raise ValueError(
            f"mask runs cover {total} pixels, but its box is {width}x{height} = "
            f"{width * height} pixels"
        )
    values = (np.arange(counts.size) & 1).astype(np.bool_)
    return np.repeat(values, counts).reshape(height, width)


def mask_points(mask: npt.NDArray[np.generic], left: int, top: int) -> list[float]:
    """A CVAT mask shape's ``points`` for a box-sized ``mask`` placed at ``(left, top)``."""
    height, width = np.shape(mask)[:2]
    # integers, exactly as CVAT writes them (its own exports feed them to pycocotools)
    points: list[float] = list(rle_encode(mask))
    points += [int(left), int(top), int(left + width - 1), int(top + height - 1)]
    return points


def decode_mask_points(points: Sequence[float]) -> tuple[BoolMask, int, int]:
    """``(box-sized boolean mask, left, top)`` of a CVAT mask shape's ``points``."""
    if len(points) < 4:
        raise ValueError(f"a mask shape needs at least 4 points, got {len(points)}")
    left, top, right, bottom = (math.trunc(v) for v in points[-4:])
    width, height = right - left + 1, bottom - top + 1
    if width <= 0 or height <= 0:
        raise ValueError(f"mask box [{left}, {top}, {right}, {bottom}] is empty")
    return rle_decode(points[:-4], height, width), left, top


def tight_box(mask: BoolMask) -> tuple[int, int, int, int] | None:
    """``(left, top, right_exclusive, bottom_exclusive)`` of the set pixels, None if none."""
    rows = np.flatnonzero(mask.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(mask.any(axis=0))
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def resize_nearest(
    mask: npt.NDArray[np.generic], height: int, width: int
) -> npt.NDArray[np.generic]:
    """Nearest-neighbour resize (pure numpy, exact for integer label values).

    Used when a mask's resolution differs from the pixels it covers; FiftyOne
    renders masks stretched over their box/frame, and this reproduces that.
    """
    src_h, src_w = mask.shape[:2]
    if (src_h, src_w) == (height, width):
        return mask
    rows = np.minimum(((np.arange(height) + 0.5) * src_h / height).astype(np.int64), src_h - 1)
    cols = np.minimum(((np.arange(width) + 0.5) * src_w / width).astype(np.int64), src_w - 1)
    resized: npt.NDArray[np.generic] = mask[rows[:, None], cols[None, :]]
    return resized
