"""Stable label ids for imported CVAT objects, and the records an import keeps.

Objects FiftyOne did not upload have no ``label_id``; deriving their ids from
the server and the CVAT object makes a second import update labels instead of
adding them again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Container, Mapping

import fiftyone.core.labels as fol

from fiftyone_cvat.domain.conversion import Annotations, DecodeResult


def stable_ids(server: str) -> Callable[[str, int], str]:
    """Label ids derived from CVAT object ids, so importing again updates, not duplicates.

    Used only for objects without a valid ``label_id`` attribute (those not
    uploaded by FiftyOne); tracks get theirs in :func:`stabilize_tracks`.
    """

    def label_id(kind: str, cvat_id: int) -> str:
        digest = hashlib.sha256(f"{server}|{kind}|{cvat_id}".encode()).hexdigest()
        return digest[:24]

    return label_id


def stabilize_tracks(decoded: DecodeResult, server: str) -> None:
    """One id per (CVAT track, frame) for track labels without a ``label_id``.

    The decoder makes interpolated frames new on every call, and CVAT gives
    keyframe shapes new ids when a track is edited; the track id and frame
    survive both, so a second import of a video updates its labels.
    """
    stable = stable_ids(server)
    renamed = {
        label_id: stable(f"track:{origin.cvat_id}:frame", origin.frame)
        for label_id, origin in decoded.origins.items()
        if origin.kind == "track" and origin.id_source != "label_id" and origin.cvat_id is not None
    }
    if renamed:
        for by_type in decoded.labels.values():
            for by_sample in by_type.values():
                _rekey(by_sample, renamed)


def _rekey(node: dict[str, object], renamed: Mapping[str, str]) -> None:
    """Give the labels of ``renamed`` their new ids, wherever they are in ``node``."""
    for key in list(node):
        value = node[key]
        if isinstance(value, dict):
            _rekey(value, renamed)
        elif key in renamed and isinstance(value, fol.Label):
            value.id = renamed[key]
            node[renamed[key]] = node.pop(key)


def on_frames(records: Annotations, frames: Container[int]) -> Annotations:
    """Only tags and shapes on frames with a local file: the others were already
    reported (once per task), not once per object. Tracks are kept whole, as
    interpolation needs all their keyframes."""
    return {
        "version": records["version"],
        "tags": [t for t in records["tags"] if t["frame"] in frames],
        "shapes": [s for s in records["shapes"] if s["frame"] in frames],
        "tracks": records["tracks"],
    }
