"""Helpers for backend scenarios recorded against a real CVAT server.

Recorded request bodies must be identical when replayed, so everything that
reaches CVAT is deterministic: dataset names (task names derive from them),
media file names, and label ids (they travel in the ``label_id`` attribute).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cassette_support as cs
import fiftyone as fo
import numpy as np
from PIL import Image

import fiftyone_cvat

WIDTH, HEIGHT = 64, 48


def fixed_id(n: int) -> str:
    """A deterministic ObjectId string, so uploads replay byte for byte."""
    return f"{n:024x}"


def backend_kwargs(record_mode: str) -> dict[str, Any]:
    """Connection parameters for annotate()/load_annotations() in recorded tests."""
    account = cs.admin_account(record_mode)
    return {
        "url": cs.server_url(record_mode),
        "username": account.username,
        "password": account.password,
    }


def annotate_kwargs(record_mode: str) -> dict[str, Any]:
    return {
        "backend": fiftyone_cvat.BACKEND_NAME,
        "poll_period": 0.5 if cs.is_recording(record_mode) else 0,
        **backend_kwargs(record_mode),
    }


def write_images(directory: Path, n: int, prefix: str = "img") -> list[str]:
    """``n`` small JPEGs with distinct content, named deterministically."""
    paths = []
    for i in range(n):
        path = directory / f"{prefix}{i}.jpg"
        pixels = np.full((HEIGHT, WIDTH, 3), 40 * i % 255, dtype=np.uint8)
        Image.fromarray(pixels).save(path, quality=90)
        paths.append(str(path))
    return paths


def new_dataset(name: str) -> fo.Dataset:
    """A dataset with a fixed name (task names derive from it), replacing a leftover."""
    if fo.dataset_exists(name):
        fo.delete_dataset(name)
    return fo.Dataset(name)


def boxes_dataset(directory: Path, name: str, n: int = 1) -> fo.Dataset:
    """``n`` images, each with a cat and a dog box of fixed ids (``10 * i + 1``, ``+ 2``)
    in ``ground_truth``."""
    dataset = new_dataset(name)
    samples = []
    for i, path in enumerate(write_images(directory, n)):
        boxes = [
            fo.Detection(id=fixed_id(10 * i + 1), label="cat", bounding_box=[0.25, 0.25, 0.5, 0.5]),
            fo.Detection(id=fixed_id(10 * i + 2), label="dog", bounding_box=[0.0, 0.0, 0.25, 0.5]),
        ]
        samples.append(fo.Sample(filepath=path, ground_truth=fo.Detections(detections=boxes)))
    dataset.add_samples(samples)
    return dataset


def registered() -> Iterator[None]:
    saved = {k: dict(v) for k, v in fo.annotation_config.backends.items()}
    fiftyone_cvat.register()
    yield
    fo.annotation_config.backends.clear()
    fo.annotation_config.backends.update(saved)


def only_job(results: Any) -> tuple[int, int]:
    """The task and job of a run that has exactly one of each."""
    (task_id,) = results.task_ids
    (job_id,) = results.job_ids[task_id]
    return task_id, job_id


def job_annotations(conn: Any, job_id: int) -> dict[str, Any]:
    result: dict[str, Any] = conn.request_json("GET", f"/api/jobs/{job_id}/annotations/")
    return result


def edit_job(
    conn: Any,
    job_id: int,
    action: str,
    *,
    shapes: list[dict[str, Any]] = (),  # type: ignore[assignment]
    tags: list[dict[str, Any]] = (),  # type: ignore[assignment]
    tracks: list[dict[str, Any]] = (),  # type: ignore[assignment]
) -> None:
    """What CVAT's UI sends when an annotator saves: PATCH ?action=create|update|delete."""
    payload = {"version": 0, "shapes": list(shapes), "tags": list(tags), "tracks": list(tracks)}
    conn.request_json(
        "PATCH", f"/api/jobs/{job_id}/annotations/", params={"action": action}, json=payload
    )


def label_ids_by_name(conn: Any, task_id: int) -> dict[str, int]:
    labels = conn.request_json("GET", "/api/labels", params={"task_id": task_id, "page_size": 100})
    return {lab["name"]: lab["id"] for lab in labels["results"]}


def rectangle(label_id: int, frame: int, points: list[float]) -> dict[str, Any]:
    """A shape as an annotator would draw it in CVAT (no FiftyOne provenance)."""
    return {
        "type": "rectangle",
        "frame": frame,
        "label_id": label_id,
        "points": points,
        "attributes": [],
        "group": 0,
        "occluded": False,
        "z_order": 0,
        "rotation": 0.0,
        "outside": False,
        "source": "manual",
    }


def label_specs(conn: Any, task_id: int) -> dict[str, dict[str, Any]]:
    """``{label name: {"id": label id, "attrs": {attribute name: spec id}}}`` of a task."""
    labels = conn.request_json("GET", "/api/labels", params={"task_id": task_id, "page_size": 100})
    return {
        lab["name"]: {"id": lab["id"], "attrs": {a["name"]: a["id"] for a in lab["attributes"]}}
        for lab in labels["results"]
    }


def tag(label_id: int, frame: int, attributes: dict[int, str] | None = None) -> dict[str, Any]:
    return {
        "frame": frame,
        "label_id": label_id,
        "group": 0,
        "source": "manual",
        "attributes": [{"spec_id": k, "value": v} for k, v in (attributes or {}).items()],
    }


def write_video(path: Path, frames: int) -> str:
    """A tiny MPEG-4 video made with OpenCV (no ffmpeg needed)."""
    import cv2

    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), 5, (WIDTH, HEIGHT))
    for i in range(frames):
        writer.write(np.full((HEIGHT, WIDTH, 3), 20 * i % 255, dtype=np.uint8))
    writer.release()
    return str(path)


def video_sample(path: str, frames: int, **fields: Any) -> fo.Sample:
    """A video sample with metadata set directly, so no ffprobe is needed to replay."""
    metadata = fo.VideoMetadata(
        size_bytes=Path(path).stat().st_size,
        mime_type="video/mp4",
        frame_width=WIDTH,
        frame_height=HEIGHT,
        frame_rate=5.0,
        total_frame_count=frames,
        duration=frames / 5.0,
        encoding_str="mp4v",
    )
    return fo.Sample(filepath=path, metadata=metadata, **fields)


def volvo_track(car: dict[str, Any]) -> dict[str, Any]:
    """A track an annotator draws: keyframes on CVAT frames 0 and 2, outside from 4.

    ``car`` is the label's entry from :func:`label_specs`, with an immutable
    ``make`` attribute (set to "volvo").
    """

    def box(frame: int, x: float, outside: bool = False) -> dict[str, Any]:
        shape = rectangle(car["id"], frame, [x, 8.0, x + 16.0, 24.0])
        for key in ("label_id", "group", "source"):
            shape.pop(key)
        shape["outside"] = outside
        return shape

    return {
        "frame": 0,
        "label_id": car["id"],
        "group": 0,
        "source": "manual",
        "attributes": [{"spec_id": car["attrs"]["make"], "value": "volvo"}],
        "shapes": [box(0, 0.0), box(2, 16.0), box(4, 16.0, outside=True)],
    }
