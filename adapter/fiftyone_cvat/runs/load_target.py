"""The run a load works on: its record, FiftyOne's id map and the collection it was
made on (shared by the load and its report, so neither imports the other)."""

from __future__ import annotations

from typing import Any

import attrs
from fiftyone.core.collections import SampleCollection

from fiftyone_cvat.domain.run_record import RunRecord


@attrs.frozen
class LoadTarget:
    """The run being loaded: its record, FiftyOne's id map and where it was made.

    ``prune`` says whether untouched samples may be kept out of the merge: only
    when FiftyOne merges into the run's own fields (no ``dest_field``) and the run
    was not made on a frames or clips view.
    """

    record: RunRecord
    id_map: dict[str, Any]
    samples: SampleCollection
    prune: bool
