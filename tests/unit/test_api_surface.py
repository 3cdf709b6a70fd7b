"""The public surface of FiftyOne's built-in CVAT classes, compared with ours programmatically.

A drop-in must offer every public method and property of the built-in's API,
results, backend and config classes, accepting the same parameters in the same
order. A FiftyOne upgrade that adds a name fails here until ours has it too.
"""

from __future__ import annotations

import inspect
from typing import Any

import fiftyone.utils.cvat as fouc
import pytest

from fiftyone_cvat.plugin import api, backend, results

PAIRS = [
    (fouc.CVATAnnotationAPI, api.CVATAnnotationAPI),
    (fouc.CVATAnnotationResults, results.CVATAnnotationResults),
    (fouc.CVATBackend, backend.CVATBackend),
    (fouc.CVATBackendConfig, backend.CVATBackendConfig),
]


def public_members(cls: type) -> dict[str, Any]:
    """Public names a class defines or inherits below ``object`` (methods and properties)."""
    out: dict[str, Any] = {}
    for klass in reversed(cls.__mro__[:-1]):
        for name, value in vars(klass).items():
            if not name.startswith("_"):
                out[name] = value
    return out


def parameters(member: Any) -> list[inspect.Parameter]:
    func = member.__func__ if isinstance(member, (classmethod, staticmethod)) else member
    return [p for p in inspect.signature(func).parameters.values() if p.name != "self"]


def constructor_attributes(cls: type) -> set[str]:
    """What the built-in's ``__init__`` stores: ``self.<param> = <param>`` for its params."""
    source = inspect.getsource(cls.__init__)
    return {
        p.name
        for p in parameters(cls.__init__)
        if p.kind is p.POSITIONAL_OR_KEYWORD and f"self.{p.name} = {p.name}" in source
    }


@pytest.mark.parametrize(("builtin", "ours"), PAIRS, ids=lambda c: c.__name__)
def test_every_public_name_of_the_builtin_exists(builtin: type, ours: type) -> None:
    missing = sorted(set(public_members(builtin)) - set(public_members(ours)))
    assert not missing, f"{ours.__name__} lacks the built-in's {missing}"


@pytest.mark.parametrize(("builtin", "ours"), PAIRS, ids=lambda c: c.__name__)
def test_methods_accept_the_builtins_arguments_in_order(builtin: type, ours: type) -> None:
    theirs_members, our_members = public_members(builtin), public_members(ours)
    problems = []
    for name, member in theirs_members.items():
        if isinstance(member, property) or not callable(getattr(builtin, name)):
            assert isinstance(our_members[name], property) or not callable(getattr(ours, name))
            continue
        theirs = [p for p in parameters(member) if p.kind is not p.VAR_KEYWORD]
        mine = parameters(our_members[name])
        names = [p.name for p in mine]
        if [p.name for p in theirs] != names[: len(theirs)]:
            problems.append(f"{name}{[p.name for p in theirs]} vs {names}")
        for p in mine[len(theirs) :]:
            if p.default is p.empty and p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL):
                problems.append(f"{name}: our extra parameter {p.name!r} has no default")
        for t, m in zip(theirs, mine, strict=False):
            if t.default is not t.empty and m.default is m.empty:
                problems.append(f"{name}: {t.name!r} is optional in the built-in")
    assert not problems, problems


def test_config_takes_every_builtin_parameter_with_its_default() -> None:
    theirs = parameters(fouc.CVATBackendConfig.__init__)
    mine = {p.name: p for p in parameters(backend.CVATBackendConfig.__init__)}
    for p in theirs:
        if p.kind is p.VAR_KEYWORD:
            continue
        assert p.name in mine, p.name
        assert mine[p.name].default == p.default, p.name


def test_results_hold_every_attribute_the_builtin_stores() -> None:
    attributes = constructor_attributes(fouc.CVATAnnotationResults)
    assert {"task_ids", "job_ids", "frame_id_map", "labels_task_map"} <= attributes
    ours = results.CVATAnnotationResults(None, None, "key", {})
    missing = sorted(a for a in attributes if not hasattr(ours, a))
    assert not missing, missing


def test_results_frame_id_map_has_the_builtins_layout() -> None:
    from fiftyone_cvat.domain.run_record import RunRecord

    record = RunRecord.from_json(
        {
            "task_ids": [4, 5],
            "frame_maps": {"5": [["v1", 11, "f11"]], "4": [["s1", None, None], ["s2", None, None]]},
            "frame_sizes": {"5": [[64, 48]], "4": [[64, 48], [64, 48]]},
        }
    )
    ours = results.CVATAnnotationResults(None, None, "key", {}, record)
    assert list(ours.frame_id_map) == [4, 5]  # the run's task order, not completion order
    assert ours.frame_id_map == {
        4: {0: {"sample_id": "s1"}, 1: {"sample_id": "s2"}},
        5: {0: {"sample_id": "v1", "frame_id": "f11"}},
    }


def test_results_id_map_is_saved_packed_and_read_in_both_forms() -> None:
    """FiftyOne's id map goes as one JSON text (saved after every load); results saved
    before that hold it as a dict, and still load."""
    from fiftyone_cvat.domain.run_record import PACKED

    id_map = {"gt": {"s1": ["a", "b"], "s2": None}, "frames": {"v1": {"f1": "c"}}}
    ours = results.CVATAnnotationResults(None, None, "key", id_map)
    saved = ours.serialize()
    assert set(saved["id_map"]) == {PACKED}  # type: ignore[arg-type]
    for stored in (saved, {**saved, "id_map": id_map}):
        back = results.CVATAnnotationResults._from_dict(stored, None, None, "key")
        assert back.id_map == id_map
