from typing import Literal, cast

WebhookContentType = Literal["application/json"]

WEBHOOK_CONTENT_TYPE_VALUES: set[WebhookContentType] = {
    "application/json",
}


def check_webhook_content_type(value: str) -> WebhookContentType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(WebhookContentType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_CONTENT_TYPE_VALUES!r}"
    )
