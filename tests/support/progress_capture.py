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
