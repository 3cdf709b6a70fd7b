"""Which field and class a downloaded CVAT tag or shape belongs to.

A CVAT label name maps to the run's class of that name; a project run's labels
may be shared by fields of different types, so a shape goes to the field its
type fits best. A name that is no class of the run is one an annotator added
in CVAT: it is placed where its type fits, marked ``added_in_cvat``.
"""

from __future__ import annotations

from collections.abc import Sequence

from fiftyone_cvat.domain.schema.specs import ClassSpec, FieldSpec

Hit = tuple[FieldSpec, ClassSpec]

SHAPE_PREFERENCE: dict[str, tuple[str, ...]] = {
    "rectangle": ("detections",),
    "mask": ("segmentation", "detections", "polylines"),
    "polygon": ("polylines", "segmentation", "detections"),
    "polyline": ("polylines",),
    "points": ("keypoints",),
    "cuboid": ("detections",),  # 3D tasks; a 2D cuboid (8 points) is counted, not decoded
}
"""Return types a CVAT shape type decodes into, best first."""


def supported_shape(shape_type: str) -> bool:
    return shape_type in SHAPE_PREFERENCE


def preferred(hits: Sequence[Hit], shape_type: str) -> Hit:
    """The field a shape of this label and type belongs to (project labels may be shared)."""
    preference = SHAPE_PREFERENCE[shape_type]
    return next((h for rt in preference for h in hits if h[0].return_type == rt), hits[0])


class Targets:
    """CVAT label name -> (field, class) candidates, for tags and for shapes."""

    def __init__(self, specs: Sequence[FieldSpec]) -> None:
        self.specs = specs
        self.tags: dict[str, list[Hit]] = {}
        self.shapes: dict[str, list[Hit]] = {}
        for spec in specs:
            is_tag = spec.return_type in ("classifications", "scalar")
            targets = [self.tags if is_tag else self.shapes]
            if spec.is_fieldless:  # its project labels may be tags or any shape
                targets = [self.tags, self.shapes]
            for target in targets:
                for cls in spec.classes:
                    target.setdefault(cls.cvat_name, []).append((spec, cls))

    def tag_hits(self, name: str) -> list[Hit] | None:
        return self.tags.get(name) or self._added_in_cvat(name, None)

    def shape_hits(self, name: str, shape_type: str) -> list[Hit] | None:
        return self.shapes.get(name) or self._added_in_cvat(name, shape_type)

    def _added_in_cvat(self, name: str, shape_type: str | None) -> list[Hit] | None:
        """Where a label of a class that is not in the run goes (one an annotator added).

        Tags go to the first classifications field. A shape goes to the first field
        its type fits; failing that, to the first label field, under its own type
        (FiftyOne then treats it as an unexpected label type). Segmentations are
        never a target: a new class has no mask value.
        """
        if shape_type is None:
            fits = [s for s in self.specs if s.return_type == "classifications"]
        else:
            shape_fields = [
                s
                for s in self.specs
                if s.return_type not in ("classifications", "scalar", "segmentation")
            ]
            preference = SHAPE_PREFERENCE.get(shape_type, ())
            fits = [s for rt in preference for s in shape_fields if s.return_type == rt]
            fits = fits or shape_fields
        if not fits:
            return None
        hit = (fits[0], ClassSpec(name=name, cvat_name=name, added_in_cvat=True))
        (self.tags if shape_type is None else self.shapes)[name] = [hit]
        return [hit]
