from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_list_dimension import JobsListDimension
from ...models.jobs_list_media_type import JobsListMediaType
from ...models.jobs_list_mode import JobsListMode
from ...models.jobs_list_stage import JobsListStage
from ...models.jobs_list_state import JobsListState
from ...models.jobs_list_type import JobsListType
from ...models.paginated_job_read_list import PaginatedJobReadList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    assignee: str | Unset = UNSET,
    dimension: JobsListDimension | Unset = UNSET,
    filter_: str | Unset = UNSET,
    media_type: JobsListMediaType | Unset = UNSET,
    mode: JobsListMode | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    project_name: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    stage: JobsListStage | Unset = UNSET,
    state: JobsListState | Unset = UNSET,
    task_id: int | Unset = UNSET,
    task_name: str | Unset = UNSET,
    type_: JobsListType | Unset = UNSET,
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

    params["org"] = org

    params["org_id"] = org_id

    params["page"] = page

    params["page_size"] = page_size

    params["parent_job_id"] = parent_job_id

    params["project_id"] = project_id

    params["project_name"] = project_name

    params["search"] = search

    params["sort"] = sort

    json_stage: str | Unset = UNSET
    if not isinstance(stage, Unset):
        json_stage = stage

    params["stage"] = json_stage

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state

    params["state"] = json_state

    params["task_id"] = task_id

    params["task_name"] = task_name

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/jobs",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedJobReadList | None:
    if response.status_code == 200:
        response_200 = PaginatedJobReadList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedJobReadList]:
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
    dimension: JobsListDimension | Unset = UNSET,
    filter_: str | Unset = UNSET,
    media_type: JobsListMediaType | Unset = UNSET,
    mode: JobsListMode | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    project_name: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    stage: JobsListStage | Unset = UNSET,
    state: JobsListState | Unset = UNSET,
    task_id: int | Unset = UNSET,
    task_name: str | Unset = UNSET,
    type_: JobsListType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedJobReadList]:
    """List jobs

    Args:
        assignee (str | Unset):
        dimension (JobsListDimension | Unset):
        filter_ (str | Unset):
        media_type (JobsListMediaType | Unset):
        mode (JobsListMode | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_job_id (int | Unset):
        project_id (int | Unset):
        project_name (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        stage (JobsListStage | Unset):
        state (JobsListState | Unset):
        task_id (int | Unset):
        task_name (str | Unset):
        type_ (JobsListType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedJobReadList]
    """

    kwargs = _get_kwargs(
        assignee=assignee,
        dimension=dimension,
        filter_=filter_,
        media_type=media_type,
        mode=mode,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        parent_job_id=parent_job_id,
        project_id=project_id,
        project_name=project_name,
        search=search,
        sort=sort,
        stage=stage,
        state=state,
        task_id=task_id,
        task_name=task_name,
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
    assignee: str | Unset = UNSET,
    dimension: JobsListDimension | Unset = UNSET,
    filter_: str | Unset = UNSET,
    media_type: JobsListMediaType | Unset = UNSET,
    mode: JobsListMode | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    project_name: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    stage: JobsListStage | Unset = UNSET,
    state: JobsListState | Unset = UNSET,
    task_id: int | Unset = UNSET,
    task_name: str | Unset = UNSET,
    type_: JobsListType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedJobReadList | None:
    """List jobs

    Args:
        assignee (str | Unset):
        dimension (JobsListDimension | Unset):
        filter_ (str | Unset):
        media_type (JobsListMediaType | Unset):
        mode (JobsListMode | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_job_id (int | Unset):
        project_id (int | Unset):
        project_name (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        stage (JobsListStage | Unset):
        state (JobsListState | Unset):
        task_id (int | Unset):
        task_name (str | Unset):
        type_ (JobsListType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedJobReadList
    """

    return sync_detailed(
        client=client,
        assignee=assignee,
        dimension=dimension,
        filter_=filter_,
        media_type=media_type,
        mode=mode,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        parent_job_id=parent_job_id,
        project_id=project_id,
        project_name=project_name,
        search=search,
        sort=sort,
        stage=stage,
        state=state,
        task_id=task_id,
        task_name=task_name,
        type_=type_,
        x_organization=x_organization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    assignee: str | Unset = UNSET,
    dimension: JobsListDimension | Unset = UNSET,
    filter_: str | Unset = UNSET,
    media_type: JobsListMediaType | Unset = UNSET,
    mode: JobsListMode | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    project_name: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    stage: JobsListStage | Unset = UNSET,
    state: JobsListState | Unset = UNSET,
    task_id: int | Unset = UNSET,
    task_name: str | Unset = UNSET,
    type_: JobsListType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedJobReadList]:
    """List jobs

    Args:
        assignee (str | Unset):
        dimension (JobsListDimension | Unset):
        filter_ (str | Unset):
        media_type (JobsListMediaType | Unset):
        mode (JobsListMode | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_job_id (int | Unset):
        project_id (int | Unset):
        project_name (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        stage (JobsListStage | Unset):
        state (JobsListState | Unset):
        task_id (int | Unset):
        task_name (str | Unset):
        type_ (JobsListType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedJobReadList]
    """

    kwargs = _get_kwargs(
        assignee=assignee,
        dimension=dimension,
        filter_=filter_,
        media_type=media_type,
        mode=mode,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        parent_job_id=parent_job_id,
        project_id=project_id,
        project_name=project_name,
        search=search,
        sort=sort,
        stage=stage,
        state=state,
        task_id=task_id,
        task_name=task_name,
        type_=type_,
        x_organization=x_organization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    assignee: str | Unset = UNSET,
    dimension: JobsListDimension | Unset = UNSET,
    filter_: str | Unset = UNSET,
    media_type: JobsListMediaType | Unset = UNSET,
    mode: JobsListMode | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_job_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    project_name: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    stage: JobsListStage | Unset = UNSET,
    state: JobsListState | Unset = UNSET,
    task_id: int | Unset = UNSET,
    task_name: str | Unset = UNSET,
    type_: JobsListType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedJobReadList | None:
    """List jobs

    Args:
        assignee (str | Unset):
        dimension (JobsListDimension | Unset):
        filter_ (str | Unset):
        media_type (JobsListMediaType | Unset):
        mode (JobsListMode | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_job_id (int | Unset):
        project_id (int | Unset):
        project_name (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        stage (JobsListStage | Unset):
        state (JobsListState | Unset):
        task_id (int | Unset):
        task_name (str | Unset):
        type_ (JobsListType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedJobReadList
    """

    return (
        await asyncio_detailed(
            client=client,
            assignee=assignee,
            dimension=dimension,
            filter_=filter_,
            media_type=media_type,
            mode=mode,
            org=org,
            org_id=org_id,
            page=page,
            page_size=page_size,
            parent_job_id=parent_job_id,
            project_id=project_id,
            project_name=project_name,
            search=search,
            sort=sort,
            stage=stage,
            state=state,
            task_id=task_id,
            task_name=task_name,
            type_=type_,
            x_organization=x_organization,
        )
    ).parsed
