"""Shared helpers for the conversion tests: specs, a fake id space, round trips."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from fiftyone_cvat.domain.conversion import (
    DecodeResult,
    EncodeResult,
    FrameInfo,
    IdResolver,
    decode_annotations,
    encode_field,
)
from fiftyone_cvat.domain.conversion.encode import FrameValue
from fiftyone_cvat.domain.schema.specs import AttributeSpec, ClassSpec, FieldSpec
from fiftyone_cvat.domain.schema.vocab import LABEL_ID_ATTR

COLOR = AttributeSpec("color", "select", ("red", "blue", "green"))
SIZE = AttributeSpec("size", "text")
KIND = AttributeSpec("kind", "radio", ("sedan", "suv"), mutable=False)


def label_field(
    name: str,
    label_type: str,
    classes: Sequence[str] = ("car", "person"),
    attrs: Sequence[AttributeSpec] = (COLOR, SIZE),
    occluded_attr: str | None = None,
    group_id_attr: str | None = None,
    only_keyframes: bool = False,
) -> FieldSpec:
    return FieldSpec(
        name=name,
        label_type=label_type,  # type: ignore[arg-type]
        classes=tuple(
            ClassSpec(c, c, tuple(attrs), c, occluded_attr, group_id_attr) for c in classes
        ),
        occluded_attr=occluded_attr,
        group_id_attr=group_id_attr,
        only_keyframes=only_keyframes,
    )


def resolver_for(specs: Iterable[FieldSpec]) -> IdResolver:
    """A fake server id space: label ids from 100, spec ids from 1000."""
    labels = []
    next_attr = 1000
    for i, cls in enumerate(c for s in specs for c in s.classes):
        attrs = []
        names = [a.name for a in cls.attributes] + [LABEL_ID_ATTR]
        for name in names:
            attrs.append({"id": next_attr, "name": name})
            next_attr += 1
        labels.append({"id": 100 + i, "name": cls.cvat_name, "attributes": attrs})
    return IdResolver(labels)


def fake_server(wire: dict[str, Any]) -> dict[str, Any]:
    """What CVAT echoes: the same JSON with object ids assigned."""
    data: dict[str, Any] = json.loads(json.dumps(wire, allow_nan=False))
    next_id = 1
    for kind in ("tags", "shapes", "tracks"):
        for obj in data[kind]:
            obj["id"] = next_id
            next_id += 1
            for shape in obj.get("shapes", ()):
                shape["id"] = next_id
                next_id += 1
    return data


def round_trip(
    spec: FieldSpec,
    values: Sequence[FrameValue],
    frames: Sequence[FrameInfo],
    *,
    end_frame: int | None = None,
    coerce_text: bool = True,
) -> tuple[EncodeResult, DecodeResult]:
    """FiftyOne -> records -> wire JSON -> (server) -> records -> FiftyOne."""
    encoded = encode_field(spec, values, end_frame=end_frame)
    resolver = resolver_for([spec])
    echoed = fake_server(resolver.to_wire(encoded.annotations))
    records, skipped = resolver.from_wire(echoed)
    assert skipped == []
    decoded = decode_annotations(
        records, [spec], frames, end_frame=end_frame, coerce_text=coerce_text
    )
    return encoded, decoded
