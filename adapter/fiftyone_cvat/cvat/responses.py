"""The shapes of generated responses the connection relies on, as Protocols: every
``Paginated*List`` model and every ``Response[T]`` of the generated client."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from cvat_api.types import Unset

T_co = TypeVar("T_co", covariant=True)


class Page(Protocol[T_co]):
    """What every generated ``Paginated*List`` model looks like."""

    @property
    def results(self) -> Sequence[T_co]: ...

    @property
    def next_(self) -> str | Unset | None: ...


class Detailed(Protocol[T_co]):
    """Read-only view of the generated ``Response[T]`` (covariant, unlike the class)."""

    @property
    def parsed(self) -> T_co | None: ...

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...
