"""Which samples FiftyOne's merge may skip, and the id map kept whole around it (offline)."""

from __future__ import annotations

from typing import Any

import fiftyone as fo
import fiftyone.utils.annotations as foua
import pytest

from fiftyone_cvat import plugin
from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.loading.field_summary import FieldSummary
from fiftyone_cvat.domain.loading.id_map import IdMap
from fiftyone_cvat.domain.loading.load_call import prunes
from fiftyone_cvat.domain.loading.merge_summary import as_dicts, summarize
from fiftyone_cvat.domain.loading.pruning import Pruned, prune_untouched
from fiftyone_cvat.domain.schema.schema_build import build_run_schema
from fiftyone_cvat.plugin import fiftyone_hooks

SCHEMA = build_run_schema(
    {
        "gt": {
            "type": "detections",
            "classes": ["cat", "dog"],
            "attributes": {"color": {"type": "text"}},
            "existing_field": True,
        }
    },
    media_type="image",
)


def _det(label_id: str, label: str = "cat", x: float = 0.1, **attrs: Any) -> fo.Detection:
    det = fo.Detection(label=label, bounding_box=[x, 0.1, 0.2, 0.2], **attrs)
    det.id = label_id
    return det


def _raw(det: fo.Detection) -> dict[str, Any]:
    return det.to_dict()


def _summarize(
    schema: Any, id_map: dict[str, Any], download: dict[str, Any], current: Any
) -> dict[str, FieldSummary]:
    return summarize(schema, IdMap.from_fiftyone(id_map), Downloaded(download), current)


def _prune(schema: Any, id_map: dict[str, Any], download: dict[str, Any], current: Any) -> Pruned:
    """Prune a whole download, as one task holding every sample."""
    summaries = _summarize(schema, id_map, download, current)
    return prune_untouched(schema, IdMap.from_fiftyone(id_map), Downloaded(download), summaries)


IDS = [f"{i:024x}" for i in range(1, 9)]
ID_MAP = {"gt": {"s1": [IDS[0], IDS[1]], "s2": [IDS[2]], "s3": [IDS[3]], "s4": [IDS[4]], "s5": []}}
CURRENT = {
    "gt": {
        IDS[0]: _raw(_det(IDS[0])),
        IDS[1]: _raw(_det(IDS[1], "dog", color="red")),
        IDS[2]: _raw(_det(IDS[2])),
        IDS[3]: _raw(_det(IDS[3])),
        IDS[4]: _raw(_det(IDS[4], color="blue")),
    }
}


def _download() -> dict[str, Any]:
    return {
        "gt": {
            "detections": {
                "s1": {IDS[0]: _det(IDS[0]), IDS[1]: _det(IDS[1], "dog", color="red")},
                "s2": {IDS[2]: _det(IDS[2], x=0.5)},  # moved
                "s3": {},  # deleted
                "s4": {IDS[4]: _det(IDS[4]), IDS[5]: _det(IDS[5])},  # attribute cleared + new box
                "s5": {},
            }
        }
    }


def test_touched_samples_are_those_the_merge_would_change() -> None:
    summary = _summarize(SCHEMA, ID_MAP, _download(), CURRENT)["gt"]
    assert summary.touched == {"s2", "s3", "s4"}
    assert (summary.added, summary.edited, summary.deleted, summary.unchanged) == (1, 2, 1, 2)
    assert "touched" not in as_dicts({"gt": summary})["gt"]


def test_a_copied_label_touches_both_samples() -> None:
    download = _download()
    download["gt"]["detections"]["s5"] = {IDS[0]: _det(IDS[0])}
    assert {"s1", "s5"} <= _summarize(SCHEMA, ID_MAP, download, CURRENT)["gt"].touched


def test_a_label_gone_from_the_dataset_is_left_to_the_merge() -> None:
    current = {"gt": {k: v for k, v in CURRENT["gt"].items() if k != IDS[1]}}
    assert "s1" in _summarize(SCHEMA, ID_MAP, _download(), current)["gt"].touched


def _id_map() -> dict[str, Any]:
    return {"gt": {k: list(v) for k, v in ID_MAP["gt"].items()}}


def test_untouched_samples_are_hidden_then_restored() -> None:
    id_map, download = _id_map(), _download()
    pruned = _prune(SCHEMA, id_map, download, CURRENT)
    assert pruned.hidden.to_fiftyone() == {"gt": {"s1": ID_MAP["gt"]["s1"]}}
    assert set(pruned.labels.by_sample("gt", "detections")) == {"s2", "s3", "s4", "s5"}
    assert "s1" in download["gt"]["detections"] and id_map == ID_MAP  # new values only
    rest, hidden = IdMap.from_fiftyone(id_map).split({"gt": {"s1"}})
    assert hidden == pruned.hidden and "s1" not in rest.field("gt")
    assert rest.merged(hidden).to_fiftyone() == ID_MAP


