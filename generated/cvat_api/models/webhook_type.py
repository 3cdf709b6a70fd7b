from typing import Literal, cast

WebhookType = Literal["organization", "project"]

WEBHOOK_TYPE_VALUES: set[WebhookType] = {
    "organization",
    "project",
}


def check_webhook_type(value: str) -> WebhookType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(WebhookType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_TYPE_VALUES!r}"
    )
