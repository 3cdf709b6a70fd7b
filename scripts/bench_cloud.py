"""Benchmark: ``annotate()`` of N images uploaded, against the same images read by CVAT
from an S3 bucket (moto's server on loopback, attached as a CVAT cloud storage), without
and with a CVAT manifest written from FiftyOne's metadata.

Against the CVAT server named by ``FIFTYONE_CVAT_URL`` (credentials from
``FIFTYONE_CVAT_USERNAME``/``FIFTYONE_CVAT_PASSWORD``). Each run is a fresh
subprocess (peak RSS is its own): a dataset of N 320x240 JPEGs with one box each;
``upload`` has them as local files with metadata, ``cloud`` only as ``s3://`` URLs
in a field, without metadata (CVAT reads every image for its size: the cloud path's
worst case), ``manifest`` as ``s3://`` URLs with metadata and ``cloud_manifest=True``
(one manifest per task written into the bucket with boto3; CVAT reads no image while
creating the tasks); with ``--share-root DIR`` (the CVAT server's share, writable
here), ``share`` has them as ``share://`` URLs without metadata (CVAT reads its own
disk). Measured: annotate wall time, request body bytes the client sent
(to CVAT, plus the manifests' bytes to the bucket), peak RSS; tasks are deleted after
each run, untimed. Variants are interleaved.

Not a test: ``python scripts/bench_cloud.py --sizes 1000,10000 --repeat 3 --task-size 2500``
(needs ``pip install "moto[server]"``).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "support"))
import moto_s3
from private_mongod import private_database

WIDTH, HEIGHT = 320, 240
VARIANTS = ("upload", "cloud", "manifest")
SHARE_VARIANT = "share"
"""With ``--share-root`` (the CVAT server's share, mounted here): ``share://`` URLs."""
SHARE_DIR = "fiftyone-cvat-bench"


def image(i: int) -> bytes:
    from PIL import Image

    rng = np.random.default_rng(i)
    pixels = rng.integers(0, 255, (HEIGHT // 8, WIDTH // 8, 3), dtype=np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels).resize((WIDTH, HEIGHT)).save(out, format="JPEG", quality=85)
    return out.getvalue()


def creds() -> dict[str, Any]:
    return {
        "url": os.environ["FIFTYONE_CVAT_URL"],
        "username": os.environ["FIFTYONE_CVAT_USERNAME"],
        "password": os.environ["FIFTYONE_CVAT_PASSWORD"],
    }


def one_run(
    variant: str, n: int, media_dir: str, bucket: str, task_size: int | None
) -> dict[str, Any]:
    """One annotate() in this process; returns its measurements."""
    import fiftyone as fo
    import httpx

    import fiftyone_cvat

    fo.config.show_progress_bars = False
    fiftyone_cvat.register()
    sent = [0, 0]  # [every request body, job annotation bodies]
    send = httpx.Client.send

    def counting_send(self: httpx.Client, request: httpx.Request, **kwargs: Any) -> Any:
        size = int(request.headers.get("content-length") or 0)
        sent[0] += size
        if request.url.path.rstrip("/").endswith("/annotations"):
            sent[1] += size
        return send(self, request, **kwargs)

    httpx.Client.send = counting_send  # type: ignore[method-assign]
    from fiftyone_cvat.runs import cloud_source

    write = cloud_source.write_manifests

    def counting_write(bucket: Any, storage: Any, manifests: Any, **kwargs: Any) -> None:
        sent[0] += sum(len(m.body) for m in manifests)  # bytes into the bucket
        write(bucket, storage, manifests, **kwargs)

    cloud_source.write_manifests = counting_write  # type: ignore[assignment]
    dataset = fo.Dataset(f"bench-cloud-{variant}-{n}-{os.getpid()}")
    samples = []
    for i in range(n):
        box = fo.Detections(
            detections=[fo.Detection(label="car", bounding_box=[0.1, 0.1, 0.3, 0.3])]
        )
        if variant == "upload":
            meta = fo.ImageMetadata(width=WIDTH, height=HEIGHT, num_channels=3)
            path = f"{media_dir}/im{i}.jpg"
            samples.append(fo.Sample(filepath=path, metadata=meta, gt=box))
        else:
            known = variant == "manifest"
            meta = fo.ImageMetadata(width=WIDTH, height=HEIGHT) if known else None
            url = (
                f"share://{SHARE_DIR}/{n}/im{i}.jpg"
                if variant == SHARE_VARIANT
                else f"s3://{bucket}/bench/{n}/im{i}.jpg"
            )
            samples.append(
                fo.Sample(
                    filepath=f"/nonexistent/im{i}.jpg",
                    s3_path=url,
                    metadata=meta,
                    gt=box,
                )
            )
    dataset.add_samples(samples)
    media_bytes = sum(Path(f"{media_dir}/im{i}.jpg").stat().st_size for i in range(n))
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    extra: dict[str, Any] = {}
    if variant != "upload":
        extra["media_field"] = "s3_path"
    if variant == "manifest":
        extra["cloud_manifest"] = True
    start = time.perf_counter()
    dataset.annotate(
        "bench", backend="cvat", label_field="gt", task_size=task_size, **creds(), **extra
    )
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sent_bytes, label_bytes = sent
    dataset.load_annotation_results("bench", **creds()).cleanup()
    dataset.delete()
    return {
        "variant": variant,
        "n": n,
        "seconds": seconds,
        "sent_bytes": sent_bytes,
        "label_bytes": label_bytes,
        "media_bytes": media_bytes,
        "peak_mb": max(0, peak - rss0) / 1024,
    }


def spread(values: list[float], fmt: str) -> str:
    return f"{statistics.median(values):{fmt}} ({min(values):{fmt}}-{max(values):{fmt}})"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--task-size",
        type=int,
        default=None,
        help="images per task (default: FiftyOne's, one task for the run)",
    )
    parser.add_argument(
        "--share-root",
        help="the CVAT server's share directory, writable here: adds the share variant",
    )
    parser.add_argument("--one", nargs=4, metavar=("VARIANT", "N", "MEDIA_DIR", "BUCKET"))
    args = parser.parse_args()
    if args.one:
        variant, n, media_dir, bucket = args.one
        print(json.dumps(one_run(variant, int(n), media_dir, bucket, args.task_size)))
        return 0

    from fiftyone_cvat.cvat import endpoints
    from fiftyone_cvat.cvat.connection import Connection

    sizes = [int(s) for s in args.sizes.split(",")]
    shared = Path(args.share_root) / SHARE_DIR if args.share_root else None
    variants = (*VARIANTS, SHARE_VARIANT) if shared is not None else VARIANTS
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp, private_database(tmp + "/db"):
        server_iter = moto_s3.serve(True, count=0)
        s3 = next(server_iter)
        conn = Connection.connect(**creds())
        storage = endpoints.create_cloud_storage(conn, s3.storage_body("fiftyone-cvat bench"))
        try:
            media_dir = Path(tmp) / "media"
            media_dir.mkdir()

            for n in sizes:
                if shared is not None:
                    (shared / str(n)).mkdir(parents=True, exist_ok=True)

            def put(i: int) -> None:
                data = image(i)
                (media_dir / f"im{i}.jpg").write_bytes(data)
                for n in sizes:  # a directory per size: the key check lists n keys
                    if i < n:
                        moto_s3._put(f"{s3.endpoint_url}/{s3.bucket}/bench/{n}/im{i}.jpg", data)
                        if shared is not None:
                            (shared / str(n) / f"im{i}.jpg").write_bytes(data)

            with ThreadPoolExecutor(8) as pool:
                list(pool.map(put, range(max(sizes))))
            # boto3's default chain, as a user's: moto takes any key pair
            env = dict(
                os.environ,
                AWS_ACCESS_KEY_ID="bench",
                AWS_SECRET_ACCESS_KEY="bench",
                AWS_EC2_METADATA_DISABLED="true",
            )
            for n in sizes:
                for run in range(args.repeat):
                    for variant in variants:
                        out = subprocess.run(
                            [
                                sys.executable,
                                __file__,
                                "--one",
                                variant,
                                str(n),
                                str(media_dir),
                                s3.bucket,
                                *([f"--task-size={args.task_size}"] if args.task_size else []),
                            ],
                            capture_output=True,
                            text=True,
                            check=True,
                            env=env,
                        )
                        row = json.loads(out.stdout.strip().splitlines()[-1])
                        print(f"run {run + 1}: {row}", flush=True)
                        rows.append(row)
        finally:
            if shared is not None:
                shutil.rmtree(shared, ignore_errors=True)
            endpoints.delete_cloud_storage(conn, storage)
            conn.close()
            next(server_iter, None)
    per_task = f"{args.task_size} images a task" if args.task_size else "one task a run"
    print(f"\n{per_task}, median (min-max) of {args.repeat} run(s)")
    print(
        "| images | variant | annotate s | client sent | of media bytes "
        "| without the labels' PUTs | peak MB |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|")
    for n in sizes:
        for variant in variants:
            runs = [r for r in rows if r["n"] == n and r["variant"] == variant]
            sent_mb = [r["sent_bytes"] / 1e6 for r in runs]
            share = [100 * r["sent_bytes"] / r["media_bytes"] for r in runs]
            rest = [100 * (r["sent_bytes"] - r["label_bytes"]) / r["media_bytes"] for r in runs]
            print(
                f"| {n:,} | {variant} | {spread([r['seconds'] for r in runs], '.2f')} | "
                f"{spread(sent_mb, '.2f')} MB | {spread(share, '.1f')}% | "
                f"{spread(rest, '.2f')}% | "
                f"{spread([r['peak_mb'] for r in runs], '.0f')} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
