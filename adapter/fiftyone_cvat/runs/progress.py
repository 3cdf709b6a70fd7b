"""What ``annotate()`` shows while it works: tasks created, bytes of each upload, and
how far CVAT is in reading a task's media from a bucket (or its share).

A multi-GB video spends minutes in its media upload, during which a task counter
shows nothing; each task's upload gets its own byte bar under the task bar, on
the slot of the worker running it. All bars are tqdm's (FiftyOne depends on it),
so they share one stream, and ``fo.config.show_progress_bars`` switches them off.
Each byte bar is a :class:`~fiftyone_cvat.domain.progress.ProgressReporter`, the
one shape the CVAT side reports progress in.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from queue import SimpleQueue
from types import TracebackType

import fiftyone as fo
from tqdm import tqdm

from fiftyone_cvat.domain.progress import ProgressReporter


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
    def upload(self, task_name: str) -> Iterator[ProgressReporter]:
        """The reporter for ``upload_media(progress=...)``: one task's byte bar."""
        with self._bar(
            desc=f"{task_name} media", unit="B", unit_scale=True, unit_divisor=1024
        ) as bar:
            yield _ByteBar(bar)

    @contextmanager
    def processing(self, task_name: str) -> Iterator[ProgressReporter]:
        """The reporter for ``wait_for_request(progress=...)``: one bar, in percent, while
        CVAT reads a task's media itself (nothing is uploaded to show instead)."""
        with self._bar(desc=f"{task_name} read by CVAT", total=100, unit="%") as bar:
            yield _PercentBar(bar)

    @contextmanager
    def _bar(self, **options: object) -> Iterator[tqdm]:
        """A bar on a free worker line under the task bar; the line is freed after."""
        slot = self._slots.get()
        bar = tqdm(position=slot, leave=False, file=sys.stderr, disable=not self.enabled, **options)
        try:
            yield bar
        finally:
            bar.close()
            self._slots.put(slot)


class _PercentBar:
    """A :class:`ProgressReporter` of a 0..1 fraction, drawn as whole percents."""

    def __init__(self, bar: tqdm) -> None:
        self._bar = bar
        self._total = 1.0

    def start(self, total: float | None) -> None:
        self._total = total or 1.0

    def report(self, done: float) -> None:
        self._bar.update(max(0, round(100 * done / self._total) - self._bar.n))

    def advance(self, delta: float) -> None:
        self._bar.update(round(100 * delta / self._total))

    def finish(self) -> None:
        pass


class _ByteBar:
    """A :class:`ProgressReporter` drawing on one tqdm bar (the run closes the bar)."""

    def __init__(self, bar: tqdm) -> None:
        self._bar = bar
        self._lock = threading.Lock()  # an upload reports from its worker threads

    def start(self, total: float | None) -> None:
        with self._lock:
            if self._bar.total != total:
                self._bar.reset(total=total)

    def report(self, done: float) -> None:
        with self._lock:
            self._bar.update(done - self._bar.n)

    def advance(self, delta: float) -> None:
        with self._lock:
            self._bar.update(delta)

    def finish(self) -> None:
        pass
