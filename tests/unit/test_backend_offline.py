"""The backend's wiring without a server: registration, config privacy, encoding a run."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import fiftyone as fo
import numpy as np
import pytest
from PIL import Image

import fiftyone_cvat
from fiftyone_cvat.domain.planning import PlanOptions, plan_run
from fiftyone_cvat.domain.schema.schema_build import build_run_schema
from fiftyone_cvat.fiftyone_io.collection import media_items
from fiftyone_cvat.fiftyone_io.encode_run import RunEncoder
from fiftyone_cvat.plugin.backend import CVATBackendConfig
from fiftyone_cvat.runs.annotate import job_slice

pytestmark = pytest.mark.db  # builds datasets in FiftyOne's database


def test_register_replaces_the_builtin_and_adds_our_name() -> None:
    saved = dict(fo.annotation_config.backends)
    try:
        fiftyone_cvat.register()
        for name in ("cvat", "fiftyone_cvat"):
            assert fo.annotation_config.backends[name]["config_cls"] == fiftyone_cvat.CONFIG_CLS
    finally:
        fo.annotation_config.backends.clear()
        fo.annotation_config.backends.update(saved)


def test_fiftyones_import_annotations_is_routed_only_for_this_backend(
    monkeypatch: pytest.MonkeyPatch,
) -> None:

    import fiftyone.utils.cvat as fouc

    from fiftyone_cvat.plugin.fiftyone_hooks import is_this_backend

    backends = {
        "cvat": {"config_cls": "fiftyone.utils.cvat.CVATBackendConfig"},
        "ours": {"config_cls": fiftyone_cvat.CONFIG_CLS},
        "alias": {"config_cls": "fiftyone_cvat.CVATBackendConfig"},
        "broken": {"config_cls": "no.such.ConfigClass"},
    }
    monkeypatch.setattr(fo.annotation_config, "backends", backends)
    assert [is_this_backend(n) for n in ("cvat", "ours", "alias", "broken", "unknown")] == [
        False,
        True,
        True,
        False,
        False,
    ]
    assert getattr(fouc.import_annotations, "_fiftyone_cvat_route", False)


def test_credentials_never_reach_the_run_record() -> None:
    config = CVATBackendConfig(
        "cvat",
        {},
        url="http://cvat.test",
        username="alice",
        password="s3cret-pass",
        access_token="tok-123",
        headers={"X-Secret": "h"},
    )
    stored = str(config.serialize())
    assert "http://cvat.test" in stored
    for secret in ("alice", "s3cret-pass", "tok-123", "X-Secret"):
        assert secret not in stored
    assert config.password == "s3cret-pass" and config.access_token == "tok-123"


def test_bad_worker_count_is_refused_before_anything_runs() -> None:
    with pytest.raises(ValueError, match="max_workers"):
        CVATBackendConfig("cvat", {}, max_workers=0)


@pytest.fixture
def image_dataset(tmp_path: Path) -> fo.Dataset:
    samples = []
    for i in range(5):
        path = tmp_path / f"im{i}.jpg"
        Image.fromarray(np.zeros((48, 64, 3), dtype=np.uint8)).save(path)
        dets = [fo.Detection(label="cat", bounding_box=[0.25, 0.25, 0.5, 0.5])]
        if i == 0:
            dets.append(fo.Detection(label="dog", bounding_box=[0.0, 0.0, 0.25, 0.5]))
        samples.append(fo.Sample(filepath=str(path), gt=fo.Detections(detections=dets)))
    dataset = fo.Dataset()
    dataset.add_samples(samples)
    yield dataset
    dataset.delete()


def test_a_run_is_encoded_per_task_and_job(image_dataset: fo.Dataset) -> None:
    label_schema = {
        "gt": {
            "type": "detections",
            "classes": ["cat", "dog"],
            "attributes": {},
            "existing_field": True,
        }
    }
    run_schema = build_run_schema(label_schema)
    items = media_items(image_dataset, "filepath", run_schema)
    plan = plan_run(items, PlanOptions(task_size=3, segment_size=2, dataset_name="d"))
    encoder = RunEncoder(image_dataset, run_schema, plan)
    tasks = [encoder.encode(task) for task in plan.tasks]

    assert [len(t.items) for t in plan.tasks] == [3, 2]
    first = tasks[0].annotations
    assert len(first["shapes"]) == 4  # 2 + 1 + 1 boxes in the first task
    box = first["shapes"][0]
    assert box["type"] == "rectangle" and box["points"] == [16.0, 12.0, 48.0, 36.0]
    assert box["attributes"]["label_id"] == image_dataset.first().gt.detections[0].id
    assert [(f.width, f.height) for f in tasks[0].frames] == [(64, 48)] * 3

    ids = image_dataset.values("gt.detections.id")
    sample_ids = image_dataset.values("id")
    assert encoder.id_map["gt"] == dict(zip(sample_ids, ids, strict=True))

    jobs = plan.tasks[0].jobs
    assert [(j.start_frame, j.stop_frame) for j in jobs] == [(0, 1), (2, 2)]
    assert len(job_slice(first, 0, 1)["shapes"]) == 3
    assert len(job_slice(first, 2, 2)["shapes"]) == 1


def test_a_polygon_of_a_polylines_field_keeps_its_fill() -> None:
    from fiftyone_cvat.domain.loading.downloaded import Downloaded
    from fiftyone_cvat.domain.loading.report import keep_polygon_fill

    run_schema = build_run_schema(
        {"shapes": {"type": "polylines", "classes": ["road"], "existing_field": True}},
        media_type="image",
    )
    ids = [f"{i:024x}" for i in (1, 2, 3)]
    current = {
        "shapes": {
            ids[0]: {"filled": True, "closed": True},
            ids[1]: {"filled": False, "closed": True},
            ids[2]: {"filled": True, "closed": True},
        }
    }
    downloaded = {i: fo.Polyline(label="road", points=[[[0, 0], [1, 0], [1, 1]]]) for i in ids}
    downloaded[ids[0]].closed = downloaded[ids[1]].closed = True
    annotations = {"shapes": {"polylines": {"s": downloaded}}}  # ids[2] is now open in CVAT
    keep_polygon_fill(run_schema, Downloaded(annotations), current)
    assert [downloaded[i].filled for i in ids] == [True, False, False]


def test_client_options_reach_the_connection_settings() -> None:
    """request_timeout, verify, poll_period, retry_budget, stall_horizon, organization,
    headers, credentials: what CVAT cannot store, the connection must carry (every one
    dropped once: this test fails)."""
    from fiftyone_cvat.cvat.settings import resolve_settings

    config = CVATBackendConfig(
        "cvat",
        {},
        url="http://cvat.test/",
        username="ann",
        password="pw",
        email="ann@example.com",
        access_token="tok",
        organization="team",
        headers={"X-Proxy": "1"},
        request_timeout=12.5,
        verify=False,
        poll_period=0.25,
        retry_budget=30.0,
        stall_horizon=7.0,
    )
    s = resolve_settings(**config.connection_kwargs(), environ={}, annotation_config={})
    assert (s.url, s.username, s.password, s.email) == (
        "http://cvat.test",
        "ann",
        "pw",
        "ann@example.com",
    )
    assert (s.access_token, s.organization, dict(s.headers)) == ("tok", "team", {"X-Proxy": "1"})
    assert (s.timeout, s.verify, s.poll_period) == (12.5, False, 0.25)
    assert (s.retry_budget, s.stall_horizon) == (30.0, 7.0)
    env = {"FIFTYONE_CVAT_RETRY_BUDGET": "99", "FIFTYONE_CVAT_STALL_HORIZON": "99"}
    s = resolve_settings(**config.connection_kwargs(), environ=env, annotation_config={})
    assert (s.retry_budget, s.stall_horizon) == (30.0, 7.0)  # a keyword wins


# --- a load whose arguments did not reach the backend ------------------------------


@pytest.fixture
def saved_run(
    image_dataset: fo.Dataset, monkeypatch: pytest.MonkeyPatch
) -> tuple[fo.Dataset, list[tuple[object, bool]]]:
    """A saved run of this backend whose load records what it was given (no HTTP)."""
    from fiftyone_cvat.domain.loading.downloaded import Downloaded
    from fiftyone_cvat.domain.loading.id_map import IdMap
    from fiftyone_cvat.domain.loading.outcome import LoadOutcome
    from fiftyone_cvat.domain.run_record import RunRecord
    from fiftyone_cvat.plugin import backend as backend_module
    from fiftyone_cvat.plugin.results import CVATAnnotationResults

    seen: list[tuple[object, bool]] = []

    def load_run(conn: object, config: object, target: Any, call: object, **_: object) -> Any:
        seen.append((call, target.prune))
        return LoadOutcome(Downloaded(), target.id_map, IdMap(), {})

    monkeypatch.setattr(backend_module, "load_run", load_run)
    monkeypatch.setattr(
        backend_module.CVATBackend, "connect_to_api", lambda self: SimpleNamespace(connection=None)
    )
    config = CVATBackendConfig(fiftyone_cvat.BACKEND_NAME, {"gt": {"type": "detections"}})
    backend = backend_module.CVATBackend(config)
    backend.register_run(image_dataset, "run", overwrite=False)
    results = CVATAnnotationResults(
        image_dataset, config, "run", {"gt": {}}, RunRecord(task_ids=[]), backend=backend
    )
    # not cached, as in a new process: FiftyOne loads the results and their credentials
    backend.save_run_results(image_dataset, "run", results, cache=False)
    return image_dataset, seen


def test_a_load_without_its_arguments_takes_the_safe_path(
    saved_run: tuple[fo.Dataset, list[tuple[object, bool]]], caplog: pytest.LogCaptureFixture
) -> None:
    """FiftyOne's function bound before the hooks existed: no LoadCall reaches the
    backend, so nothing is pruned, new classes are kept, and the log says so."""
    import fiftyone.utils.annotations as foua

    dataset, seen = saved_run
    bound_before = foua.load_annotations.__wrapped__  # what such a caller holds
    with caplog.at_level("INFO", logger="fiftyone_cvat"):
        bound_before(dataset, "run", unexpected="return")
    assert seen == [(None, False)]
    assert "without its load_annotations() arguments" in caplog.text

    dataset.load_annotations("run", unexpected="return")  # through the hooks
    call, prune = seen[-1]
    assert call is not None and getattr(call, "unexpected", None) == "return" and prune


def test_job_filters_without_the_route_are_refused_before_any_request(
    saved_run: tuple[fo.Dataset, list[tuple[object, bool]]],
) -> None:
    import fiftyone.utils.annotations as foua

    dataset, seen = saved_run
    with pytest.raises(ValueError, match="job_stages/job_states reached the CVAT backend"):
        foua.load_annotations.__wrapped__(dataset, "run", job_stages="acceptance")
    assert seen == []
