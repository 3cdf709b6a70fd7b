from typing import Literal, cast

CloudstoragesListCredentialsType = Literal[
    "ACCOUNT_NAME_TOKEN_PAIR",
    "ANONYMOUS_ACCESS",
    "CONNECTION_STRING",
    "KEY_FILE_PATH",
    "KEY_SECRET_KEY_PAIR",
]

CLOUDSTORAGES_LIST_CREDENTIALS_TYPE_VALUES: set[CloudstoragesListCredentialsType] = {
    "ACCOUNT_NAME_TOKEN_PAIR",
    "ANONYMOUS_ACCESS",
    "CONNECTION_STRING",
    "KEY_FILE_PATH",
    "KEY_SECRET_KEY_PAIR",
}


def check_cloudstorages_list_credentials_type(
    value: str,
) -> CloudstoragesListCredentialsType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(CloudstoragesListCredentialsType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLOUDSTORAGES_LIST_CREDENTIALS_TYPE_VALUES!r}"
    )
