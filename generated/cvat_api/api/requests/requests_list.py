from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_request_list import PaginatedRequestList
from ...models.requests_list_status import (
    RequestsListStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: RequestsListStatus | Unset = UNSET,
    subresource: str | Unset = UNSET,
    target: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["filter"] = filter_

    params["format"] = format_

    params["job_id"] = job_id

    params["org"] = org

    params["org_id"] = org_id

    params["page"] = page

    params["page_size"] = page_size

    params["project_id"] = project_id

    params["sort"] = sort

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["subresource"] = subresource

    params["target"] = target

    params["task_id"] = task_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/requests",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedRequestList | None:
    if response.status_code == 200:
        response_200 = PaginatedRequestList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedRequestList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    action: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: RequestsListStatus | Unset = UNSET,
    subresource: str | Unset = UNSET,
    target: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
) -> Response[PaginatedRequestList]:
    """List requests

    Args:
        action (str | Unset):
        filter_ (str | Unset):
        format_ (str | Unset):
        job_id (int | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        sort (str | Unset):
        status (RequestsListStatus | Unset):
        subresource (str | Unset):
        target (str | Unset):
        task_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedRequestList]
    """

    kwargs = _get_kwargs(
        action=action,
        filter_=filter_,
        format_=format_,
        job_id=job_id,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        project_id=project_id,
        sort=sort,
        status=status,
        subresource=subresource,
        target=target,
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    action: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: RequestsListStatus | Unset = UNSET,
    subresource: str | Unset = UNSET,
    target: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
) -> PaginatedRequestList | None:
    """List requests

    Args:
        action (str | Unset):
        filter_ (str | Unset):
        format_ (str | Unset):
        job_id (int | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        sort (str | Unset):
        status (RequestsListStatus | Unset):
        subresource (str | Unset):
        target (str | Unset):
        task_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedRequestList
    """

    return sync_detailed(
        client=client,
        action=action,
        filter_=filter_,
        format_=format_,
        job_id=job_id,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        project_id=project_id,
        sort=sort,
        status=status,
        subresource=subresource,
        target=target,
        task_id=task_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    action: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: RequestsListStatus | Unset = UNSET,
    subresource: str | Unset = UNSET,
    target: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
) -> Response[PaginatedRequestList]:
    """List requests

    Args:
        action (str | Unset):
        filter_ (str | Unset):
        format_ (str | Unset):
        job_id (int | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        sort (str | Unset):
        status (RequestsListStatus | Unset):
        subresource (str | Unset):
        target (str | Unset):
        task_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedRequestList]
    """

    kwargs = _get_kwargs(
        action=action,
        filter_=filter_,
        format_=format_,
        job_id=job_id,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        project_id=project_id,
        sort=sort,
        status=status,
        subresource=subresource,
        target=target,
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    action: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: RequestsListStatus | Unset = UNSET,
    subresource: str | Unset = UNSET,
    target: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
) -> PaginatedRequestList | None:
    """List requests

    Args:
        action (str | Unset):
        filter_ (str | Unset):
        format_ (str | Unset):
        job_id (int | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        sort (str | Unset):
        status (RequestsListStatus | Unset):
        subresource (str | Unset):
        target (str | Unset):
        task_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedRequestList
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            filter_=filter_,
            format_=format_,
            job_id=job_id,
            org=org,
            org_id=org_id,
            page=page,
            page_size=page_size,
            project_id=project_id,
            sort=sort,
            status=status,
            subresource=subresource,
            target=target,
            task_id=task_id,
        )
    ).parsed
