from typing import Literal, cast

CloudstoragesListProviderType = Literal[
    "AWS_S3_BUCKET", "AZURE_CONTAINER", "GOOGLE_CLOUD_STORAGE"
]

CLOUDSTORAGES_LIST_PROVIDER_TYPE_VALUES: set[CloudstoragesListProviderType] = {
    "AWS_S3_BUCKET",
    "AZURE_CONTAINER",
    "GOOGLE_CLOUD_STORAGE",
}


def check_cloudstorages_list_provider_type(value: str) -> CloudstoragesListProviderType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(CloudstoragesListProviderType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLOUDSTORAGES_LIST_PROVIDER_TYPE_VALUES!r}"
    )
