"""Connection settings resolution: kwarg > env > annotation config > default."""

from __future__ import annotations

import pytest

from fiftyone_cvat.cvat.errors import CVATConfigError
from fiftyone_cvat.cvat.settings import DEFAULT_URL, ConnectionSettings, resolve_settings

CREDS = {"FIFTYONE_CVAT_USERNAME": "env-user", "FIFTYONE_CVAT_PASSWORD": "env-pass"}


def resolve(env: dict[str, str] | None = None, cfg: dict[str, object] | None = None, **kw: object):
    return resolve_settings(
        environ=env if env is not None else {},
        annotation_config=cfg if cfg is not None else {},
        interactive=False,
        **kw,  # type: ignore[arg-type]
    )


def test_url_precedence() -> None:
    cfg = {"url": "http://from-config:8080"}
    env = {**CREDS, "FIFTYONE_CVAT_URL": "http://from-env:8080/"}
    assert resolve(env, cfg, url="http://kwarg:1").url == "http://kwarg:1"
    assert resolve(env, cfg).url == "http://from-env:8080"
    assert resolve(CREDS, cfg).url == "http://from-config:8080"
    assert resolve(CREDS).url == DEFAULT_URL


def test_credentials_precedence() -> None:
    cfg = {"username": "cfg-user", "password": "cfg-pass", "email": "cfg@x.org"}
    s = resolve(CREDS, cfg, username="kw-user")
    assert (s.username, s.password, s.email) == ("kw-user", "env-pass", "cfg@x.org")
    s = resolve({}, cfg)
    assert (s.username, s.password) == ("cfg-user", "cfg-pass")


def test_config_values_are_strings() -> None:
    # FiftyOne parses env-like values, so a numeric password arrives as int.
    s = resolve({}, {"username": "u", "password": 123456})
    assert s.password == "123456"


def test_access_token_alone_is_enough() -> None:
    s = resolve({"FIFTYONE_CVAT_ACCESS_TOKEN": "pat-value"})
    assert s.access_token == "pat-value"
    assert s.has_credentials


def test_email_instead_of_username() -> None:
    s = resolve({"FIFTYONE_CVAT_EMAIL": "a@b.org", "FIFTYONE_CVAT_PASSWORD": "p"})
    assert s.email == "a@b.org" and s.username is None


def test_missing_credentials_without_terminal_names_variables() -> None:
    with pytest.raises(CVATConfigError) as info:
        resolve({})
    text = str(info.value)
    for name in ("FIFTYONE_CVAT_USERNAME", "FIFTYONE_CVAT_PASSWORD", "FIFTYONE_CVAT_ACCESS_TOKEN"):
        assert name in text


def test_prompt_only_when_interactive() -> None:
    asked: list[tuple[str | None, str | None]] = []

    def prompt(user: str | None, email: str | None) -> tuple[str | None, str]:
        asked.append((user, email))
        return user or "typed-user", "typed-pass"

    s = resolve_settings(
        environ={"FIFTYONE_CVAT_USERNAME": "env-user"},
        annotation_config={},
        interactive=True,
        prompt=prompt,
    )
    assert asked == [("env-user", None)]
    assert (s.username, s.password) == ("env-user", "typed-pass")


def test_headers_merge_config_then_kwargs() -> None:
    cfg = {"headers": {"X-Proxy": "cfg", "X-Keep": "1"}}
    s = resolve(CREDS, cfg, headers={"X-Proxy": "kw"})
    assert dict(s.headers) == {"X-Proxy": "kw", "X-Keep": "1"}


def test_organization_from_env_and_kwarg() -> None:
    assert resolve({**CREDS, "FIFTYONE_CVAT_ORGANIZATION": "org-a"}).organization == "org-a"
    assert resolve(CREDS, organization="").organization == ""


def test_repr_hides_secrets() -> None:
    s = ConnectionSettings(username="u", password="hunter2-pw", access_token="pat-tok-123")
    assert "hunter2-pw" not in repr(s) and "pat-tok-123" not in repr(s)
    assert set(s.secrets) == {"hunter2-pw", "pat-tok-123"}


def test_rejects_bad_values() -> None:
    with pytest.raises(CVATConfigError):
        ConnectionSettings(url="cvat.example.org")
    with pytest.raises(CVATConfigError):
        ConnectionSettings(retries=-1)


def test_tuning_knobs_pass_through() -> None:
    s = resolve(CREDS, timeout=5, verify=False, retries=0, poll_period=0)
    assert (s.timeout, s.verify, s.retries, s.poll_period) == (5, False, 0, 0)


def test_fiftyones_annotation_config_fills_the_gaps(monkeypatch: pytest.MonkeyPatch) -> None:
    import fiftyone as fo

    from fiftyone_cvat.fiftyone_io.fiftyone_config import cvat_backend_config

    backends = fo.annotation_config.backends
    monkeypatch.setitem(
        backends, "cvat", {"url": "http://configured:9000", "username": "cfg-user", "password": "p"}
    )
    for name in ("FIFTYONE_CVAT_URL", "FIFTYONE_CVAT_USERNAME", "FIFTYONE_CVAT_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    s = resolve_settings(annotation_config=cvat_backend_config(), interactive=False)
    assert s.url == "http://configured:9000"
    assert s.username == "cfg-user"
