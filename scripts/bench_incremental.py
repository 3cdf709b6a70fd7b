"""Benchmark: repeated loads of one run while annotators work, ours beside the built-in.

A long-lived project loads the same run again and again. Against the CVAT server
named by ``FIFTYONE_CVAT_URL`` (loopback only; credentials as for
``bench_round_trip.py``, whose helpers this script reuses), each variant:

1. annotates N generated images with ``--boxes`` boxes each in ``--jobs`` jobs
   (setup: timed and shown, not compared);
2. loads the run once: the **full load**, every job downloaded;
3. lets an annotator edit one job (move one box, draw one), then loads again:
   the **one-job re-load**;
4. loads it again with nothing changed in CVAT: the **unchanged re-load**;
5. checks the result (every box there once, the moved box where the annotator
   put it) and counts the label ids the unchanged re-load replaced (the box the
   annotator drew has no FiftyOne id in CVAT: a load that does not keep the id it
   gave it replaces it);
6. deletes the tasks (untimed).

Each variant runs in a fresh subprocess; variants alternate per repeat. Printed:
medians (min-max) of the load times, each re-load as a share of the full load
(taken per repeat), the requests each load sent (counted at the transport), and a
markdown table for the README. A correctness problem makes the exit status
non-zero. The issue's targets, for 10,000 images in 100 jobs: a one-job re-load
at most 10% of the full load's time and 5% of its requests, an unchanged re-load
at most 5% of its time.

Not a test: ``python scripts/bench_incremental.py --images 10000 --jobs 100``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_round_trip as rt

VARIANTS = ("ours", "builtin")
LOADS = ("full", "one_job", "unchanged")


@dataclass
class Outcome:
    variant: str
    annotate_s: float = 0.0
    seconds: dict[str, float] = field(default_factory=dict)
    requests: dict[str, int] = field(default_factory=dict)
    ids_replaced: int = 0
    problems: list[str] = field(default_factory=list)
    error: str | None = None


def _dataset(n: int, boxes: int, media: Path, name: str) -> Any:
    import fiftyone as fo

    paths = rt.make_media(n, media)
    samples = [
        fo.Sample(
            filepath=str(path),
            metadata=fo.ImageMetadata(width=rt.WIDTH, height=rt.HEIGHT, num_channels=3),
            ground_truth=fo.Detections(
                detections=[fo.Detection(label=c, bounding_box=bb) for c, bb in image_boxes]
            ),
        )
        for path, image_boxes in zip(paths, rt.make_boxes(n, boxes), strict=True)
    ]
    dataset = fo.Dataset(name)
    dataset.add_samples(samples)
    return dataset


def _ids(dataset: Any) -> set[str]:
    return {i for per in dataset.values("ground_truth.detections.id") for i in per or []}


def child(args: argparse.Namespace) -> Outcome:
    """One variant's run, in this fresh process."""
    import fiftyone as fo

    fo.config.show_progress_bars = False
    creds = rt.Creds.from_env()
    variant = args.child
    out = Outcome(variant)
    backend = "cvat"
    extra: dict[str, Any] = {}
    if variant == "ours":
        import fiftyone_cvat

        fiftyone_cvat.register(name="fiftyone_cvat", also_as_own_name=False)
        backend, extra = "fiftyone_cvat", {"max_workers": args.workers}
    else:
        import fiftyone.utils.cvat  # noqa: F401  (FiftyOne's own backend)

    meter = rt.Meter(creds.url, use_tracemalloc=False)
    phases: dict[str, rt.PhaseResult] = {}
    segment = max(1, args.images // args.jobs)
    dataset = _dataset(args.images, args.boxes, Path(args.media), f"bench-inc-{os.getpid()}")
    key = f"bench_inc_{variant}"
    name = f"bench-inc-{args.stamp}-{variant}"
    try:
        with meter.measure("annotate", phases):
            dataset.annotate(
                key,
                backend=backend,
                label_field="ground_truth",
                task_size=args.task_size,
                segment_size=segment,
                task_name=name,
                **creds.kwargs,
                **extra,
            )
        results = dataset.load_annotation_results(key, **creds.kwargs)
        jobs = [j for t in results.task_ids for j in sorted(results.job_ids.get(t) or [])]
        with meter.measure("full", phases):
            dataset.load_annotations(key, cleanup=False, **creds.kwargs)
        before = rt._boxes_by_id(dataset)
        edits = rt.annotator_edits(creds, jobs[len(jobs) // 2 : len(jobs) // 2 + 1])
        with meter.measure("one_job", phases):
            dataset.load_annotations(key, cleanup=False, **creds.kwargs)
        after = rt._boxes_by_id(dataset)
        with meter.measure("unchanged", phases):
            dataset.load_annotations(key, cleanup=False, **creds.kwargs)
        out.ids_replaced = len(set(after) - _ids(dataset))
        check = rt.RunResult(variant, args.images)
        rt._check_count(check, len(after), args.images * args.boxes + 1)
        rt._check_count(check, len(_ids(dataset)), args.images * args.boxes + 1)
        for edit in edits:
            rt._check_moved(check, edit, before, after)
        out.problems = check.problems
    except Exception as exc:  # reported, and the tasks still go
        out.error = f"{type(exc).__name__}: {exc}"
    finally:
        with contextlib.suppress(Exception):
            dataset.load_annotation_results(key, **creds.kwargs).cleanup()
        dataset.delete()
    out.annotate_s = phases["annotate"].seconds if "annotate" in phases else 0.0
    out.seconds = {k: phases[k].seconds for k in LOADS if k in phases}
    out.requests = {k: phases[k].requests for k in LOADS if k in phases}
    return out


def run_child(args: argparse.Namespace, variant: str, stamp: str, media: Path) -> Outcome:
    with tempfile.NamedTemporaryFile(suffix=".json") as tmp:
        cmd = [sys.executable, __file__, f"--images={args.images}", f"--jobs={args.jobs}"]
        cmd += [f"--boxes={args.boxes}", f"--task-size={args.task_size}"]
        cmd += [f"--workers={args.workers}", "--child", variant, "--stamp", stamp]
        cmd += ["--media", str(media), "--out", tmp.name]
        env = os.environ | {"FIFTYONE_DO_NOT_TRACK": "true"}
        proc = subprocess.run(cmd, env=env, check=False)
        text = Path(tmp.name).read_text()
    if proc.returncode != 0 or not text:
        return Outcome(variant, error=f"subprocess exited with {proc.returncode}")
    return Outcome(**json.loads(text))


def report(args: argparse.Namespace, runs: dict[str, list[Outcome]]) -> None:
    head = ["variant", "images/jobs", "annotate s", "full load s", "one-job re-load s"]
    head += ["unchanged re-load s", "requests full/one-job/unchanged", "ids replaced (unchanged)"]
    rows = []
    for variant, outcomes in runs.items():
        ok = [o for o in outcomes if not o.error and len(o.seconds) == len(LOADS)]
        if not ok:
            rows.append([variant, f"FAILED: {outcomes[0].error}"] + [""] * (len(head) - 2))
            continue

        def share(load: str, ok: list[Outcome] = ok) -> str:
            seconds = rt.spread([o.seconds[load] for o in ok], "{:.2f}")
            pct = rt.spread([100 * o.seconds[load] / o.seconds["full"] for o in ok], "{:.1f}%")
            return f"{seconds}, {pct}"

        requests = "/".join(str(round(statistics.median(o.requests[k] for o in ok))) for k in LOADS)
        rows.append(
            [
                variant,
                f"{args.images}/{args.jobs}",
                rt.spread([o.annotate_s for o in ok], "{:.1f}"),
                rt.spread([o.seconds["full"] for o in ok], "{:.2f}"),
                share("one_job"),
                share("unchanged"),
                requests,
                rt.spread([float(o.ids_replaced) for o in ok], "{:.0f}"),
            ]
        )
    print("\n| " + " | ".join(head) + " |")
    print("|" + "|".join("---:" if i else "---" for i in range(len(head))) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(
        f"\nmedian (min-max) of {args.repeat} run(s); a re-load's share of the full load is "
        "taken per run; requests are medians, counted at the transport."
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--images", type=int, default=10000)
    parser.add_argument("--jobs", type=int, default=100, help="jobs in all (segment size follows)")
    parser.add_argument("--boxes", type=int, default=2, help="boxes per image")
    parser.add_argument("--task-size", type=int, default=1000, help="images per task")
    parser.add_argument("--workers", type=int, default=4, help="ours' max_workers")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", action="append", choices=VARIANTS)
    for hidden in ("--child", "--stamp", "--media", "--out"):
        parser.add_argument(hidden, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        outcome = child(args)
        Path(args.out).write_text(json.dumps(asdict(outcome)))
        return 0

    rt.Creds.from_env()  # fails early without a loopback server
    stamp = time.strftime("%H%M%S")
    variants = [v for v in VARIANTS if not args.only or v in args.only]
    runs: dict[str, list[Outcome]] = {v: [] for v in variants}
    with (
        contextlib.ExitStack() as stack,
        tempfile.TemporaryDirectory(prefix="bench-inc-", ignore_cleanup_errors=True) as tmp,
    ):
        media = Path(tmp) / "media"
        media.mkdir()
        stack.enter_context(rt.private_database(str(Path(tmp) / "db")))
        rt.make_media(args.images, media)
        for i in range(args.repeat):
            for variant in variants:
                print(f"--- {variant}, run {i + 1}/{args.repeat}", flush=True)
                outcome = run_child(args, variant, f"{stamp}{i}", media)
                runs[variant].append(outcome)
                print(f"    {outcome.seconds} {outcome.requests} {outcome.error or ''}", flush=True)
    report(args, runs)
    problems = [p for outcomes in runs.values() for o in outcomes for p in o.problems]
    errors = [o.error for outcomes in runs.values() for o in outcomes if o.error]
    for line in problems + errors:
        print("PROBLEM:", line)
    return 1 if problems or errors else 0


if __name__ == "__main__":
    sys.exit(main())
