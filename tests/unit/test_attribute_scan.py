"""annotate()'s attribute scan for this backend: FiftyOne's answer, from raw documents."""

from __future__ import annotations

from collections.abc import Iterator

import fiftyone as fo
import fiftyone.core.labels as fol
import fiftyone.utils.annotations as foua
import pytest

import fiftyone_cvat
from fiftyone_cvat.plugin import backend as backend_module
from fiftyone_cvat.plugin.backend import CVATBackendConfig

pytestmark = pytest.mark.db  # builds datasets in FiftyOne's database


@pytest.fixture(scope="module")
def backend() -> backend_module.CVATBackend:
    config = CVATBackendConfig(fiftyone_cvat.BACKEND_NAME, {"gt": {"type": "detections"}})
    return backend_module.CVATBackend(config)


def _unwrapped() -> object:
    return foua._get_label_attributes.__wrapped__  # type: ignore[attr-defined]


def _box(label: str, **attrs: object) -> fo.Detection:
    return fo.Detection(label=label, bounding_box=[0.1, 0.1, 0.2, 0.2], **attrs)


@pytest.fixture(scope="module")
def images() -> Iterator[fo.Dataset]:
    dataset = fo.Dataset()
    dataset.add_samples(
        [
            fo.Sample(
                filepath="/tmp/a.jpg",
                gt=fo.Detections(
                    detections=[
                        _box("car", color=None, occluded=True),
                        _box("car", group_id=3, color="red", score2=0.5),
                    ]
                ),
                one=fo.Classification(label="x", flag=False, count=2),
            ),
            fo.Sample(
                filepath="/tmp/b.jpg",
                gt=fo.Detections(detections=[_box("dog", color=7, note="n", iscrowd=1)]),
                one=fo.Classification(label="y", group_id=4),
            ),
            fo.Sample(filepath="/tmp/c.jpg"),
        ]
    )
    yield dataset
    dataset.delete()


@pytest.fixture(scope="module")
def video() -> Iterator[fo.Dataset]:
    dataset = fo.Dataset()
    sample = fo.Sample(filepath="/tmp/v.mp4")
    sample.frames[1] = fo.Frame(
        gt=fo.Detections(detections=[_box("car", keyframe=True, index=1, mood="ok")])
    )
    dataset.add_sample(sample)
    yield dataset
    dataset.delete()


CASES = [
    ("images", "gt", "detections", None),
    ("images", "gt", "detections", ["dog"]),
    ("images", "gt", "detections", ["car"]),
    ("images", "one", "classification", None),
    ("video", "frames.gt", "detections", None),
]


@pytest.mark.parametrize(("which", "field", "label_type", "classes"), CASES)
def test_the_scan_answers_as_fiftyone_does(
    request: pytest.FixtureRequest,
    backend: backend_module.CVATBackend,
    which: str,
    field: str,
    label_type: str,
    classes: list[str] | None,
) -> None:
    samples = request.getfixturevalue(which)
    ours = foua._get_label_attributes(samples, backend, field, label_type, classes=classes)
    theirs = _unwrapped()(samples, backend, field, label_type, classes=classes)  # type: ignore[operator]
    assert ours == theirs


def test_the_scan_does_not_build_label_objects(
    monkeypatch: pytest.MonkeyPatch, images: fo.Dataset, backend: backend_module.CVATBackend
) -> None:
    def refuse(self: fol.Label) -> Iterator[tuple[str, object]]:
        raise AssertionError("a label object was built and asked for its attributes")

    for cls in (fol.Label, fol.Detection, fol.Classification):
        monkeypatch.setattr(cls, "iter_attributes", refuse)
    got = foua._get_label_attributes(images, backend, "gt", "detections")
    assert got["occluded"] == {"type": "occluded"}
    assert got["group_id"] == {"type": "group_id"}
    assert got["color"] == {"type": "text"}


def test_legacy_attribute_dicts_take_fiftyones_scan(backend: backend_module.CVATBackend) -> None:
    dataset = fo.Dataset()
    box = _box("car")
    box.attributes["size"] = fo.CategoricalAttribute(value="big")
    box.attributes["flag"] = fo.BooleanAttribute(value=True)
    dataset.add_sample(fo.Sample(filepath="/tmp/l.jpg", gt=fo.Detections(detections=[box])))
    try:
        ours = foua._get_label_attributes(dataset, backend, "gt", "detections")
        theirs = _unwrapped()(dataset, backend, "gt", "detections")  # type: ignore[operator]
        assert ours == theirs
        assert ours["flag"] == {"type": "checkbox", "values": [True, False]}
    finally:
        dataset.delete()


def test_other_backends_get_fiftyones_scan(
    monkeypatch: pytest.MonkeyPatch, images: fo.Dataset
) -> None:
    class Other:
        config = object()

        def recommend_attr_tool(self, name: str, value: object) -> dict[str, str]:
            return {"type": "other"}

    seen: list[str] = []
    original = fol.Detection.iter_attributes

    def counting(self: fol.Detection) -> Iterator[tuple[str, object]]:
        seen.append(self.label)
        return original(self)

    monkeypatch.setattr(fol.Detection, "iter_attributes", counting)
    got = foua._get_label_attributes(images, Other(), "gt", "detections")
    assert seen  # FiftyOne built the label objects itself
    assert all(v == {"type": "other"} for v in got.values())
