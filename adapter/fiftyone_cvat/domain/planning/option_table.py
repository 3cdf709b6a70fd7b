"""Every option of the backend, declared once: name, type, default, check, where it goes.

:class:`Options` is the table. Each field is one option; its metadata says where
the option goes (:data:`Place`), how it is checked, and what it is for. Everything
else derives from it, so adding an option is one field here (plus the README
row that ``scripts/options_table.py`` regenerates):

- ``CVATBackendConfig.__init__``'s explicit signature (the built-in's parameters,
  in its order, then ours), its attributes, and its typed ``options`` view;
- :class:`~fiftyone_cvat.domain.planning.PlanOptions` (this table, checked);
- the connection settings (``connection=`` names the settings field);
- the task's ``/data`` request (options placed in ``"task_data"``);
- README's options table (:func:`markdown_table`).

An option's check runs where it is first read: when the plan's options are made
for options in ``"plan"`` (before any request), else when the config is made.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import MISSING, dataclass, field, fields
from types import MappingProxyType
from typing import Literal, TypeAlias, TypeVar

from fiftyone_cvat.domain.planning.cloud_media import check_prefix_map

Place = Literal["credential", "connection", "plan", "task_data", "run"]
"""Where an option goes, besides the config (every option is a config attribute):

- ``credential``: kept private on the config (never in the saved run);
- ``connection``: the connection settings;
- ``plan``: planning, which checks it;
- ``task_data``: the task's ``/data`` request, under the option's name;
- ``run``: read by the annotate/load runs themselves.
"""

FrameArg: TypeAlias = int | Sequence[int | None] | Mapping[str, int | None] | None
"""An int for every video, a list applied round robin over videos, or a dict by filepath."""

Check = Callable[[str, object], object]
"""Validates an option's value (``check(name, value)``) and returns it normalized."""

MAX_TASK_NAME_LENGTH = 256
"""CVAT's ``Task.name`` column length."""

T = TypeVar("T")


@dataclass(frozen=True)
class Option:
    """One row of the table, read off an :class:`Options` field."""

    name: str
    annotation: str
    default: object
    doc: str
    places: tuple[Place, ...]
    check: Check | None
    connection: str | None

    @property
    def attribute(self) -> str:
        """The config attribute holding it (credentials are private)."""
        return f"_{self.name}" if "credential" in self.places else self.name


def option_error(param: str, problem: str, fix: str) -> ValueError:
    return ValueError(f"{param}: {problem}; {fix}")


def _option(
    default: T,
    doc: str,
    *places: Place,
    check: Check | None = None,
    connection: str | None = None,
) -> T:
    """An :class:`Options` field: the default plus the row's metadata."""
    if connection is None and ("connection" in places or "credential" in places):
        raise AssertionError("an option that goes to the connection names its settings field")
    meta = {"doc": doc, "places": places, "check": check, "connection": connection}
    return field(default=default, metadata=meta, repr="credential" not in places)


# --- checks -------------------------------------------------------------------------------


def _count(fix: str) -> Check:
    def check(param: str, value: object) -> object:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise option_error(param, f"expected an int or None, got {value!r}", fix)
        if value < 1:
            raise option_error(param, f"{value} is not positive", fix)
        return value

    return check


