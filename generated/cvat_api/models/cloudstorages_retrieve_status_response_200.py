from typing import Literal, cast

CloudstoragesRetrieveStatusResponse200 = Literal["AVAILABLE", "FORBIDDEN", "NOT_FOUND"]

CLOUDSTORAGES_RETRIEVE_STATUS_RESPONSE_200_VALUES: set[
    CloudstoragesRetrieveStatusResponse200
] = {
    "AVAILABLE",
    "FORBIDDEN",
    "NOT_FOUND",
}


def check_cloudstorages_retrieve_status_response_200(
    value: str,
) -> CloudstoragesRetrieveStatusResponse200:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(CloudstoragesRetrieveStatusResponse200, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLOUDSTORAGES_RETRIEVE_STATUS_RESPONSE_200_VALUES!r}"
    )
