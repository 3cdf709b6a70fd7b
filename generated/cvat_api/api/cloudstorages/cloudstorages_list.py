from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cloudstorages_list_credentials_type import (
    CloudstoragesListCredentialsType,
)
from ...models.cloudstorages_list_provider_type import (
    CloudstoragesListProviderType,
)
from ...models.paginated_cloud_storage_read_list import PaginatedCloudStorageReadList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    credentials_type: CloudstoragesListCredentialsType | Unset = UNSET,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider_type: CloudstoragesListProviderType | Unset = UNSET,
    resource: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_organization, Unset):
        headers["X-Organization"] = x_organization

    params: dict[str, Any] = {}

    json_credentials_type: str | Unset = UNSET
    if not isinstance(credentials_type, Unset):
        json_credentials_type = credentials_type

    params["credentials_type"] = json_credentials_type

    params["filter"] = filter_

    params["name"] = name

    params["org"] = org

    params["org_id"] = org_id

    params["owner"] = owner

    params["page"] = page

    params["page_size"] = page_size

    json_provider_type: str | Unset = UNSET
    if not isinstance(provider_type, Unset):
        json_provider_type = provider_type

    params["provider_type"] = json_provider_type

    params["resource"] = resource

    params["search"] = search

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/cloudstorages",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedCloudStorageReadList | None:
    if response.status_code == 200:
        response_200 = PaginatedCloudStorageReadList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedCloudStorageReadList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    credentials_type: CloudstoragesListCredentialsType | Unset = UNSET,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider_type: CloudstoragesListProviderType | Unset = UNSET,
    resource: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedCloudStorageReadList]:
    """List cloud storages

    Args:
        credentials_type (CloudstoragesListCredentialsType | Unset):
        filter_ (str | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider_type (CloudstoragesListProviderType | Unset):
        resource (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedCloudStorageReadList]
    """

    kwargs = _get_kwargs(
        credentials_type=credentials_type,
        filter_=filter_,
        name=name,
        org=org,
        org_id=org_id,
        owner=owner,
        page=page,
        page_size=page_size,
        provider_type=provider_type,
        resource=resource,
        search=search,
        sort=sort,
        x_organization=x_organization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    credentials_type: CloudstoragesListCredentialsType | Unset = UNSET,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider_type: CloudstoragesListProviderType | Unset = UNSET,
    resource: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedCloudStorageReadList | None:
    """List cloud storages

    Args:
        credentials_type (CloudstoragesListCredentialsType | Unset):
        filter_ (str | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider_type (CloudstoragesListProviderType | Unset):
        resource (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedCloudStorageReadList
    """

    return sync_detailed(
        client=client,
        credentials_type=credentials_type,
        filter_=filter_,
        name=name,
        org=org,
        org_id=org_id,
        owner=owner,
        page=page,
        page_size=page_size,
        provider_type=provider_type,
        resource=resource,
        search=search,
        sort=sort,
        x_organization=x_organization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    credentials_type: CloudstoragesListCredentialsType | Unset = UNSET,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider_type: CloudstoragesListProviderType | Unset = UNSET,
    resource: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedCloudStorageReadList]:
    """List cloud storages

    Args:
        credentials_type (CloudstoragesListCredentialsType | Unset):
        filter_ (str | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider_type (CloudstoragesListProviderType | Unset):
        resource (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedCloudStorageReadList]
    """

    kwargs = _get_kwargs(
        credentials_type=credentials_type,
        filter_=filter_,
        name=name,
        org=org,
        org_id=org_id,
        owner=owner,
        page=page,
        page_size=page_size,
        provider_type=provider_type,
        resource=resource,
        search=search,
        sort=sort,
        x_organization=x_organization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    credentials_type: CloudstoragesListCredentialsType | Unset = UNSET,
    filter_: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider_type: CloudstoragesListProviderType | Unset = UNSET,
    resource: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedCloudStorageReadList | None:
    """List cloud storages

    Args:
        credentials_type (CloudstoragesListCredentialsType | Unset):
        filter_ (str | Unset):
        name (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider_type (CloudstoragesListProviderType | Unset):
        resource (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedCloudStorageReadList
    """

    return (
        await asyncio_detailed(
            client=client,
            credentials_type=credentials_type,
            filter_=filter_,
            name=name,
            org=org,
            org_id=org_id,
            owner=owner,
            page=page,
            page_size=page_size,
            provider_type=provider_type,
            resource=resource,
            search=search,
            sort=sort,
            x_organization=x_organization,
        )
    ).parsed
