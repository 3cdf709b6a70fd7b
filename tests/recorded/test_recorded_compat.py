"""The core recorded scenarios on the CVAT servers people run: 2.17, 2.40 and 2.73.

Each scenario is the same code as its 2.73-only test (imported from there) run
against every server generation, with cassettes in ``cassettes/compat/cvat-<version>/``.
All replay offline. Re-recording one version needs only that version's server:
``FIFTYONE_CVAT_URL_2_17=http://... pytest -k "2.17" --record-mode=rewrite
tests/recorded/test_recorded_compat.py`` (2.73 reads ``FIFTYONE_CVAT_URL``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cassette_support as cs
import pytest
import test_recorded_backend as recorded
import test_recorded_import as recorded_import
import test_recorded_organization as recorded_org

pytestmark = [pytest.mark.vcr, pytest.mark.db, pytest.mark.usefixtures("registered_backend")]

SERVERS = {
    "2.17": "FIFTYONE_CVAT_URL_2_17",
    "2.40": "FIFTYONE_CVAT_URL_2_40",
    "2.73": "FIFTYONE_CVAT_URL",
}


@pytest.fixture(params=list(SERVERS), autouse=True)
def server(
    request: pytest.FixtureRequest, record_mode: str, monkeypatch: pytest.MonkeyPatch
) -> str:
    """The server generation; when recording, its URL becomes ``FIFTYONE_CVAT_URL``."""
    version: str = request.param
    if cs.is_recording(record_mode):
        url = os.environ.get(SERVERS[version])
        if not url:
            pytest.skip(f"recording CVAT {version} needs {SERVERS[version]}")
        monkeypatch.setenv(cs.ENV_URL, url)
    return version


@pytest.fixture
def vcr_config(server: str, record_mode: str) -> dict[str, Any]:
    """After ``server``: the host to scrub is that version's."""
    return cs.vcr_config(record_mode)


@pytest.fixture
def vcr_cassette_dir(server: str) -> str:
    return str(cs.CASSETTE_DIR / "compat" / f"cvat-{server}")


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    return str(request.node.originalname)


def test_basic_recipe_with_edits(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    recorded.test_basic_recipe_edits_arrive_and_cleanup_removes_tasks(
        tmp_path, kw, creds, connection
    )


def test_new_field_with_attributes(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    recorded.test_new_field_label_field_form(tmp_path, kw, creds, connection)


def test_video_tracks_with_keyframes_and_frame_step(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    recorded.test_video_track_with_frame_step_and_immutable_attribute(
        tmp_path, kw, creds, connection
    )


def test_project_created_then_reused(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    recorded.test_project_is_created_and_cleanup_removes_it(tmp_path, kw, creds)
    recorded.test_existing_project_reuses_its_schema_and_is_kept(tmp_path, kw, creds, connection)


def test_assignees(
    tmp_path: Path, kw: dict[str, Any], connection: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    recorded.test_assign_users_round_robin_and_print_status(tmp_path, kw, connection, capsys)


def test_import_annotations_from_a_project(
    tmp_path: Path, connection: Any, record_mode: str
) -> None:
    recorded_import.test_project_by_name_inserts_new_samples(tmp_path, connection, record_mode)


def test_a_task_deleted_in_cvat(
    tmp_path: Path, kw: dict[str, Any], creds: dict[str, Any], connection: Any
) -> None:
    recorded.test_a_task_deleted_in_cvat_leaves_its_samples_unchanged(
        tmp_path, kw, creds, connection
    )


def test_organization(connect: Callable[..., Any]) -> None:
    recorded_org.test_organization_scopes_creation_and_listing(connect)
