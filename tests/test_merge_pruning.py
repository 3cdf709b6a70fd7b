"""Which samples FiftyOne's merge may skip, and the id map kept whole around it (offline)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import fiftyone as fo
import fiftyone.utils.annotations as foua
import pytest

from fiftyone_cvat.domain.merge_summary import as_dicts, summarize
from fiftyone_cvat.domain.schema_build import build_run_schema
from fiftyone_cvat.fiftyone_io.merge_pruning import (
    hide_untouched,
    merges_into_run_fields,
    restore_hidden,
)
from fiftyone_cvat.plugin import load_routing

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
    summary = summarize(SCHEMA, ID_MAP, _download(), CURRENT)["gt"]
    assert summary.touched == {"s2", "s3", "s4"}
    assert (summary.added, summary.edited, summary.deleted, summary.unchanged) == (1, 2, 1, 2)
    assert "touched" not in as_dicts({"gt": summary})["gt"]


def test_a_copied_label_touches_both_samples() -> None:
    download = _download()
    download["gt"]["detections"]["s5"] = {IDS[0]: _det(IDS[0])}
    assert {"s1", "s5"} <= summarize(SCHEMA, ID_MAP, download, CURRENT)["gt"].touched


def test_a_label_gone_from_the_dataset_is_left_to_the_merge() -> None:
    current = {"gt": {k: v for k, v in CURRENT["gt"].items() if k != IDS[1]}}
    assert "s1" in summarize(SCHEMA, ID_MAP, _download(), current)["gt"].touched


def _results() -> Any:
    id_map = {"gt": {k: list(v) for k, v in ID_MAP["gt"].items()}}
    return SimpleNamespace(id_map=id_map, _is_frames=False, _is_clips=False)


def _load_annotations(monkeypatch: pytest.MonkeyPatch, **kwargs: Any) -> tuple[Any, Any, int]:
    """Runs hide_untouched from inside a stand-in for FiftyOne's load_annotations."""
    results, download = _results(), _download()
    summaries = summarize(SCHEMA, results.id_map, download, CURRENT)

    def load_annotations(samples: Any, anno_key: str, **_: Any) -> int:
        return hide_untouched(results, SCHEMA, download, summaries)

    monkeypatch.setattr(foua, "load_annotations", load_annotations)
    load_routing.install()  # wraps the stand-in: the call's dest_field reaches the backend
    return results, download, foua.load_annotations(None, "key", **kwargs)


def test_untouched_samples_are_hidden_then_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    results, download, hidden = _load_annotations(monkeypatch)
    assert hidden == 1
    assert "s1" not in download["gt"]["detections"] and "s1" not in results.id_map["gt"]
    assert set(download["gt"]["detections"]) == {"s2", "s3", "s4", "s5"}
    restore_hidden(results)
    restore_hidden(results)  # idempotent
    assert results.id_map == ID_MAP


def test_nothing_is_hidden_when_loading_into_a_dest_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    results, download, hidden = _load_annotations(monkeypatch, dest_field="copy")
    assert hidden == 0 and results.id_map == ID_MAP
    assert set(download["gt"]["detections"]) == {"s1", "s2", "s3", "s4", "s5"}


def test_nothing_is_hidden_outside_fiftyones_load_annotations() -> None:
    assert not merges_into_run_fields()
    results, download = _results(), _download()
    summaries = summarize(SCHEMA, results.id_map, download, CURRENT)
    assert hide_untouched(results, SCHEMA, download, summaries) == 0


def test_a_label_found_on_another_sample_is_deleted_there_and_added_here() -> None:
    download = _download()
    download["gt"]["detections"]["s1"].pop(IDS[0])
    download["gt"]["detections"]["s5"] = {IDS[0]: _det(IDS[0])}  # same label, other image
    summary = summarize(SCHEMA, ID_MAP, download, CURRENT)["gt"]
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
    monkeypatch: pytest.MonkeyPatch,
    download: dict[str, Any],
    schema: Any = VIDEO_SCHEMA,
    current: dict[str, Any] = VIDEO_CURRENT,
) -> tuple[Any, int]:
    id_map = {"frames.gt": {k: dict(v) for k, v in VIDEO_ID_MAP["frames.gt"].items()}}
    results = SimpleNamespace(id_map=id_map, _is_frames=False, _is_clips=False)
    summaries = summarize(schema, results.id_map, download, current)
    with load_routing.calling():
        return results, hide_untouched(results, schema, download, summaries)


def test_an_untouched_video_is_hidden_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    download = _video_download()
    results, hidden = _hide_video(monkeypatch, download)
    assert hidden == 1  # v2 lost its label: merged; v1 unchanged: hidden
    assert set(download["frames.gt"]["detections"]) == {"v2"}
    assert set(results.id_map["frames.gt"]) == {"v2"}
    restore_hidden(results)
    assert results.id_map == VIDEO_ID_MAP


def test_a_label_moved_to_another_frame_touches_its_video() -> None:
    download = _video_download()
    frames = download["frames.gt"]["detections"]["v1"]
    frames[F2][IDS[0]] = frames[F1].pop(IDS[0])
    summary = summarize(VIDEO_SCHEMA, VIDEO_ID_MAP, download, VIDEO_CURRENT)["frames.gt"]
    assert "v1" in summary.touched and (summary.added, summary.deleted) == (1, 2)


def test_videos_with_tracks_or_keyframes_are_always_merged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tracked = {"frames.gt": {i: {**d, "index": 1} for i, d in VIDEO_CURRENT["frames.gt"].items()}}
    assert _hide_video(monkeypatch, _video_download(index=1), current=tracked)[1] == 0
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
    assert _hide_video(monkeypatch, _video_download(), keyframes)[1] == 0
