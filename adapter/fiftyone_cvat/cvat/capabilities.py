"""What a CVAT server can do, derived once from the version ``/api/server/about`` reports.

Self-hosted servers lag behind app.cvat.ai, and their APIs differ in ways a
client notices. Each difference is one named capability here, with the first
version that has it (read off CVAT's history and the recorded servers), so code
asks ``conn.capabilities.access_tokens`` instead of comparing versions itself.
"""

from __future__ import annotations

import re

import attrs

from fiftyone_cvat.cvat.errors import CVATConfigError

Version = tuple[int, int, int]

OLDEST_SUPPORTED: Version = (2, 17, 0)
"""The oldest CVAT this backend is recorded against (tests/recorded/test_recorded_compat.py)."""

ACCESS_TOKENS: Version = (2, 48, 0)
"""Personal access tokens (``Authorization: Bearer``): CVAT's API tokens, PR #9680."""


INCREMENTAL_LOADS: Version = (2, 73, 0)
"""Job listings whose ``updated_date`` every annotation write to the job bumps (and
only that job's): checked live on 2.73.0; older recorded servers load every job."""

JOBS_FILTERED_BY_TASKS: Version = (2, 73, 0)
"""``GET /api/jobs?filter={"in": [{"var": "task_id"}, [...]]}`` lists the jobs of many tasks
at once: checked live on 2.73.0; older recorded servers are asked task by task."""


def parse_version(text: str) -> Version:
    """``"2.40.0"``, ``"v2.17.0-dev"`` -> ``(2, 40, 0)``; an unreadable version is an error."""
    match = re.match(r"v?(\d+)\.(\d+)(?:\.(\d+))?", text.strip())
    if match is None:
        raise CVATConfigError(f"CVAT reported version {text!r}, which this backend cannot read")
    major, minor, patch = match.groups()
    return int(major), int(minor), int(patch or 0)


def _text(version: Version) -> str:
    return ".".join(map(str, version))


@attrs.frozen
class Capabilities:
    """The differences between CVAT versions that this backend handles."""

    version: Version

    @classmethod
    def of(cls, version_text: str) -> Capabilities:
        return cls(parse_version(version_text))

    @property
    def supported(self) -> bool:
        return self.version >= OLDEST_SUPPORTED

    @property
    def access_tokens(self) -> bool:
        """Whether the server takes personal access tokens (else username and password)."""
        return self.version >= ACCESS_TOKENS

    @property
    def incremental_loads(self) -> bool:
        """Whether a load may skip jobs whose ``updated_date`` did not change."""
        return self.version >= INCREMENTAL_LOADS

    @property
    def jobs_filtered_by_tasks(self) -> bool:
        """Whether one job listing can cover many tasks (a JSON-logic ``in`` on ``task_id``)."""
        return self.version >= JOBS_FILTERED_BY_TASKS

    def check(self, url: str, *, access_token: bool) -> None:
        """Refuse, before anything is sent but ``/api/server/about``, a server older than
        the oldest supported, or an access token the server has no notion of."""
        if not self.supported:
            raise CVATConfigError(
                f"CVAT {_text(self.version)} at {url} is older than {_text(OLDEST_SUPPORTED)}, "
                "the oldest version this backend supports; upgrade the server or use "
                "FiftyOne's built-in backend"
            )
        if access_token and not self.access_tokens:
            raise CVATConfigError(
                f"access_token: CVAT {_text(self.version)} at {url} has no personal access "
                f"tokens (they arrived in CVAT {_text(ACCESS_TOKENS)}); pass username and "
                "password instead"
            )
