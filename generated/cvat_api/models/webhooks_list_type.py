from typing import Literal, cast

WebhooksListType = Literal["organization", "project"]

WEBHOOKS_LIST_TYPE_VALUES: set[WebhooksListType] = {
    "organization",
    "project",
}


def check_webhooks_list_type(value: str) -> WebhooksListType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(WebhooksListType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOKS_LIST_TYPE_VALUES!r}"
    )
