"""The FiftyOne annotation backend: config, backend and the plug-in wiring.

Register it in ``~/.fiftyone/annotation_config.json`` to replace the built-in
``cvat`` backend, or under a name of its own::

    {"backends": {"cvat": {"config_cls": "fiftyone_cvat.CVATBackendConfig"}}}

FiftyOne finds the backend class from the config class name (``...Config``
stripped), so both live in this module. The work itself happens in
``fiftyone_cvat.runs.annotate`` and ``fiftyone_cvat.runs.load``.
"""

from __future__ import annotations

import inspect
import logging
from typing import Any

import fiftyone.utils.annotations as foua
from fiftyone.core.collections import SampleCollection

from fiftyone_cvat._fiftyone_compat import results_view_kind
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.domain.aliases import FiftyOneIdMap, FiftyOneLabels
from fiftyone_cvat.domain.loading.load_call import prunes
from fiftyone_cvat.domain.planning.option_table import OPTIONS, Options, check_options
from fiftyone_cvat.domain.run_record import RunRecord
from fiftyone_cvat.fiftyone_io import capabilities
from fiftyone_cvat.fiftyone_io.fiftyone_config import cvat_backend_config
from fiftyone_cvat.plugin import fiftyone_hooks
from fiftyone_cvat.plugin.api import CVATAnnotationAPI
from fiftyone_cvat.plugin.results import CVATAnnotationResults
from fiftyone_cvat.runs.annotate import AnnotationRunError, annotate_run
from fiftyone_cvat.runs.load import LoadTarget, load_run

logger = logging.getLogger(__name__)


def _credential(name: str) -> property:
    """A public property over the private ``_<name>`` (private attributes stay out of
    the serialized run config, so credentials never reach the database)."""
    private = f"_{name}"
    return property(
        lambda self: getattr(self, private),
        lambda self, value: setattr(self, private, value),
    )


def _init_signature() -> inspect.Signature:
    """The built-in's explicit ``__init__`` signature, then ours, from the option table."""
    p = inspect.Parameter
    keyword = p.POSITIONAL_OR_KEYWORD
    return inspect.Signature(
        [
            p("self", keyword),
            p("name", keyword, annotation="str"),
            p("label_schema", keyword, annotation="dict[str, Any] | None"),
            p("media_field", keyword, default="filepath", annotation="str"),
            *(p(o.name, keyword, default=o.default, annotation=o.annotation) for o in OPTIONS),
            p("kwargs", p.VAR_KEYWORD, annotation="Any"),
        ]
    )


_SIGNATURE = _init_signature()


class CVATBackendConfig(foua.AnnotationBackendConfig):  # type: ignore[misc]
    """Every parameter of FiftyOne's CVAT integration, plus ours.

    The parameters, their defaults and checks are the option table's
    (:mod:`fiftyone_cvat.domain.planning.option_table`); ``help()`` and ``inspect`` show
    them as an explicit signature, FiftyOne's parameters first, then ours. Credentials
    and headers are kept private so they are never written to the dataset's run
    record; :attr:`options` is every option as one typed value.
    """

    label_schema: dict[Any, dict[str, Any]] | None
    media_field: str

    def __init__(self, *args: object, **kwargs: object) -> None:
        bound = _SIGNATURE.bind(self, *args, **kwargs)
        bound.apply_defaults()
        given = bound.arguments
        extra = given.pop("kwargs")
        super().__init__(
            given["name"], given["label_schema"], media_field=given["media_field"], **extra
        )
        for option in OPTIONS:  # credentials are private: never serialized with the run
            setattr(self, option.attribute, given[option.name])
        check_options(self.options, planning=False)

    __init__.__signature__ = _SIGNATURE  # type: ignore[attr-defined]

    # Private credentials with public accessors, so FiftyOne's _load_parameters works.
    username = _credential("username")
    email = _credential("email")
    password = _credential("password")
    headers = _credential("headers")
    access_token = _credential("access_token")

    @property
    def options(self) -> Options:
        """Every option, as the config holds it now (``load_credentials`` may fill some)."""
        values: dict[str, Any] = {o.name: getattr(self, o.name) for o in OPTIONS}
        return Options(**values)

    def load_credentials(
        self,
        url: str | None = None,
        username: str | None = None,
        password: str | None = None,
        email: str | None = None,
        headers: dict[str, str] | None = None,
        access_token: str | None = None,
        job_stages: object = None,
        job_states: object = None,
    ) -> None:
        # job_stages/job_states are load filters, not credentials: they reach here only
        # from a load_annotations() call that did not come through this package's
        # wrapper (plugin.fiftyone_hooks), so its cleanup cannot be checked against them.
        if job_stages is not None or job_states is not None:
            raise ValueError(
                "job_stages/job_states reached the CVAT backend without its "
                "load_annotations() route (FiftyOne's function was bound before "
                "fiftyone_cvat was imported); nothing was loaded: import fiftyone_cvat "
                "or call fiftyone_cvat.register() before load_annotations(), or call it again"
            )
        self._load_parameters(
            url=url,
            username=username,
            password=password,
            email=email,
            headers=headers,
            access_token=access_token,
        )

    def connection_kwargs(self) -> dict[str, object]:
        """What ``resolve_settings`` needs, named by the option table's ``connection``
        column; env and annotation config fill the gaps."""
        options = self.options
        return {o.connection: getattr(options, o.name) for o in OPTIONS if o.connection is not None}


