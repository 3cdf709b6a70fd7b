"""One field's outcome of a load: counts, refused edits and classes added in CVAT.

Its own module so the run record, which stores it, stays free of the comparison
code (and of FiftyOne) that fills it in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import SupportsInt, cast


@dataclass
class FieldSummary:
    """Counts per field, and one line per refused edit."""

    added: int = 0
    edited: int = 0
    deleted: int = 0
    unchanged: int = 0
    rejected: list[str] = field(default_factory=list)
    # classes annotators added in CVAT: label count per class, and what became of them
    new_classes: dict[str, int] = field(default_factory=dict)
    new_classes_outcome: str | None = None
    # CVAT shapes of this field's classes with no FiftyOne type (ellipse...), by type
    unsupported_shapes: dict[str, int] = field(default_factory=dict)
    # samples the merge would change (not stored in the run record)
    touched: set[str] = field(default_factory=set, repr=False)

    def absorb(self, part: FieldSummary) -> None:
        """Add one task's counts, refused edits and touched samples (a load reports
        task by task)."""
        self.added += part.added
        self.edited += part.edited
        self.deleted += part.deleted
        self.unchanged += part.unchanged
        self.rejected.extend(part.rejected)
        self.touched |= part.touched

    def to_json(self) -> dict[str, object]:
        """As stored in the run record: counts, refused edits and, when annotators added
        classes in CVAT, those classes and what became of their labels."""
        d = asdict(self)
        d.pop("touched")
        if not self.new_classes:
            d.pop("new_classes")
            d.pop("new_classes_outcome")
        if not self.unsupported_shapes:
            d.pop("unsupported_shapes")
        return d

    @classmethod
    def from_json(cls, d: Mapping[str, object]) -> FieldSummary:
        def count(key: str) -> int:
            return int(cast("SupportsInt", d.get(key, 0)))

        return cls(
            added=count("added"),
            edited=count("edited"),
            deleted=count("deleted"),
            unchanged=count("unchanged"),
            rejected=list(cast("list[str]", d.get("rejected") or [])),
            new_classes=dict(cast("dict[str, int]", d.get("new_classes") or {})),
            new_classes_outcome=cast("str | None", d.get("new_classes_outcome")),
            unsupported_shapes=dict(cast("dict[str, int]", d.get("unsupported_shapes") or {})),
        )
