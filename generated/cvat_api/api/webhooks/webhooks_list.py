from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_webhook_read_list import PaginatedWebhookReadList
from ...models.webhooks_list_type import WebhooksListType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    target_url: str | Unset = UNSET,
    type_: WebhooksListType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_organization, Unset):
        headers["X-Organization"] = x_organization

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["org"] = org

    params["org_id"] = org_id

    params["owner"] = owner

    params["page"] = page

    params["page_size"] = page_size

    params["project_id"] = project_id

    params["search"] = search

    params["sort"] = sort

    params["target_url"] = target_url

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/webhooks",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedWebhookReadList | None:
    if response.status_code == 200:
        response_200 = PaginatedWebhookReadList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedWebhookReadList]:
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
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    target_url: str | Unset = UNSET,
    type_: WebhooksListType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedWebhookReadList]:
    """List webhooks

    Args:
        filter_ (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        target_url (str | Unset):
        type_ (WebhooksListType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedWebhookReadList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        org=org,
        org_id=org_id,
        owner=owner,
        page=page,
        page_size=page_size,
        project_id=project_id,
        search=search,
        sort=sort,
        target_url=target_url,
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
    filter_: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    target_url: str | Unset = UNSET,
    type_: WebhooksListType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedWebhookReadList | None:
    """List webhooks

    Args:
        filter_ (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        target_url (str | Unset):
        type_ (WebhooksListType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedWebhookReadList
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        org=org,
        org_id=org_id,
        owner=owner,
        page=page,
        page_size=page_size,
        project_id=project_id,
        search=search,
        sort=sort,
        target_url=target_url,
        type_=type_,
        x_organization=x_organization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    target_url: str | Unset = UNSET,
    type_: WebhooksListType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedWebhookReadList]:
    """List webhooks

    Args:
        filter_ (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        target_url (str | Unset):
        type_ (WebhooksListType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedWebhookReadList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        org=org,
        org_id=org_id,
        owner=owner,
        page=page,
        page_size=page_size,
        project_id=project_id,
        search=search,
        sort=sort,
        target_url=target_url,
        type_=type_,
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
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    target_url: str | Unset = UNSET,
    type_: WebhooksListType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedWebhookReadList | None:
    """List webhooks

    Args:
        filter_ (str | Unset):
        org (str | Unset):
        org_id (int | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        target_url (str | Unset):
        type_ (WebhooksListType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedWebhookReadList
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            org=org,
            org_id=org_id,
            owner=owner,
            page=page,
            page_size=page_size,
            project_id=project_id,
            search=search,
            sort=sort,
            target_url=target_url,
            type_=type_,
            x_organization=x_organization,
        )
    ).parsed
