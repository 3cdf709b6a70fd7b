"""Benchmark: the full CVAT round trip with FiftyOne's built-in backend, with ours, and raw.

Against the CVAT server named by ``FIFTYONE_CVAT_URL`` (a loopback address;
credentials from ``FIFTYONE_CVAT_USERNAME``/``FIFTYONE_CVAT_PASSWORD``), for N
generated 320x240 JPEGs with ``--boxes`` ground-truth boxes each, three variants
do the same work:

- ``builtin``: FiftyOne's own ``cvat`` backend;
- ``ours``: the ``fiftyone_cvat`` backend;
- ``floor``: the fewest raw HTTP calls doing the same server work, no FiftyOne
  (login, create task, one multipart upload, poll, list jobs, one PUT per job,
  one GET per job, DELETE) -- the lower bound our backend is measured against.

Each round trip: annotate (upload) -> one simulated annotator edit per job
(move one box, add one box; identical raw httpx calls for every variant, timed
and counted apart) -> load -> cleanup. Each variant runs in a fresh subprocess
so imports, caches and peak memory do not leak between them. Printed: wall
time per phase, HTTP requests sent (counted on the client, at the transport,
so retries count), peak RSS above the variant's starting RSS, the ratios, a
markdown table for the README, and a correctness check per variant (box counts
and moved boxes); a mismatch makes the exit status non-zero.

Not a test: ``python scripts/bench_round_trip.py --sizes 100,1000``.
"""

from __future__ import annotations

import argparse
import contextlib
import http.cookiejar
import ipaddress
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import tracemalloc
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "support"))
from private_mongod import private_database

WIDTH, HEIGHT = 320, 240
CLASSES = ("car", "person", "bike", "dog")
LABEL_ID_ATTR = "label_id"
MOVE_PX = 4.0
NEW_BOX = [2.0, 2.0, 20.0, 20.0]
VARIANTS = ("floor", "ours", "builtin")
PHASES = ("annotate", "edits", "load", "cleanup")
TIMED = ("annotate", "load", "cleanup")
"""Phases that are the variant's own work (the edits are identical for all)."""
ENV = ("FIFTYONE_CVAT_URL", "FIFTYONE_CVAT_USERNAME", "FIFTYONE_CVAT_PASSWORD")


# --------------------------------------------------------------------------
# Shared data
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Creds:
    url: str
    username: str
    password: str

    @classmethod
    def from_env(cls) -> Creds:
        missing = [name for name in ENV if not os.environ.get(name)]
        if missing:
            raise SystemExit(f"error: set {', '.join(missing)} (the CVAT server to benchmark)")
        url = os.environ["FIFTYONE_CVAT_URL"].rstrip("/")
        _require_loopback(url)
        return cls(url, os.environ["FIFTYONE_CVAT_USERNAME"], os.environ["FIFTYONE_CVAT_PASSWORD"])

    @property
    def kwargs(self) -> dict[str, str]:
        return {"url": self.url, "username": self.username, "password": self.password}


def _require_loopback(url: str) -> None:
    """The benchmark creates and deletes tasks; never aim it at a shared server."""
    host = urlsplit(url).hostname or ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError as exc:
        raise SystemExit(f"error: cannot resolve {host!r}: {exc}") from None
    if not addresses or not all(ipaddress.ip_address(a).is_loopback for a in addresses):
        raise SystemExit(f"error: FIFTYONE_CVAT_URL must be a loopback address, got {host!r}")


def make_boxes(n: int, boxes: int) -> list[list[tuple[str, list[float]]]]:
    """Deterministic ``(class, [x, y, w, h] relative)`` boxes per image, shared by all variants."""
    rng = np.random.default_rng(n * 1000 + boxes)
    out = []
    for _ in range(n):
        wh = rng.uniform(0.05, 0.3, size=(boxes, 2))
        xy = rng.uniform(0.0, 1.0, size=(boxes, 2)) * (1.0 - wh)
        cls = rng.integers(0, len(CLASSES), size=boxes)
        out.append(
            [
                (CLASSES[c], [float(x), float(y), float(w), float(h)])
                for c, (x, y), (w, h) in zip(cls, xy, wh, strict=True)
            ]
        )
    return out


