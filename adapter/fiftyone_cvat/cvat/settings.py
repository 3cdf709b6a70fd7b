"""Where a CVAT connection's settings come from, resolved once into a frozen value.

Precedence for every setting: keyword argument > ``FIFTYONE_CVAT_*``
environment variable > FiftyOne's annotation config
(``fo.annotation_config.backends["cvat"]``, read from
``~/.fiftyone/annotation_config.json``) > built-in default. Resolving up
front (instead of reading the environment on each request) makes one
connection's behaviour reproducible and lets us fail before any network I/O
when credentials are missing.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from fiftyone_cvat.cvat.errors import CVATConfigError

__all__ = ["DEFAULT_URL", "ENV_VARS", "NUMBER_ENV_VARS", "ConnectionSettings", "resolve_settings"]

DEFAULT_URL = "https://app.cvat.ai"

ENV_VARS: Mapping[str, str] = MappingProxyType(
    {
        "url": "FIFTYONE_CVAT_URL",
        "username": "FIFTYONE_CVAT_USERNAME",
        "password": "FIFTYONE_CVAT_PASSWORD",
        "email": "FIFTYONE_CVAT_EMAIL",
        "access_token": "FIFTYONE_CVAT_ACCESS_TOKEN",
        "organization": "FIFTYONE_CVAT_ORGANIZATION",
    }
)
NUMBER_ENV_VARS: Mapping[str, str] = MappingProxyType(
    {
        "retry_budget": "FIFTYONE_CVAT_RETRY_BUDGET",
        "stall_horizon": "FIFTYONE_CVAT_STALL_HORIZON",
    }
)
"""Fault-tolerance settings a user sets without code: env var or annotation config."""


@dataclass(frozen=True)
class ConnectionSettings:
    """Everything a :class:`~fiftyone_cvat.cvat.connection.Connection` needs.

    Secrets are excluded from ``repr`` so settings can be logged or shown in
    a traceback safely.

    Attributes:
        url: server root, e.g. ``http://localhost:8080`` (no ``/api``).
        username, email, password: used to log in when no access token is set.
        access_token: a CVAT personal access token (sent as ``Bearer``);
            preferred over the password when both are given.
        organization: organization slug; scopes every request (``X-Organization``).
            ``""`` means the personal workspace explicitly.
        headers: extra headers sent on every request (e.g. for a proxy).
        timeout: seconds for connect/read/write of one HTTP request.
        verify: ``False`` to skip TLS verification, or a CA bundle path.
        retry_budget: seconds a request's retries may take in all (from its first
            attempt, waits included); ``Retry-After`` is honoured within it.
        retries: an extra cap on the count of retries; None: as many as
            ``retry_budget`` allows.
        backoff: first retry delay in seconds; doubles each attempt.
        max_backoff: cap for one computed delay.
        stall_horizon: seconds after the client gave up on a write during which
            the network may still deliver it to CVAT; a run waits that long after
            such a write before it reports success. None: twice ``timeout``.
        poll_period: seconds between polls of a long-running server request
            (0 in tests so recorded polls replay instantly).
    """

    url: str = DEFAULT_URL
    username: str | None = None
    email: str | None = None
    password: str | None = field(default=None, repr=False)
    access_token: str | None = field(default=None, repr=False)
    organization: str | None = None
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), hash=False)
    timeout: float = 60.0
    verify: bool | str = True
    retry_budget: float = 120.0
    retries: int | None = None
    backoff: float = 0.5
    max_backoff: float = 30.0
    stall_horizon: float | None = None
    poll_period: float = 1.0

    def __post_init__(self) -> None:
        if not self.url.startswith(("http://", "https://")):
            raise CVATConfigError(f"CVAT url must start with http:// or https://, got {self.url!r}")
        object.__setattr__(self, "url", self.url.rstrip("/"))
        object.__setattr__(self, "headers", MappingProxyType(dict(self.headers)))
        if (self.retries is not None and self.retries < 0) or self.poll_period < 0:
            raise CVATConfigError("retries and poll_period must be >= 0")
        if self.timeout <= 0:
            raise CVATConfigError("timeout must be > 0 (seconds per HTTP request)")
        if self.retry_budget < 0 or (self.stall_horizon is not None and self.stall_horizon < 0):
            raise CVATConfigError(
                "retry_budget and stall_horizon must be >= 0 (seconds); "
                f"got {self.retry_budget!r} and {self.stall_horizon!r}"
            )

    @property
    def write_horizon(self) -> float:
        """Seconds after giving up on a write before it can no longer land."""
        return 2 * self.timeout if self.stall_horizon is None else self.stall_horizon

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values that must never appear in a message or log."""
        return tuple(s for s in (self.password, self.access_token) if s)

    @property
    def has_credentials(self) -> bool:
        return bool(self.access_token) or (
            bool(self.password) and bool(self.username or self.email)
        )


def _prompt_credentials(
    username: str | None, email: str | None
) -> tuple[str | None, str]:  # pragma: no cover - needs a terminal
    print("Please enter your CVAT login credentials.")
    print(
        "You can avoid this by setting FIFTYONE_CVAT_USERNAME and FIFTYONE_CVAT_PASSWORD "
        "(or FIFTYONE_CVAT_ACCESS_TOKEN)."
    )
    if not (username or email):
        username = input("Username: ").strip() or None
    return username, getpass.getpass("Password: ")


