"""Every patch this package makes to FiftyOne's functions, and why each exists.

Installed once, by :func:`install`, from one entry point: importing
:mod:`fiftyone_cvat.plugin` (``register()`` does, and so does FiftyOne when an
annotation config or a saved run names this package's config class: a
config-file user never calls ``register()``).

1. ``fiftyone.utils.annotations.load_annotations``. FiftyOne calls a backend's
   ``download_annotations(results)`` inside that function, in the caller's thread,
   without the call's ``dest_field``, ``unexpected`` and ``cleanup``, and builds
   ``unexpected="return"``'s return value itself. The wrapper publishes the call
   (:class:`LoadCall`) for the backend to read while it runs (:func:`current`),
   takes this backend's ``job_stages``/``job_states`` out of the keywords (FiftyOne
   would hand them to the run config as credentials) and adds the labels the
   backend set aside to the dict the call returns. Other backends see no change.
   The call's arguments are bound to FiftyOne's own signature, whatever its
   version, so positional and keyword arguments alike reach the load, and
   FiftyOne's function gets the same arguments (less the job filter).
   The load's id map and labels reach FiftyOne through
   ``CVATAnnotationResults.hand_over``, not through this wrapper.
2. ``fiftyone.utils.cvat.import_annotations``. The CVAT docs import existing tasks
   with it; it drives the built-in backend's API object directly, so with this
   backend registered as ``"cvat"`` it would fail on its first request. The
   wrapper runs this package's import when ``backend`` names this backend.
3. ``fiftyone.utils.annotations._get_label_attributes``. With ``attributes=True``
   ``annotate()`` infers an existing field's attributes by building every label
   as an object, before any backend runs: most of ``annotate()``'s own time on a
   large field. For this backend the wrapper reads the same first values from the
   raw documents (:mod:`fiftyone_cvat.fiftyone_io.attribute_scan`) and keeps
   FiftyOne's rules around them: its backend's tool recommendation and its
   ``keyframe`` exception for trackable frame fields (``_is_trackable_field``).
   Where raw documents cannot answer for label objects, and for other backends,
   FiftyOne's own scan runs.

A load whose call did not come through the wrapper (a caller that bound FiftyOne's
function before the patch existed, such as the very ``load_annotations()`` during
which FiftyOne first imports this package) has no :class:`LoadCall`: the backend
then takes the safe path (see ``CVATBackend.download_annotations``). Nothing here
reads another function's frame.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import inspect
from collections.abc import Callable, Iterable, Iterator
from typing import cast

import eta.core.utils as etau
import fiftyone as fo
import fiftyone.utils.annotations as foua
import fiftyone.utils.cvat as fouc
from fiftyone.core.collections import SampleCollection

from fiftyone_cvat.domain.aliases import Unexpected
from fiftyone_cvat.domain.conversion.records import deep_merge
from fiftyone_cvat.domain.loading.job_filter import JobFilter
from fiftyone_cvat.domain.loading.load_call import LoadCall
from fiftyone_cvat.fiftyone_io import attribute_scan

_MARK = "_fiftyone_cvat_route"
_PACKAGE = "fiftyone_cvat."
JOB_ARGS = ("job_stages", "job_states")
"""``load_annotations()`` keywords that filter this backend's jobs."""

ImportRun = Callable[..., object]
JobArg = str | Iterable[str] | None
DestField = str | dict[str, str] | None

_CURRENT: contextvars.ContextVar[LoadCall | None] = contextvars.ContextVar(
    "fiftyone_cvat_load_call", default=None
)


def install(import_annotations: ImportRun) -> None:
    """Wrap the FiftyOne functions once (idempotent); ``import_annotations`` is this
    package's import, handed in so this module imports nothing above it."""
    _wrap_load_annotations()
    _wrap_import_annotations(import_annotations)
    _wrap_label_attributes()


# --- 1. load_annotations() ------------------------------------------------------


def current() -> LoadCall | None:
    """The running ``load_annotations()`` call, or None when it did not come
    through the wrapper (or there is none)."""
    return _CURRENT.get()


