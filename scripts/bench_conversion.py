"""Benchmark: label conversion of fiftyone_cvat vs FiftyOne's built-in CVAT code.

Converts 100,000 boxes and 2,000 instance masks each way (FiftyOne labels ->
CVAT ``/annotations/`` JSON with server ids, and back) with
``fiftyone_cvat.domain.conversion`` and with ``fiftyone.utils.cvat``'s own functions
called directly (no server), in the same process, and prints both times, the
speed-up, and a floor: the time numpy needs just to read the same numbers
(boxes or mask pixels out of the labels; points/runs out of the JSON).

Not a test: run ``python scripts/bench_conversion.py [--boxes N] [--masks N]``.
"""

from __future__ import annotations

import argparse
import copy
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import fiftyone.core.labels as fol
import fiftyone.utils.cvat as fouc
import numpy as np
from packaging.version import Version

from fiftyone_cvat.domain.conversion import (
    IdResolver,
    decode_annotations,
    encode_field,
    image_frames,
)
from fiftyone_cvat.domain.conversion.labels import make_label
from fiftyone_cvat.domain.schema.specs import AttributeSpec, ClassSpec, FieldSpec
from fiftyone_cvat.domain.schema.vocab import LABEL_ID_ATTR

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_round_trip import spread

WIDTH, HEIGHT = 1920, 1080
PER_IMAGE = 100
CLASSES = ("car", "person", "bike")
COLOR = AttributeSpec("color", "select", ("red", "blue"))
LabelData = tuple[dict[str, Any], dict[str, Any]]
"""``(label fields, custom attributes)`` of one Detection."""


def timed(
    func: Callable[[Any], Any], repeat: int, setup: Callable[[], Any] = lambda: None
) -> tuple[list[float], Any]:
    """The CPU time of each of ``repeat`` runs of ``func(setup())`` (setup and GC not timed).

    CPU time rather than wall time: everything here is single-threaded, and it
    keeps the figures stable on a shared machine.
    """
    times, result = [], None
    for _ in range(repeat):
        arg = setup()
        gc.collect()
        start = time.process_time()
        result = func(arg)
        times.append(time.process_time() - start)
    return times, result


def ratios(a: list[float], b: list[float]) -> list[float]:
    """``a[i] / b[i]``: run i of one side against run i of the other."""
    return [x / y for x, y in zip(a, b, strict=True)]


# --------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------


def _fresh(images: list[list[LabelData]]) -> list[fol.Detections]:
    """New label objects with plain-list storage, as FiftyOne builds them from the database.

    Every converter gets its own fresh copy: FiftyOne converts a label's lists
    into tracked ``BaseList``s on first attribute access, so reusing objects
    would let the second converter skip work a real run always does.
    """
    out = []
    for dets in images:
        labels = [make_label(fol.Detection, fields, attrs, None) for fields, attrs in dets]
        out.append(make_label(fol.Detections, {"detections": labels}))
    return out


def make_boxes(n: int, rng: np.random.Generator) -> list[list[LabelData]]:
    xy = rng.random((n, 2)) * 0.8
    wh = rng.random((n, 2)) * 0.2
    images = []
    for start in range(0, n, PER_IMAGE):
        images.append(
            [
                (
                    {"label": CLASSES[i % 3], "bounding_box": [*xy[i].tolist(), *wh[i].tolist()]},
                    {"color": "red" if i % 2 else "blue"},
                )
                for i in range(start, min(start + PER_IMAGE, n))
            ]
        )
    return images


def make_masks(n: int, rng: np.random.Generator) -> list[list[LabelData]]:
    images = []
    per_image = 20
    for start in range(0, n, per_image):
        dets: list[LabelData] = []
        for i in range(start, min(start + per_image, n)):
            w, h = int(rng.integers(40, 200)), int(rng.integers(40, 200))
            left, top = int(rng.integers(0, WIDTH - w)), int(rng.integers(0, HEIGHT - h))
            yy, xx = np.mgrid[0:h, 0:w]
            mask = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2 <= 1
            fields = {
                "label": CLASSES[i % 3],
                "bounding_box": [left / WIDTH, top / HEIGHT, w / WIDTH, h / HEIGHT],
                "mask": mask,
            }
            dets.append((fields, {"color": "red"}))
        images.append(dets)
    return images


def cvat_labels() -> list[dict[str, Any]]:
    """Server label ids as CVAT would return them from /api/labels."""
    labels, spec_id = [], 1000
    for i, name in enumerate(CLASSES):
        attrs = []
        for attr in ("color", LABEL_ID_ATTR):
            attrs.append({"id": spec_id, "name": attr, "mutable": True})
            spec_id += 1
        labels.append({"id": 100 + i, "name": name, "attributes": attrs})
    return labels


# --------------------------------------------------------------------------
# fiftyone_cvat
# --------------------------------------------------------------------------


def ours_encode(spec: FieldSpec, images: list[fol.Detections], resolver: IdResolver) -> Any:
    values = [(k, (WIDTH, HEIGHT), dets) for k, dets in enumerate(images)]
    return resolver.to_wire(encode_field(spec, values).annotations, consume=True)


def ours_decode(spec: FieldSpec, wire: dict[str, Any], resolver: IdResolver, n: int) -> Any:
    records, _ = resolver.from_wire(wire)
    frames = image_frames([f"s{k}" for k in range(n)], [(WIDTH, HEIGHT)] * n)
    return decode_annotations(records, [spec], frames)


# --------------------------------------------------------------------------
# FiftyOne's built-in conversion (fiftyone.utils.cvat), called directly
# --------------------------------------------------------------------------


