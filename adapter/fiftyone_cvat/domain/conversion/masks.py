"""CVAT's mask run-length encoding <-> numpy, vectorized.

CVAT 2.73 (``MaskConverter`` in ``cvat/apps/dataset_manager/formats/
transformations.py``) stores a mask shape's ``points`` as the run lengths of
the *row-major* flattened box-sized mask, starting with a run of zeros (0 if
the first pixel is set), followed by ``[left, top, right, bottom]`` in image
pixels with ``right``/``bottom`` *inclusive* (a 1-pixel mask has
``left == right``). The server truncates the four coordinates to integers.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

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


_ALTERNATING: BoolMask = np.resize(np.array([False, True]), 1 << 16)
"""False, True, False, ...: the value of each run, sliced instead of rebuilt per mask."""


def rle_decode(
    runs: Sequence[float] | npt.NDArray[np.generic], height: int, width: int
) -> BoolMask:
    """The ``(height, width)`` boolean mask of CVAT run lengths (row-major, zeros first).

    Raises ``ValueError`` when the runs do not cover exactly ``height * width``
    pixels or one is negative: a corrupt mask must not be silently padded or cut.
    """
    counts = np.asarray(runs, dtype=np.int64)
    total = int(counts.sum()) if counts.size else 0
    n = counts.size
    values = _ALTERNATING[:n] if n <= _ALTERNATING.size else (np.arange(n) & 1).astype(np.bool_)
    try:
        if total != height * width:
            raise ValueError
        return np.repeat(values, counts).reshape(height, width)
    except ValueError:  # also numpy's refusal of a negative run
        raise ValueError(
            f"mask runs cover {total} pixels, but its box is {width}x{height} = "
            f"{width * height} pixels"
        ) from None


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
    values = np.array(points, dtype=np.int64)  # one conversion; truncates like CVAT
    left, top, right, bottom = values[-4:].tolist()
    width, height = right - left + 1, bottom - top + 1
    if width <= 0 or height <= 0:
        raise ValueError(f"mask box [{left}, {top}, {right}, {bottom}] is empty")
    return rle_decode(values[:-4], height, width), left, top


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


def instance_mask_points(
    mask: npt.NDArray[np.generic], box: Sequence[float], size: tuple[float, float]
) -> tuple[list[float] | None, str | None]:
    """CVAT ``mask`` points of an instance (a box-relative mask), or why there are none.

    The mask is resized to the box's pixels and clipped to the image (CVAT masks
    must lie inside it).
    """
    width, height = size
    x, y, w, h = box
    left, top = round(x * width), round(y * height)
    right, bottom = round((x + w) * width), round((y + h) * height)
    if right <= left or bottom <= top:
        return None, "instance box is smaller than one pixel"
    if mask.ndim == 3:
        mask = mask[..., 0]
    mask = resize_nearest(mask, bottom - top, right - left)
    x0, y0 = max(left, 0), max(top, 0)
    x1, y1 = min(right, int(width)), min(bottom, int(height))
    if x1 <= x0 or y1 <= y0:
        return None, "instance mask lies outside the image"
    return mask_points(mask[y0 - top : y1 - top, x0 - left : x1 - left], x0, y0), None


def class_masks(
    mask: npt.NDArray[np.generic], size: tuple[float, float], targets: Mapping[int, str]
) -> Iterator[tuple[Any, str | None, list[float] | None]]:
    """Per pixel value of a segmentation (0 is background): ``(value, class name, CVAT
    mask points)``; name and points are None for a value without a mask target."""
    width, height = int(size[0]), int(size[1])
    mask = resize_nearest(mask, height, width)
    values = (
        np.unique(mask)
        if mask.dtype.kind == "f"
        else np.flatnonzero(np.bincount(mask.astype(np.int64, copy=False).ravel()))
    )
    for value in values.tolist():
        if value == 0:
            continue
        name = targets.get(int(value)) if float(value).is_integer() else None
        if name is None:
            yield value, None, None
            continue
        binary = mask == value
        box = tight_box(binary)
        if box is None:
            continue
        x0, y0, x1, y1 = box
        yield value, name, mask_points(binary[y0:y1, x0:x1], x0, y0)


def polygon_mask(points: Sequence[float], width: int, height: int) -> npt.NDArray[np.bool_]:
    """A polygon's pixels (absolute ``[x0, y0, x1, y1, ...]``) as a full-image mask."""
    import cv2

    canvas = np.zeros((height, width), dtype=np.uint8)
    pts = np.round(np.asarray(points, dtype=np.float64).reshape(-1, 2)).astype(np.int32)
    cv2.fillPoly(canvas, [pts], 1)
    return canvas.astype(bool)


def paint(
    canvas: npt.NDArray[np.generic], binary: npt.NDArray[np.bool_], left: int, top: int, value: int
) -> None:
    """Set ``value`` where ``binary`` (placed at left/top) is set, clipped to the canvas."""
    height, width = canvas.shape
    h, w = binary.shape
    x0, y0 = max(left, 0), max(top, 0)
    x1, y1 = min(left + w, width), min(top + h, height)
    if x1 <= x0 or y1 <= y0:
        return
    window = canvas[y0:y1, x0:x1]
    window[binary[y0 - top : y1 - top, x0 - left : x1 - left]] = value


def shape_mask(
    shape_type: str, points: Sequence[float], width: float, height: float
) -> tuple[npt.NDArray[np.bool_], int, int]:
    """A ``mask`` or ``polygon`` shape as a binary mask and its top-left corner."""
    if shape_type == "mask":
        return decode_mask_points(points)
    return polygon_mask(points, int(width), int(height)), 0, 0
