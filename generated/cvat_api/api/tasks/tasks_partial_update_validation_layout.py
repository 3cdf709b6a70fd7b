from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.patched_task_validation_layout_write_request import (
    PatchedTaskValidationLayoutWriteRequest,
)
from ...models.task_validation_layout_read import TaskValidationLayoutRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: PatchedTaskValidationLayoutWriteRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/tasks/{id}/validation_layout".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TaskValidationLayoutRead | None:
    if response.status_code == 200:
        response_200 = TaskValidationLayoutRead.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TaskValidationLayoutRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PatchedTaskValidationLayoutWriteRequest | Unset = UNSET,
) -> Response[TaskValidationLayoutRead]:
    """Allows updating current validation configuration


    WARNING: this operation is not protected from race conditions.
    It's up to the user to ensure no parallel calls to this operation happen.
    It affects image access, including exports with images, backups, chunk downloading etc.

    Args:
        id (int):
        body (PatchedTaskValidationLayoutWriteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskValidationLayoutRead]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PatchedTaskValidationLayoutWriteRequest | Unset = UNSET,
) -> TaskValidationLayoutRead | None:
    """Allows updating current validation configuration


    WARNING: this operation is not protected from race conditions.
    It's up to the user to ensure no parallel calls to this operation happen.
    It affects image access, including exports with images, backups, chunk downloading etc.

    Args:
        id (int):
        body (PatchedTaskValidationLayoutWriteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskValidationLayoutRead
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PatchedTaskValidationLayoutWriteRequest | Unset = UNSET,
) -> Response[TaskValidationLayoutRead]:
    """Allows updating current validation configuration


    WARNING: this operation is not protected from race conditions.
    It's up to the user to ensure no parallel calls to this operation happen.
    It affects image access, including exports with images, backups, chunk downloading etc.

    Args:
        id (int):
        body (PatchedTaskValidationLayoutWriteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskValidationLayoutRead]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PatchedTaskValidationLayoutWriteRequest | Unset = UNSET,
) -> TaskValidationLayoutRead | None:
    """Allows updating current validation configuration


    WARNING: this operation is not protected from race conditions.
    It's up to the user to ensure no parallel calls to this operation happen.
    It affects image access, including exports with images, backups, chunk downloading etc.

    Args:
        id (int):
        body (PatchedTaskValidationLayoutWriteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskValidationLayoutRead
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
