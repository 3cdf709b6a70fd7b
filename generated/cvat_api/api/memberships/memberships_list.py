from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.memberships_list_role import (
    MembershipsListRole,
)
from ...models.paginated_membership_read_list import PaginatedMembershipReadList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    role: MembershipsListRole | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user: str | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_organization, Unset):
        headers["X-Organization"] = x_organization

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["org"] = org

    params["org_id"] = org_id

    params["page"] = page

    params["page_size"] = page_size

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role

    params["role"] = json_role

    params["search"] = search

    params["sort"] = sort

    params["user"] = user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/memberships",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedMembershipReadList | None:
    if response.status_code == 200:
        response_200 = PaginatedMembershipReadList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedMembershipReadList]:
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
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    role: MembershipsListRole | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user: str | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedMembershipReadList]:
    """List memberships

    Args:
        filter_ (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        role (MembershipsListRole | Unset):
        search (str | Unset):
        sort (str | Unset):
        user (str | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedMembershipReadList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        role=role,
        search=search,
        sort=sort,
        user=user,
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
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    role: MembershipsListRole | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user: str | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedMembershipReadList | None:
    """List memberships

    Args:
        filter_ (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        role (MembershipsListRole | Unset):
        search (str | Unset):
        sort (str | Unset):
        user (str | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedMembershipReadList
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        role=role,
        search=search,
        sort=sort,
        user=user,
        x_organization=x_organization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    role: MembershipsListRole | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user: str | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedMembershipReadList]:
    """List memberships

    Args:
        filter_ (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        role (MembershipsListRole | Unset):
        search (str | Unset):
        sort (str | Unset):
        user (str | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedMembershipReadList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        role=role,
        search=search,
        sort=sort,
        user=user,
        x_organization=x_organization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    role: MembershipsListRole | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user: str | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedMembershipReadList | None:
    """List memberships

    Args:
        filter_ (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        role (MembershipsListRole | Unset):
        search (str | Unset):
        sort (str | Unset):
        user (str | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedMembershipReadList
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            org=org,
            org_id=org_id,
            page=page,
            page_size=page_size,
            role=role,
            search=search,
            sort=sort,
            user=user,
            x_organization=x_organization,
        )
    ).parsed
