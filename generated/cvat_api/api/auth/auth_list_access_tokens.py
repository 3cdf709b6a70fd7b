from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_access_token_read_list import PaginatedAccessTokenReadList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    read_only: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["name"] = name

    params["page"] = page

    params["page_size"] = page_size

    params["read_only"] = read_only

    params["search"] = search

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/auth/access_tokens",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedAccessTokenReadList | None:
    if response.status_code == 200:
        response_200 = PaginatedAccessTokenReadList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedAccessTokenReadList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    read_only: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PaginatedAccessTokenReadList]:
    """List tokens

    Args:
        filter_ (str | Unset):
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        read_only (bool | Unset):
        search (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedAccessTokenReadList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        name=name,
        page=page,
        page_size=page_size,
        read_only=read_only,
        search=search,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    read_only: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PaginatedAccessTokenReadList | None:
    """List tokens

    Args:
        filter_ (str | Unset):
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        read_only (bool | Unset):
        search (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedAccessTokenReadList
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        name=name,
        page=page,
        page_size=page_size,
        read_only=read_only,
        search=search,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    read_only: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PaginatedAccessTokenReadList]:
    """List tokens

    Args:
        filter_ (str | Unset):
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        read_only (bool | Unset):
        search (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedAccessTokenReadList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        name=name,
        page=page,
        page_size=page_size,
        read_only=read_only,
        search=search,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    read_only: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PaginatedAccessTokenReadList | None:
    """List tokens

    Args:
        filter_ (str | Unset):
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        read_only (bool | Unset):
        search (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedAccessTokenReadList
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            name=name,
            page=page,
            page_size=page_size,
            read_only=read_only,
            search=search,
            sort=sort,
        )
    ).parsed
