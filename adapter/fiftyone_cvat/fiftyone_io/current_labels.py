"""The dataset's labels a load compares the downloaded ones with, read in bulk."""

from __future__ import annotations

from fiftyone.core.collections import SampleCollection

from fiftyone_cvat._fiftyone_compat import raw_values
from fiftyone_cvat.domain.loading.id_map import IdMap
from fiftyone_cvat.domain.schema.specs import RunSchema
from fiftyone_cvat.fiftyone_io.collection import field_paths


def current_labels(
    samples: SampleCollection, run_schema: RunSchema, id_map: IdMap
) -> dict[str, dict[str, object]]:
    """The dataset's uploaded labels as raw dicts, by field and label id.

    Raw database dicts (one query per field) rather than Label objects: building
    tens of thousands of objects only to compare them would dominate the load.
    """
    out: dict[str, dict[str, object]] = {}
    paths = field_paths(samples)
    for spec in run_schema.fields:
        if spec.label_type == "scalar" or not id_map.field(spec.name) or spec.name not in paths:
            continue
        labels: dict[str, object] = {}
        for value in raw_values(samples, spec.name):
            docs = value if spec.is_frame_field and isinstance(value, list) else [value]
            for doc in docs:
                if not isinstance(doc, dict) or not doc:
                    continue
                items = doc.get(spec.list_field) if spec.list_field else [doc]
                for item in items or ():
                    labels[str(item["_id"])] = item
        out[spec.name] = labels
    return out
