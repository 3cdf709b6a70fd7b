"""Each test process talks to a mongod it started itself.

FiftyOne's own database service lets a second process attach to the first one's
mongod (tests/support/private_mongod.py), which made two xdist workers share one
database and delete each other's datasets.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import psutil
import pytest
from private_mongod import PrivateMongod, shutdown


@pytest.mark.db
def test_the_database_server_is_a_child_of_this_process() -> None:
    import fiftyone as fo
    import fiftyone.core.odm.database as fod

    fo.list_datasets()  # connects
    _, port = fod._client.address
    (server,) = [
        proc
        for proc in psutil.Process().children()
        if any(c.laddr.port == port for c in proc.net_connections(kind="tcp"))
    ]
    assert server.ppid() == os.getpid()
    assert fo.config.database_name.endswith(str(os.getpid()))


def test_the_session_teardown_stops_its_mongod_without_fiftyones_disconnect(
    tmp_path: Path,
) -> None:
    """FiftyOne 1.3 has no ``_disconnect``: its clients are closed by hand."""

    class Client:
        closed = False

        def close(self) -> None:
            self.closed = True

    client = Client()
    database = SimpleNamespace(_client=client, _async_client=None)
    with _mongod(tmp_path) as mongod:
        shutdown(mongod, database)
        assert mongod.process.poll() is not None
    assert client.closed and database._client is None


def test_the_session_teardown_stops_its_mongod_when_disconnect_fails(tmp_path: Path) -> None:
    def disconnect() -> None:
        raise RuntimeError("disconnect failed")

    with _mongod(tmp_path) as mongod:
        with pytest.raises(RuntimeError, match="disconnect failed"):
            shutdown(mongod, SimpleNamespace(_disconnect=disconnect))
        assert mongod.process.poll() is not None


@contextmanager
def _mongod(tmp_path: Path) -> Iterator[PrivateMongod]:
    """A mongod that is killed after the test even when the code under test failed to
    stop it (as under the mutation check)."""
    mongod = PrivateMongod(str(tmp_path))
    try:
        yield mongod
    finally:
        if mongod.process.poll() is None:
            mongod.process.kill()
            mongod.process.wait()
