from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lambda_retrieve_functions_response_200 import (
    LambdaRetrieveFunctionsResponse200,
)
from ...types import Response


def _get_kwargs(
    func_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lambda/functions/{func_id}".format(
            func_id=quote(str(func_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LambdaRetrieveFunctionsResponse200 | None:
    if response.status_code == 200:
        response_200 = LambdaRetrieveFunctionsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LambdaRetrieveFunctionsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    func_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[LambdaRetrieveFunctionsResponse200]:
    """Method returns the information about the function

    Args:
        func_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LambdaRetrieveFunctionsResponse200]
    """

    kwargs = _get_kwargs(
        func_id=func_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    func_id: str,
    *,
    client: AuthenticatedClient,
) -> LambdaRetrieveFunctionsResponse200 | None:
    """Method returns the information about the function

    Args:
        func_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LambdaRetrieveFunctionsResponse200
    """

    return sync_detailed(
        func_id=func_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    func_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[LambdaRetrieveFunctionsResponse200]:
    """Method returns the information about the function

    Args:
        func_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LambdaRetrieveFunctionsResponse200]
    """

    kwargs = _get_kwargs(
        func_id=func_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    func_id: str,
    *,
    client: AuthenticatedClient,
) -> LambdaRetrieveFunctionsResponse200 | None:
    """Method returns the information about the function

    Args:
        func_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LambdaRetrieveFunctionsResponse200
    """

    return (
        await asyncio_detailed(
            func_id=func_id,
            client=client,
        )
    ).parsed
