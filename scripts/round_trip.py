"""The main job: talk to the CVAT server named by FIFTYONE_CVAT_URL.

Until the backend lands this prints the server's version through the generated
client; it grows into the full annotate -> load round trip.
"""

from __future__ import annotations

import os
import sys

from cvat_api.api.server import server_retrieve_about
from cvat_api.client import Client


def main() -> int:
    url = os.environ.get("FIFTYONE_CVAT_URL")
    if not url:
        print(
            "Set FIFTYONE_CVAT_URL to your CVAT server, e.g. http://localhost:8080", file=sys.stderr
        )
        return 2
    with Client(base_url=url.rstrip("/"), raise_on_unexpected_status=True) as client:
        about = server_retrieve_about.sync(client=client)
    if about is None:
        print(f"{url} did not answer /api/server/about", file=sys.stderr)
        return 1
    print(f"{about.name} {about.version} at {url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
