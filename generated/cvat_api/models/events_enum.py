from typing import Literal, cast

EventsEnum = Literal[
    "completed:request[calculate:quality]",
    "completed:request[create:task]",
    "completed:request[export:annotations]",
    "completed:request[export:backup]",
    "completed:request[export:dataset]",
    "completed:request[merge:job]",
    "completed:request[merge:task]",
    "create:comment",
    "create:invitation",
    "create:issue",
    "create:job",
    "create:membership",
    "create:project",
    "create:task",
    "delete:comment",
    "delete:invitation",
    "delete:issue",
    "delete:job",
    "delete:membership",
    "delete:project",
    "delete:task",
    "update:comment",
    "update:issue",
    "update:job",
    "update:membership",
    "update:organization",
    "update:project",
    "update:task",
]

EVENTS_ENUM_VALUES: set[EventsEnum] = {
    "completed:request[calculate:quality]",
    "completed:request[create:task]",
    "completed:request[export:annotations]",
    "completed:request[export:backup]",
    "completed:request[export:dataset]",
    "completed:request[merge:job]",
    "completed:request[merge:task]",
    "create:comment",
    "create:invitation",
    "create:issue",
    "create:job",
    "create:membership",
    "create:project",
    "create:task",
    "delete:comment",
    "delete:invitation",
    "delete:issue",
    "delete:job",
    "delete:membership",
    "delete:project",
    "delete:task",
    "update:comment",
    "update:issue",
    "update:job",
    "update:membership",
    "update:organization",
    "update:project",
    "update:task",
}


def check_events_enum(value: str) -> EventsEnum:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(EventsEnum, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVENTS_ENUM_VALUES!r}"
    )
