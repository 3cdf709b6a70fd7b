from typing import Literal, cast

EventsCreateExportLocation = Literal["cloud_storage", "local"]

EVENTS_CREATE_EXPORT_LOCATION_VALUES: set[EventsCreateExportLocation] = {
    "cloud_storage",
    "local",
}


def check_events_create_export_location(value: str) -> EventsCreateExportLocation:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(EventsCreateExportLocation, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVENTS_CREATE_EXPORT_LOCATION_VALUES!r}"
    )
