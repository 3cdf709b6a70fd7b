from typing import Literal, cast

EventsListAction = Literal["download"]

EVENTS_LIST_ACTION_VALUES: set[EventsListAction] = {
    "download",
}


def check_events_list_action(value: str) -> EventsListAction:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(EventsListAction, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVENTS_LIST_ACTION_VALUES!r}"
    )
