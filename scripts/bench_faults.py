"""Faults: round trips through a fault-injecting proxy in front of a live CVAT.

Against the CVAT server named by ``FIFTYONE_CVAT_URL`` (loopback; credentials
from ``FIFTYONE_CVAT_USERNAME``/``FIFTYONE_CVAT_PASSWORD``), this script starts
:mod:`fault_proxy` on 127.0.0.1 and drives, through it, 200-image round trips
with ours (annotate -> one annotator edit per job, sent straight to CVAT ->
load) under several fault mixes: 503s with ``Retry-After``, connection resets
before and after the request reaches the server, and stalls longer than
``request_timeout``. Then two faults no proxy can make: the client process
killed with SIGKILL in the middle of ``annotate()``, and a file that passes
every local check but that CVAT's media processing rejects.

Every run must either finish with exactly the labels of a clean run, or fail
with a run record whose ``cleanup()`` leaves no task and no project on the
server (and the dataset's labels as they were). A killed run's leftovers must
be listed by ``fiftyone_cvat.leftovers()`` and removed by
``fiftyone_cvat.remove_leftovers()``. The last line reads
``faults: R runs, F faults injected, N retries, L labels lost, T tasks left``;
the exit status is non-zero unless L and T are 0 and at least 95% of the runs of
every proxy mix finished.

The table has one row per fault mix: runs, how many finished, the median run time
with its min-max, faults and retries summed, labels lost and objects left in the
worst run and in all runs.

Not a test: ``python scripts/bench_faults.py [--runs 5] [--images 200] [--per-run]``.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_round_trip import (
    HEIGHT,
    WIDTH,
    Creds,
    Cvat,
    annotator_edits,
    make_boxes,
    make_media,
)
from fault_proxy import FaultMix, FaultProxy
from private_mongod import private_database

REQUEST_TIMEOUT = 4.0
MIXES = [
    FaultMix("503 storm", {"503": 0.3}),
    FaultMix("resets", {"reset_before": 0.1, "reset_after": 0.1}),
    FaultMix("stalls", {"stall": 0.1}, stall_seconds=REQUEST_TIMEOUT + 1.5),
    FaultMix(
        "everything",
        {"503": 0.1, "reset_before": 0.05, "reset_after": 0.05, "stall": 0.05},
        stall_seconds=REQUEST_TIMEOUT + 1.5,
    ),
]
BOXES = 5
TASK_SIZE = 100
SEGMENT_SIZE = 50
Signature = tuple[dict[str, tuple[str, tuple[float, ...]]], list[tuple[str, tuple[float, ...]]]]


@dataclass
class Outcome:
    mix: str
    run: int
    finished: bool
    detail: str = ""
    faults: int = 0
    retries: int = 0
    labels_lost: int = 0
    left: list[str] = field(default_factory=list)
    seconds: float = 0.0


class RetryCounter(logging.Handler):
    """Counts the backend's recovery messages: transport retries, re-sent creations,
    adopted objects whose answer was lost, recreated tasks, deleted twins."""

    WORDS = ("retry", "attempt", "answer was lost", "twin")

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if any(word in record.getMessage() for word in self.WORDS):
            self.count += 1


@contextmanager
def counting_retries() -> Iterator[RetryCounter]:
    counter = RetryCounter()
    logger = logging.getLogger("fiftyone_cvat")
    previous = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(counter)
    try:
        yield counter
    finally:
        logger.removeHandler(counter)
        logger.setLevel(previous)


# --------------------------------------------------------------------------
# Dataset and label signatures
# --------------------------------------------------------------------------


def make_dataset(name: str, n: int, media: Path) -> Any:
    import fiftyone as fo

    samples = [
        fo.Sample(
            filepath=str(path),
            metadata=fo.ImageMetadata(width=WIDTH, height=HEIGHT, num_channels=3),
            ground_truth=fo.Detections(
                detections=[fo.Detection(label=c, bounding_box=bb) for c, bb in boxes]
            ),
        )
        for path, boxes in zip(make_media(n, media), make_boxes(n, BOXES), strict=True)
    ]
    dataset = fo.Dataset(name)
    dataset.persistent = True  # the killed child and this process share it
    dataset.add_samples(samples)
    return dataset


def snapshot(dataset: Any) -> dict[str, dict[str, Any]]:
    """Every sample's ground truth as stored (ids included), to restore before each run."""
    return {s.id: s.ground_truth.to_dict() for s in dataset.select_fields("ground_truth")}


