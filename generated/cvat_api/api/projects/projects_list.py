from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_project_read_list import PaginatedProjectReadList
from ...models.projects_list_status import (
    ProjectsListStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    assignee: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: ProjectsListStatus | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_organization, Unset):
        headers["X-Organization"] = x_organization

    params: dict[str, Any] = {}

    params["assignee"] = assignee

    params["filter"] = filter_

    params["name"] = name

    params["org"] = org

    params["org_id"] = org_id

    params["owner"] = owner

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["sort"] = sort

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/projects",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedProjectReadList | None:
    if response.status_code == 200:
        response_200 = PaginatedProjectReadList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedProjectReadList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    assignee: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: ProjectsListStatus | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedProjectReadList]:
    """List projects

    Args:
        assignee (str | Unset):
        filter_ (str | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        status (ProjectsListStatus | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedProjectReadList]
    """

    kwargs = _get_kwargs(
        assignee=assignee,
        filter_=filter_,
        name=name,
        org=org,
        org_id=org_id,
        owner=owner,
        page=page,
        page_size=page_size,
        search=search,
        sort=sort,
        status=status,
        x_organization=x_organization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    assignee: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: ProjectsListStatus | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedProjectReadList | None:
    """List projects

    Args:
        assignee (str | Unset):
        filter_ (str | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        status (ProjectsListStatus | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedProjectReadList
    """

    return sync_detailed(
        client=client,
        assignee=assignee,
        filter_=filter_,
        name=name,
        org=org,
        org_id=org_id,
        owner=owner,
        page=page,
        page_size=page_size,
        search=search,
        sort=sort,
        status=status,
        x_organization=x_organization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    assignee: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: ProjectsListStatus | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedProjectReadList]:
    """List projects

    Args:
        assignee (str | Unset):
        filter_ (str | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        status (ProjectsListStatus | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedProjectReadList]
    """

    kwargs = _get_kwargs(
        assignee=assignee,
        filter_=filter_,
        name=name,
        org=org,
        org_id=org_id,
        owner=owner,
        page=page,
        page_size=page_size,
        search=search,
        sort=sort,
        status=status,
        x_organization=x_organization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    assignee: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: ProjectsListStatus | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedProjectReadList | None:
    """List projects

    Args:
        assignee (str | Unset):
        filter_ (str | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        status (ProjectsListStatus | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedProjectReadList
    """

    return (
        await asyncio_detailed(
            client=client,
            assignee=assignee,
            filter_=filter_,
            name=name,
            org=org,
            org_id=org_id,
            owner=owner,
            page=page,
            page_size=page_size,
            search=search,
            sort=sort,
            status=status,
            x_organization=x_organization,
        )
    ).parsed
