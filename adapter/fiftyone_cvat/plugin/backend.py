"""The FiftyOne annotation backend: config, backend and the plug-in wiring.

Register it in ``~/.fiftyone/annotation_config.json`` to replace the built-in
``cvat`` backend, or under a name of its own::

    {"backends": {"cvat": {"config_cls": "fiftyone_cvat.CVATBackendConfig"}}}

FiftyOne finds the backend class from the config class name (``...Config``
stripped), so both live in this module. The work itself happens in
``fiftyone_cvat.runs.annotate`` and ``fiftyone_cvat.runs.load``.
"""

from __future__ import annotations

import logging
from typing import Any

import fiftyone.utils.annotations as foua
from fiftyone.core.collections import SampleCollection

from fiftyone_cvat._fiftyone_compat import results_view_kind
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.domain.load_call import prunes
from fiftyone_cvat.domain.run_record import RunRecord
from fiftyone_cvat.fiftyone_io import capabilities
from fiftyone_cvat.fiftyone_io.fiftyone_config import cvat_backend_config
from fiftyone_cvat.fiftyone_io.merge_pruning import restore_hidden
from fiftyone_cvat.plugin import fiftyone_hooks
from fiftyone_cvat.plugin.api import CVATAnnotationAPI
from fiftyone_cvat.plugin.results import CVATAnnotationResults
from fiftyone_cvat.runs.annotate import AnnotationRunError, IdMap, annotate_run
from fiftyone_cvat.runs.load import load_run
from fiftyone_cvat.runs.load_target import LoadTarget

logger = logging.getLogger(__name__)


def _credential(name: str) -> property:
    """A public property over the private ``_<name>`` (private attributes stay out of
    the serialized run config, so credentials never reach the database)."""
    private = f"_{name}"
    return property(
        lambda self: getattr(self, private),
        lambda self, value: setattr(self, private, value),
    )


_OPTIONS = (
    "url",
    "task_size",
    "segment_size",
    "image_quality",
    "use_cache",
    "use_zip_chunks",
    "chunk_size",
    "task_assignee",
    "job_assignees",
    "job_reviewers",
    "project_name",
    "project_id",
    "task_name",
    "occluded_attr",
    "group_id_attr",
    "issue_tracker",
    "organization",
    "frame_start",
    "frame_stop",
    "frame_step",
    "coerce_text_attrs",
    "request_timeout",
    "wait_timeout",
    "verify",
    "max_workers",
    "poll_period",
    "cloud_storage_id",
    "cloud_prefix_map",
)
_CREDENTIALS = ("username", "email", "password", "headers", "access_token")

FrameOption = int | list[int] | dict[str, int] | None