def restore(dataset: Any, labels: dict[str, dict[str, Any]]) -> None:
    import fiftyone as fo

    for sample in dataset.select_fields("ground_truth"):
        sample.ground_truth = fo.Detections.from_dict(labels[sample.id])
        sample.save()


def _boxes(labels: dict[str, dict[str, Any]]) -> Iterator[tuple[str, str, tuple[float, ...]]]:
    for detections in labels.values():
        for d in detections["detections"]:
            oid = d["_id"]
            oid = oid["$oid"] if isinstance(oid, dict) else str(oid)
            yield oid, d["label"], tuple(round(v, 5) for v in d["bounding_box"])


def signature(dataset: Any, original_ids: set[str]) -> Signature:
    kept: dict[str, tuple[str, tuple[float, ...]]] = {}
    new: list[tuple[str, tuple[float, ...]]] = []
    for sample in dataset.select_fields("ground_truth"):
        for det in sample.ground_truth.detections if sample.ground_truth else []:
            entry = (det.label, tuple(round(v, 5) for v in det.bounding_box))
            if det.id in original_ids:
                kept[det.id] = entry
            else:
                new.append(entry)
    return kept, sorted(new)


def lost_labels(got: Signature, want: Signature) -> int:
    """Labels of ``want`` that ``got`` lacks or holds differently."""
    kept = sum(1 for k, v in want[0].items() if got[0].get(k) != v)
    remaining = list(got[1])
    missing = 0
    for entry in want[1]:
        if entry in remaining:
            remaining.remove(entry)
        else:
            missing += 1
    return kept + missing


# --------------------------------------------------------------------------
# Server checks
# --------------------------------------------------------------------------