def builtin_api() -> Any:
    api = fouc.CVATAnnotationAPI.__new__(fouc.CVATAnnotationAPI)
    api._server_version = Version("2.73")
    return api


def builtin_encode(
    label_type: str, images: list[fol.Detections], labels: list[dict[str, Any]]
) -> Any:
    api = builtin_api()
    schema = {name: {"color": {"type": "select", "mutable": True}} for name in CLASSES}
    class_id_map = {label["name"]: label["id"] for label in labels}
    attr_id_map = {
        label["id"]: {a["name"]: a["id"] for a in label["attributes"]} for label in labels
    }
    shapes = []
    for k, dets in enumerate(images):
        _, frame_shapes, _, _ = api._create_detection_shapes(
            dets.detections, schema, "gt", k, (WIDTH, HEIGHT), label_type=label_type
        )
        shapes.extend(frame_shapes)
    return api._remap_ids(shapes, class_id_map, attr_id_map)


def builtin_decode(label_type: str, wire: dict[str, Any], labels: list[dict[str, Any]]) -> Any:
    class_map = {label["id"]: label["name"] for label in labels}
    attr_id_map = {
        label["id"]: {a["name"]: a["id"] for a in label["attributes"]} for label in labels
    }
    metadata = {"width": WIDTH, "height": HEIGHT}
    out = []
    for shape in wire["shapes"]:
        cvat_shape = fouc.CVATShape(shape, class_map, attr_id_map, {}, metadata)
        out.append(
            cvat_shape.to_instance() if label_type == "instances" else cvat_shape.to_detection()
        )
    return out


# --------------------------------------------------------------------------
# The numpy floor
# --------------------------------------------------------------------------


def floor_encode(images: list[fol.Detections], masks: bool) -> Any:
    """Read the boxes (or mask pixels) out of the labels, the fastest way there is."""
    dets = [d._data for img in images for d in list.copy(img._data["detections"])]
    if masks:
        return [np.asarray(d["mask"]).ravel() for d in dets]
    return np.array([d["bounding_box"] for d in dets])


def floor_decode(wire: dict[str, Any], masks: bool) -> Any:
    """Read the points (or mask runs) out of the JSON."""
    if masks:
        return [np.asarray(s["points"], dtype=np.float64) for s in wire["shapes"]]
    return np.array([s["points"] for s in wire["shapes"]], dtype=np.float64)


# --------------------------------------------------------------------------


def field_spec(label_type: str) -> FieldSpec:
    classes = tuple(ClassSpec(c, c, (COLOR,), c) for c in CLASSES)
    return FieldSpec("gt", label_type, classes)  # type: ignore[arg-type]


def run(
    kind: str, data: list[list[LabelData]], repeat: int
) -> list[tuple[str, list[float], list[float], list[float]]]:
    label_type = "instances" if kind == "masks" else "detections"
    spec = field_spec(label_type)
    labels = cvat_labels()
    resolver = IdResolver(labels)
    is_masks = kind == "masks"
    fresh = lambda: _fresh(data)  # noqa: E731

    t_ours_enc, wire = timed(lambda images: ours_encode(spec, images, resolver), repeat, fresh)
    t_fo_enc, fo_shapes = timed(
        lambda images: builtin_encode(label_type, images, labels), repeat, fresh
    )
    t_floor_enc, _ = timed(lambda images: floor_encode(images, is_masks), repeat, fresh)

    n = len(data)
    t_ours_dec, decoded = timed(
        lambda payload: ours_decode(spec, payload, resolver, n),
        repeat,
        lambda: copy.deepcopy(wire),
    )
    for shape in fo_shapes:
        shape["id"] = None
    t_fo_dec, _ = timed(
        lambda payload: builtin_decode(label_type, payload, labels),
        repeat,
        lambda: copy.deepcopy({"shapes": fo_shapes}),
    )
    t_floor_dec, _ = timed(lambda payload: floor_decode(payload, is_masks), repeat, lambda: wire)

    count = sum(len(d) for d in data)
    got = sum(len(v) for v in decoded.labels["gt"]["detections"].values())
    assert got == count, (got, count)
    return [
        (f"{count:,} {kind}: FiftyOne -> CVAT", t_ours_enc, t_fo_enc, t_floor_enc),
        (f"{count:,} {kind}: CVAT -> FiftyOne", t_ours_dec, t_fo_dec, t_floor_dec),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boxes", type=int, default=100_000)
    parser.add_argument("--masks", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    rows = run("boxes", make_boxes(args.boxes, rng), args.repeat)
    rows += run("masks", make_masks(args.masks, rng), args.repeat)

    print("| conversion | fiftyone_cvat | FiftyOne built-in | speed-up | numpy floor | vs floor |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, ours, builtin, floor in rows:
        ms = "{:,.0f}"
        print(
            f"| {name} | {spread([t * 1000 for t in ours], ms)} ms "
            f"| {spread([t * 1000 for t in builtin], ms)} ms "
            f"| {spread(ratios(builtin, ours), '{:.1f}')}x "
            f"| {spread([t * 1000 for t in floor], ms)} ms "
            f"| {spread(ratios(ours, floor), '{:.1f}')}x |"
        )
    print(
        f"\nMedian (min-max) of {args.repeat} runs (process CPU time), each on freshly built "
        "labels; ratios pair run i with run i; "
        f"{WIDTH}x{HEIGHT} frames, {PER_IMAGE} boxes or 20 masks per image, one select "
        "attribute + label_id. Both sides "
        "produce/consume CVAT's id-based JSON. Floor = numpy reading the same numbers "
        "(boxes/mask pixels from the labels; points/runs from the JSON)."
    )


if __name__ == "__main__":
    main()
