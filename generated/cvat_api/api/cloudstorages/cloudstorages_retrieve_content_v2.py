from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cloud_storage_content import CloudStorageContent
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    manifest_path: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    prefix: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["manifest_path"] = manifest_path

    params["next_token"] = next_token

    params["page_size"] = page_size

    params["prefix"] = prefix

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/cloudstorages/{id}/content-v2".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CloudStorageContent | None:
    if response.status_code == 200:
        response_200 = CloudStorageContent.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CloudStorageContent]:
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
    manifest_path: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    prefix: str | Unset = UNSET,
) -> Response[CloudStorageContent]:
    """Get cloud storage content

    Args:
        id (int):
        manifest_path (str | Unset):
        next_token (str | Unset):
        page_size (int | Unset):
        prefix (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloudStorageContent]
    """

    kwargs = _get_kwargs(
        id=id,
        manifest_path=manifest_path,
        next_token=next_token,
        page_size=page_size,
        prefix=prefix,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    manifest_path: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    prefix: str | Unset = UNSET,
) -> CloudStorageContent | None:
    """Get cloud storage content

    Args:
        id (int):
        manifest_path (str | Unset):
        next_token (str | Unset):
        page_size (int | Unset):
        prefix (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloudStorageContent
    """

    return sync_detailed(
        id=id,
        client=client,
        manifest_path=manifest_path,
        next_token=next_token,
        page_size=page_size,
        prefix=prefix,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    manifest_path: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    prefix: str | Unset = UNSET,
) -> Response[CloudStorageContent]:
    """Get cloud storage content

    Args:
        id (int):
        manifest_path (str | Unset):
        next_token (str | Unset):
        page_size (int | Unset):
        prefix (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloudStorageContent]
    """

    kwargs = _get_kwargs(
        id=id,
        manifest_path=manifest_path,
        next_token=next_token,
        page_size=page_size,
        prefix=prefix,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    manifest_path: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    prefix: str | Unset = UNSET,
) -> CloudStorageContent | None:
    """Get cloud storage content

    Args:
        id (int):
        manifest_path (str | Unset):
        next_token (str | Unset):
        page_size (int | Unset):
        prefix (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloudStorageContent
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            manifest_path=manifest_path,
            next_token=next_token,
            page_size=page_size,
            prefix=prefix,
        )
    ).parsed
