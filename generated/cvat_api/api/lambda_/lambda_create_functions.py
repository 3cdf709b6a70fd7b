from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.online_function_call_request import OnlineFunctionCallRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    func_id: str,
    *,
    body: OnlineFunctionCallRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lambda/functions/{func_id}".format(
            func_id=quote(str(func_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    body: OnlineFunctionCallRequest | Unset = UNSET,
) -> Response[Any]:
    """Allows to execute a function for immediate computation.

    Intended for short-lived executions, useful for interactive calls.

    When executed for interactive annotation, the job id must be specified
    in the 'job' input field. The task id is not required in this case,
    but if it is specified, it must match the job task id.

    Args:
        func_id (str):
        body (OnlineFunctionCallRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        func_id=func_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    func_id: str,
    *,
    client: AuthenticatedClient,
    body: OnlineFunctionCallRequest | Unset = UNSET,
) -> Response[Any]:
    """Allows to execute a function for immediate computation.

    Intended for short-lived executions, useful for interactive calls.

    When executed for interactive annotation, the job id must be specified
    in the 'job' input field. The task id is not required in this case,
    but if it is specified, it must match the job task id.

    Args:
        func_id (str):
        body (OnlineFunctionCallRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        func_id=func_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
