"""Import path of the backend that annotation configs and saved runs name.

``~/.fiftyone/annotation_config.json`` and runs saved by earlier versions store
``fiftyone_cvat.backend.CVATBackendConfig`` (FiftyOne finds the backend class
next to it): both keep working.
"""

from fiftyone_cvat.plugin.backend import CVATBackend, CVATBackendConfig

__all__ = ["CVATBackend", "CVATBackendConfig"]
