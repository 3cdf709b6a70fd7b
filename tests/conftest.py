"""Test-wide setup.

FiftyOne's database is kept out of the user's ``~/.fiftyone``: every test run
gets a private database directory (unless FIFTYONE_DATABASE_URI points at a
server), created before FiftyOne is imported and removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from private_mongod import PrivateMongod, shutdown

_DB_DIR: str | None = None
if not os.environ.get("FIFTYONE_DATABASE_URI"):
    _DB_DIR = tempfile.mkdtemp(prefix="fiftyone-cvat-tests-db-")
    os.environ["FIFTYONE_DATABASE_DIR"] = _DB_DIR
os.environ.setdefault("FIFTYONE_DO_NOT_TRACK", "true")
# Not setdefault: an xdist worker inherits its controller's environment.
os.environ["FIFTYONE_DATABASE_NAME"] = f"fiftyone-cvat-tests-{os.getpid()}"
_MONGOD: PrivateMongod | None = None


@pytest.fixture(scope="session", autouse=True)
def _private_database(request: pytest.FixtureRequest) -> None:
    """This process's own mongod, started before any test reaches the database.

    FiftyOne's service would attach every worker to the first one's mongod
    (tests/support/private_mongod.py says why); ``database_uri`` bypasses it.
    """
    global _MONGOD
    if _DB_DIR is None or _MONGOD is not None:
        return
    if not any(item.get_closest_marker("db") for item in request.session.items):
        return
    _MONGOD = PrivateMongod(_DB_DIR)
    os.environ["FIFTYONE_DATABASE_URI"] = _MONGOD.uri  # subprocesses of this worker too
    import fiftyone as fo

    fo.config.database_uri = _MONGOD.uri


@pytest.fixture(autouse=True)
def _database_only_where_marked(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that reaches FiftyOne's database must say so with ``@pytest.mark.db``,
    so ``-m "not db"`` really runs without mongod."""
    fod = sys.modules.get("fiftyone.core.odm.database")
    if fod is None or request.node.get_closest_marker("db") is not None:
        yield
        return

    def refuse() -> None:
        raise AssertionError(f"{request.node.nodeid} uses FiftyOne's database: mark it db")

    saved = fod._connect
    fod._connect = refuse
    try:
        yield
    finally:
        fod._connect = saved


def pytest_sessionfinish(session: object, exitstatus: int) -> None:
    if _MONGOD is not None:
        import atexit

        import fiftyone.core.odm.database as fod

        # FiftyOne's exit hook would connect to the stopped mongod and wait out
        # pymongo's 30 s server selection: the whole database goes with its directory.
        atexit.unregister(fod._delete_non_persistent_datasets_if_allowed)
        shutdown(_MONGOD, fod)
    if _DB_DIR is not None:
        shutil.rmtree(_DB_DIR, ignore_errors=True)


# ---------------------------------------------------------------------------
# Recorded tests (pytest-recording / vcrpy); see tests/support/cassette_support.py.
# ---------------------------------------------------------------------------

import cassette_support as cs  # noqa: E402


def pytest_recording_configure(config: Any, vcr: Any) -> None:
    vcr.register_matcher("cvat_body", cs.match_body)


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """Cassettes live in the top-level ``cassettes/<test module>/``."""
    return str(cs.CASSETTE_DIR / request.module.__name__.rsplit(".", 1)[-1])


@pytest.fixture
def vcr_config(record_mode: str) -> dict[str, Any]:
    return cs.vcr_config(record_mode)


@pytest.fixture
def connect(record_mode: str) -> Iterator[Callable[..., Any]]:
    """Factory for connections to the recorded server, closed after the test.

    ``connect()`` is the admin (``FIFTYONE_CVAT_USERNAME``); ``connect("user1")``
    an ordinary user. Extra kwargs go to ``Connection.connect``. Replays use
    the placeholder URL and no environment at all.
    """
    from fiftyone_cvat.cvat.connection import Connection

    opened: list[Connection] = []

    def factory(role: str = "admin", **kwargs: Any) -> Connection:
        account = (
            cs.admin_account(record_mode) if role == "admin" else cs.test_account(role, record_mode)
        )
        params: dict[str, Any] = {
            "url": cs.server_url(record_mode),
            "username": account.username,
            "password": account.password,
            "poll_period": 0.5 if cs.is_recording(record_mode) else 0,
            "annotation_config": {},
            "environ": {},
            "interactive": False,
        }
        params.update(kwargs)
        conn = Connection.connect(**params)
        opened.append(conn)
        return conn

    yield factory
    for conn in opened:
        conn.close()


@pytest.fixture
def connection(connect: Callable[..., Any]) -> Any:
    """An admin connection to the recorded server (use with ``@pytest.mark.vcr``)."""
    return connect()


@pytest.fixture(autouse=True)
def _every_recorded_request_is_sent(vcr: Any, record_mode: str) -> Iterator[None]:
    """A replay passes only when the code sent every request the recording holds.

    Without this, a dropped write (say, a job assignment) still passes: the later
    reads replay what the server answered when the write was there.
    """
    yield
    if vcr is not None and record_mode == "none" and not vcr.all_played:
        unplayed = [
            f"{r.method} {r.path}" for i, r in enumerate(vcr.requests) if not vcr.play_counts[i]
        ]
        pytest.fail(f"recorded requests never sent: {unplayed[:5]}", pytrace=False)


@pytest.fixture(autouse=True)
def _replays_do_not_wait(record_mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A replay answers at once, so the waits a live server asked for (429/503
    ``Retry-After``, polls of queued requests, create-once back-offs) are skipped;
    the same requests are still sent, in the same order. Tests that check the
    waits pass their own ``sleep``."""
    if cs.is_recording(record_mode):
        return
    from fiftyone_cvat.cvat import connection, create_once

    monkeypatch.setitem(connection.Connection.__init__.__kwdefaults__, "sleep", _no_wait)
    monkeypatch.setattr(create_once, "RETRY_DELAY", 0.0)


def _no_wait(seconds: float) -> None:
    del seconds


@pytest.fixture
def progress_bars(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Every progress bar a run draws, recorded (tests/support/progress_capture.py)."""
    import fiftyone as fo
    from progress_capture import RecordingBar

    from fiftyone_cvat.runs import progress as run_progress

    RecordingBar.bars = []
    monkeypatch.setattr(run_progress, "tqdm", RecordingBar)
    monkeypatch.setattr(fo.config, "show_progress_bars", True)
    return RecordingBar