def _named(cvat: Cvat, prefix: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(``"tasks"``/``"projects"``, object) for each whose name starts with ``prefix``."""
    for kind in ("tasks", "projects"):
        found = cvat.json("GET", f"/api/{kind}", params={"search": prefix, "page_size": 500})
        yield from ((kind, o) for o in found["results"] if o["name"].startswith(prefix))


def server_objects(creds: Creds, prefix: str) -> list[str]:
    """Tasks and projects on the server whose names start with ``prefix``."""
    cvat = Cvat(creds)
    try:
        return [f"{kind[:-1]} {o['id']} '{o['name']}'" for kind, o in _named(cvat, prefix)]
    finally:
        cvat.close()


def sweep(creds: Creds, prefix: str) -> None:
    """Remove whatever a failed check left, so the next run starts clean (uncounted)."""
    cvat = Cvat(creds)
    try:
        for kind, o in list(_named(cvat, prefix)):
            cvat.http.delete(f"/api/{kind}/{o['id']}")
    finally:
        cvat.close()


def remove_run(dataset: Any, key: str, creds: Creds) -> None:
    """The user's way out of a failed run: its results' cleanup(), then the run."""
    if key not in dataset.list_annotation_runs():
        return
    results = dataset.load_annotation_results(key, cache=False, **creds.kwargs)
    if results is not None:
        results.cleanup()
    dataset.delete_annotation_run(key)


# --------------------------------------------------------------------------
# Runs
# --------------------------------------------------------------------------


def round_trip(dataset: Any, creds: Creds, url: str, name: str) -> tuple[bool, str]:
    """annotate -> edits -> load through ``url``; returns (finished, what happened)."""
    key = "faults"
    kwargs = {**creds.kwargs, "url": url}
    try:
        dataset.annotate(
            key,
            backend="fiftyone_cvat",
            label_field="ground_truth",
            task_size=TASK_SIZE,
            segment_size=SEGMENT_SIZE,
            task_name=name,
            project_name=name,
            request_timeout=REQUEST_TIMEOUT,
            **kwargs,
        )
        results = dataset.load_annotation_results(key)
        job_ids = [j for t in results.task_ids for j in sorted(results.job_ids.get(t) or [])]
        annotator_edits(creds, job_ids)
        dataset.load_annotations(key, **kwargs)
        return True, f"{len(results.task_ids)} tasks, {len(job_ids)} jobs"
    except Exception as exc:
        return False, f"{type(exc).__name__}: {str(exc)[:160]}"


def fault_runs(args: argparse.Namespace, creds: Creds, dataset: Any, stamp: str) -> list[Outcome]:
    original = snapshot(dataset)
    original_ids = {i for i, _, _ in _boxes(original)}
    outcomes: list[Outcome] = []

    # The clean run every faulted run must equal.
    prefix = f"fault-{stamp}-clean"
    finished, detail = round_trip(dataset, creds, creds.url, prefix)
    if not finished:
        raise SystemExit(f"the clean run failed: {detail}")
    reference = signature(dataset, original_ids)
    remove_run(dataset, "faults", creds)
    print(f"clean run: {detail}; {len(reference[0])} kept, {len(reference[1])} new labels")

    for m, mix in enumerate(MIXES):
        for i in range(args.runs):
            restore(dataset, original)
            prefix = f"fault-{stamp}-m{m}r{i}"
            start = time.perf_counter()
            seed = 1 + 97 * m + 13 * i
            with FaultProxy(creds.url, mix, seed) as proxy, counting_retries() as rc:
                finished, detail = round_trip(dataset, creds, proxy.url, prefix)
            out = Outcome(mix.name, i, finished, detail, proxy.stats.injected, rc.count)
            if finished:
                out.labels_lost = lost_labels(signature(dataset, original_ids), reference)
            else:
                # a failed run changes nothing in the dataset
                out.labels_lost = lost_labels(
                    signature(dataset, original_ids), _signature_of(original)
                )
            remove_run(dataset, "faults", creds)
            out.left = server_objects(creds, prefix)
            out.seconds = time.perf_counter() - start
            faults = ", ".join(f"{k} {v}" for k, v in sorted(proxy.stats.faults.items()))
            print(
                f"{mix.name:>11} run {i + 1}: {'finished' if finished else 'FAILED  '} "
                f"{out.seconds:5.1f} s, {proxy.stats.requests} requests, faults: {faults or '-'}, "
                f"retries {rc.count}, lost {out.labels_lost}, left {len(out.left)} -- {detail}"
            )
            sweep(creds, prefix)
            outcomes.append(out)
    restore(dataset, original)
    return outcomes


def _signature_of(labels: dict[str, dict[str, Any]]) -> Signature:
    return {i: (label, box) for i, label, box in _boxes(labels)}, []


def killed_client(creds: Creds, dataset: Any, stamp: str, run: int) -> Outcome:
    """SIGKILL a child process in the middle of annotate(); find and remove what it made."""
    import fiftyone_cvat

    prefix = f"fault-{stamp}-killed{run}"
    key = "killed"
    original = snapshot(dataset)
    cmd = [sys.executable, __file__, "--child-annotate", dataset.name, "--child-name", prefix]
    child = subprocess.Popen(cmd, env=os.environ.copy())
    start = time.perf_counter()
    made: list[str] = []
    while time.perf_counter() - start < 120 and child.poll() is None:
        made = [o for o in server_objects(creds, prefix) if o.startswith("task")]
        if len(made) >= 2:  # mid-run: tasks exist, others are still to come
            break
        time.sleep(0.2)
    child.send_signal(signal.SIGKILL)
    child.wait()
    on_server = server_objects(creds, prefix)
    dataset.reload()
    found = fiftyone_cvat.leftovers(dataset, key)
    listed = {f"task {t}" for t in found.tasks} | {f"project {p}" for p in found.projects}
    unlisted = [o for o in on_server if " ".join(o.split()[:2]) not in listed]
    removed = fiftyone_cvat.remove_leftovers(dataset, key)
    left = server_objects(creds, prefix)
    lost = lost_labels(signature(dataset, set()), signature_from(original))
    detail = (
        f"killed with {len(on_server)} object(s) on the server; leftovers() listed "
        f"{len(found.tasks)} task(s) and {len(found.projects)} project(s)"
        + (f", MISSED {unlisted}" if unlisted else "")
        + f"; remove_leftovers() removed {len(removed.tasks) + len(removed.projects)}"
    )
    print(f"{'killed':>11} run {run + 1}: {detail}; left {len(left)}")
    sweep(creds, prefix)
    out = Outcome("killed client", run, False, detail, 1, 0, lost, left + unlisted)
    out.seconds = time.perf_counter() - start
    return out


def signature_from(labels: dict[str, dict[str, Any]]) -> Signature:
    return {}, sorted((label, box) for _, label, box in _boxes(labels))


def child_annotate(dataset_name: str, name: str) -> int:
    """The process that gets killed: annotate() with one task at a time."""
    import fiftyone as fo

    import fiftyone_cvat

    fo.config.show_progress_bars = False
    fiftyone_cvat.register(name="fiftyone_cvat", also_as_own_name=False)
    creds = Creds.from_env()
    dataset = fo.load_dataset(dataset_name)
    dataset.annotate(
        "killed",
        backend="fiftyone_cvat",
        label_field="ground_truth",
        task_size=25,
        segment_size=25,
        task_name=name,
        project_name=name,
        max_workers=1,
        **creds.kwargs,
    )
    return 0


def media_rejected(creds: Creds, media: Path, stamp: str, run: int) -> Outcome:
    """A JPEG with a valid signature and metadata that CVAT cannot decode."""
    import fiftyone as fo

    prefix = f"fault-{stamp}-badmedia{run}"
    paths = make_media(10, media)
    bad = media / "broken.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + os.urandom(4000))
    samples = [
        fo.Sample(
            filepath=str(p),
            metadata=fo.ImageMetadata(width=WIDTH, height=HEIGHT, num_channels=3),
            ground_truth=fo.Detections(detections=[fo.Detection(label="car", bounding_box=bb)]),
        )
        for p, bb in zip([*paths, bad], [[0.1, 0.1, 0.2, 0.2]] * 11, strict=True)
    ]
    dataset = fo.Dataset(f"{prefix}-{os.getpid()}")
    dataset.add_samples(samples)
    start = time.perf_counter()
    try:
        finished, detail = round_trip(dataset, creds, creds.url, prefix)
        remove_run(dataset, "faults", creds)
        left = server_objects(creds, prefix)
        lost = sum(1 for s in dataset if len(s.ground_truth.detections) != 1)
    finally:
        dataset.delete()
    print(f"{'bad media':>11} run {run + 1}: {'finished' if finished else 'FAILED'} -- {detail}")
    sweep(creds, prefix)
    out = Outcome("media rejected", run, finished, detail, 1, 0, lost, left)
    out.seconds = time.perf_counter() - start
    if finished:
        out.left.append("CVAT accepted the broken file: the scenario did not happen")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per fault mix")
    parser.add_argument("--per-run", action="store_true", help="also print a row per run")
    parser.add_argument("--images", type=int, default=200)
    parser.add_argument("--child-annotate", help=argparse.SUPPRESS)
    parser.add_argument("--child-name", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_annotate:
        return child_annotate(args.child_annotate, args.child_name)

    creds = Creds.from_env()
    stamp = time.strftime("%H%M%S")
    logging.basicConfig(level=logging.WARNING, format="      %(name)s: %(message)s")
    with (
        tempfile.TemporaryDirectory(prefix="bench-faults-", ignore_cleanup_errors=True) as tmp,
        private_database(str(Path(tmp) / "db")),
    ):
        os.environ.setdefault("FIFTYONE_DO_NOT_TRACK", "true")
        import fiftyone as fo

        import fiftyone_cvat

        fo.config.show_progress_bars = False
        fiftyone_cvat.register(name="fiftyone_cvat", also_as_own_name=False)
        media = Path(tmp) / "media"
        media.mkdir()
        dataset = make_dataset(f"bench-faults-{stamp}", args.images, media)
        outcomes: list[Outcome] = []
        try:
            outcomes += fault_runs(args, creds, dataset, stamp)
            for run in range(args.runs):
                outcomes.append(killed_client(creds, dataset, stamp, run))
            for run in range(args.runs):
                outcomes.append(media_rejected(creds, media, stamp, run))
        except Exception:
            traceback.print_exc()
            return 1
        finally:
            dataset.delete()
            sweep(creds, f"fault-{stamp}")
    report(outcomes, per_run=args.per_run)
    lost = sum(o.labels_lost for o in outcomes)
    left = sum(len(o.left) for o in outcomes)
    print(
        f"faults: {len(outcomes)} runs, {sum(o.faults for o in outcomes)} faults injected, "
        f"{sum(o.retries for o in outcomes)} retries, {lost} labels lost, {left} tasks left"
    )
    short = unfinished_mixes(outcomes)
    for mix, rate in short:
        print(f"{mix}: {rate:.0%} of runs finished, below {FINISH_TARGET:.0%}", file=sys.stderr)
    return 0 if lost == 0 and left == 0 and not short else 1


FINISH_TARGET = 0.95
"""Share of the runs of each proxy mix that must finish (not just fail cleanly)."""


def unfinished_mixes(outcomes: list[Outcome]) -> list[tuple[str, float]]:
    """Proxy mixes whose finish rate is below the target (the killed client and the
    rejected media cannot finish: they must fail cleanly)."""
    short = []
    for mix in (m.name for m in MIXES):
        runs = [o for o in outcomes if o.mix == mix]
        rate = sum(o.finished for o in runs) / len(runs) if runs else 1.0
        if rate < FINISH_TARGET:
            short.append((mix, rate))
    return short


def report(outcomes: list[Outcome], per_run: bool = False) -> None:
    """One row per mix: a figure from one lucky run is not a property of the code."""
    print(
        "\n| fault mix | runs | finished | s, median (min-max) | faults | retries "
        "| labels lost, worst run / all | left, worst run / all |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    mixes = list(dict.fromkeys(o.mix for o in outcomes))
    for mix in mixes:
        runs = [o for o in outcomes if o.mix == mix]
        seconds = [o.seconds for o in runs]
        spread = f"{statistics.median(seconds):.1f} ({min(seconds):.1f}-{max(seconds):.1f})"
        lost = [o.labels_lost for o in runs]
        left = [len(o.left) for o in runs]
        finished = sum(o.finished for o in runs)
        print(
            f"| {mix} | {len(runs)} | {finished} ({finished / len(runs):.0%}) | {spread} "
            f"| {sum(o.faults for o in runs)} | {sum(o.retries for o in runs)} "
            f"| {max(lost)} / {sum(lost)} | {max(left)} / {sum(left)} |"
        )
    if per_run:
        print("\n| fault mix | run | outcome | s | faults | retries | labels lost | left |")
        print("|---|---:|---|---:|---:|---:|---:|---:|")
        for o in outcomes:
            outcome = "finished" if o.finished else "failed, cleaned up"
            print(
                f"| {o.mix} | {o.run + 1} | {outcome} | {o.seconds:.1f} | {o.faults} "
                f"| {o.retries} | {o.labels_lost} | {len(o.left)} |"
            )
    for o in outcomes:
        for item in o.left:
            print(f"LEFT {o.mix} run {o.run + 1}: {item}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
