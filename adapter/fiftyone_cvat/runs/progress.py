"""What ``annotate()`` shows while it works: tasks created, bytes of each upload, and
how far CVAT is in reading a task's media from a bucket.

A multi-GB video spends minutes in its media upload, during which a task counter
shows nothing; each task's upload gets its own byte bar under the task bar, on
the slot of the worker running it. All bars are tqdm's (FiftyOne depends on it),
so they share one stream, and ``fo.config.show_progress_bars`` switches them off.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from queue import SimpleQueue
from types import TracebackType

import fiftyone as fo
from tqdm import tqdm

from fiftyone_cvat.cvat.upload import UploadProgress


class RunProgress:
    """A task bar (line 0) and one byte bar per running upload (lines 1..workers)."""

    def __init__(self, total_tasks: int, workers: int, *, enabled: bool | None = None) -> None:
        self.enabled = bool(fo.config.show_progress_bars) if enabled is None else enabled
        self._tasks = tqdm(
            total=total_tasks,
            desc="CVAT tasks",
            unit="task",
            position=0,
            file=sys.stderr,
            disable=not self.enabled,
        )
        self._slots: SimpleQueue[int] = SimpleQueue()
        for slot in range(1, workers + 1):
            self._slots.put(slot)

    def __enter__(self) -> RunProgress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._tasks.close()

    def task_done(self) -> None:
        self._tasks.update()

    @contextmanager
    def upload(self, task_name: str) -> Iterator[UploadProgress]:
        """A callback for ``upload_media(progress=...)`` drawing one task's byte bar."""
        slot = self._slots.get()
        lock = threading.Lock()
        bar = tqdm(
            desc=f"{task_name} media",
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            position=slot,
            leave=False,
            file=sys.stderr,
            disable=not self.enabled,
        )

        def progress(sent: int, total: int) -> None:
            with lock:
                if bar.total != total:
                    bar.reset(total=total)
                bar.update(sent - bar.n)

        try:
            yield progress
        finally:
            bar.close()
            self._slots.put(slot)

    @contextmanager
    def processing(self, task_name: str) -> Iterator[Callable[[float | None], None]]:
        """A callback for ``wait_for_request(progress=...)``: one bar, in percent, while
        CVAT reads a task's media from a bucket (nothing is uploaded to show instead)."""
        slot = self._slots.get()
        bar = tqdm(
            desc=f"{task_name} read by CVAT",
            total=100,
            unit="%",
            position=slot,
            leave=False,
            file=sys.stderr,
            disable=not self.enabled,
        )

        def progress(fraction: float | None) -> None:
            if fraction is not None:
                bar.update(max(0, round(fraction * 100) - bar.n))

        try:
            yield progress
        finally:
            bar.close()
            self._slots.put(slot)
