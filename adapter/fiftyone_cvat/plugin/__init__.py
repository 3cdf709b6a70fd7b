"""The plug-in surface FiftyOne and users see: backend config and backend, results,
the API object, and the hooks that route FiftyOne's own functions to this backend.

Importing this package installs those hooks (:func:`install`), the one entry point
for them: ``fiftyone_cvat.register()`` imports it, and so does FiftyOne whenever an
annotation config or a saved run names this package's config class (a config-file
user never calls ``register()``).
"""

from fiftyone_cvat.plugin import fiftyone_hooks, importing


def install() -> None:
    """Install every patch of FiftyOne's functions (idempotent)."""
    fiftyone_hooks.install(import_annotations=importing.import_annotations)


install()
