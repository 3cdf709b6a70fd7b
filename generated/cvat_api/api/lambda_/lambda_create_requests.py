from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.function_call import FunctionCall
from ...models.function_call_request import FunctionCallRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FunctionCallRequest,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_organization, Unset):
        headers["X-Organization"] = x_organization

    params: dict[str, Any] = {}

    params["org"] = org

    params["org_id"] = org_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lambda/requests",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FunctionCall | None:
    if response.status_code == 200:
        response_200 = FunctionCall.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FunctionCall]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FunctionCallRequest,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[FunctionCall]:
    """Method calls the function

    Args:
        org (str | Unset):
        org_id (int | Unset):
        x_organization (str | Unset):
        body (FunctionCallRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FunctionCall]
    """

    kwargs = _get_kwargs(
        body=body,
        org=org,
        org_id=org_id,
        x_organization=x_organization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FunctionCallRequest,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> FunctionCall | None:
    """Method calls the function

    Args:
        org (str | Unset):
        org_id (int | Unset):
        x_organization (str | Unset):
        body (FunctionCallRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FunctionCall
    """

    return sync_detailed(
        client=client,
        body=body,
        org=org,
        org_id=org_id,
        x_organization=x_organization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FunctionCallRequest,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[FunctionCall]:
    """Method calls the function

    Args:
        org (str | Unset):
        org_id (int | Unset):
        x_organization (str | Unset):
        body (FunctionCallRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FunctionCall]
    """

    kwargs = _get_kwargs(
        body=body,
        org=org,
        org_id=org_id,
        x_organization=x_organization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FunctionCallRequest,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> FunctionCall | None:
    """Method calls the function

    Args:
        org (str | Unset):
        org_id (int | Unset):
        x_organization (str | Unset):
        body (FunctionCallRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FunctionCall
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            org=org,
            org_id=org_id,
            x_organization=x_organization,
        )
    ).parsed
