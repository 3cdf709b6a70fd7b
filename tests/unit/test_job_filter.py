"""Partial loads: the filter, and which jobs and samples a filtered load touches."""

from __future__ import annotations

import pytest

from fiftyone_cvat.domain.loading.job_filter import JobFilter, JobProgress, plan_partial_load


def job(job_id: int, start: int, stop: int, stage: str, state: str = "new") -> JobProgress:
    return JobProgress(job_id, start, stop, stage, state)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"job_stages": "review"}, r"job_stages='review': use one or more of \['acceptance'"),
        ({"job_states": ["done"]}, r"job_states=\['done'\]: use one or more of \['completed'"),
        ({"job_stages": []}, r"job_stages=\[\]"),
    ],
)
def test_unknown_stage_or_state_is_refused_with_the_valid_ones(
    kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        JobFilter.from_args(**kwargs)  # type: ignore[arg-type]


def test_a_string_or_a_list_and_both_must_match() -> None:
    wanted = JobFilter.from_args("acceptance", ["completed", "rejected"])
    assert wanted.matches(job(1, 0, 0, "acceptance", "completed"))
    assert not wanted.matches(job(1, 0, 0, "acceptance", "new"))
    assert not wanted.matches(job(1, 0, 0, "annotation", "completed"))
    assert JobFilter().everything and not wanted.everything
    assert str(wanted) == "job_stages=['acceptance'], job_states=['completed', 'rejected']"


def test_images_load_only_the_matching_jobs_samples() -> None:
    frames = {4: ["a", "b", "c", "d"], 5: ["e", "f"]}
    jobs = {
        4: [job(10, 0, 1, "acceptance"), job(11, 2, 3, "annotation")],
        5: [job(12, 0, 1, "validation")],
    }
    partial = plan_partial_load(frames, jobs, JobFilter.from_args("acceptance"))
    assert partial.job_ids == {4: [10], 5: []}
    assert partial.untouched == {"c", "d", "e", "f"}
    assert partial.matched == 1


def test_a_video_with_one_matching_job_is_loaded_whole() -> None:
    frames = {7: ["v"] * 6 + ["w"] * 4}
    jobs = {7: [job(1, 0, 2, "acceptance"), job(2, 3, 5, "annotation"), job(3, 6, 9, "validation")]}
    partial = plan_partial_load(frames, jobs, JobFilter.from_args("acceptance"))
    assert partial.job_ids == {7: [1, 2]}  # all of video v's frames, none of w's
    assert partial.untouched == {"w"}
