"""The option table is the one declaration of an option: everything else must agree with it."""

from __future__ import annotations

import importlib.util
import inspect
from dataclasses import fields
from pathlib import Path

import pytest

from fiftyone_cvat.domain.planning import PlanOptions
from fiftyone_cvat.domain.planning.option_table import OPTIONS, Options
from fiftyone_cvat.plugin.backend import CVATBackendConfig

ROOT = Path(__file__).resolve().parents[2]


def _script() -> object:
    spec = importlib.util.spec_from_file_location(
        "options_table", ROOT / "scripts" / "options_table.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_options_table_is_the_tables() -> None:
    readme = (ROOT / "README.md").read_text()
    assert _script().with_table(readme) == readme, "run scripts/options_table.py"  # type: ignore[attr-defined]


def test_config_signature_is_fiftyones_then_the_table() -> None:
    params = list(inspect.signature(CVATBackendConfig).parameters.values())
    assert [p.name for p in params[:3]] == ["name", "label_schema", "media_field"]
    assert [(p.name, p.default) for p in params[3:-1]] == [(o.name, o.default) for o in OPTIONS]
    assert params[-1].kind is inspect.Parameter.VAR_KEYWORD


def test_config_stores_every_option_where_the_table_says() -> None:
    given = {o.name: f"value of {o.name}" for o in OPTIONS if o.check is None}
    config = CVATBackendConfig("cvat", {}, **given)
    stored = config.serialize()
    for option in OPTIONS:
        private = "credential" in option.places
        assert (option.name in stored) is not private, option.name
        assert hasattr(config, option.attribute)
        if option.name in given:
            assert getattr(config.options, option.name) == given[option.name]


def test_positional_arguments_follow_the_builtins_order() -> None:
    config = CVATBackendConfig("cvat", {}, "filepath", "http://cvat.test", "ann")
    assert (config.url, config.username) == ("http://cvat.test", "ann")
    with pytest.raises(TypeError, match=r"multiple values"):
        CVATBackendConfig("cvat", {}, "filepath", "http://cvat.test", url="http://other")


def test_plan_options_are_the_table() -> None:
    assert [f.name for f in fields(PlanOptions)] == [f.name for f in fields(Options)] + [
        "dataset_name"
    ]


def test_connection_settings_are_named_by_the_table() -> None:
    config = CVATBackendConfig("cvat", {})
    assert set(config.connection_kwargs()) == {o.connection for o in OPTIONS if o.connection}