class CVATBackend(foua.AnnotationBackend):  # type: ignore[misc]
    """FiftyOne's plug-in entry: capabilities plus upload/download hooks."""

    @property
    def supported_media_types(self) -> list[str]:
        return list(capabilities.SUPPORTED_MEDIA_TYPES)

    @property
    def supported_label_types(self) -> list[str]:
        return list(capabilities.SUPPORTED_LABEL_TYPES)

    @property
    def supported_scalar_types(self) -> list[Any]:
        return list(capabilities.SUPPORTED_SCALAR_TYPES)

    @property
    def supported_attr_types(self) -> list[str]:
        return list(capabilities.SUPPORTED_ATTR_TYPES)

    @property
    def supports_keyframes(self) -> bool:
        return True

    @property
    def supports_video_sample_fields(self) -> bool:
        return False

    @property
    def supports_clips_views(self) -> bool:
        # Each clip is a task over its support of the source video (planning), and its
        # frame labels are read and written at their own frame numbers (fiftyone_io.encode_run).
        return True

    @property
    def requires_label_schema(self) -> bool:
        return False  # an existing project can supply it

    def recommend_attr_tool(self, name: str, value: object) -> dict[str, object]:
        return capabilities.recommend_attr_tool(name, value)

    def requires_attr_values(self, attr_type: str) -> bool:
        return capabilities.requires_attr_values(attr_type)

    def _connect_to_api(self) -> CVATAnnotationAPI:
        return CVATAnnotationAPI(
            Connection.connect(
                annotation_config=cvat_backend_config(), **self.config.connection_kwargs()
            ),
            max_workers=self.config.options.max_workers,
        )

    def upload_annotations(
        self, samples: SampleCollection, anno_key: str, launch_editor: bool = False
    ) -> CVATAnnotationResults:
        api = self.connect_to_api()
        try:
            outcome = annotate_run(
                api.connection,
                self.config,
                samples,
                anno_key,
                checkpoint=lambda record: self.save_run_results(
                    samples, anno_key, self.results(samples, anno_key, {}, record), cache=False
                ),
            )
        except AnnotationRunError as exc:
            # CVAT has some of the run: its record lists them, for cleanup()
            failed = self.results(samples, anno_key, exc.id_map, exc.record)
            self.save_run_results(samples, anno_key, failed)
            raise
        except BaseException:
            # Nothing was created in CVAT: forget the run FiftyOne registered before
            # calling us, so the user can fix the input and retry with the same key.
            self.delete_run(samples, anno_key, cleanup=False)
            raise
        results = self.results(samples, anno_key, outcome.id_map, outcome.record)
        if launch_editor:
            results.launch_editor()
        return results

    def results(
        self, samples: SampleCollection, anno_key: str, id_map: FiftyOneIdMap, record: RunRecord
    ) -> CVATAnnotationResults:
        return CVATAnnotationResults(samples, self.config, anno_key, id_map, record, backend=self)

    def download_annotations(
        self, results: CVATAnnotationResults, coerce_text_attrs: bool | None = None
    ) -> FiftyOneLabels:
        call = fiftyone_hooks.current()
        if call is None:
            logger.info(
                "Loading run %r without its load_annotations() arguments (outside that "
                "call, or FiftyOne's function was bound before fiftyone_cvat was "
                "imported): every sample is merged and classes added in CVAT are kept",
                results.key,
            )
        clips, frames = results_view_kind(results)
        if call is not None and not call.jobs.everything and (clips or frames):
            raise ValueError(
                f"{call.jobs}: partial loads are for runs on datasets and their views, not "
                "on clips or frames views; load every job (drop job_stages/job_states)"
            )
        prune = prunes(call, is_clips=clips, is_frames=frames)
        target = LoadTarget(results.record, results.whole_id_map(), results.samples, prune)
        outcome = load_run(
            self.connect_to_api().connection,
            self.config,
            target,
            call,
            coerce_text_attrs=coerce_text_attrs,
        )
        if call is not None:
            call.give_back(outcome.returned)
        return results.hand_over(outcome)

    @classmethod
    def save_run_results(
        cls,
        samples: SampleCollection,
        key: str,
        run_results: CVATAnnotationResults | None,
        overwrite: bool = True,
        cache: bool = True,
    ) -> None:
        # load_annotations() saves the run after merging: samples kept out of the
        # merge go back into the id map first.
        if isinstance(run_results, CVATAnnotationResults):
            run_results.commit_load()
            run_results.give_back_hidden()
        super().save_run_results(samples, key, run_results, overwrite=overwrite, cache=cache)
