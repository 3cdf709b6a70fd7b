"""annotate()'s bars: tasks, and the bytes of each task's media upload."""

from __future__ import annotations

import pytest
from progress_capture import RecordingBar

from fiftyone_cvat.runs import progress as run_progress


@pytest.fixture
def bars(progress_bars: type[RecordingBar]) -> type[RecordingBar]:
    return progress_bars


def test_each_upload_counts_its_bytes_on_its_own_line(bars: type[RecordingBar]) -> None:
    with run_progress.RunProgress(2, 2, enabled=True) as p:
        with p.upload("task_a") as a, p.upload("task_b") as b:
            a(1_000, 5_000)
            b(300, 300)
            a(5_000, 5_000)  # cumulative, as upload_media reports it
        p.task_done()
        p.task_done()
    (tasks,) = bars.named("CVAT tasks")
    (bar_a,) = bars.named("task_a media")
    (bar_b,) = bars.named("task_b media")
    assert (bar_a.total, bar_a.n, bar_a.updates) == (5_000, 5_000, [1_000, 4_000])
    assert (bar_b.total, bar_b.n) == (300, 300)
    assert {bar_a.pos, bar_b.pos} == {-1, -2}  # tqdm stores lines 1 and 2 negated
    assert tasks.n == 2


def test_a_finished_uploads_line_is_reused(bars: type[RecordingBar]) -> None:
    with run_progress.RunProgress(3, 1, enabled=True) as p:
        for name in ("t1", "t2"):
            with p.upload(name) as cb:
                cb(10, 10)
    assert [b.pos for b in bars.bars[1:]] == [-1, -1]


def test_show_progress_bars_false_draws_nothing(
    bars: type[RecordingBar], capsys: pytest.CaptureFixture[str]
) -> None:
    with run_progress.RunProgress(1, 1, enabled=False) as p, p.upload("t") as cb:
        cb(10, 10)
    assert all(b.disable for b in bars.bars)
    assert capsys.readouterr().err == ""
