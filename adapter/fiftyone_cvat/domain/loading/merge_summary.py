"""What ``load_annotations()`` will do to each field, and which edits the run refuses.

FiftyOne's merge enforces ``allow_additions`` / ``allow_deletions`` /
``allow_label_edits`` / ``allow_index_edits`` / ``allow_spatial_edits`` and
``read_only`` attributes, but it only counts ignored additions and deletions,
and drops refused label, index, spatial and read-only edits without a word.
This module compares what CVAT returned with what the dataset holds, before
the merge, so every refused edit is named (label id, sample, what changed and
which setting refused it) in the log and in ``results.merge_summary``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import fiftyone.core.labels as fol
import numpy as np

from fiftyone_cvat._fiftyone_compat import stored_fields
from fiftyone_cvat.domain.aliases import Location
from fiftyone_cvat.domain.conversion.label_docs import as_array
from fiftyone_cvat.domain.conversion.records import Skip
from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.loading.field_summary import FieldSummary
from fiftyone_cvat.domain.loading.id_map import IdMap
from fiftyone_cvat.domain.schema.specs import FieldSpec, RunSchema
from fiftyone_cvat.domain.schema.vocab import LABEL_ID_ATTR

__all__ = [
    "CurrentLabels",
    "FieldSummary",
    "as_dicts",
    "log_summary",
    "summarize",
]

logger = logging.getLogger(__name__)

_SPATIAL = ("bounding_box", "points", "mask", "closed", "filled")
_BUILTIN = {"id", "_id", "_cls", "tags", "label", "index", "keyframe", "attributes", *_SPATIAL}
MAX_LOGGED = 20


CurrentLabels = Mapping[str, Mapping[str, object]]
"""Per field, label id -> the dataset's label (a raw database dict or a ``fo.Label``)."""


def summarize(
    run_schema: RunSchema,
    id_map: IdMap,
    labels: Downloaded,
    current: CurrentLabels,
    pixel_tolerance: Mapping[str, float] | None = None,
) -> dict[str, FieldSummary]:
    """Per-field summary of a merge (pure: all inputs are plain data).

    ``current[field]`` maps label id -> the dataset's label (a raw database
    dict or a ``fo.Label``) for the labels uploaded by the run; ``labels`` are the
    downloaded ones; ``pixel_tolerance[sample_id]`` is one
    pixel in relative coordinates (coordinates closer than 1/256 of it are
    the same: they only crossed CVAT's coordinate grid).
    """
    out: dict[str, FieldSummary] = {}
    for spec in run_schema.fields:
        if spec.label_type == "scalar" or spec.is_fieldless:
            continue
        summary = FieldSummary()
        # label id -> where it is: (sample id, frame id or None)
        uploaded = dict(id_map.uploaded_at(spec))
        downloaded = _located(spec, labels, uploaded, summary)
        _count_moves(spec, uploaded, downloaded, summary)
        before = current.get(spec.name) or {}
        _compare_in_place(spec, uploaded, downloaded, before, pixel_tolerance or {}, summary)
        out[spec.name] = summary
    return out


Located = dict[str, tuple[Location, fol.Label]]


def _located(
    spec: FieldSpec, labels: Downloaded, uploaded: Mapping[str, Location], s: FieldSummary
) -> Located:
    """Each downloaded label id and where it is (a copy is compared where uploaded)."""
    downloaded: Located = {}
    for where, label_id, label in labels.labels_at(spec):
        seen = downloaded.get(label_id)
        if seen is not None:  # a copied label: FiftyOne gives the copy a new id
            s.touched.update((where[0], seen[0][0]))
            if seen[0] == uploaded.get(label_id):
                continue  # compare the label still where it was uploaded
        downloaded[label_id] = (where, label)
    return downloaded


