from typing import Literal, cast

ProviderTypeEnum = Literal["AWS_S3_BUCKET", "AZURE_CONTAINER", "GOOGLE_CLOUD_STORAGE"]

PROVIDER_TYPE_ENUM_VALUES: set[ProviderTypeEnum] = {
    "AWS_S3_BUCKET",
    "AZURE_CONTAINER",
    "GOOGLE_CLOUD_STORAGE",
}


def check_provider_type_enum(value: str) -> ProviderTypeEnum:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(ProviderTypeEnum, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVIDER_TYPE_ENUM_VALUES!r}"
    )
