"""What a load hands to FiftyOne: the labels to merge and the id map the merge reads."""

from __future__ import annotations

import attrs

from fiftyone_cvat.domain.aliases import FiftyOneLabels
from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.loading.field_summary import FieldSummary
from fiftyone_cvat.domain.loading.id_map import IdMap
from fiftyone_cvat.domain.loading.stable_ids import LoadedIds


@attrs.frozen
class LoadOutcome:
    """One load's result, before anything of FiftyOne's is touched.

    FiftyOne's merge must see ``merge_map`` as the run's id map; ``hidden`` (samples
    kept out of the merge) goes back into it before the run is saved, so the saved
    map is ``merge_map`` plus what the merge added plus ``hidden``.
    """

    labels: Downloaded
    merge_map: IdMap
    hidden: IdMap
    summaries: dict[str, FieldSummary]
    returned: Downloaded = attrs.field(factory=Downloaded)
    """Labels of classes added in CVAT that the call returns (``unexpected="return"``)."""
    fieldless_as_none: bool = False
    """The project stand-in field goes to FiftyOne under ``None`` (its schema's key)."""
    loaded: LoadedIds | None = None
    """The jobs merged, for the run record once FiftyOne's merge is done."""
    kept: IdMap = attrs.field(factory=IdMap)
    """Label ids set aside as unchanged in CVAT: out of ``merge_map``, given back with
    ``hidden``."""

    def labels_for_fiftyone(self) -> FiftyOneLabels:
        return self.labels.to_fiftyone(fieldless_as_none=self.fieldless_as_none)