def _count_moves(
    spec: FieldSpec, uploaded: Mapping[str, Location], downloaded: Located, s: FieldSummary
) -> None:
    """Additions and deletions. A label found somewhere else than uploaded (copied to
    another frame, the original deleted) is deleted there and added here, as FiftyOne
    merges it."""
    for label_id, (where, _) in downloaded.items():
        if uploaded.get(label_id) != where:
            s.added += 1
            s.touched.add(where[0])
            if not spec.allow_additions:
                s.rejected.append(
                    f"{spec.name}: new label {label_id} on {_describe(where)} not added "
                    "(allow_additions=False)"
                )
    for label_id, where in uploaded.items():
        found = downloaded.get(label_id)
        if found is None or found[0] != where:
            s.deleted += 1
            s.touched.add(where[0])
            if not spec.allow_deletions:
                s.rejected.append(
                    f"{spec.name}: label {label_id} on {_describe(where)} deleted in CVAT "
                    "but kept (allow_deletions=False)"
                )


def _compare_in_place(
    spec: FieldSpec,
    uploaded: Mapping[str, Location],
    downloaded: Located,
    labels: Mapping[str, object],
    tolerance: Mapping[str, float],
    s: FieldSummary,
) -> None:
    """Edits of the labels still where they were uploaded, and those the run refuses."""
    schema_attrs: dict[object, list[str]] = {}
    for label_id, (where, new) in downloaded.items():
        if uploaded.get(label_id) != where:
            continue
        sample_id = where[0]
        old = labels.get(label_id)
        if old is None:  # no longer in the dataset: leave it to FiftyOne's merge
            s.touched.add(sample_id)
            continue
        changes = _changes(spec, old, new, tolerance.get(sample_id, 0.0), schema_attrs)
        if changes:
            s.edited += 1
            s.touched.add(sample_id)
        else:
            s.unchanged += 1
        for what, setting in _refused(spec, changes):
            s.rejected.append(
                f"{spec.name}: {what} of label {label_id} on {_describe(where)} "
                f"not applied ({setting})"
            )


def log_summary(summaries: Mapping[str, FieldSummary]) -> None:
    for name, s in summaries.items():
        logger.info(
            "%s: %d added, %d edited, %d deleted, %d unchanged, %d refused",
            name,
            s.added,
            s.edited,
            s.deleted,
            s.unchanged,
            len(s.rejected),
        )
        for line in s.rejected[:MAX_LOGGED]:
            logger.warning("Refused edit: %s", line)
        if len(s.rejected) > MAX_LOGGED:
            logger.warning(
                "... and %d more refused edits in '%s' (see results.merge_summary)",
                len(s.rejected) - MAX_LOGGED,
                name,
            )


def warn_skipped(skipped: Sequence[Skip], summaries: dict[str, FieldSummary], where: str) -> None:
    """Report what a load or import could not convert: shapes FiftyOne has no type for
    counted per field and type in ``summaries`` and named in one warning, everything
    else (with reasons) in another."""
    failed = [s for s in skipped if s.shape_type is None]
    if failed:
        logger.warning(
            "%d annotation(s) from CVAT could not be converted and were not %s: %s",
            len(failed),
            where,
            "; ".join(str(s) for s in failed[:5]),
        )
    unsupported = count_unsupported_shapes(summaries, skipped)
    if unsupported:
        logger.warning(
            "CVAT shapes with no FiftyOne label type were not %s: %s", where, unsupported
        )


def count_unsupported_shapes(
    summaries: dict[str, FieldSummary], skipped: Iterable[Skip]
) -> str | None:
    """Count, per field and type, the CVAT shapes FiftyOne has no type for (into
    ``summaries[field].unsupported_shapes``); returns them named (None if none)."""
    counted: dict[str, dict[str, int]] = {}
    for skip in skipped:
        if skip.shape_type is not None and skip.field is not None:
            by_type = summaries.setdefault(skip.field, FieldSummary()).unsupported_shapes
            by_type[skip.shape_type] = by_type.get(skip.shape_type, 0) + 1
            counted[skip.field] = by_type
    if not counted:
        return None
    parts = [
        f"{name}: " + ", ".join(f"{n} {t}" for t, n in sorted(by_type.items()))
        for name, by_type in sorted(counted.items())
    ]
    return "; ".join(parts)


def as_dicts(summaries: Mapping[str, FieldSummary]) -> dict[str, dict[str, object]]:
    """The summaries as stored in the run record."""
    return {name: s.to_json() for name, s in summaries.items()}


