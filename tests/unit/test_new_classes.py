"""Labels of classes added in CVAT follow ``load_annotations(unexpected=...)`` (no HTTP)."""

from __future__ import annotations

from typing import Any

import pytest

from fiftyone_cvat import plugin
from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.loading.new_classes import route_new_classes
from fiftyone_cvat.plugin import fiftyone_hooks

LABELS = {"gt": {"detections": {"s1": {"a" * 24: "bus-label"}}}}
COUNTS = {"gt": {"bus": 1}}


def _route(call: Any, answer: str = "") -> tuple[dict[str, Any], dict[str, Any]]:
    annotations: dict[str, Any] = {"gt": {"detections": {"s1": {"b" * 24: "car-label"}}}}
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return answer

    routed = route_new_classes(Downloaded(LABELS), COUNTS, call, ask=ask)
    if call is not None:
        call.give_back(routed.returned)
    merged = Downloaded(annotations).deep_merged(routed.kept).to_fiftyone()
    return {"outcomes": routed.outcomes, "asked": asked}, merged


@pytest.mark.parametrize(
    ("unexpected", "answer", "outcome", "kept"),
    [
        ("keep", "", "kept", True),
        ("ignore", "", "ignored", False),
        ("return", "", "returned", False),
        ("prompt", "y", "kept", True),
        ("prompt", "", "ignored", False),
        (["detections"], "", "kept", True),
        (["polylines"], "", "ignored", False),
    ],
)
def test_unexpected_decides(unexpected: Any, answer: str, outcome: str, kept: bool) -> None:
    with fiftyone_hooks.calling(unexpected=unexpected) as call:
        seen, annotations = _route(call, answer)
    assert seen["outcomes"] == {"gt": outcome}
    samples = annotations["gt"]["detections"]["s1"]
    assert ("a" * 24 in samples) is kept and "b" * 24 in samples  # merged, not replaced
    assert bool(seen["asked"]) is (unexpected == "prompt")
    if unexpected == "prompt":
        assert "'bus'" in seen["asked"][0] and "'gt'" in seen["asked"][0]
    assert (call.returned.to_fiftyone() == LABELS) is (outcome == "returned")


def test_outside_a_load_call_nothing_is_dropped() -> None:
    seen, annotations = _route(None)
    assert seen["outcomes"] == {"gt": "kept"} and "a" * 24 in annotations["gt"]["detections"]["s1"]


def test_the_wrapper_adds_returned_labels_to_what_load_annotations_returns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import fiftyone.utils.annotations as foua

    def fake(
        samples: Any,
        anno_key: str,
        dest_field: Any = None,
        unexpected: Any = "prompt",
        cleanup: bool = False,
        progress: Any = None,
        **kwargs: Any,
    ) -> Any:  # FiftyOne's signature: the wrapper binds it
        call = fiftyone_hooks.current()
        assert call is not None and call.unexpected == unexpected == "return"
        call.give_back(Downloaded({"gt": {"detections": {"s1": {"x": 1}}}}))
        return {"gt": {"polylines": {"s1": {"y": 2}}}}

    monkeypatch.setattr(foua, "load_annotations", fake)
    plugin.install()
    out = foua.load_annotations(None, "key", unexpected="return")
    assert out == {"gt": {"polylines": {"s1": {"y": 2}}, "detections": {"s1": {"x": 1}}}}
    assert fiftyone_hooks.current() is None