@pytest.mark.parametrize(
    ("dest_field", "clips", "frames", "expected"),
    [
        (None, False, False, True),
        ("copy", False, False, False),
        (None, True, False, False),
        (None, False, True, False),
    ],
)
def test_pruning_only_when_merging_into_the_run_fields(
    dest_field: Any, clips: bool, frames: bool, expected: bool
) -> None:
    with fiftyone_hooks.calling(dest_field=dest_field) as call:
        assert prunes(fiftyone_hooks.current(), is_clips=clips, is_frames=frames) is expected
        assert fiftyone_hooks.current() is call
    assert not prunes(None, is_clips=False, is_frames=False)  # outside load_annotations()


def test_the_wrapper_publishes_dest_field(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []

    def load_annotations(samples: Any, anno_key: str, **_: Any) -> None:
        call = fiftyone_hooks.current()
        seen.append(call.dest_field if call else "no call")

    monkeypatch.setattr(foua, "load_annotations", load_annotations)
    plugin.install()
    foua.load_annotations(None, "key", dest_field="copy")
    foua.load_annotations(None, "key")
    assert seen == ["copy", None]


def test_the_wrapper_binds_fiftyones_signature(monkeypatch: pytest.MonkeyPatch) -> None:
    """Arguments given by position reach the load as well as keywords do."""
    seen: list[Any] = []

    def load_annotations(
        samples: Any,
        anno_key: str,
        dest_field: Any = None,
        unexpected: Any = "prompt",
        cleanup: bool = False,
        progress: Any = None,
        **kwargs: Any,
    ) -> None:  # FiftyOne's parameters
        call = fiftyone_hooks.current()
        seen.append((call.dest_field, call.unexpected) if call else "no call")

    monkeypatch.setattr(foua, "load_annotations", load_annotations)
    plugin.install()
    foua.load_annotations(None, "key", "copy", "return")
    assert seen == [("copy", "return")]


def test_a_label_found_on_another_sample_is_deleted_there_and_added_here() -> None:
    download = _download()
    download["gt"]["detections"]["s1"].pop(IDS[0])
    download["gt"]["detections"]["s5"] = {IDS[0]: _det(IDS[0])}  # same label, other image
    summary = _summarize(SCHEMA, ID_MAP, download, CURRENT)["gt"]
    assert {"s1", "s5"} <= summary.touched
    assert (summary.added, summary.deleted) == (2, 2)


# ----- videos: frame fields are pruned per video, and never with tracks ------

VIDEO_SCHEMA = build_run_schema(
    {"frames.gt": {"type": "detections", "classes": ["cat"], "existing_field": True}},
    media_type="video",
)
F1, F2 = "f" * 23 + "1", "f" * 23 + "2"
VIDEO_ID_MAP = {"frames.gt": {"v1": {F1: [IDS[0]], F2: [IDS[1]]}, "v2": {F1: [IDS[2]]}}}
VIDEO_CURRENT = {"frames.gt": {i: _raw(_det(i)) for i in IDS[:3]}}


def _video_download(index: int | None = None) -> dict[str, Any]:
    def det(label_id: str) -> fo.Detection:
        label = _det(label_id)
        label.index = index
        return label

    frames = {"v1": {F1: {IDS[0]: det(IDS[0])}, F2: {IDS[1]: det(IDS[1])}}, "v2": {F1: {}}}
    return {"frames.gt": {"detections": frames}}


def _hide_video(
    download: dict[str, Any],
    schema: Any = VIDEO_SCHEMA,
    current: dict[str, Any] = VIDEO_CURRENT,
) -> tuple[Pruned, dict[str, Any]]:
    id_map = {"frames.gt": {k: dict(v) for k, v in VIDEO_ID_MAP["frames.gt"].items()}}
    pruned = _prune(schema, id_map, download, current)
    return pruned, pruned.hidden.to_fiftyone()


def test_an_untouched_video_is_hidden_whole() -> None:
    download = _video_download()
    pruned, hidden = _hide_video(download)
    assert list(hidden["frames.gt"]) == ["v1"]  # v2 lost its label: merged; v1 unchanged
    assert set(pruned.labels.by_sample("frames.gt", "detections")) == {"v2"}
    rest = IdMap.from_fiftyone(VIDEO_ID_MAP).split({"frames.gt": {"v1"}})[0]
    assert set(rest.field("frames.gt")) == {"v2"}
    assert rest.merged(pruned.hidden).to_fiftyone() == VIDEO_ID_MAP


def test_a_label_moved_to_another_frame_touches_its_video() -> None:
    download = _video_download()
    frames = download["frames.gt"]["detections"]["v1"]
    frames[F2][IDS[0]] = frames[F1].pop(IDS[0])
    summary = _summarize(VIDEO_SCHEMA, VIDEO_ID_MAP, download, VIDEO_CURRENT)["frames.gt"]
    assert "v1" in summary.touched and (summary.added, summary.deleted) == (1, 2)


def test_videos_with_tracks_or_keyframes_are_always_merged() -> None:
    tracked = {"frames.gt": {i: {**d, "index": 1} for i, d in VIDEO_CURRENT["frames.gt"].items()}}
    assert not any(_hide_video(_video_download(index=1), current=tracked)[1].values())
    keyframes = build_run_schema(
        {
            "frames.gt": {
                "type": "detections",
                "classes": ["cat"],
                "existing_field": True,
                "only_keyframes": True,
            }
        },
        media_type="video",
    )
    assert not any(_hide_video(_video_download(), keyframes)[1].values())
