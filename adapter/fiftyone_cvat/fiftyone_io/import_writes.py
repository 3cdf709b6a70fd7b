"""The dataset side of ``import_annotations()``: new samples, frames, existing label ids."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

import fiftyone as fo
from fiftyone.core.dataset import Dataset

from fiftyone_cvat._fiftyone_compat import all_slices, label_list_field
from fiftyone_cvat.domain.aliases import BySample, FieldIds
from fiftyone_cvat.domain.conversion import FrameInfo, video_frames
from fiftyone_cvat.domain.importing.import_plan import TaskMedia

logger = logging.getLogger(__name__)


def insert_samples(dataset: Dataset, filepaths: set[str], insert_new: bool) -> set[str]:
    """Add samples for new files (with metadata); returns the files now in the dataset."""
    existing = set(all_slices(dataset).distinct("filepath"))
    new = sorted(filepaths - existing)
    if not new:
        return filepaths
    if dataset.media_type == "group":
        logger.warning(
            "Ignoring annotations of %d file(s) in no group slice of the dataset (e.g. %s): "
            "a new sample needs a group; add the files to groups first",
            len(new),
            new[0],
        )
        return filepaths & existing
    if not insert_new:
        logger.warning(
            "Ignoring annotations of %d file(s) not in the collection (e.g. %s); "
            "pass insert_new=True to add them",
            len(new),
            new[0],
        )
        return filepaths & existing
    ids = dataset.add_samples([fo.Sample(filepath=fp) for fp in new], progress=False)
    dataset.select(ids).compute_metadata(skip_failures=True, progress=False)
    return filepaths


def set_by_filepath(dataset: Dataset, field: str, values: Mapping[str, str]) -> None:
    """Set ``field`` of the samples with these filepaths (one bulk write)."""
    if not values:
        return
    view = all_slices(dataset).select_by("filepath", sorted(values))
    view.set_values(field, [values[path] for path in view.values("filepath")])


def video_frame_ids(
    dataset: Dataset, sample_id: str, frame_numbers: Iterable[int]
) -> dict[int, str]:
    """Frame ids of the given frames, creating missing frame documents first."""
    sample = dataset[sample_id]
    missing = [n for n in frame_numbers if n not in sample.frames]
    for number in missing:
        sample.frames[number] = fo.Frame()
    if missing:
        sample.save()
    return {number: frame.id for number, frame in sample.frames.items()}


def import_frames(
    dataset: Dataset, media: TaskMedia, paths: Mapping[int, str], sample_ids: Mapping[str, str]
) -> dict[int, FrameInfo]:
    """What each CVAT frame of an imported task is; video frames are created as needed."""
    if not media.is_video:
        return {
            k: FrameInfo(sample_ids[fp], *media.sizes[k])
            for k, fp in paths.items()
            if fp in sample_ids
        }
    sample_id = sample_ids.get(paths.get(0, ""))
    if sample_id is None:
        return {}
    numbers = [media.start_frame + k * media.frame_step + 1 for k in range(media.size)]
    frame_ids = video_frame_ids(dataset, sample_id, numbers)
    frames = video_frames(
        sample_id,
        media.sizes[0],
        media.stop_frame + 1,
        frame_start=media.start_frame,
        frame_stop=media.stop_frame,
        frame_step=media.frame_step,
        frame_ids=frame_ids,
    )
    return dict(enumerate(frames))


def existing_ids(dataset: Dataset, dest: str, by_type: Mapping[str, BySample]) -> FieldIds:
    """Ids of the labels already in ``dest`` on the imported samples (frames).

    Given to ``load_annotations`` as the run's id map, so a label whose id
    comes back from CVAT is updated in place instead of added twice.
    """
    list_field = label_list_field(getattr(dataset.get_field(dest), "document_type", None))
    if list_field is None:  # a new field (or not a label list: FiftyOne reports that)
        return {}
    sample_ids = sorted({sid for annos in by_type.values() for sid in annos})
    view = all_slices(dataset).select(sample_ids)
    label_ids = f"{dest}.{list_field}.id"
    out: FieldIds = {}
    if dest.startswith("frames."):
        sids, fids, lids = view.values(["id", "frames.id", label_ids])
        for sid, frame_ids, frame_labels in zip(sids, fids, lids, strict=True):
            out[sid] = {
                fid: list(ids)
                for fid, ids in zip(frame_ids, frame_labels or [], strict=False)
                if ids
            }
    else:
        sids, lids = view.values(["id", label_ids])
        out = {sid: list(ids) for sid, ids in zip(sids, lids, strict=True) if ids}
    return out
