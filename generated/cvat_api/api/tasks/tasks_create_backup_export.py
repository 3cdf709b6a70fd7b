from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rq_id import RqId
from ...models.tasks_create_backup_export_location import (
    TasksCreateBackupExportLocation,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    lightweight: bool | Unset = True,
    location: TasksCreateBackupExportLocation | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cloud_storage_id"] = cloud_storage_id

    params["filename"] = filename

    params["lightweight"] = lightweight

    json_location: str | Unset = UNSET
    if not isinstance(location, Unset):
        json_location = location

    params["location"] = json_location

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/tasks/{id}/backup/export".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | RqId | None:
    if response.status_code == 202:
        response_202 = RqId.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 409:
        response_409 = RqId.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | RqId]:
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
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    lightweight: bool | Unset = True,
    location: TasksCreateBackupExportLocation | Unset = UNSET,
) -> Response[Any | RqId]:
    """Initiate process to backup resource

     The request `POST /api/<projects|tasks>/id/backup/export` will initialize
    a background process to backup a resource. To check status of the process
    please, use `GET /api/requests/<rq_id>` where **rq_id** is request ID returned in the response for
    this endpoint.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        lightweight (bool | Unset):  Default: True.
        location (TasksCreateBackupExportLocation | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RqId]
    """

    kwargs = _get_kwargs(
        id=id,
        cloud_storage_id=cloud_storage_id,
        filename=filename,
        lightweight=lightweight,
        location=location,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    lightweight: bool | Unset = True,
    location: TasksCreateBackupExportLocation | Unset = UNSET,
) -> Any | RqId | None:
    """Initiate process to backup resource

     The request `POST /api/<projects|tasks>/id/backup/export` will initialize
    a background process to backup a resource. To check status of the process
    please, use `GET /api/requests/<rq_id>` where **rq_id** is request ID returned in the response for
    this endpoint.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        lightweight (bool | Unset):  Default: True.
        location (TasksCreateBackupExportLocation | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RqId
    """

    return sync_detailed(
        id=id,
        client=client,
        cloud_storage_id=cloud_storage_id,
        filename=filename,
        lightweight=lightweight,
        location=location,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    lightweight: bool | Unset = True,
    location: TasksCreateBackupExportLocation | Unset = UNSET,
) -> Response[Any | RqId]:
    """Initiate process to backup resource

     The request `POST /api/<projects|tasks>/id/backup/export` will initialize
    a background process to backup a resource. To check status of the process
    please, use `GET /api/requests/<rq_id>` where **rq_id** is request ID returned in the response for
    this endpoint.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        lightweight (bool | Unset):  Default: True.
        location (TasksCreateBackupExportLocation | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RqId]
    """

    kwargs = _get_kwargs(
        id=id,
        cloud_storage_id=cloud_storage_id,
        filename=filename,
        lightweight=lightweight,
        location=location,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    lightweight: bool | Unset = True,
    location: TasksCreateBackupExportLocation | Unset = UNSET,
) -> Any | RqId | None:
    """Initiate process to backup resource

     The request `POST /api/<projects|tasks>/id/backup/export` will initialize
    a background process to backup a resource. To check status of the process
    please, use `GET /api/requests/<rq_id>` where **rq_id** is request ID returned in the response for
    this endpoint.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        lightweight (bool | Unset):  Default: True.
        location (TasksCreateBackupExportLocation | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RqId
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            cloud_storage_id=cloud_storage_id,
            filename=filename,
            lightweight=lightweight,
            location=location,
        )
    ).parsed