def make_media(n: int, media_dir: Path) -> list[Path]:
    """Small noisy JPEGs (a few kB each), the same bytes on every run."""
    from PIL import Image

    rng = np.random.default_rng(7)
    paths = []
    for i in range(n):
        path = media_dir / f"img_{i:05d}.jpg"
        if not path.exists():
            base = rng.integers(0, 255, size=(3,), dtype=np.uint8)
            noise = rng.integers(0, 40, size=(HEIGHT, WIDTH, 3), dtype=np.uint8)
            Image.fromarray(base + noise).save(path, quality=85)
        paths.append(path)
    return paths


# --------------------------------------------------------------------------
# Measurement: request counting and memory
# --------------------------------------------------------------------------


class Meter:
    """Counts CVAT-bound HTTP requests per phase and tracks peak memory.

    Requests are counted where they hit the wire: ``httpx.HTTPTransport`` (ours,
    the floor and the edits) and ``requests``' ``HTTPAdapter`` (the built-in), so a
    retried request counts twice. Only requests to the CVAT host are counted.
    Peak RSS comes from the kernel's high-water mark (reset per phase through
    ``/proc/self/clear_refs``), so no sampling thread disturbs the timings.
    """

    def __init__(self, cvat_url: str, use_tracemalloc: bool) -> None:
        self.netloc = urlsplit(cvat_url).netloc
        self.phase = "setup"
        self.requests: dict[str, int] = {}
        self._lock = threading.Lock()
        self.use_tracemalloc = use_tracemalloc
        self.base_rss = _rss_kb()
        self._patch()

    def _count(self, netloc: str) -> None:
        if netloc == self.netloc:
            with self._lock:
                self.requests[self.phase] = self.requests.get(self.phase, 0) + 1

    def _patch(self) -> None:
        meter = self
        handle = httpx.HTTPTransport.handle_request

        def counted_handle(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
            meter._count(request.url.netloc.decode())
            return handle(self, request)

        httpx.HTTPTransport.handle_request = counted_handle  # type: ignore[method-assign,unused-ignore]
        try:
            import requests.adapters
        except ImportError:  # pragma: no cover - requests comes with FiftyOne
            return
        send = requests.adapters.HTTPAdapter.send

        def counted_send(self: Any, request: Any, *args: Any, **kwargs: Any) -> Any:
            meter._count(urlsplit(request.url).netloc)
            return send(self, request, *args, **kwargs)

        requests.adapters.HTTPAdapter.send = counted_send  # type: ignore[method-assign,unused-ignore]

    @contextmanager
    def measure(self, phase: str, into: dict[str, PhaseResult]) -> Iterator[None]:
        """Time one phase; record its requests, peak RSS and (optionally) Python-heap peak."""
        self.phase = phase
        _reset_hwm()
        if self.use_tracemalloc:
            tracemalloc.start()
        start = time.perf_counter()
        try:
            yield
        finally:
            seconds = time.perf_counter() - start
            heap = 0.0
            if self.use_tracemalloc:
                heap = tracemalloc.get_traced_memory()[1] / 2**20
                tracemalloc.stop()
            into[phase] = PhaseResult(
                seconds=seconds,
                requests=self.requests.get(phase, 0),
                peak_mb=max(0.0, (_hwm_kb() - self.base_rss) / 1024),
                heap_mb=heap,
            )
            self.phase = "setup"


def _rss_kb() -> int:
    return _status_kb("VmRSS")


def _hwm_kb() -> int:
    return _status_kb("VmHWM")


def _status_kb(key: str) -> int:
    text = Path("/proc/self/status").read_text()
    match = re.search(rf"^{key}:\s+(\d+)", text, re.M)
    return int(match.group(1)) if match else 0


def _reset_hwm() -> None:
    # On kernels without it the peak is per process rather than per phase.
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


# --------------------------------------------------------------------------
# The simulated annotator (identical for every variant)
# --------------------------------------------------------------------------


class Cvat:
    """A minimal token-authenticated httpx client (the floor and the annotator use it)."""

    def __init__(self, creds: Creds, timeout: float = 120.0) -> None:
        # No cookie jar: CVAT's login cookies would turn on Django's CSRF checks.
        cookies = http.cookiejar.CookieJar(
            policy=http.cookiejar.DefaultCookiePolicy(allowed_domains=[])
        )
        self.http = httpx.Client(base_url=creds.url, timeout=timeout, cookies=cookies)
        login = {"username": creds.username, "password": creds.password}
        key = self.json("POST", "/api/auth/login", json=login)["key"]
        self.http.headers["Authorization"] = f"Token {key}"

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.http.request(method, path, **kwargs)
        for _ in range(5):  # CVAT throttles logins (429) when runs follow each other fast
            if response.status_code not in (429, 503) or "Retry-After" not in response.headers:
                break
            time.sleep(min(30.0, float(response.headers["Retry-After"])))
            response = self.http.request(method, path, **kwargs)
        if response.status_code >= 400:
            raise RuntimeError(f"{method} {path} -> {response.status_code}: {response.text[:300]}")
        return response.json() if response.content.strip() else None

    def close(self) -> None:
        self.http.close()


@dataclass
class Edit:
    """One job's edit: which shape moved where (absolute points after the move)."""

    job_id: int
    shape_id: int
    label_id: str | None
    before: list[float]
    after: list[float]


def annotator_edits(creds: Creds, job_ids: Sequence[int]) -> list[Edit]:
    """In every job, move the lowest-id box by 4 px and draw one new box.

    Sent as CVAT's UI saves: ``PATCH ?action=update`` then ``?action=create``.
    """
    cvat = Cvat(creds)
    edits = []
    try:
        for job_id in job_ids:
            path = f"/api/jobs/{job_id}/annotations/"
            shapes = cvat.json("GET", path)["shapes"]
            if not shapes:
                raise RuntimeError(f"job {job_id} has no shapes to edit")
            moved = min(shapes, key=lambda s: s["id"])
            x1, y1, x2, y2 = moved["points"]
            dx = MOVE_PX if x2 + MOVE_PX <= WIDTH else -MOVE_PX
            before = [x1, y1, x2, y2]
            moved["points"] = [x1 + dx, y1, x2 + dx, y2]
            label_id = next(
                (
                    a["value"]
                    for a in moved.get("attributes", [])
                    if re.fullmatch(r"[0-9a-f]{24}", str(a.get("value")))
                ),
                None,
            )
            new = {k: moved[k] for k in ("type", "frame", "label_id", "occluded", "z_order")}
            new.update(points=NEW_BOX, attributes=[], group=0, source="manual")
            for action, shape in (("update", moved), ("create", new)):
                body = {"version": 0, "tags": [], "tracks": [], "shapes": [shape]}
                cvat.json("PATCH", path, params={"action": action}, json=body)
            edits.append(Edit(job_id, moved["id"], label_id, before, moved["points"]))
    finally:
        cvat.close()
    return edits


# --------------------------------------------------------------------------
# Variants (each runs in its own subprocess)
# --------------------------------------------------------------------------


@dataclass
class PhaseResult:
    seconds: float = 0.0
    requests: int = 0
    peak_mb: float = 0.0
    heap_mb: float = 0.0


@dataclass
class RunResult:
    variant: str
    n: int
    phases: dict[str, PhaseResult] = field(default_factory=dict)
    tasks: int = 0
    jobs: int = 0
    problems: list[str] = field(default_factory=list)
    error: str | None = None
    fiftyone_core: float = 0.0  # seconds inside FiftyOne's own schema scan and merge
    repeats: list[RunResult] = field(default_factory=list)  # a median's runs

    @property
    def total(self) -> float:
        return sum(self.phases[p].seconds for p in TIMED if p in self.phases)

    @property
    def requests(self) -> int:
        return sum(self.phases[p].requests for p in TIMED if p in self.phases)

    @property
    def peak_mb(self) -> float:
        return max((p.peak_mb for p in self.phases.values()), default=0.0)

    @property
    def heap_mb(self) -> float:
        return max((p.heap_mb for p in self.phases.values()), default=0.0)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RunResult:
        phases = {k: PhaseResult(**v) for k, v in d.pop("phases").items()}
        d.pop("repeats", None)
        return cls(phases=phases, **d)


@dataclass(frozen=True)
class Params:
    n: int
    boxes: int
    task_size: int
    segment_size: int
    workers: int
    poll_period: float
    ours_poll_period: float | None
    stamp: str
    media: Path

    def task_name(self, variant: str) -> str:
        return f"bench-rt-{self.stamp}-{variant}-{self.n}"


def run_floor(p: Params, creds: Creds, meter: Meter, result: RunResult) -> None:
    """The server floor: the fewest raw calls doing the same work, concurrency as ours."""
    paths = make_media(p.n, p.media)
    boxes = make_boxes(p.n, p.boxes)
    rng = np.random.default_rng(1)
    ids = [[f"{rng.integers(0, 2**63):024x}"[-24:] for _ in img] for img in boxes]
    chunks = [list(range(i, min(i + p.task_size, p.n))) for i in range(0, p.n, p.task_size)]
    task_ids: list[int] = []
    jobs: dict[int, list[dict[str, Any]]] = {}
    cvat: Cvat | None = None

    def create(index: int, frames: list[int]) -> None:
        assert cvat is not None
        labels = [
            {
                "name": c,
                "attributes": [
                    {
                        "name": LABEL_ID_ATTR,
                        "mutable": True,
                        "input_type": "text",
                        "default_value": "",
                        "values": [""],
                    }
                ],
            }
            for c in CLASSES
        ]
        name = f"{p.task_name('floor')}_{index}"
        body = {"name": name, "labels": labels, "segment_size": p.segment_size}
        task_id = cvat.json("POST", "/api/tasks", json=body)["id"]
        task_ids.append(task_id)
        label_list = cvat.json("GET", "/api/labels", params={"task_id": task_id, "page_size": 500})
        label_ids = {lab["name"]: lab["id"] for lab in label_list["results"]}
        spec_ids = {lab["name"]: lab["attributes"][0]["id"] for lab in label_list["results"]}
        form = {
            "image_quality": "75",
            "use_cache": "true",
            "use_zip_chunks": "true",
            "sorting_method": "predefined",
        }
        files = {
            f"client_files[{i}]": (paths[k].name, paths[k].read_bytes())
            for i, k in enumerate(frames)
        }
        rq_id = cvat.json("POST", f"/api/tasks/{task_id}/data/", data=form, files=files)["rq_id"]
        while (state := cvat.json("GET", f"/api/requests/{rq_id}"))["status"] != "finished":
            if state["status"] == "failed":
                raise RuntimeError(f"task {task_id} import failed: {state.get('message')}")
            time.sleep(p.poll_period)
        listed = cvat.json("GET", "/api/jobs", params={"task_id": task_id, "page_size": 500})
        task_jobs = sorted(listed["results"], key=lambda j: j["start_frame"])
        jobs[task_id] = task_jobs
        for job in task_jobs:
            shapes = [
                {
                    "type": "rectangle",
                    "frame": f,
                    "label_id": label_ids[cls],
                    "points": [x * WIDTH, y * HEIGHT, (x + w) * WIDTH, (y + h) * HEIGHT],
                    "occluded": False,
                    "z_order": 0,
                    "group": 0,
                    "source": "manual",
                    "attributes": [{"spec_id": spec_ids[cls], "value": ids[frames[f]][b]}],
                }
                for f in range(job["start_frame"], job["stop_frame"] + 1)
                for b, (cls, (x, y, w, h)) in enumerate(boxes[frames[f]])
            ]
            annotations = {"version": 0, "tags": [], "tracks": [], "shapes": shapes}
            cvat.json("PUT", f"/api/jobs/{job['id']}/annotations/", json=annotations)

    try:
        with meter.measure("annotate", result.phases):
            cvat = Cvat(creds)
            with ThreadPoolExecutor(p.workers) as pool:
                for future in [pool.submit(create, i, c) for i, c in enumerate(chunks)]:
                    future.result()
        job_ids = [j["id"] for t in task_ids for j in sorted(jobs[t], key=lambda j: j["id"])]
        result.tasks, result.jobs = len(task_ids), len(job_ids)
        with meter.measure("edits", result.phases):
            edits = annotator_edits(creds, job_ids)
        with meter.measure("load", result.phases), ThreadPoolExecutor(p.workers) as pool:
            loaded = list(
                pool.map(lambda j: cvat.json("GET", f"/api/jobs/{j}/annotations/"), job_ids)
            )
        with meter.measure("cleanup", result.phases):
            for task_id in list(task_ids):
                cvat.json("DELETE", f"/api/tasks/{task_id}")
                task_ids.remove(task_id)
    finally:
        if cvat is not None:
            cvat.close()
        if task_ids:  # a failure midway: remove what exists, uncounted
            meter.phase = "teardown"
            leftover = Cvat(creds)
            for task_id in task_ids:
                leftover.http.delete(f"/api/tasks/{task_id}")
            leftover.close()
    shapes = {s["id"]: s for job in loaded for s in job["shapes"]}
    _check_count(result, len(shapes), p.n * p.boxes + len(job_ids))
    for edit in edits:
        got = shapes.get(edit.shape_id, {}).get("points")
        if got is None or not np.allclose(got, edit.after, atol=1e-3):
            result.problems.append(f"job {edit.job_id}: moved box has points {got}")


class CoreTimer:
    """Times FiftyOne's own work inside annotate/load, the part no backend can change.

    ``annotate()`` builds the label schema (for an existing field with the default
    ``attributes=True`` it loads every label to infer attributes) before calling
    the backend, and ``load_annotations()`` merges what the backend returns after
    it; both are module functions of ``fiftyone.utils.annotations``, wrapped here.
    """

    NAMES = ("_build_label_schema", "_merge_labels", "_merge_scalars")

    def __init__(self) -> None:
        import fiftyone.utils.annotations as foua

        self.seconds = 0.0
        for name in self.NAMES:
            setattr(foua, name, self._timed(getattr(foua, name)))

    def _timed(self, func: Any) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start

        return timed


def run_fiftyone(p: Params, creds: Creds, meter: Meter, result: RunResult) -> None:
    """``annotate`` -> edits -> ``load_annotations`` -> ``cleanup`` through a FiftyOne backend."""
    import fiftyone as fo

    fo.config.show_progress_bars = False
    # Import each backend's code now, untimed: a one-time per-process cost (large for
    # ours, whose generated client is ~300 modules when bytecode caching is off).
    if result.variant == "ours":
        import fiftyone_cvat
        import fiftyone_cvat.plugin.backend
        import fiftyone_cvat.runs.annotate
        import fiftyone_cvat.runs.load

        fiftyone_cvat.register(name="fiftyone_cvat", also_as_own_name=False)
        backend = "fiftyone_cvat"
        extra: dict[str, Any] = {"max_workers": p.workers}
        if p.ours_poll_period is not None:
            extra["poll_period"] = p.ours_poll_period
    else:
        import fiftyone.utils.cvat

        backend = "cvat"
        extra = {}
        config_cls = fo.annotation_config.backends.get("cvat", {}).get("config_cls", "")
        if not config_cls.startswith("fiftyone.utils.cvat."):
            raise RuntimeError(f"'cvat' is not FiftyOne's built-in backend here: {config_cls}")

    dataset = _make_dataset(p)
    key = f"bench_{result.variant}"
    results = None
    core = CoreTimer()
    try:
        before = _boxes_by_id(dataset)
        with meter.measure("annotate", result.phases):
            dataset.annotate(
                key,
                backend=backend,
                label_field="ground_truth",
                task_size=p.task_size,
                segment_size=p.segment_size,
                task_name=p.task_name(result.variant),
                **creds.kwargs,
                **extra,
            )
        results = dataset.load_annotation_results(key, **creds.kwargs)
        job_ids = [j for t in results.task_ids for j in sorted(results.job_ids.get(t) or [])]
        result.tasks, result.jobs = len(results.task_ids), len(job_ids)
        with meter.measure("edits", result.phases):
            edits = annotator_edits(creds, job_ids)
        with meter.measure("load", result.phases):
            dataset.load_annotations(key, cleanup=False, **creds.kwargs)
        with meter.measure("cleanup", result.phases):
            results = dataset.load_annotation_results(key, **creds.kwargs)
            results.cleanup()
            results = None
            dataset.delete_annotation_run(key)
        result.fiftyone_core = core.seconds
        after = _boxes_by_id(dataset)
        _check_count(result, len(after), p.n * p.boxes + len(job_ids))
        for edit in edits:
            _check_moved(result, edit, before, after)
    finally:
        if results is not None:  # a failure midway: remove the tasks, uncounted
            meter.phase = "teardown"
            try:
                dataset.load_annotation_results(key, **creds.kwargs).cleanup()
            except Exception as exc:
                result.problems.append(f"cleanup after failure failed: {exc}")
        dataset.delete()


def _make_dataset(p: Params) -> Any:
    import fiftyone as fo

    paths = make_media(p.n, p.media)
    samples = [
        fo.Sample(
            filepath=str(path),
            metadata=fo.ImageMetadata(width=WIDTH, height=HEIGHT, num_channels=3),
            ground_truth=fo.Detections(
                detections=[fo.Detection(label=c, bounding_box=bb) for c, bb in image_boxes]
            ),
        )
        for path, image_boxes in zip(paths, make_boxes(p.n, p.boxes), strict=True)
    ]
    dataset = fo.Dataset(f"bench-rt-{p.stamp}-{os.getpid()}")
    dataset.add_samples(samples)
    return dataset


def _boxes_by_id(dataset: Any) -> dict[str, list[float]]:
    ids = dataset.values("ground_truth.detections.id")
    boxes = dataset.values("ground_truth.detections.bounding_box")
    return {
        i: b for a, c in zip(ids, boxes, strict=True) for i, b in zip(a or [], c or [], strict=True)
    }


def _check_count(result: RunResult, got: int, want: int) -> None:
    if got != want:
        result.problems.append(f"{got} boxes after load, expected {want}")


def _check_moved(
    result: RunResult,
    edit: Edit,
    before: dict[str, list[float]],
    after: dict[str, list[float]],
) -> None:
    """The moved box keeps its id, sits exactly where the annotator put it, and moved 4 px."""
    if edit.label_id is None or edit.label_id not in after:
        result.problems.append(f"job {edit.job_id}: moved box {edit.label_id} is gone")
        return
    x1, y1, x2, y2 = edit.after
    want = [x1 / WIDTH, y1 / HEIGHT, (x2 - x1) / WIDTH, (y2 - y1) / HEIGHT]
    got = after[edit.label_id]
    moved_px = (got[0] - before[edit.label_id][0]) * WIDTH
    if not np.allclose(got, want, atol=1e-4) or abs(abs(moved_px) - MOVE_PX) > 1.0:
        result.problems.append(
            f"job {edit.job_id}: box {edit.label_id} is {got}, expected {want} "
            f"(moved {moved_px:.2f} px)"
        )


def child(args: argparse.Namespace) -> int:
    """One variant at one size, in this fresh process; writes a JSON result."""
    creds = Creds.from_env()
    p = Params(
        n=args.child_n,
        boxes=args.boxes,
        task_size=args.task_size,
        segment_size=args.segment_size,
        workers=args.workers,
        poll_period=args.poll_period,
        ours_poll_period=args.ours_poll_period,
        stamp=args.child_stamp,
        media=Path(args.child_media),
    )
    result = RunResult(args.child, p.n)
    # httpx imports httpcore (and h2's large tables) at its first client: a one-time
    # per-process cost paid by the floor and ours alike, imported here, untimed.
    import httpcore  # noqa: F401

    if args.child != "floor":
        import fiftyone  # noqa: F401  (imported before the baseline RSS is taken)
    meter = Meter(creds.url, args.tracemalloc)
    try:
        (run_floor if args.child == "floor" else run_fiftyone)(p, creds, meter, result)
    except Exception as exc:
        result.error = f"{type(exc).__name__}: {exc}"[:500]
        traceback.print_exc()
    Path(args.child_out).write_text(json.dumps(asdict(result)))
    return 0


# --------------------------------------------------------------------------
# Orchestration and report
# --------------------------------------------------------------------------


def run_variant(
    args: argparse.Namespace, variant: str, n: int, stamp: str, media: Path
) -> RunResult:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        cmd = [
            sys.executable,
            __file__,
            *_forwarded(args),
            "--child",
            variant,
            "--child-n",
            str(n),
            "--child-stamp",
            stamp,
            "--child-media",
            str(media),
            "--child-out",
            out.name,
        ]
        env = os.environ | {
            "FIFTYONE_DO_NOT_TRACK": "true",
            "FIFTYONE_DATABASE_VALIDATION": "false",
        }
        proc = subprocess.run(cmd, env=env, check=False)
        text = Path(out.name).read_text()
    if proc.returncode != 0 or not text:
        return RunResult(variant, n, error=f"subprocess exited with {proc.returncode}")
    return RunResult.from_dict(json.loads(text))


def _forwarded(args: argparse.Namespace) -> list[str]:
    out = [
        f"--boxes={args.boxes}",
        f"--task-size={args.task_size}",
        f"--segment-size={args.segment_size}",
        f"--workers={args.workers}",
        f"--poll-period={args.poll_period}",
    ]
    if args.ours_poll_period is not None:
        out.append(f"--ours-poll-period={args.ours_poll_period}")
    if args.tracemalloc:
        out.append("--tracemalloc")
    return out


def median_result(runs: list[RunResult]) -> RunResult:
    """Per-phase median over repeats (errors and problems of any repeat are kept; the
    repeats themselves are kept too, for the spread)."""
    ok = [r for r in runs if r.error is None] or runs
    merged = RunResult(runs[0].variant, runs[0].n, tasks=ok[0].tasks, jobs=ok[0].jobs)
    merged.repeats = list(runs)
    for phase in PHASES:
        got = [r.phases[phase] for r in ok if phase in r.phases]
        if got:
            merged.phases[phase] = PhaseResult(
                seconds=statistics.median(g.seconds for g in got),
                requests=round(statistics.median(g.requests for g in got)),
                peak_mb=max(g.peak_mb for g in got),
                heap_mb=max(g.heap_mb for g in got),
            )
    merged.fiftyone_core = statistics.median(r.fiftyone_core for r in ok)
    merged.problems = [f"{r.variant}@{r.n}: {msg}" for r in runs for msg in r.problems]
    errors = [r.error for r in runs if r.error]
    if errors:  # shown even when another repeat succeeded
        merged.error = f"{len(errors)} of {len(runs)} run(s) failed: {errors[0]}"
    return merged


def spread(values: Sequence[float], fmt: str) -> str:
    """``median (min-max)`` over the repeats; a single run is shown alone."""
    if not values:
        return ""
    med = fmt.format(statistics.median(values))
    if len(values) == 1:
        return med
    return f"{med} ({fmt.format(min(values))}-{fmt.format(max(values))})"


def _ratios(a: RunResult | None, b: RunResult | None, minus_core: bool = False) -> list[float]:
    """``a.total / b.total`` per repeat, pairing repeat i of ``a`` with repeat i of ``b``
    (they ran back to back); with ``minus_core``, FiftyOne's own work is left out of ``a``."""
    if a is None or b is None:
        return []
    pairs = zip(a.repeats or [a], b.repeats or [b], strict=False)
    return [
        (x.total - (x.fiftyone_core if minus_core else 0.0)) / y.total
        for x, y in pairs
        if not x.error and not y.error and y.total
    ]


def _ratio(a: RunResult | None, b: RunResult | None, minus_core: bool = False) -> str:
    return spread(_ratios(a, b, minus_core), "{:.2f}x")


def report(results: dict[tuple[str, int], RunResult], sizes: Sequence[int], heap: bool) -> None:
    head = ["variant", "images", "tasks/jobs", "annotate s", "edits s", "load s", "cleanup s"]
    head += ["total s", "FiftyOne core s", "requests", "peak MB"] + (["heap MB"] if heap else [])
    head += ["ours/floor", "ours/floor w/o core", "builtin/ours"]
    rows = []
    for n in sizes:
        for variant in VARIANTS:
            r = results.get((variant, n))
            if r is None:
                continue
            if r.error and not r.phases:
                rows.append([variant, str(n), f"FAILED: {r.error}"] + [""] * (len(head) - 3))
                continue
            cell = {ph: f"{r.phases[ph].seconds:.2f}" if ph in r.phases else "-" for ph in PHASES}
            edits = r.phases.get("edits")
            row = [
                variant,
                str(n),
                f"{r.tasks}/{r.jobs}",
                cell["annotate"],
                f"{cell['edits']} ({edits.requests} req)" if edits else "-",
                cell["load"],
                cell["cleanup"],
                spread([x.total for x in r.repeats if not x.error] or [r.total], "{:.2f}")
                + (" FAILED" if r.error else ""),
                f"{r.fiftyone_core:.2f}" if variant != "floor" else "",
                str(r.requests),
                f"{r.peak_mb:.0f}",
            ]
            if heap:
                row.append(f"{r.heap_mb:.0f}")
            floor = results.get(("floor", n))
            row.append(_ratio(r, floor) if variant == "ours" else "")
            row.append(_ratio(r, floor, minus_core=True) if variant == "ours" else "")
            row.append(_ratio(r, results.get(("ours", n))) if variant == "builtin" else "")
            rows.append(row)
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(head)]
    print()
    print("  ".join(h.rjust(w) for h, w in zip(head, widths, strict=True)))
    for row in rows:
        print("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))
    print("\nMarkdown:\n")
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---:" if i > 0 else "---" for i in range(len(head))) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(
        "\nphases: median of the repeats; total and ratios: median (min-max) over the repeats, "
        "each ratio taken between runs made back to back."
        "\ntotal = annotate + load + cleanup (the edits are the same raw calls for every "
        "variant and are excluded); FiftyOne core = time inside FiftyOne's own label-schema "
        "scan (annotate) and merge (load), which every backend pays; requests = HTTP requests "
        "those phases sent; peak MB = "
        "peak RSS above the variant's RSS before annotate"
        + ("; heap MB = tracemalloc Python-heap peak (timings inflated by tracing)" if heap else "")
        + "."
    )
    for n in sizes:
        ours, floor, builtin = (results.get((v, n)) for v in ("ours", "floor", "builtin"))
        for a, b, label in ((ours, floor, "ours/floor"), (builtin, ours, "builtin/ours")):
            if a and b and not a.error and not b.error:
                parts = [
                    f"{ph} {a.phases[ph].seconds / b.phases[ph].seconds:.2f}x"
                    for ph in TIMED
                    if ph in a.phases and ph in b.phases and b.phases[ph].seconds
                ]
                print(f"{n} images, {label} per phase: " + ", ".join(parts))


