"""Reading fields of generated response models, where the spec marks most as optional."""

from __future__ import annotations

from typing import TypeVar

from cvat_api.types import Unset

T = TypeVar("T")


def present(value: T | Unset | None, what: str) -> T:
    """The value of a field CVAT always sends; a clear error if this server did not."""
    if value is None or isinstance(value, Unset):
        raise ValueError(f"CVAT's response has no {what}; is this server CVAT 2.x?")
    return value
