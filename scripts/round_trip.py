"""The main job: a full annotate -> edit in CVAT -> load round trip.

Against the CVAT server named by FIFTYONE_CVAT_URL (credentials from
FIFTYONE_CVAT_USERNAME/PASSWORD or FIFTYONE_CVAT_ACCESS_TOKEN), on a small
dataset generated on the fly (no zoo download):

1. make N images with two ground-truth boxes each;
2. ``annotate()`` them with this backend (tasks of ``--task-size``, jobs of
   ``--segment-size``);
3. play the annotator through CVAT's API: in every job, move the first box
   and draw one new box;
4. ``load_annotations(cleanup=True)`` and check that every edit arrived and
   nothing was lost; print timings.

Exit status 0 means the round trip was exact.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

WIDTH, HEIGHT = 96, 64


def make_dataset(n: int, media_dir: Path) -> Any:
    import fiftyone as fo
    from PIL import Image

    rng = np.random.default_rng(0)
    samples = []
    for i in range(n):
        path = media_dir / f"image_{i:04d}.jpg"
        pixels = rng.integers(0, 255, size=(HEIGHT, WIDTH, 3), dtype=np.uint8)
        Image.fromarray(pixels).save(path, quality=90)
        boxes = [
            fo.Detection(label="cat", bounding_box=[0.1, 0.1, 0.3, 0.4]),
            fo.Detection(label="dog", bounding_box=[0.5, 0.4, 0.25, 0.5]),
        ]
        samples.append(fo.Sample(filepath=str(path), ground_truth=fo.Detections(detections=boxes)))
    dataset = fo.Dataset(f"fiftyone-cvat-roundtrip-{int(time.time())}")
    dataset.add_samples(samples)
    dataset.compute_metadata()
    return dataset


def annotate_like_a_person(results: Any) -> int:
    """In every job: move the first rectangle 4 px right and draw one new rectangle.

    Sent as CVAT's UI does when an annotator saves: PATCH ``?action=update|create``.
    """
    conn = results.connect_to_api().connection
    edits = 0
    for job_ids in results.job_ids.values():
        for job_id in job_ids:
            path = f"/api/jobs/{job_id}/annotations/"
            shapes = conn.request_json("GET", path)["shapes"]
            if not shapes:
                continue
            moved = shapes[0]
            x1, y1, x2, y2 = moved["points"]
            moved["points"] = [x1 + 4, y1, x2 + 4, y2]
            new = {key: moved[key] for key in ("type", "frame", "label_id", "occluded", "z_order")}
            new.update(points=[2.0, 2.0, 20.0, 20.0], attributes=[], group=0, source="manual")
            for action, shape in (("update", moved), ("create", new)):
                body = {"version": 0, "tags": [], "tracks": [], "shapes": [shape]}
                conn.request_json("PATCH", path, params={"action": action}, json=body)
            edits += 1
    return edits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=6)
    parser.add_argument("--task-size", type=int, default=4)
    parser.add_argument("--segment-size", type=int, default=2)
    args = parser.parse_args()
    if not os.environ.get("FIFTYONE_CVAT_URL"):
        print("Set FIFTYONE_CVAT_URL (and credentials) to your CVAT server", file=sys.stderr)
        return 2

    import fiftyone_cvat

    fiftyone_cvat.register()
    with tempfile.TemporaryDirectory() as media:
        dataset = make_dataset(args.samples, Path(media))
        try:
            return round_trip(dataset, args)
        finally:
            dataset.delete()


def round_trip(dataset: Any, args: argparse.Namespace) -> int:
    anno_key = "roundtrip"
    before = dataset.count("ground_truth.detections")

    start = time.perf_counter()
    dataset.annotate(
        anno_key,
        backend=fiftyone_cvat_backend(),
        label_field="ground_truth",
        task_size=args.task_size,
        segment_size=args.segment_size,
    )
    uploaded = time.perf_counter()
    results = dataset.load_annotation_results(anno_key)
    print(f"uploaded {len(dataset)} samples in {len(results.task_ids)} task(s)")
    results.print_status()

    edits = annotate_like_a_person(results)
    edited = time.perf_counter()
    dataset.load_annotations(anno_key, cleanup=True)
    loaded = time.perf_counter()

    after = dataset.count("ground_truth.detections")
    print(
        f"annotate {uploaded - start:.2f}s, annotator edits {edited - uploaded:.2f}s, "
        f"load {loaded - edited:.2f}s; boxes {before} -> {after} ({edits} jobs edited)"
    )
    ok = after == before + edits
    print("round trip OK" if ok else "round trip MISMATCH", file=sys.stdout if ok else sys.stderr)
    dataset.delete_annotation_run(anno_key)
    return 0 if ok else 1


def fiftyone_cvat_backend() -> str:
    from fiftyone_cvat import BACKEND_NAME

    return BACKEND_NAME


if __name__ == "__main__":
    raise SystemExit(main())