@contextlib.contextmanager
def calling(
    dest_field: DestField = None,
    unexpected: Unexpected = "prompt",
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


def _wrap_load_annotations() -> None:
    if getattr(foua.load_annotations, _MARK, False):
        return
    builtin = foua.load_annotations
    signature = inspect.signature(builtin)  # FiftyOne's own, whatever its version
    extra_name = _var_keyword(signature)

    @functools.wraps(builtin)
    def load_annotations(*args: object, **kwargs: object) -> object:
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        arguments = bound.arguments
        extra: dict[str, object] = arguments.get(extra_name, {}) if extra_name else {}

        def argument(name: str, default: object) -> object:
            """A parameter of FiftyOne's function, or a keyword of its ``**kwargs``."""
            return arguments.get(name, extra.get(name, default))

        cleanup = bool(argument("cleanup", False))
        samples = cast(SampleCollection, argument("samples", None))
        jobs = _job_filter(samples, str(argument("anno_key", "")), extra, cleanup)
        with calling(
            dest_field=cast(DestField, argument("dest_field", None)),
            unexpected=cast(Unexpected, argument("unexpected", "prompt")),
            cleanup=cleanup,
            jobs=jobs,
        ) as call:
            # the job filter's keywords are out of ``extra``, so out of the call
            out = builtin(*bound.args, **bound.kwargs)
        if not call.returned:
            return out
        merged = dict(out or {})
        for field_name, by_type in call.returned.to_fiftyone().items():
            deep_merge(merged.setdefault(field_name, {}), by_type)
        return merged

    setattr(load_annotations, _MARK, True)
    foua.load_annotations = load_annotations


def _var_keyword(signature: inspect.Signature) -> str | None:
    """The name of a function's ``**kwargs`` parameter, if it has one."""
    return next((p.name for p in signature.parameters.values() if p.kind is p.VAR_KEYWORD), None)


def _job_filter(
    samples: SampleCollection, anno_key: str, kwargs: dict[str, object], cleanup: bool
) -> JobFilter:
    """Take this backend's job filter out of the call's keywords, checked before any
    request."""
    if not any(name in kwargs for name in JOB_ARGS) or not _run_is_ours(samples, anno_key):
        return JobFilter()
    stages, states = (kwargs.pop(name, None) for name in JOB_ARGS)
    jobs = JobFilter.from_args(cast(JobArg, stages), cast(JobArg, states))
    if cleanup and not jobs.everything:
        raise ValueError(
            f"cleanup=True with {jobs}: cleanup deletes every task of the run, including "
            "the jobs this load skips; load them first, or drop job_stages/job_states"
        )
    return jobs


def _run_is_ours(samples: SampleCollection, anno_key: str) -> bool:
    try:
        config = samples.get_annotation_info(anno_key).config
    except Exception:  # unknown key: FiftyOne's own call raises the clear error
        return False
    return _is_ours(type(config))


# --- 2. fiftyone.utils.cvat.import_annotations() --------------------------------


def _wrap_import_annotations(ours: ImportRun) -> None:
    builtin = fouc.import_annotations
    if getattr(builtin, _MARK, False):
        return
    signature = inspect.signature(builtin)  # FiftyOne's own, whatever its version
    extra_name = _var_keyword(signature)

    @functools.wraps(builtin)
    def import_annotations(*args: object, **kwargs: object) -> object:
        arguments = dict(signature.bind(*args, **kwargs).arguments)
        if not is_this_backend(arguments.pop("backend", "cvat")):
            return builtin(*args, **kwargs)
        extra = arguments.pop(extra_name, {}) if extra_name else {}
        num_workers = arguments.pop("num_workers", None)
        return ours(max_workers=num_workers or 4, **arguments, **extra)

    setattr(import_annotations, _MARK, True)
    fouc.import_annotations = import_annotations


def is_this_backend(name: str) -> bool:
    """Whether FiftyOne's annotation config maps backend ``name`` to this package."""
    config_cls = (fo.annotation_config.backends.get(name) or {}).get("config_cls")
    if not config_cls:
        return False
    try:
        cls = etau.get_class(config_cls)
    except (ImportError, AttributeError, ValueError):
        return False
    return _is_ours(cls)


def _is_ours(cls: object) -> bool:
    """Whether a config class is this package's (its import path, not its identity:
    runs saved by earlier versions name other paths of it)."""
    return isinstance(cls, type) and cls.__module__.startswith(_PACKAGE)


# --- 3. annotate()'s attribute scan ----------------------------------------------


def _wrap_label_attributes() -> None:
    builtin = foua._get_label_attributes
    if getattr(builtin, _MARK, False):
        return
    signature = inspect.signature(builtin)

    @functools.wraps(builtin)
    def _get_label_attributes(*args: object, **kwargs: object) -> object:
        call = signature.bind(*args, **kwargs)
        call.apply_defaults()
        samples, backend = call.arguments["samples"], call.arguments["backend"]
        label_field, label_type = call.arguments["label_field"], call.arguments["label_type"]
        first = (
            attribute_scan.first_values(samples, label_field, call.arguments["classes"])
            if _is_ours(type(getattr(backend, "config", None)))
            else None
        )
        if first is None:
            return builtin(*args, **kwargs)
        attributes = {name: backend.recommend_attr_tool(name, v) for name, v in first.items()}
        if foua._is_trackable_field(samples, label_field, label_type):
            attributes.pop("keyframe", None)  # FiftyOne's rule: a track's keyframe flag
        return attributes

    setattr(_get_label_attributes, _MARK, True)
    foua._get_label_attributes = _get_label_attributes
