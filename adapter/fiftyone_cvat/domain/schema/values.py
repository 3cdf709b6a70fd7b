"""How FiftyOne values are spelled in CVAT, and read back.

CVAT stores every attribute value as a string; these functions turn FiftyOne's
bool/int/float/str values into CVAT's spelling and parse CVAT's text back,
exactly or leniently (``coerce_text_attrs``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol, SupportsInt, cast

import numpy as np


class ValueSpec(Protocol):
    """What reading a value back needs of its attribute (``specs.AttributeSpec``, which
    builds on this module, so it is named by shape here)."""

    @property
    def type(self) -> str: ...

    @property
    def values(self) -> Sequence[Any]: ...


_INT_RE = re.compile(r"[+-]?[0-9]+")  # ASCII only: int() also takes other scripts' digits
_FLOAT_RE = re.compile(r"[+-]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)([eE][+-]?[0-9]+)?")


def _is_bool(value: object) -> bool:
    return isinstance(value, bool | np.bool_)


def _is_int(value: object) -> bool:
    return isinstance(value, int | np.integer) and not _is_bool(value)


def to_cvat_value(value: object) -> str:
    """How a FiftyOne value is written in CVAT (attribute values, tag names).

    CVAT stores every attribute value as a string; booleans use CVAT's own
    ``"true"``/``"false"`` so checkboxes work, and ``None`` is the empty string.
    """
    if value is None:
        return ""
    if _is_bool(value):
        return "true" if value else "false"
    if _is_int(value):
        return str(int(cast(SupportsInt, value)))
    if isinstance(value, float):
        return repr(float(value))  # repr(np.float64) is "np.float64(...)"
    return str(value)


def parse_cvat_text(text: str) -> object:
    """Best-effort typed value of a CVAT string: bool, int, finite float, None or str.

    Only plain decimal spellings become numbers (so ``"nan"``, ``"1_000"`` or
    ``" 7"`` stay strings).
    """
    if text == "" or text == "None":
        return None
    if text in ("true", "True"):
        return True
    if text in ("false", "False"):
        return False
    if _INT_RE.fullmatch(text):
        return int(text)
    if _FLOAT_RE.fullmatch(text):
        return float(text)
    return text


def parse_cvat_text_exact(text: str) -> object:
    """Like :func:`parse_cvat_text` but only when ``to_cvat_value`` gives ``text`` back.

    Used for values of project labels, where a select value ``"007"`` must
    stay the string it was rather than become ``7``.
    """
    parsed = parse_cvat_text(text)
    return parsed if to_cvat_value(parsed) == text else text


def from_cvat_value(text: str | None, spec: ValueSpec | None, coerce_text: bool = True) -> Any:
    """The FiftyOne value of a CVAT attribute value.

    select/radio/checkbox values map back to the typed value listed in
    ``spec.values`` (so ``"1"`` returns ``1`` or ``"1"``, whichever the schema
    listed). Text is parsed to bool/int/float when ``coerce_text`` (FiftyOne's
    ``coerce_text_attrs``), else kept as str. ``""`` is always ``None``.
    """
    if text is None or text == "":
        return None
    if spec is not None:
        for value in spec.values:
            if to_cvat_value(value) == text:
                return value
        if spec.type == "checkbox":
            return parse_cvat_text(text) if text in ("true", "false") else text
        if spec.type == "text" and not coerce_text:
            return text
    return parse_cvat_text(text)
