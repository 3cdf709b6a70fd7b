"""Building many labels: new ids, and the garbage collector paused meanwhile.

The fast constructor itself, which touches mongoengine's storage, is
:func:`fiftyone_cvat._fiftyone_compat.make_label` (re-exported here).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from bson import ObjectId

from fiftyone_cvat._fiftyone_compat import make_label

logger = logging.getLogger(__name__)

__all__ = ["gc_paused", "make_label", "new_id"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many objects.

    Bulk conversion allocates hundreds of thousands of small containers (none
    cyclic), which makes CPython run full collections over everything alive,
    often doubling the time. Reference counting still frees memory meanwhile.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def new_id() -> str:
    return str(ObjectId())
