"""What the runs read of the plug-in's objects, as Protocols.

The runs sit below the plug-in layer and never import it; these name exactly
the attributes they use, so mypy checks both sides of the boundary. Options are
read through ``options``, typed by the option table, so a new option needs no
change here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from fiftyone_cvat.domain.planning.option_table import Options


class LoadConfig(Protocol):
    """The backend config attributes a load reads (``CVATBackendConfig``)."""

    label_schema: Mapping[Any, Mapping[str, Any]] | None

    @property
    def options(self) -> Options: ...


class AnnotateConfig(LoadConfig, Protocol):
    """The backend config attributes an annotate run reads."""

    media_field: str
