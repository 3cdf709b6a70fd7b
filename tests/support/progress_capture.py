"""A tqdm that remembers what it was told, to check the bars a run draws."""

from __future__ import annotations

from typing import Any, ClassVar

from tqdm import tqdm


class RecordingBar(tqdm):  # type: ignore[misc]
    bars: ClassVar[list[RecordingBar]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.updates: list[int] = []
        RecordingBar.bars.append(self)

    def update(self, n: float | None = 1) -> bool | None:
        self.updates.append(int(n or 0))
        return super().update(n)

    @classmethod
    def named(cls, suffix: str) -> list[RecordingBar]:
        return [b for b in cls.bars if str(b.desc).endswith(suffix)]


class RecordingProgress:
    """A ``ProgressReporter`` that remembers what it was told, in order."""

    def __init__(self) -> None:
        self.events: list[tuple[str, float | None]] = []

    def start(self, total: float | None) -> None:
        self.events.append(("start", total))

    def report(self, done: float) -> None:
        self.events.append(("report", done))

    def advance(self, delta: float) -> None:
        self.events.append(("advance", delta))

    def finish(self) -> None:
        self.events.append(("finish", None))

    def of(self, kind: str) -> list[float | None]:
        return [value for event, value in self.events if event == kind]
