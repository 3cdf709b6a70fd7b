"""One progress protocol: annotate()'s bars (tasks, and the bytes of each task's media
upload) and the null reporter every long piece of work defaults to."""

from __future__ import annotations

import pytest
from progress_capture import RecordingBar, RecordingProgress

from fiftyone_cvat.domain.progress import NULL_PROGRESS, NullProgress, ProgressReporter
from fiftyone_cvat.runs import progress as run_progress


@pytest.fixture
def bars(progress_bars: type[RecordingBar]) -> type[RecordingBar]:
    return progress_bars


def test_each_upload_counts_its_bytes_on_its_own_line(bars: type[RecordingBar]) -> None:
    with run_progress.RunProgress(2, 2, enabled=True) as p:
        with p.upload("task_a") as a, p.upload("task_b") as b:
            a.start(5_000)
            b.start(300)
            a.report(1_000)
            b.report(300)
            a.report(5_000)  # cumulative, as upload_media reports it
            a.finish()
            b.finish()
        p.task_done()
        p.task_done()
    (tasks,) = bars.named("CVAT tasks")
    (bar_a,) = bars.named("task_a media")
    (bar_b,) = bars.named("task_b media")
    assert (bar_a.total, bar_a.n, bar_a.updates) == (5_000, 5_000, [1_000, 4_000])
    assert (bar_b.total, bar_b.n) == (300, 300)
    assert {bar_a.pos, bar_b.pos} == {-1, -2}  # tqdm stores lines 1 and 2 negated
    assert tasks.n == 2


def test_a_bar_also_advances_by_deltas(bars: type[RecordingBar]) -> None:
    with run_progress.RunProgress(1, 1, enabled=True) as p, p.upload("t") as bar:
        bar.start(None)
        bar.advance(3)
        bar.advance(4)
    (drawn,) = bars.named("t media")
    assert (drawn.total, drawn.n) == (None, 7)


def test_a_finished_uploads_line_is_reused(bars: type[RecordingBar]) -> None:
    with run_progress.RunProgress(3, 1, enabled=True) as p:
        for name in ("t1", "t2"):
            with p.upload(name) as bar:
                bar.start(10)
                bar.report(10)
    assert [b.pos for b in bars.bars[1:]] == [-1, -1]


def test_show_progress_bars_false_draws_nothing(
    bars: type[RecordingBar], capsys: pytest.CaptureFixture[str]
) -> None:
    with run_progress.RunProgress(1, 1, enabled=False) as p, p.upload("t") as bar:
        bar.start(10)
        bar.report(10)
    assert all(b.disable for b in bars.bars)
    assert capsys.readouterr().err == ""


def test_every_reporter_has_the_protocols_shape() -> None:
    reporters: list[ProgressReporter] = [NULL_PROGRESS, NullProgress(), RecordingProgress()]
    for reporter in reporters:
        reporter.start(2)
        reporter.report(1)
        reporter.advance(1)
        reporter.finish()
    assert isinstance(NULL_PROGRESS, NullProgress)


def test_the_null_reporter_is_every_long_works_default() -> None:
    import inspect

    from fiftyone_cvat.cvat.connection import Connection
    from fiftyone_cvat.cvat.upload import upload_media

    for function in (upload_media, Connection.download, Connection.wait_for_request):
        assert inspect.signature(function).parameters["progress"].default is NULL_PROGRESS
