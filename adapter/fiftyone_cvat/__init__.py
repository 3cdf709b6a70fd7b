"""FiftyOne <-> CVAT annotation backend built on the generated ``cvat_api`` client.

Use it in place of FiftyOne's built-in CVAT backend, for this process::

    import fiftyone_cvat
    fiftyone_cvat.register()            # "cvat" now means this backend
    view.annotate("key", label_field="ground_truth")

Existing CVAT tasks or projects come in with
``fiftyone_cvat.import_annotations(dataset, project_name=..., data_path=...)``.

Or permanently in ``~/.fiftyone/annotation_config.json``::

    {"backends": {"cvat": {"config_cls": "fiftyone_cvat.CVATBackendConfig"}}}
"""

from __future__ import annotations

from typing import Any

from fiftyone_cvat._names import BACKEND_NAME as BACKEND_NAME
from fiftyone_cvat._names import CONFIG_CLS as CONFIG_CLS
from fiftyone_cvat._version import __version__ as __version__


def register(name: str = "cvat", *, also_as_own_name: bool = True, **params: object) -> None:
    """Point FiftyOne's annotation config at this backend, keeping existing parameters.

    ``name="cvat"`` replaces the built-in backend transparently; the backend is
    also registered as ``"fiftyone_cvat"`` so both can be used side by side.
    """
    import fiftyone as fo

    from fiftyone_cvat import plugin  # importing it installs the FiftyOne hooks

    backends = fo.annotation_config.backends
    for key in {name, BACKEND_NAME} if also_as_own_name else {name}:
        entry = dict(backends.get(key) or backends.get("cvat") or {})
        entry.update(params)
        entry["config_cls"] = CONFIG_CLS
        backends[key] = entry
    plugin.install()  # idempotent; fouc.import_annotations and load_annotations route here


def __getattr__(attr: str) -> Any:
    # Lazy so importing the package does not import FiftyOne.
    if attr in {"CVATBackendConfig", "CVATBackend"}:
        from fiftyone_cvat.plugin import backend

        return getattr(backend, attr)
    if attr == "CVATAnnotationResults":
        from fiftyone_cvat.plugin.results import CVATAnnotationResults

        return CVATAnnotationResults
    if attr == "import_annotations":
        from fiftyone_cvat.plugin.importing import import_annotations

        return import_annotations
    if attr in {"leftovers", "remove_leftovers"}:
        from fiftyone_cvat.plugin import leftovers

        return getattr(leftovers, attr)
    if attr == "CVATAnnotationAPI":
        from fiftyone_cvat.plugin.api import CVATAnnotationAPI

        return CVATAnnotationAPI
    raise AttributeError(attr)
