from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.register_serializer_ex import RegisterSerializerEx
from ...models.register_serializer_ex_request import RegisterSerializerExRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RegisterSerializerExRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/auth/register",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RegisterSerializerEx | None:
    if response.status_code == 201:
        response_201 = RegisterSerializerEx.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RegisterSerializerEx]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RegisterSerializerExRequest,
) -> Response[RegisterSerializerEx]:
    """Registers a new user.

    Accepts the following POST parameters: username, email, password1, password2.

    Args:
        body (RegisterSerializerExRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RegisterSerializerEx]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RegisterSerializerExRequest,
) -> RegisterSerializerEx | None:
    """Registers a new user.

    Accepts the following POST parameters: username, email, password1, password2.

    Args:
        body (RegisterSerializerExRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RegisterSerializerEx
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RegisterSerializerExRequest,
) -> Response[RegisterSerializerEx]:
    """Registers a new user.

    Accepts the following POST parameters: username, email, password1, password2.

    Args:
        body (RegisterSerializerExRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RegisterSerializerEx]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RegisterSerializerExRequest,
) -> RegisterSerializerEx | None:
    """Registers a new user.

    Accepts the following POST parameters: username, email, password1, password2.

    Args:
        body (RegisterSerializerExRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RegisterSerializerEx
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
