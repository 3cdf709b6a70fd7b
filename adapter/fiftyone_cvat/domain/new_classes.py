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
from typing import Any, Literal

from fiftyone_cvat.domain.conversion.records import deep_merge
from fiftyone_cvat.domain.load_call import LoadCall

logger = logging.getLogger(__name__)

Outcome = Literal["kept", "returned", "ignored"]


def route_new_classes(
    labels: Mapping[str, dict[str, Any]],
    counts: Mapping[str, Mapping[str, int]],
    annotations: dict[str, Any],
    call: LoadCall | None,
    ask: Callable[[str], str] | None = None,
) -> dict[str, Outcome]:
    """Put each field's new-class labels where ``unexpected`` says; returns the outcomes.

    Outside a ``load_annotations()`` call (``call`` is None) nothing is dropped:
    the labels are kept. ``ask`` defaults to ``input``, as FiftyOne's own prompt.
    """
    ask = ask or input
    outcomes: dict[str, Outcome] = {}
    for field_name, by_type in labels.items():
        classes = dict(counts.get(field_name) or {})
        outcome = _decide(call, field_name, classes, by_type, ask)
        if outcome == "kept":
            deep_merge(annotations.setdefault(field_name, {}), by_type)
        elif outcome == "returned" and call is not None:
            call.give_back(field_name, by_type)
        logger.warning(
            "%s: %d label(s) of class(es) %s added in CVAT, not in the run's schema: %s",
            field_name,
            sum(classes.values()),
            ", ".join(repr(c) for c in sorted(classes)),
            outcome,
        )
        outcomes[field_name] = outcome
    return outcomes


def _decide(
    call: LoadCall | None,
    field_name: str,
    classes: Mapping[str, int],
    by_type: Mapping[str, object],
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
    return "kept" if any(t in mode for t in by_type) else "ignored"