class CVATBackendConfig(foua.AnnotationBackendConfig):  # type: ignore[misc]
    """Every parameter of FiftyOne's CVAT integration, plus ours.

    Ours: ``access_token`` (CVAT personal access token), ``request_timeout``
    (seconds per HTTP request), ``wait_timeout`` (seconds to wait for server-side
    media processing), ``verify`` (TLS verification, on by default),
    ``max_workers`` (concurrent uploads/downloads),
    ``poll_period`` (seconds between checks of server-side work),
    ``cloud_storage_id`` (the CVAT cloud storage that serves media given as cloud
    URLs; by default the one attached for their bucket), ``cloud_prefix_map``
    (local path prefix -> cloud URL prefix, for local copies of a bucket: CVAT
    reads the bucket instead of receiving an upload).
    Credentials and headers are kept private so they are never written to the
    dataset's run record.
    """

    label_schema: dict[Any, dict[str, Any]] | None
    media_field: str
    url: str | None
    task_size: int | None
    segment_size: int | None
    image_quality: int
    use_cache: bool
    use_zip_chunks: bool
    chunk_size: int | None
    task_assignee: str | list[str] | None
    job_assignees: list[str] | None
    job_reviewers: list[str] | None
    project_name: str | None
    project_id: int | None
    task_name: str | None
    occluded_attr: str | None
    group_id_attr: str | None
    issue_tracker: str | list[str] | None
    organization: str | None
    frame_start: FrameOption
    frame_stop: FrameOption
    frame_step: FrameOption
    coerce_text_attrs: bool
    request_timeout: float
    wait_timeout: float
    verify: bool
    max_workers: int
    poll_period: float
    cloud_storage_id: int | None
    cloud_prefix_map: dict[str, str] | None

    def __init__(
        self,
        name: str,
        label_schema: dict[str, Any] | None,
        media_field: str = "filepath",
        url: str | None = None,
        username: str | None = None,
        email: str | None = None,
        password: str | None = None,
        headers: dict[str, str] | None = None,
        access_token: str | None = None,
        task_size: int | None = None,
        segment_size: int | None = None,
        image_quality: int = 75,
        use_cache: bool = True,
        use_zip_chunks: bool = True,
        chunk_size: int | None = None,
        task_assignee: str | list[str] | None = None,
        job_assignees: list[str] | None = None,
        job_reviewers: list[str] | None = None,
        project_name: str | None = None,
        project_id: int | None = None,
        task_name: str | None = None,
        occluded_attr: str | None = None,
        group_id_attr: str | None = None,
        issue_tracker: str | list[str] | None = None,
        organization: str | None = None,
        frame_start: FrameOption = None,
        frame_stop: FrameOption = None,
        frame_step: FrameOption = None,
        coerce_text_attrs: bool = True,
        request_timeout: float = 60.0,
        wait_timeout: float = 1800.0,
        verify: bool = True,
        max_workers: int = 4,
        poll_period: float = 1.0,
        cloud_storage_id: int | None = None,
        cloud_prefix_map: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(name, label_schema, media_field=media_field, **kwargs)
        given = locals()
        for key in _OPTIONS:
            setattr(self, key, given[key])
        for key in _CREDENTIALS:  # private: never serialized with the run's config
            setattr(self, f"_{key}", given[key])
        if max_workers < 1:
            raise ValueError(f"max_workers={max_workers}: use 1 or more concurrent requests")

    # Private credentials with public accessors, so FiftyOne's _load_parameters works.
    username = _credential("username")
    email = _credential("email")
    password = _credential("password")
    headers = _credential("headers")
    access_token = _credential("access_token")

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

    def connection_kwargs(self) -> dict[str, Any]:
        """What ``resolve_settings`` needs; env and annotation config fill the gaps."""
        return {
            "url": self.url,
            "username": self.username,
            "password": self.password,
            "email": self.email,
            "access_token": self.access_token,
            "headers": self.headers,
            "organization": self.organization,
            "timeout": self.request_timeout,
            "verify": self.verify,
            "poll_period": self.poll_period,
        }


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

    def recommend_attr_tool(self, name: str, value: object) -> dict[str, Any]:
        return capabilities.recommend_attr_tool(name, value)

    def requires_attr_values(self, attr_type: str) -> bool:
        return capabilities.requires_attr_values(attr_type)

    def _connect_to_api(self) -> CVATAnnotationAPI:
        return CVATAnnotationAPI(
            Connection.connect(
                annotation_config=cvat_backend_config(), **self.config.connection_kwargs()
            ),
            max_workers=self.config.max_workers,
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
        self, samples: SampleCollection, anno_key: str, id_map: IdMap, record: RunRecord
    ) -> CVATAnnotationResults:
        return CVATAnnotationResults(samples, self.config, anno_key, id_map, record, backend=self)

    def download_annotations(
        self, results: CVATAnnotationResults, coerce_text_attrs: bool | None = None
    ) -> dict[Any, Any]:
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
        target = LoadTarget(results.record, results.id_map, results.samples, prune)
        return load_run(
            self.connect_to_api().connection,
            self.config,
            target,
            call,
            coerce_text_attrs=coerce_text_attrs,
        )

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
            restore_hidden(run_results.id_map, run_results.record.hidden)
        super().save_run_results(samples, key, run_results, overwrite=overwrite, cache=cache)
