"""Each test process talks to a mongod it started itself.

FiftyOne's own database service lets a second process attach to the first one's
mongod (tests/support/private_mongod.py), which made two xdist workers share one
database and delete each other's datasets.
"""

from __future__ import annotations

import os

import psutil
import pytest


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
