"""``import_annotations()``: existing CVAT tasks or a whole project into a dataset.

The public entry (``fiftyone_cvat.import_annotations``, and FiftyOne's own
``fiftyone.utils.cvat.import_annotations`` when routed here). Fetching and
decoding are :mod:`fiftyone_cvat.runs.import_run`; the merge goes through
FiftyOne's ``load_annotations`` on a temporary run (never left behind), so
re-imports update labels by id exactly as loading a run does.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from bson import ObjectId
from fiftyone.core.collections import SampleCollection
from fiftyone.core.dataset import Dataset

from fiftyone_cvat._fiftyone_compat import dataset_of
from fiftyone_cvat._names import BACKEND_NAME
from fiftyone_cvat.cvat.connection import Connection
from fiftyone_cvat.domain.aliases import DataPath, FiftyOneLabels, LabelTypes
from fiftyone_cvat.domain.importing.import_plan import (
    check_data_path,
    check_source,
    label_fields,
    prompted_fields,
)
from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.run_record import RunRecord
from fiftyone_cvat.fiftyone_io.fiftyone_config import cvat_backend_config
from fiftyone_cvat.fiftyone_io.import_writes import existing_ids
from fiftyone_cvat.plugin.backend import CVATBackend, CVATBackendConfig
from fiftyone_cvat.plugin.results import CVATAnnotationResults
from fiftyone_cvat.runs.import_run import (
    Imported,
    ImportOptions,
    collect,
    project_id_named,
    project_task_ids,
)

logger = logging.getLogger(__name__)


def import_annotations(
    sample_collection: SampleCollection,
    project_name: str | None = None,
    project_id: int | None = None,
    task_ids: int | Iterable[int] | None = None,
    data_path: DataPath = None,
    label_types: LabelTypes = None,
    insert_new: bool = True,
    download_media: bool = False,
    occluded_attr: str | None = None,
    group_id_attr: str | None = None,
    max_workers: int = 4,
    *,
    cloud_url_field: str | None = None,
    connection: Connection | None = None,
    **connection_kwargs: Any,
) -> None:
    """Import the annotations of existing CVAT tasks, or of a whole project.

    Give exactly one of ``project_name``, ``project_id`` or ``task_ids``.
    CVAT frames are matched to local files by name through ``data_path``
    (see :func:`build_data_map`); frames without a file are reported, not
    imported. ``download_media=True`` first downloads missing media into
    ``data_path``: images frame by frame, videos as the file originally
    uploaded (from a backup of the task). New files become samples when
    ``insert_new``. Labels go to fields named after their type
    (``detections``, ``classifications``, ``polylines``, ``keypoints``; frame
    fields for videos) unless ``label_types`` lists the types to keep or maps
    them to field names.

    ``cloud_url_field`` names a string field that receives each imported sample's cloud
    URL (``s3://bucket/key``, ``gs://...``, ``az://...``) when its task reads a CVAT cloud
    storage, so ``annotate(media_field=cloud_url_field)`` reads the bucket again instead
    of uploading the local copies (FiftyOne's ``filepath`` must stay a local file).

    ``connection`` reuses an open :class:`~fiftyone_cvat.cvat.connection.Connection`;
    otherwise ``connection_kwargs`` (url, username, password, ...) open one.
    """
    ids = check_source(project_name, project_id, task_ids)
    _check_arguments(sample_collection, max_workers, connection, connection_kwargs, label_types)
    options = ImportOptions(
        data_path=data_path,
        data_dir=check_data_path(data_path, download_media),
        label_types=label_types,
        insert_new=insert_new,
        download_media=download_media,
        occluded_attr=occluded_attr,
        group_id_attr=group_id_attr,
        max_workers=max_workers,
        cloud_url_field=_field_name(cloud_url_field),
    )
    conn = connection or Connection.connect(
        **{"annotation_config": cvat_backend_config(), **connection_kwargs}
    )
    try:
        ids = _task_ids(conn, project_name, project_id, ids)
        if not ids:
            return
        dataset = dataset_of(sample_collection)
        imported = collect(conn, dataset, sample_collection, ids, options)
        if imported is not None and label_types == "prompt":
            annotations, schema = prompted_fields(
                imported.annotations, imported.label_schema, video=dataset.media_type == "video"
            )
            imported = Imported(annotations, schema, imported.task_ids)
        if imported is not None and imported.label_schema:
            _merge(dataset, imported)
    finally:
        if connection is None:
            conn.close()


def _field_name(name: object) -> str | None:
    if name is not None and (not isinstance(name, str) or not name or name == "filepath"):
        raise ValueError(
            f"cloud_url_field: {name!r} is not a field name for the cloud URLs; pass a new "
            "string field's name such as 's3_path' (filepath stays the local file)"
        )
    return name


def _task_ids(
    conn: Connection, project_name: str | None, project_id: int | None, task_ids: list[int]
) -> list[int]:
    """The tasks to import: the given ones, or every task of the named project."""
    if project_name is not None:
        project_id = project_id_named(conn, project_name)
    if project_id is None:
        return task_ids
    ids = project_task_ids(conn, int(project_id))
    if not ids:
        logger.warning("CVAT project %s has no tasks; nothing to import", project_id)
    return ids


def _check_arguments(
    sample_collection: SampleCollection,
    max_workers: int,
    connection: Connection | None,
    connection_kwargs: Mapping[str, object],
    label_types: LabelTypes,
) -> None:
    """Everything that can be refused before a request is sent."""
    if max_workers < 1:
        raise ValueError(f"max_workers={max_workers}: use 1 or more concurrent requests")
    if connection is not None and connection_kwargs:
        raise ValueError(
            f"got connection and connection settings {sorted(connection_kwargs)}; "
            "pass one or the other"
        )
    if label_types is not None:
        label_fields(label_types, video=True)  # fail on bad types before any request


class _ImportBackendConfig(CVATBackendConfig):
    """Config of the temporary run an import merges through (never left behind)."""


class _ImportBackend(CVATBackend):
    """A backend whose 'download' returns the labels decoded beforehand.

    FiftyOne pairs backends and configs by class name, hence the pair.
    """

    annotations: Downloaded

    def download_annotations(
        self, results: CVATAnnotationResults, coerce_text_attrs: bool | None = None
    ) -> FiftyOneLabels:
        return self.annotations.to_fiftyone()


def _merge(dataset: Dataset, imported: Imported) -> None:
    """Merge through FiftyOne's ``load_annotations`` on a temporary run, then drop it."""
    annotations, label_schema = imported.annotations, imported.label_schema
    config = _ImportBackendConfig(BACKEND_NAME, label_schema)
    backend = _ImportBackend(config)
    backend.annotations = annotations
    anno_key = f"tmp_import_{ObjectId()}"
    backend.register_run(dataset, anno_key, overwrite=False)
    try:
        id_map = {f: existing_ids(dataset, f, annotations.by_type(f)) for f in label_schema}
        record = RunRecord(task_ids=list(imported.task_ids))
        results = CVATAnnotationResults(dataset, config, anno_key, id_map, record, backend=backend)
        backend.save_run_results(dataset, anno_key, results)
        dataset.load_annotations(anno_key, unexpected="ignore", cleanup=False, progress=False)
    finally:
        backend.delete_run(dataset, anno_key, cleanup=False)
