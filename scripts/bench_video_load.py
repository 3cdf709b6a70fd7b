"""Benchmark: load_annotations() of a video run, fiftyone_cvat vs FiftyOne's built-in backend.

Against FIFTYONE_CVAT_URL (a loopback server: tasks are created and deleted):
V generated videos of F frames with B untracked boxes per frame in ``frames.gt``,
annotated with each backend in turn, then loaded twice: once with nobody having
touched anything in CVAT, once after one box of the first video was moved through
the API. Prints the load times and the ratios.

FiftyOne merges a video by loading every frame of it, so a load costs about the
same whatever the annotators did; ours leaves videos nobody touched out of that
merge (``fiftyone_cvat.domain.loading.pruning``).

Not a test: ``python scripts/bench_video_load.py [--videos 4] [--frames 300] [--boxes 10]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_round_trip import HEIGHT, WIDTH, Creds, Cvat, spread
from private_mongod import private_database


def write_video(path: Path, frames: int) -> Path:
    import cv2

    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), 10, (WIDTH, HEIGHT))
    for i in range(frames):
        writer.write(np.full((HEIGHT, WIDTH, 3), 7 * i % 255, dtype=np.uint8))
    writer.release()
    return path


def make_dataset(name: str, paths: list[Path], frames: int, boxes: int) -> Any:
    import fiftyone as fo

    samples = []
    for path in paths:
        metadata = fo.VideoMetadata(
            size_bytes=path.stat().st_size,
            mime_type="video/mp4",
            frame_width=WIDTH,
            frame_height=HEIGHT,
            frame_rate=10.0,
            total_frame_count=frames,
            duration=frames / 10.0,
        )
        sample = fo.Sample(filepath=str(path), metadata=metadata)
        for n in range(1, frames + 1):
            dets = [
                fo.Detection(label="car", bounding_box=[0.05 * b, 0.25, 0.04, 0.2])
                for b in range(boxes)
            ]
            sample.frames[n]["gt"] = fo.Detections(detections=dets)
        samples.append(sample)
    dataset = fo.Dataset(name)
    dataset.add_samples(samples)
    return dataset


def move_one_box(creds: Creds, job_id: int) -> None:
    cvat = Cvat(creds)
    try:
        path = f"/api/jobs/{job_id}/annotations/"
        shape = min(cvat.json("GET", path)["shapes"], key=lambda s: s["id"])
        shape["points"] = [p + 2.0 for p in shape["points"]]
        body = {"version": 0, "tags": [], "tracks": [], "shapes": [shape]}
        cvat.json("PATCH", path, params={"action": "update"}, json=body)
    finally:
        cvat.close()


def run(variant: str, creds: Creds, paths: list[Path], args: argparse.Namespace) -> list[float]:
    """Load times (untouched, one video touched) of one backend."""
    name = f"bench-video-{variant}-{time.strftime('%H%M%S')}"
    dataset = make_dataset(name, paths, args.frames, args.boxes)
    backend = "fiftyone_cvat" if variant == "ours" else "cvat"
    try:
        dataset.annotate("v", backend=backend, label_field="frames.gt", **creds.kwargs)
        results = dataset.load_annotation_results("v", **creds.kwargs)
        times = []
        for touch in (False, True):
            if touch:
                move_one_box(creds, results.job_ids[results.task_ids[0]][0])
            start = time.perf_counter()
            dataset.load_annotations("v", **creds.kwargs)
            times.append(time.perf_counter() - start)
        return times
    finally:
        dataset.load_annotation_results("v", **creds.kwargs).cleanup()
        dataset.delete()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--videos", type=int, default=4)
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--boxes", type=int, default=10, help="untracked boxes per frame")
    parser.add_argument("--repeat", type=int, default=3, help="runs per variant")
    args = parser.parse_args()
    creds = Creds.from_env()

    with tempfile.TemporaryDirectory() as tmp, private_database(str(Path(tmp) / "db")):
        import fiftyone as fo

        import fiftyone_cvat

        fo.config.show_progress_bars = False
        fiftyone_cvat.register(name="fiftyone_cvat", also_as_own_name=False)
        paths = [write_video(Path(tmp) / f"v{i}.mp4", args.frames) for i in range(args.videos)]
        runs: dict[str, list[list[float]]] = {"builtin": [], "ours": []}
        for _ in range(args.repeat):  # variants interleaved, so both see the same machine
            for variant, times in runs.items():
                times.append(run(variant, creds, paths, args))

    boxes = args.videos * args.frames * args.boxes
    print(f"\n{args.videos} videos x {args.frames} frames x {args.boxes} boxes ({boxes:,} boxes)")
    print("| load_annotations() | FiftyOne built-in | fiftyone_cvat | built-in/ours |")
    print("|---|---:|---:|---:|")
    for k, case in enumerate(("nothing touched", "one box of one video moved")):
        builtin = [t[k] for t in runs["builtin"]]
        ours = [t[k] for t in runs["ours"]]
        ratios = [b / o for b, o in zip(builtin, ours, strict=True)]
        print(
            f"| {case} | {spread(builtin, '{:.2f}')} s | {spread(ours, '{:.2f}')} s "
            f"| {spread(ratios, '{:.1f}')}x |"
        )
    print(f"\nmedian (min-max) of {args.repeat} runs; ratios pair run i with run i")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