_MISSING_CREDENTIALS = (
    "No CVAT credentials: set FIFTYONE_CVAT_ACCESS_TOKEN, or FIFTYONE_CVAT_USERNAME "
    "(or FIFTYONE_CVAT_EMAIL) and FIFTYONE_CVAT_PASSWORD, or pass access_token= / "
    "username= and password=, or add them to the 'cvat' backend in "
    "~/.fiftyone/annotation_config.json"
)


def _pick(
    explicit: Mapping[str, object], env: Mapping[str, str], cfg: Mapping[str, object]
) -> dict[str, str | None]:
    """Each setting from the keyword, else the environment, else the annotation config."""

    def pick(name: str) -> str | None:
        if explicit[name] is not None:
            return str(explicit[name])
        env_value = env.get(ENV_VARS[name])
        if env_value:
            return env_value
        cfg_value = cfg.get(name)
        return None if cfg_value is None else str(cfg_value)

    return {name: pick(name) for name in explicit}


def _headers(cfg: Mapping[str, object], headers: Mapping[str, str] | None) -> dict[str, str]:
    cfg_headers = cfg.get("headers") or {}
    if not isinstance(cfg_headers, Mapping):
        raise CVATConfigError("the 'headers' of the cvat annotation config must be a mapping")
    merged = {str(k): str(v) for k, v in dict(cfg_headers).items()}
    merged.update(headers or {})
    return merged


def _seconds(
    name: str, explicit: float | None, env: Mapping[str, str], cfg: Mapping[str, object]
) -> float | None:
    """A number of seconds from the keyword, else the environment, else the config."""
    if explicit is not None:
        return float(explicit)
    raw = env.get(NUMBER_ENV_VARS[name]) or cfg.get(name)
    if raw is None or raw == "":
        return None
    try:
        return float(raw) if isinstance(raw, (int, float)) else float(str(raw))
    except ValueError:
        raise CVATConfigError(
            f"{name} must be a number of seconds (set {NUMBER_ENV_VARS[name]} or the "
            f"'{name}' of the cvat annotation config), got {raw!r}"
        ) from None


def _credentials(
    resolved: Mapping[str, str | None],
    interactive: bool | None,
    prompt: Callable[[str | None, str | None], tuple[str | None, str]] | None,
) -> tuple[str | None, str | None]:
    """(username, password), prompted for on a terminal when neither they nor a token
    are set; otherwise a clear error naming the variables to set."""
    user, pwd, email = resolved["username"], resolved["password"], resolved["email"]
    if resolved["access_token"] or (pwd and (user or email)):
        return user, pwd
    if interactive is None:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    if not interactive:
        raise CVATConfigError(_MISSING_CREDENTIALS)
    user, pwd = (prompt or _prompt_credentials)(user, email)
    if not pwd or not (user or email):
        raise CVATConfigError(_MISSING_CREDENTIALS)
    return user, pwd


def resolve_settings(
    *,
    url: str | None = None,
    username: str | None = None,
    password: str | None = None,
    email: str | None = None,
    access_token: str | None = None,
    organization: str | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float | None = None,
    verify: bool | str | None = None,
    retries: int | None = None,
    backoff: float | None = None,
    max_backoff: float | None = None,
    poll_period: float | None = None,
    retry_budget: float | None = None,
    stall_horizon: float | None = None,
    annotation_config: Mapping[str, object] | None = None,
    environ: Mapping[str, str] | None = None,
    interactive: bool | None = None,
    prompt: Callable[[str | None, str | None], tuple[str | None, str]] | None = None,
) -> ConnectionSettings:
    """Resolve connection settings (kwarg > env > annotation config > default).

    ``annotation_config`` is FiftyOne's cvat backend config (the caller reads it:
    this layer never imports FiftyOne); ``environ`` defaults to ``os.environ``.
    Without credentials, the user is prompted only when ``interactive`` (default:
    stdin is a terminal); otherwise :class:`CVATConfigError` says which variables
    to set.
    """
    cfg = annotation_config or {}
    env = os.environ if environ is None else environ
    resolved = _pick(
        {
            "url": url,
            "username": username,
            "password": password,
            "email": email,
            "access_token": access_token,
            "organization": organization,
        },
        env,
        cfg,
    )
    user, pwd = _credentials(resolved, interactive, prompt)
    optional: dict[str, Any] = {
        "timeout": timeout,
        "verify": verify,
        "retries": retries,
        "backoff": backoff,
        "max_backoff": max_backoff,
        "poll_period": poll_period,
        "retry_budget": _seconds("retry_budget", retry_budget, env, cfg),
        "stall_horizon": _seconds("stall_horizon", stall_horizon, env, cfg),
    }
    return ConnectionSettings(
        url=resolved["url"] or DEFAULT_URL,
        username=user,
        email=resolved["email"],
        password=pwd,
        access_token=resolved["access_token"],
        organization=resolved["organization"],
        headers=_headers(cfg, headers),
        **{k: v for k, v in optional.items() if v is not None},
    )
