"""What a run left in CVAT when its process died, found and removed by run key.

Every creation is saved in the run's results before its POST goes out (see
``annotate_run``'s checkpoint), so even after ``kill -9`` in the middle of
``annotate()`` the run key knows its projects and tasks, and the ones whose
answer never arrived are found by name, owner, time and emptiness.
"""

from __future__ import annotations

from fiftyone.core.collections import SampleCollection

from fiftyone_cvat.domain.run_record import Leftovers
from fiftyone_cvat.plugin.results import CVATAnnotationResults


def _results(samples: SampleCollection, anno_key: str) -> CVATAnnotationResults | None:
    if anno_key not in samples.list_annotation_runs():
        raise ValueError(
            f"anno_key: {samples.name!r} has no annotation run {anno_key!r}; "
            f"its runs are {samples.list_annotation_runs()}"
        )
    results = samples.load_annotation_results(anno_key)
    if results is not None and not isinstance(results, CVATAnnotationResults):
        raise ValueError(f"anno_key: run {anno_key!r} was not made by this backend")
    return results


def leftovers(samples: SampleCollection, anno_key: str) -> Leftovers:
    """The tasks and created projects of run ``anno_key`` that exist in CVAT now."""
    results = _results(samples, anno_key)
    return results.leftovers() if results is not None else Leftovers([], [])


def remove_leftovers(samples: SampleCollection, anno_key: str) -> Leftovers:
    """Delete what run ``anno_key`` left in CVAT, then the run itself; returns what was
    there. For a run that died midway (its samples never got their labels back)."""
    results = _results(samples, anno_key)
    found = Leftovers([], [])
    if results is not None:
        found = results.leftovers()
        results.cleanup()
    samples.delete_annotation_run(anno_key)
    return found
