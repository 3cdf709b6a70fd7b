from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_organization_read_list import PaginatedOrganizationReadList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["name"] = name

    params["owner"] = owner

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["slug"] = slug

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/organizations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedOrganizationReadList | None:
    if response.status_code == 200:
        response_200 = PaginatedOrganizationReadList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedOrganizationReadList]:
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
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PaginatedOrganizationReadList]:
    """List organizations

    Args:
        filter_ (str | Unset):
        name (str | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        slug (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedOrganizationReadList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        name=name,
        owner=owner,
        page=page,
        page_size=page_size,
        search=search,
        slug=slug,
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
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PaginatedOrganizationReadList | None:
    """List organizations

    Args:
        filter_ (str | Unset):
        name (str | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        slug (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedOrganizationReadList
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        name=name,
        owner=owner,
        page=page,
        page_size=page_size,
        search=search,
        slug=slug,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PaginatedOrganizationReadList]:
    """List organizations

    Args:
        filter_ (str | Unset):
        name (str | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        slug (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedOrganizationReadList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        name=name,
        owner=owner,
        page=page,
        page_size=page_size,
        search=search,
        slug=slug,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PaginatedOrganizationReadList | None:
    """List organizations

    Args:
        filter_ (str | Unset):
        name (str | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        slug (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedOrganizationReadList
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            name=name,
            owner=owner,
            page=page,
            page_size=page_size,
            search=search,
            slug=slug,
            sort=sort,
        )
    ).parsed