def _quality(param: str, value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise option_error(param, f"{value!r} is not an int in 0..100", "use e.g. 75 (default)")
    return value


def _flag(param: str, value: object) -> object:
    if not isinstance(value, bool):
        raise option_error(param, f"{value!r} is not a bool", "pass True or False")
    return value


def _name(param: str, value: object) -> object:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise option_error(param, f"{value!r} is empty", "pass a name, or None")
    return value


def _task_name(param: str, value: object) -> object:
    _name(param, value)
    if isinstance(value, str) and len(value) > MAX_TASK_NAME_LENGTH:
        raise option_error(
            param,
            f"{len(value)} characters exceed CVAT's {MAX_TASK_NAME_LENGTH}",
            "use a shorter name",
        )
    return value


def _cvat_id(param: str, value: object) -> object:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise option_error(param, f"{value!r} is not a CVAT id", "pass a positive int")
    return value


def _names(param: str, value: object) -> tuple[str, ...] | None:
    """Normalize a username/URL option to a tuple (or None), rejecting empty values."""
    if value is None:
        return None
    if isinstance(value, str):
        values: tuple[object, ...] = (value,)
    elif isinstance(value, Sequence):
        values = tuple(value)
        if not values:
            raise option_error(param, "the list is empty", "pass at least one value, or None")
    else:
        raise option_error(
            param, f"expected a string or a list of strings, got {value!r}", "fix the type"
        )
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise option_error(param, f"{v!r} is not a non-empty string", "remove it or fix it")
    return tuple(str(v) for v in values)


def _name_or_names(param: str, value: object) -> object:
    """A single str stays a str, so the normalized option reads like the user's."""
    names = _names(param, value)
    return names[0] if names is not None and len(names) == 1 else names


def _check_frame_value(param: str, value: object, where: str = "") -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise option_error(
            param, f"{value!r}{where} is not an int", "use ints (or None for the default)"
        )
    if param == "frame_step" and value < 1:
        raise option_error(
            param, f"{value}{where} is below 1", "use 1 for every frame, N for every Nth"
        )
    if value < 0:
        raise option_error(param, f"{value}{where} is negative", "frames are numbered from 0")


def _frames(param: str, value: object) -> object:
    """An int, a list (round robin over videos) or a dict by filepath, made read-only."""
    if value is None:
        return None
    if isinstance(value, bool | str | bytes):
        raise option_error(param, f"unsupported value {value!r}", "pass an int, a list or a dict")
    if isinstance(value, int):
        _check_frame_value(param, value)
        return value
    if isinstance(value, Mapping):
        if not value:
            raise option_error(
                param, "the dict is empty", "map video filepaths to ints, or pass None"
            )
        out: dict[str, int | None] = {}
        for key, v in value.items():
            if not isinstance(key, str):
                raise option_error(
                    param, f"key {key!r} is not a filepath", "key the dict by filepath"
                )
            _check_frame_value(param, v, f" (for {key!r})")
            out[key] = v
        return MappingProxyType(out)
    if isinstance(value, Sequence):
        if not value:
            raise option_error(param, "the list is empty", "pass at least one value, or None")
        for i, v in enumerate(value):
            _check_frame_value(param, v, f" (list index {i})")
        return tuple(value)
    raise option_error(
        param, f"unsupported type {type(value).__name__}", "pass an int, a list or a dict"
    )


def _prefix_map(param: str, value: object) -> object:
    del param  # the error names cloud_prefix_map itself
    return check_prefix_map(value) or None  # type: ignore[arg-type]  # checked there


def _workers(param: str, value: object) -> object:
    if isinstance(value, int) and value < 1:
        raise ValueError(f"{param}={value}: use 1 or more concurrent requests")
    return value


# --- the table ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    """The backend's options, in ``CVATBackendConfig``'s parameter order: FiftyOne's
    built-in ones first, in its order, then ours. Values are as the user gave them;
    :class:`~fiftyone_cvat.domain.planning.PlanOptions` holds them checked."""

    url: str | None = _option(
        None,
        "CVAT server root (else env, annotation config, app.cvat.ai)",
        "connection",
        connection="url",
    )
    username: str | None = _option(None, "login name", "credential", connection="username")
    email: str | None = _option(None, "login email", "credential", connection="email")
    password: str | None = _option(None, "login password", "credential", connection="password")
    headers: Mapping[str, str] | None = _option(
        None, "extra HTTP headers on every request", "credential", connection="headers"
    )
    access_token: str | None = _option(
        None,
        "CVAT personal access token, preferred over a password",
        "credential",
        connection="access_token",
    )
    task_size: int | None = _option(
        None,
        "most images per task (videos: one task each)",
        "plan",
        check=_count("pass the maximum number of images per task, or None"),
    )
    segment_size: int | None = _option(
        None,
        "most frames per job of an image task",
        "plan",
        check=_count("pass the maximum number of images per job, or None"),
    )
    image_quality: int = _option(
        75,
        "JPEG quality of CVAT's compressed frames, 0..100 (CVAT's lowest is 1)",
        "plan",
        "task_data",
        check=_quality,
    )
    use_cache: bool = _option(
        True, "CVAT prepares chunks on demand", "plan", "task_data", check=_flag
    )
    use_zip_chunks: bool = _option(
        True,
        "video frames as zipped images instead of video chunks",
        "plan",
        "task_data",
        check=_flag,
    )
    chunk_size: int | None = _option(
        None,
        "frames per chunk (None: CVAT's)",
        "plan",
        "task_data",
        check=_count("pass a number of frames per chunk, or None for CVAT's"),
    )
    task_assignee: str | Sequence[str] | None = _option(
        None,
        "task assignee; a list goes round robin over tasks",
        "plan",
        check=_name_or_names,
    )
    job_assignees: Sequence[str] | None = _option(
        None, "job assignees, round robin over each task's jobs", "plan", check=_names
    )
    job_reviewers: Sequence[str] | None = _option(
        None,
        "job reviewers, round robin (reported: CVAT 2.x has no per-job reviewer)",
        "plan",
        check=_names,
    )
    project_name: str | None = _option(
        None,
        "project to create or reuse; its labels then come from the project",
        "plan",
        check=_name,
    )
    project_id: int | None = _option(
        None, "existing project to use (wins over project_name)", "plan", check=_cvat_id
    )
    task_name: str | None = _option(
        None,
        "task name (default: `FiftyOne_` and the dataset's name; `_<n>` per task)",
        "plan",
        check=_task_name,
    )
    occluded_attr: str | None = _option(
        None, "label attribute that holds CVAT's occluded flag", "run"
    )
    group_id_attr: str | None = _option(None, "label attribute that holds CVAT's group id", "run")
    issue_tracker: str | Sequence[str] | None = _option(
        None,
        "issue tracker URL of each task; a list goes round robin",
        "plan",
        check=_name_or_names,
    )
    organization: str | None = _option(
        None,
        "organization slug, sent as X-Organization",
        "connection",
        connection="organization",
    )
    frame_start: FrameArg = _option(
        None,
        "first source frame of each video (int, list or dict by filepath)",
        "plan",
        check=_frames,
    )
    frame_stop: FrameArg = _option(
        None, "last source frame of each video, inclusive", "plan", check=_frames
    )
    frame_step: FrameArg = _option(
        None, "upload every Nth frame of each video", "plan", check=_frames
    )
    coerce_text_attrs: bool = _option(
        True, "read CVAT's text attribute values leniently as the schema's types", "run"
    )
    request_timeout: float = _option(
        60.0, "seconds per HTTP request", "connection", connection="timeout"
    )
    retry_budget: float | None = _option(
        None,
        "seconds a request's retries may take in all (default 120, or the environment's)",
        "connection",
        connection="retry_budget",
    )
    stall_horizon: float | None = _option(
        None,
        "seconds a write that timed out may still land; waited out before `annotate()` "
        "returns (default twice `request_timeout`)",
        "connection",
        connection="stall_horizon",
    )
    wait_timeout: float = _option(1800.0, "seconds to wait for CVAT's media processing", "run")
    verify: bool = _option(True, "TLS verification", "connection", connection="verify")
    max_workers: int = _option(
        4, "concurrent task creations, uploads and downloads", "run", check=_workers
    )
    poll_period: float = _option(
        1.0,
        "seconds between checks of server-side work",
        "connection",
        connection="poll_period",
    )
    cloud_storage_id: int | None = _option(
        None,
        "CVAT cloud storage that serves media given as cloud URLs (default: the one "
        "attached for their bucket)",
        "run",
        check=_cvat_id,
    )
    cloud_prefix_map: Mapping[str, str] | None = _option(
        None,
        "local path prefix -> `s3://`, `gs://`, `az://` or `share://` prefix: CVAT reads "
        "the media there instead of receiving an upload",
        "run",
        check=_prefix_map,
    )
    cloud_manifest: bool = _option(
        False,
        "write a CVAT manifest of each task's images (sizes from FiftyOne's metadata) "
        "into their S3 bucket, so CVAT creates the task without reading every image "
        "(boto3's credentials; the `cloud` extra)",
        "run",
        check=_flag,
    )


def _row(f: object) -> Option:
    from dataclasses import Field

    assert isinstance(f, Field)
    meta = f.metadata
    assert f.default is not MISSING
    return Option(
        name=f.name,
        annotation=str(f.type),
        default=f.default,
        doc=meta["doc"],
        places=meta["places"],
        check=meta["check"],
        connection=meta["connection"],
    )


OPTIONS: tuple[Option, ...] = tuple(_row(f) for f in fields(Options))
"""The table's rows, in parameter order."""


def check_options(options: Options, *, planning: bool) -> dict[str, object]:
    """Every option's value, each checked and normalized by its row: the options in
    ``"plan"`` when ``planning``, the others when not (see the module's docstring)."""
    values: dict[str, object] = {}
    for option in OPTIONS:
        value = getattr(options, option.name)
        if option.check is not None and ("plan" in option.places) == planning:
            value = option.check(option.name, value)
        values[option.name] = value
    return values


def markdown_table() -> str:
    """README's options table, generated from this table."""
    lines = ["| option | type | default | goes to | what |", "| --- | --- | --- | --- | --- |"]
    for o in OPTIONS:
        places = [p for p in o.places if p != "credential"]
        if o.connection is not None and "connection" not in places:
            places.insert(0, "connection")
        where = ", ".join(f"`{o.connection}` setting" if p == "connection" else p for p in places)
        if "credential" in o.places:
            where += " (private)"
        kind = o.annotation.replace("|", "\\|")
        lines.append(f"| `{o.name}` | `{kind}` | `{o.default!r}` | {where} | {o.doc} |")
    return "\n".join(lines) + "\n"
