"""Partial loads: which jobs of a run to load, and which samples that leaves untouched.

Teams review in stages; ``load_annotations(anno_key, job_stages="acceptance",
job_states="completed")`` loads only the jobs that match (FiftyOne issue #4142).
Every sample with no frame in a matching job is left exactly as it is (kept out
of FiftyOne's merge, so its labels are not read as deletions) and is merged by a
later load. A video is loaded whole when any of its jobs matches: FiftyOne
merges a video sample with all its frames, so all its jobs are fetched.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs

from cvat_api.models.job_stage import JOB_STAGE_VALUES
from cvat_api.models.operation_status import OPERATION_STATUS_VALUES


@attrs.frozen
class JobProgress:
    """One job of a task: the task frames it covers (inclusive), its stage and state."""

    id: int
    start_frame: int
    stop_frame: int
    stage: str
    state: str


def _values(name: str, given: str | Iterable[str] | None, valid: set[str]) -> frozenset[str] | None:
    if given is None:
        return None
    values = frozenset([given] if isinstance(given, str) else given)
    bad = sorted(v for v in values if v not in valid)
    if bad or not values:
        raise ValueError(
            f"{name}={given!r}: use one or more of {sorted(valid)} (CVAT's job {name[4:-1]}s)"
        )
    return values


@attrs.frozen
class JobFilter:
    """The jobs a load asks for; no stages and no states means every job."""

    stages: frozenset[str] | None = None
    states: frozenset[str] | None = None

    @classmethod
    def from_args(
        cls,
        job_stages: str | Iterable[str] | None = None,
        job_states: str | Iterable[str] | None = None,
    ) -> JobFilter:
        """Checked before any request: a misspelled stage would silently load nothing."""
        return cls(
            _values("job_stages", job_stages, set(JOB_STAGE_VALUES)),
            _values("job_states", job_states, set(OPERATION_STATUS_VALUES)),
        )

    @property
    def everything(self) -> bool:
        return self.stages is None and self.states is None

    def matches(self, job: JobProgress) -> bool:
        return (self.stages is None or job.stage in self.stages) and (
            self.states is None or job.state in self.states
        )

    def __str__(self) -> str:
        parts = [
            f"{name}={sorted(values)}"
            for name, values in (("job_stages", self.stages), ("job_states", self.states))
            if values is not None
        ]
        return ", ".join(parts) or "all jobs"


@attrs.frozen
class PartialLoad:
    """What a filtered load fetches (job ids per task) and the samples it leaves alone."""

    job_ids: dict[int, list[int]]
    untouched: frozenset[str]
    matched: int


def plan_partial_load(
    frames: Mapping[int, Sequence[str]],
    jobs: Mapping[int, Sequence[JobProgress]],
    wanted: JobFilter,
) -> PartialLoad:
    """``frames[task][k]`` is the sample CVAT frame ``k`` shows; ``jobs[task]`` its jobs.

    A sample is loaded when one of its frames lies in a matching job; then every
    job holding one of its frames is fetched (a video's other frames included).
    """
    loaded: set[str] = set()
    matched = 0
    for task_id, task_jobs in jobs.items():
        samples = frames.get(task_id, ())
        for job in task_jobs:
            if wanted.matches(job):
                matched += 1
                loaded.update(samples[job.start_frame : job.stop_frame + 1])
    job_ids: dict[int, list[int]] = {}
    for task_id, task_jobs in jobs.items():
        samples = frames.get(task_id, ())
        job_ids[task_id] = [
            job.id
            for job in task_jobs
            if loaded.intersection(samples[job.start_frame : job.stop_frame + 1])
        ]
    every = {s for task_samples in frames.values() for s in task_samples}
    return PartialLoad(job_ids, frozenset(every - loaded), matched)
