"""One authenticated connection to a CVAT server.

:class:`Connection` owns a single ``httpx.Client`` (wrapped by the generated
``AuthenticatedClient``) for its whole life: it logs in once, sends the
organization and custom headers on every request, retries what is safe to
retry (:mod:`fiftyone_cvat.cvat.retry`), and turns every failure into one of the
exceptions in :mod:`fiftyone_cvat.cvat.errors`. Everything stays on the sync httpx
client, so vcrpy cassettes record and replay it faithfully; concurrent work
uses threads over this one client (httpx.Client is thread-safe).
"""

from __future__ import annotations

import contextlib
import functools
import http.cookiejar
import logging
import threading
import time
import typing
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

import httpx

from cvat_api.api.auth import auth_create_login
from cvat_api.api.requests import requests_retrieve
from cvat_api.api.server import server_retrieve_about
from cvat_api.api.users import users_list, users_retrieve_self
from cvat_api.client import AuthenticatedClient
from cvat_api.models.basic_user import BasicUser
from cvat_api.models.login_serializer_ex_request import LoginSerializerExRequest
from cvat_api.models.request import Request
from cvat_api.models.user import User
from cvat_api.types import UNSET
from fiftyone_cvat._version import __version__
from fiftyone_cvat.cvat.capabilities import Capabilities
from fiftyone_cvat.cvat.errors import (
    CVATAuthError,
    CVATConfigError,
    CVATConnectionError,
    CVATError,
    CVATHTTPError,
    CVATNotFoundError,
    CVATRequestFailedError,
    CVATTimeoutError,
    error_from_response,
    redact,
)
from fiftyone_cvat.cvat.responses import Detailed, Page
from fiftyone_cvat.cvat.retry import RetryTransport, UncertainWrite, WriteLedger
from fiftyone_cvat.cvat.settings import ConnectionSettings, resolve_settings
from fiftyone_cvat.domain.progress import NULL_PROGRESS, ProgressReporter

__all__ = ["Connection", "Page"]

log = logging.getLogger(__name__)

T = TypeVar("T")


def _no_cookie_jar() -> http.cookiejar.CookieJar:
    """A jar that stores nothing.

    CVAT's login also sets ``sessionid``/``csrftoken`` cookies. Sent back,
    they would make Django enforce CSRF on writes; token auth needs neither,
    and keeping them out also keeps them out of recorded cassettes.
    """
    return http.cookiejar.CookieJar(policy=http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))


