"""What this backend tells FiftyOne it supports (the backend class delegates here).

One place for the capabilities: the plug-in reports them, and the schema
normalizer used outside ``annotate()`` reads the same ones.

``recommend_attr_tool``/``requires_attr_values`` are pure and live with the
attribute rules; they are re-exported here with the rest.
"""

from __future__ import annotations

import fiftyone.core.fields as fof

from fiftyone_cvat.domain.aliases import AttrType, LabelType
from fiftyone_cvat.domain.schema.schema_attributes import recommend_attr_tool, requires_attr_values
from fiftyone_cvat.domain.schema.vocab import ATTR_TYPES, LABEL_TYPES

SUPPORTED_MEDIA_TYPES: tuple[str, ...] = ("image", "video", "point-cloud", "3d")
SUPPORTED_LABEL_TYPES: tuple[LabelType, ...] = LABEL_TYPES
SUPPORTED_ATTR_TYPES: tuple[AttrType, ...] = ATTR_TYPES
SUPPORTED_SCALAR_TYPES: tuple[type, ...] = (
    fof.IntField,
    fof.FloatField,
    fof.StringField,
    fof.BooleanField,
)
SUPPORTS_KEYFRAMES = True
SUPPORTS_VIDEO_SAMPLE_FIELDS = False
REQUIRES_LABEL_SCHEMA = False  # a CVAT project can supply it

__all__ = [
    "REQUIRES_LABEL_SCHEMA",
    "SUPPORTED_ATTR_TYPES",
    "SUPPORTED_LABEL_TYPES",
    "SUPPORTED_MEDIA_TYPES",
    "SUPPORTED_SCALAR_TYPES",
    "SUPPORTS_KEYFRAMES",
    "SUPPORTS_VIDEO_SAMPLE_FIELDS",
    "recommend_attr_tool",
    "requires_attr_values",
]
