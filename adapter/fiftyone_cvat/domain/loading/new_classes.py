"""Labels of classes an annotator added in CVAT: kept, returned, ignored or asked about.

CVAT lets annotators add labels to a task or project. Their shapes and tags
belong to no class of the run, so FiftyOne's built-in drops them. Here they
are decoded under the field their type fits and handled like FiftyOne's
unexpected labels, following ``load_annotations(unexpected=...)``: ``"keep"``
stores them in that field under their class name, ``"return"`` returns them,
``"ignore"`` drops them and ``"prompt"`` asks. Whatever happens is counted per
field in ``results.merge_summary``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Literal

import attrs

from fiftyone_cvat.domain.loading.downloaded import Downloaded
from fiftyone_cvat.domain.loading.load_call import LoadCall

logger = logging.getLogger(__name__)

Outcome = Literal["kept", "returned", "ignored"]


@attrs.frozen
class Routed:
    """Where the new-class labels went: per field the outcome, and the labels the
    load merges (kept) and those the call returns (``unexpected="return"``)."""

    outcomes: dict[str, Outcome]
    kept: Downloaded
    returned: Downloaded


def route_new_classes(
    labels: Downloaded,
    counts: Mapping[str, Mapping[str, int]],
    call: LoadCall | None,
    ask: Callable[[str], str] | None = None,
) -> Routed:
    """Send each field's new-class labels where ``unexpected`` says.

    Outside a ``load_annotations()`` call (``call`` is None) nothing is dropped:
    the labels are kept. ``ask`` defaults to ``input``, as FiftyOne's own prompt.
    """
    ask = ask or input
    outcomes: dict[str, Outcome] = {}
    kept, returned = Downloaded(), Downloaded()
    for field_name in labels.names():
        classes = dict(counts.get(field_name) or {})
        types = list(labels.by_type(field_name))
        outcome = _decide(call, field_name, classes, types, ask)
        if outcome == "kept":
            kept = kept.deep_merged(labels.field(field_name))
        elif outcome == "returned" and call is not None:
            returned = returned.deep_merged(labels.field(field_name))
        logger.warning(
            "%s: %d label(s) of class(es) %s added in CVAT, not in the run's schema: %s",
            field_name,
            sum(classes.values()),
            ", ".join(repr(c) for c in sorted(classes)),
            outcome,
        )
        outcomes[field_name] = outcome
    return Routed(outcomes, kept, returned)


def _decide(
    call: LoadCall | None,
    field_name: str,
    classes: Mapping[str, int],
    types: list[str],
    ask: Callable[[str], str],
) -> Outcome:
    mode = "keep" if call is None else call.unexpected
    if mode == "keep":
        return "kept"
    if mode == "ignore":
        return "ignored"
    if mode == "return":
        return "returned"
    if mode == "prompt":
        answer = ask(
            f"Found {sum(classes.values())} label(s) of class(es) "
            f"{', '.join(repr(c) for c in sorted(classes))} that are not in the run's schema "
            f"(added in CVAT) when loading annotations for field '{field_name}'.\n"
            f"Enter 'y' to keep them in '{field_name}', or empty to skip: "
        )
        return "kept" if answer.strip().lower() in ("y", "yes") else "ignored"
    # FiftyOne's undocumented forms: a dict or list of label types to keep
    return "kept" if any(t in mode for t in types) else "ignored"
