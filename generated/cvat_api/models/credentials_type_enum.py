from typing import Literal, cast

CredentialsTypeEnum = Literal[
    "ACCOUNT_NAME_TOKEN_PAIR",
    "ANONYMOUS_ACCESS",
    "CONNECTION_STRING",
    "KEY_FILE_PATH",
    "KEY_SECRET_KEY_PAIR",
]

CREDENTIALS_TYPE_ENUM_VALUES: set[CredentialsTypeEnum] = {
    "ACCOUNT_NAME_TOKEN_PAIR",
    "ANONYMOUS_ACCESS",
    "CONNECTION_STRING",
    "KEY_FILE_PATH",
    "KEY_SECRET_KEY_PAIR",
}


def check_credentials_type_enum(value: str) -> CredentialsTypeEnum:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(CredentialsTypeEnum, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREDENTIALS_TYPE_ENUM_VALUES!r}"
    )
