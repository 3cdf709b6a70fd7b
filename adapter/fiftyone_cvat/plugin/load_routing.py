"""What the running ``load_annotations()`` was asked to do, handed to this backend.

FiftyOne calls a backend's ``download_annotations(results)`` without the
caller's ``dest_field`` and ``unexpected``, and builds the return value of
``unexpected="return"`` itself. Both matter here: untouched samples may be
kept out of the merge only without ``dest_field``, and labels of classes an
annotator added in CVAT follow ``unexpected`` (kept, returned, ignored or
asked about). :func:`install` wraps ``fiftyone.utils.annotations.load_annotations``
once: each call publishes a :class:`LoadCall` for the backend to read, and
adds what the backend set aside to the dict the call returns. Other backends
see no difference.

A call that started before the wrapper existed (FiftyOne imports this backend
in the middle of its first ``load_annotations()``) is found on the stack
instead; labels it should return are then kept, with a warning.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import Iterator
from typing import Any

import fiftyone.utils.annotations as foua
from fiftyone.core.collections import SampleCollection

from fiftyone_cvat._fiftyone_compat import running_load_annotations
from fiftyone_cvat.domain.conversion.records import deep_merge
from fiftyone_cvat.domain.job_filter import JobFilter
from fiftyone_cvat.domain.load_call import LoadCall

_MARK = "_fiftyone_cvat_route"


_CURRENT: contextvars.ContextVar[LoadCall | None] = contextvars.ContextVar(
    "fiftyone_cvat_load_call", default=None
)


def install() -> None:
    """Wrap ``foua.load_annotations`` once (idempotent)."""
    if getattr(foua.load_annotations, _MARK, False):
        return
    builtin = foua.load_annotations

    @functools.wraps(builtin)
    def load_annotations(
        samples: SampleCollection,
        anno_key: str,
        dest_field: object = None,
        unexpected: object = "prompt",
        cleanup: bool = False,
        progress: object = None,
        **kwargs: Any,
    ) -> Any:
        jobs = _job_filter(samples, anno_key, kwargs, cleanup)
        with calling(
            dest_field=dest_field, unexpected=unexpected, cleanup=cleanup, jobs=jobs
        ) as call:
            out = builtin(
                samples,
                anno_key,
                dest_field=dest_field,
                unexpected=unexpected,
                cleanup=cleanup,
                progress=progress,
                **kwargs,
            )
        if not call.returned:
            return out
        merged = dict(out or {})
        for field_name, by_type in call.returned.items():
            deep_merge(merged.setdefault(field_name, {}), by_type)
        return merged

    setattr(load_annotations, _MARK, True)
    foua.load_annotations = load_annotations


_JOB_ARGS = ("job_stages", "job_states")


def _job_filter(
    samples: SampleCollection, anno_key: str, kwargs: dict[str, Any], cleanup: bool
) -> JobFilter:
    """Take this backend's job filter out of the call's keywords (FiftyOne would hand
    them to the run config as credentials), checked before any request."""
    if not any(name in kwargs for name in _JOB_ARGS) or not _is_ours(samples, anno_key):
        return JobFilter()
    jobs = JobFilter.from_args(*(kwargs.pop(name, None) for name in _JOB_ARGS))
    if cleanup and not jobs.everything:
        raise ValueError(
            f"cleanup=True with {jobs}: cleanup deletes every task of the run, including "
            "the jobs this load skips; load them first, or drop job_stages/job_states"
        )
    return jobs


def _is_ours(samples: SampleCollection, anno_key: str) -> bool:
    try:
        config = samples.get_annotation_info(anno_key).config
    except Exception:  # unknown key: FiftyOne's own call raises the clear error
        return False
    return type(config).__module__.startswith("fiftyone_cvat.")


@contextlib.contextmanager
def calling(
    dest_field: object = None,
    unexpected: object = "prompt",
    cleanup: bool = False,
    jobs: JobFilter | None = None,
) -> Iterator[LoadCall]:
    """Publish one ``load_annotations()`` call's arguments while it runs."""
    call = LoadCall(
        dest_field=dest_field, unexpected=unexpected, cleanup=cleanup, jobs=jobs or JobFilter()
    )
    token = _CURRENT.set(call)
    try:
        yield call
    finally:
        _CURRENT.reset(token)


def current() -> LoadCall | None:
    """The running ``load_annotations()`` call, or None outside of one."""
    call = _CURRENT.get()
    if call is not None:
        return call
    frame_locals = running_load_annotations()
    if frame_locals is None:
        return None
    extra = frame_locals.get("kwargs") or {}
    return LoadCall(
        dest_field=frame_locals.get("dest_field"),
        unexpected=frame_locals.get("unexpected", "prompt"),
        cleanup=bool(frame_locals.get("cleanup", False)),
        jobs=JobFilter.from_args(*(extra.get(name) for name in _JOB_ARGS)),
        can_return=False,
    )
