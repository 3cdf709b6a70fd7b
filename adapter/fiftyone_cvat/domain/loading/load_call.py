"""The ``load_annotations()`` arguments a load acts on, and what it must also return.

FiftyOne does not pass ``dest_field``, ``unexpected`` or ``cleanup`` to a backend, and
has no job filter; the plug-in layer captures them (``plugin.fiftyone_hooks``) and hands
this record down.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from fiftyone_cvat.domain.aliases import Unexpected
from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.loading.job_filter import JobFilter


@dataclass
class LoadCall:
    """The arguments of one ``load_annotations()`` call, and what it must also return."""

    dest_field: str | Mapping[str, str] | None = None
    unexpected: Unexpected = "prompt"
    cleanup: bool = False
    jobs: JobFilter = field(default_factory=JobFilter)
    returned: Downloaded = field(default_factory=Downloaded)
    """Labels the call returns besides FiftyOne's (``unexpected="return"``)."""

    def give_back(self, labels: Downloaded) -> None:
        self.returned = self.returned.deep_merged(labels)


def prunes(call: LoadCall | None, *, is_clips: bool, is_frames: bool) -> bool:
    """Whether untouched samples may be kept out of FiftyOne's merge: only when it
    merges into the run's own fields (no ``dest_field``, where every label must be
    copied), in a known call, for a run not made on a clips or frames view."""
    return call is not None and call.dest_field is None and not (is_clips or is_frames)
