"""Fixtures shared by the recorded backend scenarios.

The cassette machinery (``vcr_config``, ``vcr_cassette_dir``, ``connect``,
``connection``) is in tests/conftest.py; plain helpers are in
tests/support/backend_support.py. FiftyOne is imported inside the fixtures, so
modules that never use it (transport, cassette secrets) do not pay for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest


@pytest.fixture
def registered_backend() -> Iterator[None]:
    """This plugin registered as a FiftyOne annotation backend, the previous set restored
    afterwards. Modules that drive ``annotate()`` ask for it in ``pytestmark`` with
    ``pytest.mark.usefixtures("registered_backend")``."""
    import backend_support as bs

    yield from bs.registered()


@pytest.fixture
def kw(record_mode: str) -> dict[str, Any]:
    """``annotate()`` keywords for the recorded server: this backend, its poll period, login."""
    import backend_support as bs

    return bs.annotate_kwargs(record_mode)


@pytest.fixture
def creds(record_mode: str) -> dict[str, Any]:
    """The login keywords of ``load_annotations()`` and the other calls that connect."""
    import backend_support as bs

    return bs.backend_kwargs(record_mode)


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Request]:
    """Every request the client sends (for what CVAT accepts but never shows again)."""
    requests: list[httpx.Request] = []
    send = httpx.Client.send

    def recording_send(self: httpx.Client, request: httpx.Request, **kwargs: Any) -> Any:
        requests.append(request)
        return send(self, request, **kwargs)

    monkeypatch.setattr(httpx.Client, "send", recording_send)
    return requests
