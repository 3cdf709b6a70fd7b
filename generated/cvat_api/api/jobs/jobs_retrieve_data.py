from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_retrieve_data_quality import (
    JobsRetrieveDataQuality,
)
from ...models.jobs_retrieve_data_type import (
    JobsRetrieveDataType,
)
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    id: int,
    *,
    index: int | Unset = UNSET,
    number: int | Unset = UNSET,
    quality: JobsRetrieveDataQuality | Unset = UNSET,
    type_: JobsRetrieveDataType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["index"] = index

    params["number"] = number

    json_quality: str | Unset = UNSET
    if not isinstance(quality, Unset):
        json_quality = quality

    params["quality"] = json_quality

    json_type_: str = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/jobs/{id}/data".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.json()))

        return response_200

    if response.status_code == 206:
        response_206 = File(payload=BytesIO(response.json()))

        return response_206

    if response.status_code == 416:
        response_416 = cast(Any, None)
        return response_416

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    index: int | Unset = UNSET,
    number: int | Unset = UNSET,
    quality: JobsRetrieveDataQuality | Unset = UNSET,
    type_: JobsRetrieveDataType,
) -> Response[Any | File]:
    """Get data of a job

    Args:
        id (int):
        index (int | Unset):
        number (int | Unset):
        quality (JobsRetrieveDataQuality | Unset):
        type_ (JobsRetrieveDataType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        id=id,
        index=index,
        number=number,
        quality=quality,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    index: int | Unset = UNSET,
    number: int | Unset = UNSET,
    quality: JobsRetrieveDataQuality | Unset = UNSET,
    type_: JobsRetrieveDataType,
) -> Any | File | None:
    """Get data of a job

    Args:
        id (int):
        index (int | Unset):
        number (int | Unset):
        quality (JobsRetrieveDataQuality | Unset):
        type_ (JobsRetrieveDataType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return sync_detailed(
        id=id,
        client=client,
        index=index,
        number=number,
        quality=quality,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    index: int | Unset = UNSET,
    number: int | Unset = UNSET,
    quality: JobsRetrieveDataQuality | Unset = UNSET,
    type_: JobsRetrieveDataType,
) -> Response[Any | File]:
    """Get data of a job

    Args:
        id (int):
        index (int | Unset):
        number (int | Unset):
        quality (JobsRetrieveDataQuality | Unset):
        type_ (JobsRetrieveDataType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        id=id,
        index=index,
        number=number,
        quality=quality,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    index: int | Unset = UNSET,
    number: int | Unset = UNSET,
    quality: JobsRetrieveDataQuality | Unset = UNSET,
    type_: JobsRetrieveDataType,
) -> Any | File | None:
    """Get data of a job

    Args:
        id (int):
        index (int | Unset):
        number (int | Unset):
        quality (JobsRetrieveDataQuality | Unset):
        type_ (JobsRetrieveDataType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            index=index,
            number=number,
            quality=quality,
            type_=type_,
        )
    ).parsed
