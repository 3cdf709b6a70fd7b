"""Test-wide setup.

FiftyOne's database is kept out of the user's ``~/.fiftyone``: every test run
gets a private database directory (unless FIFTYONE_DATABASE_URI points at a
server), created before FiftyOne is imported and removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import tempfile

_DB_DIR: str | None = None
if not os.environ.get("FIFTYONE_DATABASE_URI"):
    _DB_DIR = tempfile.mkdtemp(prefix="fiftyone-cvat-tests-db-")
    os.environ["FIFTYONE_DATABASE_DIR"] = _DB_DIR
os.environ.setdefault("FIFTYONE_DO_NOT_TRACK", "true")
os.environ.setdefault("FIFTYONE_DATABASE_NAME", f"fiftyone-cvat-tests-{os.getpid()}")


def pytest_sessionfinish(session: object, exitstatus: int) -> None:
    if _DB_DIR is None:
        return
    try:
        import fiftyone as fo
        import fiftyone.core.odm.database as fod

        if fod._db_service is not None:  # started by this run: drop it and stop mongod
            for name in fo.list_datasets():
                fo.delete_dataset(name)
            fod._db_service.stop()
    except Exception:  # the database may never have started
        pass
    shutil.rmtree(_DB_DIR, ignore_errors=True)
