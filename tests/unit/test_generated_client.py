"""The generated client: reproducible from the spec, importable, and sending what CVAT reads."""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import io
import json
import pkgutil
import sys
import warnings
from pathlib import Path
from types import ModuleType

import httpx
import pytest

import cvat_api
from cvat_api.api.jobs import jobs_update_annotations
from cvat_api.api.tasks import tasks_create_data
from cvat_api.client import AuthenticatedClient
from cvat_api.models import (
    DataRequest,
    LabeledData,
    LabeledDataRequest,
    LabeledShapeRequest,
    RequestStatus,
)
from cvat_api.types import File

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT.parent / "shared" / "cvat-openapi" / "cvat-2.73.0.yml"


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "generate_client", ROOT / "scripts" / "generate_client.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_client"] = module
    spec.loader.exec_module(module)
    return module


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_checked_in_client_is_exactly_what_the_generator_makes(tmp_path: Path) -> None:
    """Never skipped: with the spec, regenerate and compare byte for byte; without it
    (a CI clone has no ``../shared``), the tree must still match the digest the
    generator recorded, so a hand edit under ``generated/`` fails either way."""
    generator = _load_generator()
    manifest = json.loads((ROOT / "generated" / "manifest.json").read_text())
    assert generator.tree_digest(ROOT / "generated") == manifest["tree_sha256"], (
        "generated/ is not what scripts/generate_client.py wrote: never edit it, regenerate"
    )
    if not SPEC.exists():
        warnings.warn(f"no CVAT spec at {SPEC}: checked the recorded digest only", stacklevel=1)
        return
    assert hashlib.sha256(SPEC.read_bytes()).hexdigest() == manifest["spec_sha256"], (
        f"{SPEC} is not the spec generated/ was made from: run scripts/generate_client.py"
    )
    out = tmp_path / "generated"
    generator.generate(SPEC.read_bytes(), out)
    fresh, checked_in = _tree(out), _tree(ROOT / "generated")
    assert sorted(fresh) == sorted(checked_in), "file lists differ: run scripts/generate_client.py"
    changed = [name for name in fresh if fresh[name] != checked_in[name]]
    assert not changed, f"generated/ drifted from the generator in: {changed[:10]}"


def test_manifest_records_spec_and_normalizations() -> None:
    manifest = json.loads((ROOT / "generated" / "manifest.json").read_text())
    assert manifest["spec_title"] == "CVAT REST API"
    assert manifest["generator"].startswith("openapi-python-client ")
    assert len(manifest["spec_sha256"]) == 64
    fixed = manifest["normalizations"]["one_content_type_per_operation"]
    assert "jobs_update_annotations: application/json" in fixed
    assert "tasks_create_data: multipart/form-data" in fixed


def test_every_generated_module_imports() -> None:
    names = [
        m.name for m in pkgutil.walk_packages(cvat_api.__path__, prefix=f"{cvat_api.__name__}.")
    ]
    assert len(names) > 300
    for name in names:
        importlib.import_module(name)


class _Capture:
    """An httpx transport that records the request and answers with a canned status."""

    def __init__(self, status: int, body: object = None) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.body = body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body)


def _client(capture: _Capture) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="http://cvat.test",
        token="t",
        prefix="Token",
        httpx_args={"transport": httpx.MockTransport(capture)},
    )


def test_annotations_go_as_one_json_document_with_every_list() -> None:
    capture = _Capture(200, {"version": 0, "tags": [], "shapes": [], "tracks": []})
    shape = LabeledShapeRequest.from_dict(
        {
            "type": "rectangle",
            "frame": 0,
            "label_id": 3,
            "points": [1.0, 2.0, 30.0, 40.0],
            "attributes": [{"spec_id": 7, "value": "abc"}],
        }
    )
    body = LabeledDataRequest(shapes=[shape], tags=[], tracks=[])
    jobs_update_annotations.sync_detailed(5, client=_client(capture), body=body)

    (request,) = capture.requests
    assert request.method == "PUT"
    assert request.url.path == "/api/jobs/5/annotations/"
    assert request.headers["content-type"] == "application/json"
    sent = json.loads(request.content)
    assert sent["tags"] == [] and sent["tracks"] == []
    assert sent["shapes"][0]["points"] == [1.0, 2.0, 30.0, 40.0]
    assert sent["shapes"][0]["attributes"] == [{"spec_id": 7, "value": "abc"}]


def test_uploads_go_as_multipart_with_the_boundary_of_the_header() -> None:
    capture = _Capture(202, {"rq_id": "create:task-1"})
    files = [
        File(payload=io.BytesIO(b"\xff\xd8one"), file_name="a.jpg", mime_type="image/jpeg"),
        File(payload=io.BytesIO(b"\xff\xd8two"), file_name="b.jpg", mime_type="image/jpeg"),
    ]
    body = DataRequest(image_quality=75, client_files=files)
    response = tasks_create_data.sync_detailed(1, client=_client(capture), body=body)

    (request,) = capture.requests
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1].encode()
    parts = request.content.split(b"--" + boundary)
    assert parts[-1].strip() == b"--", "body must close with the header's boundary"
    assert b'filename="a.jpg"' in request.content and b"\xff\xd8two" in request.content
    assert b'name="image_quality"' in request.content
    assert response.parsed is not None and response.parsed.rq_id == "create:task-1"


def test_unknown_enum_values_from_a_newer_server_still_parse() -> None:
    payload = {
        "version": 3,
        "tags": [],
        "tracks": [],
        "shapes": [
            {
                "id": 1,
                "type": "hexagon",  # not in 2.73's ShapeType
                "frame": 0,
                "label_id": 1,
                "points": [0, 0, 1, 1],
                "attributes": [],
                "group": 0,
                "source": "manual",
                "occluded": False,
                "z_order": 0,
                "rotation": 0.0,
                "outside": False,
            }
        ],
    }
    parsed = LabeledData.from_dict(payload)
    assert parsed.shapes[0].type_ == "hexagon"

    from cvat_api.models import Request

    request = Request.from_dict(
        {
            "id": "x",
            "status": "paused",  # not in 2.73's RequestStatus
            "message": "",
            "operation": {"type": "create:task", "target": "task", "format": None},
            "created_date": "2026-01-01T00:00:00Z",
        }
    )
    assert request.status == "paused"
    known: set[RequestStatus] = {"queued", "started", "failed", "finished"}
    assert request.status not in known


def test_enum_check_still_rejects_a_value_of_the_wrong_type() -> None:
    from cvat_api.models.shape_type import check_shape_type

    with pytest.raises(TypeError):
        check_shape_type(3)  # type: ignore[arg-type]
