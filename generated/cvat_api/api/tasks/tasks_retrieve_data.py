from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tasks_retrieve_data_quality import (
    TasksRetrieveDataQuality,
)
from ...models.tasks_retrieve_data_type import (
    TasksRetrieveDataType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    number: int | Unset = UNSET,
    quality: TasksRetrieveDataQuality | Unset = UNSET,
    type_: TasksRetrieveDataType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/api/tasks/{id}/data/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 200:
        return None

    if response.status_code == 206:
        return None

    if response.status_code == 416:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    number: int | Unset = UNSET,
    quality: TasksRetrieveDataQuality | Unset = UNSET,
    type_: TasksRetrieveDataType,
) -> Response[Any]:
    """Get data of a task

    Args:
        id (int):
        number (int | Unset):
        quality (TasksRetrieveDataQuality | Unset):
        type_ (TasksRetrieveDataType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
        number=number,
        quality=quality,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    number: int | Unset = UNSET,
    quality: TasksRetrieveDataQuality | Unset = UNSET,
    type_: TasksRetrieveDataType,
) -> Response[Any]:
    """Get data of a task

    Args:
        id (int):
        number (int | Unset):
        quality (TasksRetrieveDataQuality | Unset):
        type_ (TasksRetrieveDataType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
        number=number,
        quality=quality,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
