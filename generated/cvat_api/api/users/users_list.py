from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_meta_user_list import PaginatedMetaUserList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    last_name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    username: str | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_organization, Unset):
        headers["X-Organization"] = x_organization

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["first_name"] = first_name

    params["is_active"] = is_active

    params["last_name"] = last_name

    params["org"] = org

    params["org_id"] = org_id

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["sort"] = sort

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/users",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedMetaUserList | None:
    if response.status_code == 200:
        response_200 = PaginatedMetaUserList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedMetaUserList]:
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
    first_name: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    last_name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    username: str | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedMetaUserList]:
    """List users

    Args:
        filter_ (str | Unset):
        first_name (str | Unset):
        is_active (bool | Unset):
        last_name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        username (str | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedMetaUserList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        first_name=first_name,
        is_active=is_active,
        last_name=last_name,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        search=search,
        sort=sort,
        username=username,
        x_organization=x_organization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    last_name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    username: str | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedMetaUserList | None:
    """List users

    Args:
        filter_ (str | Unset):
        first_name (str | Unset):
        is_active (bool | Unset):
        last_name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        username (str | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedMetaUserList
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        first_name=first_name,
        is_active=is_active,
        last_name=last_name,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        search=search,
        sort=sort,
        username=username,
        x_organization=x_organization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    last_name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    username: str | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedMetaUserList]:
    """List users

    Args:
        filter_ (str | Unset):
        first_name (str | Unset):
        is_active (bool | Unset):
        last_name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        username (str | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedMetaUserList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        first_name=first_name,
        is_active=is_active,
        last_name=last_name,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        search=search,
        sort=sort,
        username=username,
        x_organization=x_organization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    last_name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    username: str | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedMetaUserList | None:
    """List users

    Args:
        filter_ (str | Unset):
        first_name (str | Unset):
        is_active (bool | Unset):
        last_name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        username (str | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedMetaUserList
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            first_name=first_name,
            is_active=is_active,
            last_name=last_name,
            org=org,
            org_id=org_id,
            page=page,
            page_size=page_size,
            search=search,
            sort=sort,
            username=username,
            x_organization=x_organization,
        )
    ).parsed