# --------------------------------------------------------------------------


def _describe(where: Location) -> str:
    sample_id, frame = where
    return f"sample {sample_id}" + ("" if frame is None else f" frame {frame}")


def _mask(value: object) -> object:
    """A mask as an array (raw database dicts hold it serialized)."""
    return as_array(value) if isinstance(value, bytes | bytearray) else value


def _same(a: object, b: object, tol: float) -> bool:
    """Equal, with coordinates closer than one step of CVAT's 1/256-pixel grid the same."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return bool(np.array_equal(np.asarray(a, dtype=bool), np.asarray(b, dtype=bool)))
    atol = tol / 256 + 1e-9
    if type(a) is list and type(b) is list and len(a) == len(b) == 4:
        try:  # a bounding box, by far the most common geometry: no flattening
            return bool(
                abs(a[0] - b[0]) <= atol
                and abs(a[1] - b[1]) <= atol
                and abs(a[2] - b[2]) <= atol
                and abs(a[3] - b[3]) <= atol
            )
        except TypeError:
            pass  # nested (polyline parts): compare flattened
    flat_a, flat_b = _flatten(a), _flatten(b)
    if len(flat_a) != len(flat_b):
        return False
    try:
        return all(abs(float(x) - float(y)) <= atol for x, y in zip(flat_a, flat_b, strict=True))
    except (TypeError, ValueError):
        return bool(a == b)


def _flatten(value: object) -> list[Any]:
    if isinstance(value, list | tuple):
        return [v for item in value for v in _flatten(item)]
    return [value]


ChangeKind = Literal["label", "index", "geometry", "attribute"]
Change = tuple[ChangeKind, str | None]
"""What changed: ``("attribute", name)``, or ``(kind, None)`` for the others."""


def _changes(
    spec: FieldSpec, old: object, new: object, tol: float, schema_attrs: dict[object, list[str]]
) -> list[Change]:
    """What differs between the dataset's label and the downloaded one.

    ``schema_attrs`` caches :func:`_schema_attr_names` by class name across calls.
    """
    before, after = stored_fields(old), stored_fields(new)
    changed: list[Change] = []
    label = after.get("label")
    if before.get("label") != label:
        changed.append(("label", None))
    if spec.is_trackable and before.get("index") != after.get("index"):
        changed.append(("index", None))
    for name in _SPATIAL:
        a, b = before.get(name), after.get(name)
        if a is None and b is None:
            continue
        if name == "mask":
            a, b = _mask(a), _mask(b)
        if not _same(a, b, tol):
            changed.append(("geometry", None))
            break
    names = schema_attrs.get(label)
    if names is None:
        names = schema_attrs[label] = _schema_attr_names(spec, label)
    attrs = after.keys() - _BUILTIN
    attrs.update(names)
    attrs.discard(LABEL_ID_ATTR)
    changed.extend(("attribute", n) for n in sorted(attrs) if before.get(n) != after.get(n))
    return changed


def _refused(spec: FieldSpec, changes: list[Change]) -> list[tuple[str, str]]:
    """(what, which setting refuses it) for each change the run does not allow."""
    refused = []
    for kind, name in changes:
        if kind == "label" and not spec.allow_label_edits:
            refused.append(("label change", "allow_label_edits=False"))
        elif kind == "index" and not spec.allow_index_edits:
            refused.append(("track index change", "allow_index_edits=False"))
        elif kind == "geometry" and not spec.allow_spatial_edits:
            refused.append(("geometry change", "allow_spatial_edits=False"))
        elif kind == "attribute" and name in spec.read_only_attrs:
            refused.append((f"change of read-only attribute '{name}'", "read_only=True"))
    return refused


def _schema_attr_names(spec: FieldSpec, label: object) -> list[str]:
    """The attributes the run's schema gives this label's class (FiftyOne writes them all)."""
    cls = spec.class_for(label) if label is not None else None
    if cls is None:
        return []
    names = [a.name for a in cls.attributes]
    return names + [n for n in (cls.occluded_attr, cls.group_id_attr) if n]
