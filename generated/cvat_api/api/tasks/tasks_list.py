from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_task_read_list import PaginatedTaskReadList
from ...models.tasks_list_dimension import (
    TasksListDimension,
)
from ...models.tasks_list_media_type import (
    TasksListMediaType,
)
from ...models.tasks_list_mode import TasksListMode
from ...models.tasks_list_status import TasksListStatus
from ...models.tasks_list_validation_mode import (
    TasksListValidationMode,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    assignee: str | Unset = UNSET,
    dimension: TasksListDimension | Unset = UNSET,
    filter_: str | Unset = UNSET,
    media_type: TasksListMediaType | Unset = UNSET,
    mode: TasksListMode | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    project_name: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: TasksListStatus | Unset = UNSET,
    subset: str | Unset = UNSET,
    tracker_link: str | Unset = UNSET,
    validation_mode: TasksListValidationMode | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_organization, Unset):
        headers["X-Organization"] = x_organization

    params: dict[str, Any] = {}

    params["assignee"] = assignee

    json_dimension: str | Unset = UNSET
    if not isinstance(dimension, Unset):
        json_dimension = dimension

    params["dimension"] = json_dimension

    params["filter"] = filter_

    json_media_type: str | Unset = UNSET
    if not isinstance(media_type, Unset):
        json_media_type = media_type

    params["media_type"] = json_media_type

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode

    params["mode"] = json_mode

    params["name"] = name

    params["org"] = org

    params["org_id"] = org_id

    params["owner"] = owner

    params["page"] = page

    params["page_size"] = page_size

    params["project_id"] = project_id

    params["project_name"] = project_name

    params["search"] = search

    params["sort"] = sort

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["subset"] = subset

    params["tracker_link"] = tracker_link

    json_validation_mode: str | Unset = UNSET
    if not isinstance(validation_mode, Unset):
        json_validation_mode = validation_mode

    params["validation_mode"] = json_validation_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/tasks",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedTaskReadList | None:
    if response.status_code == 200:
        response_200 = PaginatedTaskReadList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedTaskReadList]:
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
    dimension: TasksListDimension | Unset = UNSET,
    filter_: str | Unset = UNSET,
    media_type: TasksListMediaType | Unset = UNSET,
    mode: TasksListMode | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    project_name: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: TasksListStatus | Unset = UNSET,
    subset: str | Unset = UNSET,
    tracker_link: str | Unset = UNSET,
    validation_mode: TasksListValidationMode | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedTaskReadList]:
    """List tasks

    Args:
        assignee (str | Unset):
        dimension (TasksListDimension | Unset):
        filter_ (str | Unset):
        media_type (TasksListMediaType | Unset):
        mode (TasksListMode | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        project_name (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        status (TasksListStatus | Unset):
        subset (str | Unset):
        tracker_link (str | Unset):
        validation_mode (TasksListValidationMode | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedTaskReadList]
    """

    kwargs = _get_kwargs(
        assignee=assignee,
        dimension=dimension,
        filter_=filter_,
        media_type=media_type,
        mode=mode,
        name=name,
        org=org,
        org_id=org_id,
        owner=owner,
        page=page,
        page_size=page_size,
        project_id=project_id,
        project_name=project_name,
        search=search,
        sort=sort,
        status=status,
        subset=subset,
        tracker_link=tracker_link,
        validation_mode=validation_mode,
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
    dimension: TasksListDimension | Unset = UNSET,
    filter_: str | Unset = UNSET,
    media_type: TasksListMediaType | Unset = UNSET,
    mode: TasksListMode | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    project_name: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: TasksListStatus | Unset = UNSET,
    subset: str | Unset = UNSET,
    tracker_link: str | Unset = UNSET,
    validation_mode: TasksListValidationMode | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedTaskReadList | None:
    """List tasks

    Args:
        assignee (str | Unset):
        dimension (TasksListDimension | Unset):
        filter_ (str | Unset):
        media_type (TasksListMediaType | Unset):
        mode (TasksListMode | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        project_name (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        status (TasksListStatus | Unset):
        subset (str | Unset):
        tracker_link (str | Unset):
        validation_mode (TasksListValidationMode | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedTaskReadList
    """

    return sync_detailed(
        client=client,
        assignee=assignee,
        dimension=dimension,
        filter_=filter_,
        media_type=media_type,
        mode=mode,
        name=name,
        org=org,
        org_id=org_id,
        owner=owner,
        page=page,
        page_size=page_size,
        project_id=project_id,
        project_name=project_name,
        search=search,
        sort=sort,
        status=status,
        subset=subset,
        tracker_link=tracker_link,
        validation_mode=validation_mode,
        x_organization=x_organization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    assignee: str | Unset = UNSET,
    dimension: TasksListDimension | Unset = UNSET,
    filter_: str | Unset = UNSET,
    media_type: TasksListMediaType | Unset = UNSET,
    mode: TasksListMode | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    project_name: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: TasksListStatus | Unset = UNSET,
    subset: str | Unset = UNSET,
    tracker_link: str | Unset = UNSET,
    validation_mode: TasksListValidationMode | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedTaskReadList]:
    """List tasks

    Args:
        assignee (str | Unset):
        dimension (TasksListDimension | Unset):
        filter_ (str | Unset):
        media_type (TasksListMediaType | Unset):
        mode (TasksListMode | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        project_name (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        status (TasksListStatus | Unset):
        subset (str | Unset):
        tracker_link (str | Unset):
        validation_mode (TasksListValidationMode | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedTaskReadList]
    """

    kwargs = _get_kwargs(
        assignee=assignee,
        dimension=dimension,
        filter_=filter_,
        media_type=media_type,
        mode=mode,
        name=name,
        org=org,
        org_id=org_id,
        owner=owner,
        page=page,
        page_size=page_size,
        project_id=project_id,
        project_name=project_name,
        search=search,
        sort=sort,
        status=status,
        subset=subset,
        tracker_link=tracker_link,
        validation_mode=validation_mode,
        x_organization=x_organization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    assignee: str | Unset = UNSET,
    dimension: TasksListDimension | Unset = UNSET,
    filter_: str | Unset = UNSET,
    media_type: TasksListMediaType | Unset = UNSET,
    mode: TasksListMode | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    project_name: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    status: TasksListStatus | Unset = UNSET,
    subset: str | Unset = UNSET,
    tracker_link: str | Unset = UNSET,
    validation_mode: TasksListValidationMode | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedTaskReadList | None:
    """List tasks

    Args:
        assignee (str | Unset):
        dimension (TasksListDimension | Unset):
        filter_ (str | Unset):
        media_type (TasksListMediaType | Unset):
        mode (TasksListMode | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        project_name (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        status (TasksListStatus | Unset):
        subset (str | Unset):
        tracker_link (str | Unset):
        validation_mode (TasksListValidationMode | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedTaskReadList
    """

    return (
        await asyncio_detailed(
            client=client,
            assignee=assignee,
            dimension=dimension,
            filter_=filter_,
            media_type=media_type,
            mode=mode,
            name=name,
            org=org,
            org_id=org_id,
            owner=owner,
            page=page,
            page_size=page_size,
            project_id=project_id,
            project_name=project_name,
            search=search,
            sort=sort,
            status=status,
            subset=subset,
            tracker_link=tracker_link,
            validation_mode=validation_mode,
            x_organization=x_organization,
        )
    ).parsed
