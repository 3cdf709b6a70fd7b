"""Send ``fiftyone.utils.cvat.import_annotations`` calls for this backend to ours.

FiftyOne's CVAT docs import existing tasks with
``fouc.import_annotations(dataset, project_name=..., backend="cvat")``. That
function drives the built-in backend's API object directly, so with this
backend registered as ``"cvat"`` it would fail on the first call. The route
installed here runs :func:`fiftyone_cvat.import_annotations` when ``backend``
names this backend and leaves every other backend to FiftyOne.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

import eta.core.utils as etau
import fiftyone as fo
import fiftyone.utils.cvat as fouc
from fiftyone.core.collections import SampleCollection

from fiftyone_cvat.domain.import_plan import DataPath, LabelTypes

_MARK = "_fiftyone_cvat_route"


def install() -> None:
    """Wrap ``fouc.import_annotations`` once (idempotent)."""
    builtin = fouc.import_annotations
    if getattr(builtin, _MARK, False):
        return

    @functools.wraps(builtin)
    def import_annotations(
        sample_collection: SampleCollection,
        project_name: str | None = None,
        project_id: int | None = None,
        task_ids: int | Iterable[int] | None = None,
        data_path: DataPath = None,
        label_types: LabelTypes = None,
        insert_new: bool = True,
        download_media: bool = False,
        num_workers: int | None = None,
        occluded_attr: str | None = None,
        group_id_attr: str | None = None,
        backend: str = "cvat",
        **kwargs: Any,
    ) -> Any:
        shared: dict[str, Any] = {
            "project_name": project_name,
            "project_id": project_id,
            "task_ids": task_ids,
            "data_path": data_path,
            "label_types": label_types,
            "insert_new": insert_new,
            "download_media": download_media,
            "occluded_attr": occluded_attr,
            "group_id_attr": group_id_attr,
        }
        if not is_this_backend(backend):
            return builtin(
                sample_collection, num_workers=num_workers, backend=backend, **shared, **kwargs
            )
        from fiftyone_cvat.plugin.importing import import_annotations as ours

        return ours(sample_collection, max_workers=num_workers or 4, **shared, **kwargs)

    setattr(import_annotations, _MARK, True)
    fouc.import_annotations = import_annotations


def is_this_backend(name: str) -> bool:
    """Whether FiftyOne's annotation config maps backend ``name`` to this package."""
    from fiftyone_cvat.plugin.backend import CVATBackendConfig

    config_cls = (fo.annotation_config.backends.get(name) or {}).get("config_cls")
    if not config_cls:
        return False
    try:
        return bool(etau.get_class(config_cls) is CVATBackendConfig)
    except (ImportError, AttributeError, ValueError):
        return False