class Connection:
    """An authenticated session with one CVAT server.

    Construction logs in (password -> ``Token`` key, or a personal access
    token as ``Bearer``) and reads the server version; use as a context
    manager, or call :meth:`close`. ``transport`` replaces the network layer
    (tests pass an ``httpx.MockTransport``); retries still wrap it.
    """

    def __init__(
        self,
        settings: ConnectionSettings,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.base_url = settings.url
        self._sleep = sleep
        self._clock = clock
        self.uncertain_writes = WriteLedger()
        self._secrets: set[str] = set(settings.secrets)
        self._local = threading.local()
        self._users: dict[str, int] = {}
        self._users_lock = threading.Lock()
        self._current_user: BasicUser | User | None = None

        self._headers: dict[str, str] = {"User-Agent": f"fiftyone-cvat/{__version__}"}
        self._headers.update(settings.headers)
        if settings.organization is not None:
            self._headers["X-Organization"] = settings.organization
        self._transport = transport
        self._open_lock = threading.Lock()
        # The generated client wraps our httpx client; its own token/prefix are
        # unused because set_httpx_client bypasses its header construction.
        self.client = AuthenticatedClient(base_url=self.base_url, token="", prefix="")
        self._http = self._open_client()
        try:
            # before logging in: an unsupported server or credential fails with its reason
            about = self.call(server_retrieve_about.sync_detailed)
            self.capabilities = Capabilities.of(about.version)
            self.capabilities.check(self.base_url, access_token=bool(settings.access_token))
            self._authenticate()
        except BaseException:
            self._http.close()
            raise
        self.server_version: str = about.version
        log.debug("connected to CVAT %s at %s", self.server_version, self.base_url)

    def _open_client(self) -> httpx.Client:
        """A new httpx client with this connection's headers (login token included)."""
        s = self.settings
        inner = self._transport or httpx.HTTPTransport(verify=s.verify)
        client = httpx.Client(
            base_url=self.base_url,
            headers=self._headers,
            cookies=_no_cookie_jar(),
            timeout=httpx.Timeout(s.timeout),
            follow_redirects=False,
            transport=RetryTransport(
                inner,
                budget=s.retry_budget,
                retries=s.retries,
                backoff=s.backoff,
                max_backoff=s.max_backoff,
                sleep=self._sleep,
                clock=self._clock,
                ledger=self.uncertain_writes,
            ),
            event_hooks={"response": [self._check_response]},
        )
        self.client.set_httpx_client(client)
        return client

    @classmethod
    def connect(
        cls, *, transport: httpx.BaseTransport | None = None, **kwargs: object
    ) -> Connection:
        """Resolve settings (see :func:`resolve_settings`) and log in."""
        settings: dict[str, Any] = dict(kwargs)  # resolve_settings checks each one
        return cls(resolve_settings(**settings), transport=transport)

    # ------------------------------------------------------------------ auth

    def _set_auth(self, prefix: str, token: str) -> None:
        self._secrets.add(token)
        self.client.token = token
        self.client.prefix = prefix
        self._headers["Authorization"] = f"{prefix} {token}"
        self._http.headers["Authorization"] = f"{prefix} {token}"

    def _authenticate(self) -> None:
        s = self.settings
        if s.access_token:
            self._set_auth("Bearer", s.access_token)
            self._current_user = self._retrieve_self()
            return
        if not s.password or not (s.username or s.email):
            raise CVATConfigError("no CVAT credentials in the connection settings")
        body = LoginSerializerExRequest(
            password=s.password,
            username=s.username if s.username else UNSET,
            email=s.email if s.email else UNSET,
        )
        who = s.username or s.email
        try:
            token = self.call(auth_create_login.sync_detailed, body=body)
        except CVATHTTPError as exc:
            if exc.status is not None and exc.status < 500:
                raise CVATAuthError(
                    f"CVAT login failed for {who!r}",
                    method=exc.method,
                    path=exc.path,
                    status=exc.status,
                    server_message=exc.server_message,
                ) from None
            raise
        self._set_auth("Token", token.key)

    # ------------------------------------------------------------ plumbing

    def _check_response(self, response: httpx.Response) -> None:
        """httpx response hook: remember what was called, raise on 4xx/5xx."""
        self._local.last = (response.request.method, response.request.url.path, response)
        if response.status_code >= 400:
            response.read()
            raise error_from_response(response, self._secrets)

    @contextlib.contextmanager
    def translated(self) -> Iterator[None]:
        """Turn httpx transport exceptions into ours (without secrets)."""
        try:
            yield
        except httpx.TimeoutException as exc:
            method, path = _where(exc)
            raise CVATTimeoutError(
                f"CVAT request timed out after {self.settings.timeout:g}s ({type(exc).__name__})",
                method=method,
                path=path,
            ) from None
        except httpx.TransportError as exc:
            method, path = _where(exc)
            raise CVATConnectionError(
                f"could not reach CVAT at {self.base_url}: "
                + redact(str(exc) or type(exc).__name__, self._secrets),
                method=method,
                path=path,
            ) from None

    def path_of(self, path_or_url: str) -> str:
        """Accept a path or an absolute URL on this server; return the path part."""
        if path_or_url.startswith(("http://", "https://")):
            parts = urlsplit(path_or_url)
            # Servers behind proxies report their internal host in URLs
            # (result_url, tus Location); only the path is meaningful to us.
            return parts.path + (f"?{parts.query}" if parts.query else "")
        return path_or_url if path_or_url.startswith("/") else "/" + path_or_url

    # ------------------------------------------------------------ public API

    @property
    def http(self) -> httpx.Client:
        """The shared httpx client (auth, headers, retries, error mapping applied).

        A closed connection opens a new client here, with the same login: FiftyOne
        hands the same API object to every ``with results:`` block and every later
        ``load_annotations()``, so closing may only release sockets.
        """
        if self._http.is_closed:
            with self._open_lock:
                if self._http.is_closed:
                    self._http = self._open_client()
        return self._http

    def call(self, operation: Callable[..., Detailed[T]], **kwargs: object) -> T:
        """Run a generated ``sync_detailed`` operation and return its parsed body.

        Non-2xx answers raise our errors (via the response hook); an empty
        2xx body (e.g. 204 on delete) returns ``None``.
        """
        self._local.last = None
        self.http  # noqa: B018  (reopens a closed client before the generated call uses it)
        with self.translated():
            try:
                response = operation(client=self.client, **kwargs)
            except (CVATError, httpx.HTTPError):
                raise
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                last = getattr(self._local, "last", None)
                raise CVATError(
                    f"could not parse CVAT's response ({type(exc).__name__}: {exc})",
                    method=last[0] if last else None,
                    path=last[1] if last else None,
                    status=last[2].status_code if last else None,
                ) from exc
        if response.parsed is None and response.content.strip() and _declares_model(operation):
            last = getattr(self._local, "last", None)
            raise CVATError(
                f"CVAT answered {int(response.status_code)} with a body this client "
                "does not know how to read",
                method=last[0] if last else None,
                path=last[1] if last else None,
                status=int(response.status_code),
            )
        return response.parsed  # type: ignore[return-value]  # None only for empty bodies

    def paginate(
        self,
        operation: Callable[..., Detailed[Page[T]]],
        *,
        page_size: int = 100,
        **kwargs: object,
    ) -> Iterator[T]:
        """Iterate every item of a generated list endpoint, following ``next``."""
        page = 1
        while True:
            result = self.call(operation, page=page, page_size=page_size, **kwargs)
            yield from result.results
            next_url = result.next_
            if not isinstance(next_url, str) or not next_url:
                return
            query = parse_qs(urlsplit(next_url).query)
            next_page = int(query["page"][0]) if "page" in query else page + 1
            if next_page <= page:  # a server bug must not loop forever
                return
            page = next_page

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int | float | bool | None] | None = None,
        json: object = None,
        content: bytes | httpx.SyncByteStream | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """A raw request on the shared client; same retries and error mapping."""
        with self.translated():
            return self.http.request(
                method,
                self.path_of(path),
                params=dict(params) if params else None,
                json=json,
                content=content,
                headers=dict(headers) if headers else None,
            )

    def request_json(
        self,
        method: str,
        path: str,
        *,
        json: object = None,
        params: Mapping[str, str | int | float | bool | None] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Send/receive plain JSON (e.g. bulk annotations as dicts, no model overhead)."""
        response = self.request(method, path, json=json, params=params, headers=headers)
        if not response.content.strip():
            return None
        try:
            return response.json()
        except ValueError as exc:
            raise CVATError(
                "CVAT answered with a body that is not JSON",
                method=method.upper(),
                path=self.path_of(path),
                status=response.status_code,
            ) from exc

    def download(
        self,
        path_or_url: str,
        destination: str | Path,
        *,
        params: Mapping[str, str | int | float | bool | None] | None = None,
        progress: ProgressReporter = NULL_PROGRESS,
    ) -> Path:
        """Stream a response body to a file (e.g. an export's ``result_url``).

        The file appears only when complete (written beside it, then renamed),
        so an interrupted download never looks like a finished one. ``progress``
        is told the body's size (when the server sends it) and each chunk's bytes.
        """
        destination = Path(destination)
        partial = destination.with_name(destination.name + ".part")
        with (
            self.translated(),
            self.http.stream(
                "GET", self.path_of(path_or_url), params=dict(params) if params else None
            ) as response,
            partial.open("wb") as out,
        ):
            size = response.headers.get("Content-Length")
            progress.start(int(size) if size is not None and size.isdigit() else None)
            try:
                for chunk in response.iter_bytes():
                    out.write(chunk)
                    progress.advance(len(chunk))
            finally:
                progress.finish()
        partial.replace(destination)
        return destination

    def wait_for_request(
        self,
        rq_id: str,
        *,
        timeout: float = 600,
        progress: ProgressReporter = NULL_PROGRESS,
    ) -> Request:
        """Poll ``/api/requests/{rq_id}`` until it finishes; return the final state.

        Raises :class:`CVATRequestFailedError` with the server's message when
        the request failed, :class:`CVATTimeoutError` after ``timeout`` seconds.
        ``progress`` is told CVAT's 0..1 progress of a total of 1.0 when CVAT knows it. Polls
        come every tenth of ``poll_period`` at first, then every tenth of the time
        waited so far, up to ``poll_period``: a request is seen finished at most
        ~10% after it did (an import of a few seconds is not rounded up to the
        next doubling), at the cost of a few more cheap GETs.
        """
        deadline = time.monotonic() + timeout
        period = self.settings.poll_period
        waited = 0.0
        progress.start(1.0)
        try:
            while True:
                state = self.call(requests_retrieve.sync_detailed, id=rq_id)
                if state.status == "finished":
                    progress.report(1.0)
                elif isinstance(state.progress, (int, float)):
                    progress.report(state.progress)
                if state.status == "finished":
                    return state
                if state.status == "failed":
                    message = state.message if isinstance(state.message, str) else None
                    raise CVATRequestFailedError(
                        f"CVAT request {rq_id} failed",
                        rq_id=rq_id,
                        server_message=redact(message, self._secrets) if message else None,
                    )
                if time.monotonic() >= deadline:
                    raise CVATTimeoutError(
                        f"CVAT request {rq_id} still {state.status} after {timeout:g}s",
                        method="GET",
                        path=f"/api/requests/{rq_id}",
                    )
                delay = min(period, max(period / 10, waited / 10))
                if delay > 0:
                    self._sleep(min(delay, max(0.0, deadline - time.monotonic())))
                    waited += delay
        finally:
            progress.finish()

    def pause(self, seconds: float) -> None:
        """Wait between attempts (through the connection's injectable sleep)."""
        if seconds > 0:
            self._sleep(seconds)

    def settle_writes(
        self, mark: int = 0, paths: Callable[[str], bool] | None = None
    ) -> list[UncertainWrite]:
        """Wait out the stall horizon of every write the client gave up on since ``mark``
        (those whose path ``paths`` accepts); return them.

        A write whose answer never came may still be carried out by CVAT after its
        retry, when the network delivers it. Past ``settings.write_horizon`` seconds
        after the client gave up it is taken as landed or lost for good, so a run
        that calls this before it reports success cannot be overwritten afterwards
        by its own late request. Costs nothing when no write was in doubt.
        """
        writes = [w for w in self.uncertain_writes.since(mark) if paths is None or paths(w.path)]
        if not writes:
            return []
        until = max(w.gave_up for w in writes) + self.settings.write_horizon
        remaining = until - self._clock()
        if remaining > 0:
            log.warning(
                "%d write(s) to CVAT timed out or were cut and may still land; "
                "waiting %.1fs (the stall horizon) before going on",
                len(writes),
                remaining,
            )
            self._sleep(remaining)
        return writes

    def current_user(self) -> BasicUser | User:
        """The account this connection is authenticated as (cached)."""
        if self._current_user is None:
            self._current_user = self._retrieve_self()
        return self._current_user

    def _retrieve_self(self) -> BasicUser | User:
        # mypy cannot solve the protocol for a union-typed response; spell it out.
        operation: Callable[..., Detailed[BasicUser | User]] = users_retrieve_self.sync_detailed
        return self.call(operation)

    def user_id(self, username: str) -> int:
        """The id of the user with exactly this username (cached per connection)."""
        with self._users_lock:
            if username in self._users:
                return self._users[username]
        for user in self.paginate(users_list.sync_detailed, username=username):
            if user.username == username and isinstance(user.id, int):
                with self._users_lock:
                    self._users[username] = user.id
                return user.id
        raise CVATNotFoundError(
            f"no CVAT user named {username!r} is visible to this account",
            method="GET",
            path="/api/users",
        )

    def close(self) -> None:
        """Release the sockets. The login stays valid and the next request opens a
        new client with it (no logout: CVAT's logout deletes the user's one legacy
        token, breaking other sessions)."""
        self._http.close()

    @property
    def is_closed(self) -> bool:
        """Whether the sockets are released (the next request reopens them)."""
        return self._http.is_closed

    def __enter__(self) -> Connection:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        version = getattr(self, "server_version", None)
        return f"Connection({self.base_url!r}, server_version={version!r})"


@functools.cache
def _declares_model(operation: Callable[..., object]) -> bool:
    """Whether a generated operation promises a parsed model (not ``Response[Any]``).

    Operations whose spec documents no response schema parse every body to
    None; only for the others is an unparsed body a surprise worth raising.
    """
    try:
        hint = typing.get_type_hints(operation).get("return")
    except Exception:  # unresolvable annotations: assume a model was promised
        return True
    return any(arg is not Any for arg in typing.get_args(hint))


def _where(exc: httpx.HTTPError) -> tuple[str | None, str | None]:
    try:
        request = exc.request
    except RuntimeError:
        return None, None
    return request.method, request.url.path
