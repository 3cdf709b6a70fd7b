"""The ``load_annotations()`` arguments a load acts on, and what it must also return.

FiftyOne does not pass ``dest_field``, ``unexpected`` or ``cleanup`` to a backend, and
has no job filter; the plug-in layer captures them (``plugin.fiftyone_hooks``) and hands
this record down.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fiftyone_cvat.domain.conversion.records import deep_merge
from fiftyone_cvat.domain.job_filter import JobFilter


@dataclass
class LoadCall:
    """The arguments of one ``load_annotations()`` call, and what it must also return."""

    dest_field: Any = None
    unexpected: Any = "prompt"
    cleanup: bool = False
    jobs: JobFilter = field(default_factory=JobFilter)
    returned: dict[str, dict[str, Any]] = field(default_factory=dict)

    def give_back(self, field_name: str, by_type: dict[str, Any]) -> None:
        """Labels the call returns (``unexpected="return"``) in FiftyOne's layout."""
        out = self.returned.setdefault(field_name, {})
        for return_type, labels in by_type.items():
            deep_merge(out.setdefault(return_type, {}), labels)


def prunes(call: LoadCall | None, *, is_clips: bool, is_frames: bool) -> bool:
    """Whether untouched samples may be kept out of FiftyOne's merge: only when it
    merges into the run's own fields (no ``dest_field``, where every label must be
    copied), in a known call, for a run not made on a clips or frames view."""
    return call is not None and call.dest_field is None and not (is_clips or is_frames)