def sweep(creds: Creds, stamp: str) -> list[int]:
    """Delete any task this run left behind (found by its name prefix)."""
    cvat = Cvat(creds)
    try:
        found = cvat.json(
            "GET", "/api/tasks", params={"search": f"bench-rt-{stamp}", "page_size": 500}
        )["results"]
        ids = [t["id"] for t in found if t["name"].startswith(f"bench-rt-{stamp}")]
        for task_id in ids:
            cvat.json("DELETE", f"/api/tasks/{task_id}")
        return ids
    finally:
        cvat.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100", help="comma-separated image counts")
    parser.add_argument("--boxes", type=int, default=20, help="boxes per image")
    parser.add_argument("--task-size", type=int, default=250, help="images per task (all)")
    parser.add_argument("--segment-size", type=int, default=50, help="images per job (all)")
    parser.add_argument(
        "--only", action="append", choices=VARIANTS, help="run only this variant (repeatable)"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs per variant; medians shown")
    parser.add_argument(
        "--workers", type=int, default=4, help="concurrency of ours (max_workers) and the floor"
    )
    parser.add_argument(
        "--poll-period", type=float, default=0.1, help="floor's seconds between import polls"
    )
    parser.add_argument(
        "--ours-poll-period", type=float, default=None, help="ours' poll_period (default: its own)"
    )
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also report the Python-heap peak (slower)"
    )
    for hidden in ("--child", "--child-n", "--child-stamp", "--child-media", "--child-out"):
        parser.add_argument(
            hidden, help=argparse.SUPPRESS, type=int if hidden == "--child-n" else str
        )
    args = parser.parse_args()
    if args.child:
        return child(args)

    creds = Creds.from_env()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    variants = [v for v in VARIANTS if not args.only or v in args.only]
    stamp = time.strftime("%H%M%S")
    results: dict[tuple[str, int], RunResult] = {}
    with (
        contextlib.ExitStack() as stack,
        tempfile.TemporaryDirectory(prefix="bench-rt-", ignore_cleanup_errors=True) as tmp,
    ):
        media = Path(tmp) / "media"
        media.mkdir()
        if set(variants) - {"floor"}:
            # One private database for every child: a mongod per child is slow, and
            # FiftyOne's own service would share one with any other FiftyOne process.
            stack.enter_context(private_database(str(Path(tmp) / "db")))
        make_media(max(sizes), media)
        try:
            for n in sizes:
                runs: dict[str, list[RunResult]] = {v: [] for v in variants}
                for i in range(args.repeat):
                    for variant in variants:
                        print(f"--- {variant}, {n} images, run {i + 1}/{args.repeat}", flush=True)
                        run = run_variant(args, variant, n, stamp, media)
                        runs[variant].append(run)
                        status = run.error or ("; ".join(run.problems) or "ok")
                        print(f"    {run.total:.2f} s, {run.requests} requests: {status}")
                for variant in variants:
                    results[(variant, n)] = median_result(runs[variant])
        finally:
            left = sweep(creds, stamp)
            if left:
                print(f"WARNING: deleted {len(left)} task(s) left behind: {left}", file=sys.stderr)
    report(results, sizes, args.tracemalloc)

    failed = False
    for (variant, n), r in results.items():
        for problem in r.problems:
            print(f"MISMATCH {problem}", file=sys.stderr)
            failed = True
        if r.error:
            print(f"ERROR {variant}@{n}: {r.error}", file=sys.stderr)
            failed = failed or variant != "builtin"  # the built-in's failures are reported only
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
