from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.labels_list_type import LabelsListType
from ...models.paginated_label_list import PaginatedLabelList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    color: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    type_: LabelsListType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_organization, Unset):
        headers["X-Organization"] = x_organization

    params: dict[str, Any] = {}

    params["color"] = color

    params["filter"] = filter_

    params["job_id"] = job_id

    params["name"] = name

    params["org"] = org

    params["org_id"] = org_id

    params["page"] = page

    params["page_size"] = page_size

    params["parent"] = parent

    params["parent_id"] = parent_id

    params["project_id"] = project_id

    params["search"] = search

    params["sort"] = sort

    params["task_id"] = task_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/labels",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedLabelList | None:
    if response.status_code == 200:
        response_200 = PaginatedLabelList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedLabelList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    color: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    type_: LabelsListType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedLabelList]:
    """List labels

    Args:
        color (str | Unset):
        filter_ (str | Unset):
        job_id (int | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent (str | Unset):
        parent_id (int | Unset):
        project_id (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        task_id (int | Unset):
        type_ (LabelsListType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedLabelList]
    """

    kwargs = _get_kwargs(
        color=color,
        filter_=filter_,
        job_id=job_id,
        name=name,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        parent=parent,
        parent_id=parent_id,
        project_id=project_id,
        search=search,
        sort=sort,
        task_id=task_id,
        type_=type_,
        x_organization=x_organization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    color: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    type_: LabelsListType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedLabelList | None:
    """List labels

    Args:
        color (str | Unset):
        filter_ (str | Unset):
        job_id (int | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent (str | Unset):
        parent_id (int | Unset):
        project_id (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        task_id (int | Unset):
        type_ (LabelsListType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedLabelList
    """

    return sync_detailed(
        client=client,
        color=color,
        filter_=filter_,
        job_id=job_id,
        name=name,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        parent=parent,
        parent_id=parent_id,
        project_id=project_id,
        search=search,
        sort=sort,
        task_id=task_id,
        type_=type_,
        x_organization=x_organization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    color: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    type_: LabelsListType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedLabelList]:
    """List labels

    Args:
        color (str | Unset):
        filter_ (str | Unset):
        job_id (int | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent (str | Unset):
        parent_id (int | Unset):
        project_id (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        task_id (int | Unset):
        type_ (LabelsListType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedLabelList]
    """

    kwargs = _get_kwargs(
        color=color,
        filter_=filter_,
        job_id=job_id,
        name=name,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        parent=parent,
        parent_id=parent_id,
        project_id=project_id,
        search=search,
        sort=sort,
        task_id=task_id,
        type_=type_,
        x_organization=x_organization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    color: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    type_: LabelsListType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedLabelList | None:
    """List labels

    Args:
        color (str | Unset):
        filter_ (str | Unset):
        job_id (int | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent (str | Unset):
        parent_id (int | Unset):
        project_id (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        task_id (int | Unset):
        type_ (LabelsListType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedLabelList
    """

    return (
        await asyncio_detailed(
            client=client,
            color=color,
            filter_=filter_,
            job_id=job_id,
            name=name,
            org=org,
            org_id=org_id,
            page=page,
            page_size=page_size,
            parent=parent,
            parent_id=parent_id,
            project_id=project_id,
            search=search,
            sort=sort,
            task_id=task_id,
            type_=type_,
            x_organization=x_organization,
        )
    ).parsed
