"""One progress protocol for every long piece of work, with a null default (cvat-sdk's shape).

Work that takes long (a media upload, a download, a server-side request) takes a
:class:`ProgressReporter` and tells it the total, then how far it is; callers that
show nothing pass nothing and get :data:`NULL_PROGRESS`. What draws the bars
(``runs/progress.py``, tqdm) is one implementation among others, so the CVAT side
never knows how progress is shown.
"""

from __future__ import annotations

from typing import Protocol


class ProgressReporter(Protocol):
    """How far one piece of work is: ``start`` it, then ``report`` the amount done so
    far or ``advance`` it by some amount, and ``finish`` it. Reporters may be called
    from worker threads; one piece of work reports from one thread at a time."""

    def start(self, total: float | None) -> None:
        """The work begins; ``total`` is its size (bytes, items, 1.0), None when unknown."""

    def report(self, done: float) -> None:
        """``done`` of the total is finished (cumulative)."""

    def advance(self, delta: float) -> None:
        """``delta`` more is finished."""

    def finish(self) -> None:
        """The work is over (finished or not)."""


class NullProgress:
    """The reporter that shows nothing: the default wherever progress can be reported."""

    def start(self, total: float | None) -> None:
        pass

    def report(self, done: float) -> None:
        pass

    def advance(self, delta: float) -> None:
        pass

    def finish(self) -> None:
        pass


NULL_PROGRESS: ProgressReporter = NullProgress()
