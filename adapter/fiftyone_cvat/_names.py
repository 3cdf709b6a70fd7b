"""The names FiftyOne's annotation config knows this backend by.

Free of imports, so the package's ``__init__`` (which must not import FiftyOne) and
the plug-in layer share them without importing each other.
"""

CONFIG_CLS = "fiftyone_cvat.backend.CVATBackendConfig"  # the stable public path
BACKEND_NAME = "fiftyone_cvat"
