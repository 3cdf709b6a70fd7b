from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_quality_settings_list import PaginatedQualitySettingsList
from ...models.quality_list_settings_parent_type import (
    QualityListSettingsParentType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    inherit: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_type: QualityListSettingsParentType | Unset = UNSET,
    project_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_organization, Unset):
        headers["X-Organization"] = x_organization

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["inherit"] = inherit

    params["org"] = org

    params["org_id"] = org_id

    params["page"] = page

    params["page_size"] = page_size

    json_parent_type: str | Unset = UNSET
    if not isinstance(parent_type, Unset):
        json_parent_type = parent_type

    params["parent_type"] = json_parent_type

    params["project_id"] = project_id

    params["sort"] = sort

    params["task_id"] = task_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/quality/settings",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedQualitySettingsList | None:
    if response.status_code == 200:
        response_200 = PaginatedQualitySettingsList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedQualitySettingsList]:
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
    inherit: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_type: QualityListSettingsParentType | Unset = UNSET,
    project_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedQualitySettingsList]:
    """List quality settings instances

     Please note that child task settings are included by default
    if the "project_id" filter is used.
    If you want to restrict results only to a specific parent type, use the "parent_type" parameter.

    Args:
        filter_ (str | Unset):
        inherit (bool | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_type (QualityListSettingsParentType | Unset):
        project_id (int | Unset):
        sort (str | Unset):
        task_id (int | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedQualitySettingsList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        inherit=inherit,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        parent_type=parent_type,
        project_id=project_id,
        sort=sort,
        task_id=task_id,
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
    inherit: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_type: QualityListSettingsParentType | Unset = UNSET,
    project_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedQualitySettingsList | None:
    """List quality settings instances

     Please note that child task settings are included by default
    if the "project_id" filter is used.
    If you want to restrict results only to a specific parent type, use the "parent_type" parameter.

    Args:
        filter_ (str | Unset):
        inherit (bool | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_type (QualityListSettingsParentType | Unset):
        project_id (int | Unset):
        sort (str | Unset):
        task_id (int | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedQualitySettingsList
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        inherit=inherit,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        parent_type=parent_type,
        project_id=project_id,
        sort=sort,
        task_id=task_id,
        x_organization=x_organization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    inherit: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_type: QualityListSettingsParentType | Unset = UNSET,
    project_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedQualitySettingsList]:
    """List quality settings instances

     Please note that child task settings are included by default
    if the "project_id" filter is used.
    If you want to restrict results only to a specific parent type, use the "parent_type" parameter.

    Args:
        filter_ (str | Unset):
        inherit (bool | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_type (QualityListSettingsParentType | Unset):
        project_id (int | Unset):
        sort (str | Unset):
        task_id (int | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedQualitySettingsList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        inherit=inherit,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        parent_type=parent_type,
        project_id=project_id,
        sort=sort,
        task_id=task_id,
        x_organization=x_organization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    inherit: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_type: QualityListSettingsParentType | Unset = UNSET,
    project_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedQualitySettingsList | None:
    """List quality settings instances

     Please note that child task settings are included by default
    if the "project_id" filter is used.
    If you want to restrict results only to a specific parent type, use the "parent_type" parameter.

    Args:
        filter_ (str | Unset):
        inherit (bool | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_type (QualityListSettingsParentType | Unset):
        project_id (int | Unset):
        sort (str | Unset):
        task_id (int | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedQualitySettingsList
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            inherit=inherit,
            org=org,
            org_id=org_id,
            page=page,
            page_size=page_size,
            parent_type=parent_type,
            project_id=project_id,
            sort=sort,
            task_id=task_id,
            x_organization=x_organization,
        )
    ).parsed
