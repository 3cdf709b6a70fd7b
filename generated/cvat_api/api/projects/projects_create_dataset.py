from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_file_request import DatasetFileRequest
from ...models.projects_create_dataset_location import (
    ProjectsCreateDatasetLocation,
)
from ...models.rq_id import RqId
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: DatasetFileRequest | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    location: ProjectsCreateDatasetLocation | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["cloud_storage_id"] = cloud_storage_id

    params["filename"] = filename

    params["format"] = format_

    json_location: str | Unset = UNSET
    if not isinstance(location, Unset):
        json_location = location

    params["location"] = json_location

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/projects/{id}/dataset/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
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

    if response.status_code == 405:
        response_405 = cast(Any, None)
        return response_405

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
    body: DatasetFileRequest | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    location: ProjectsCreateDatasetLocation | Unset = UNSET,
) -> Response[Any | RqId]:
    """Import a dataset into a project


    The request POST /api/projects/id/dataset initiates a background process to import dataset into a
    project.
    Please, use the GET /api/requests/<rq_id> endpoint for checking status of the process.
    The `rq_id` parameter can be found in the response on initiating request.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str | Unset):
        location (ProjectsCreateDatasetLocation | Unset):
        body (DatasetFileRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RqId]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        cloud_storage_id=cloud_storage_id,
        filename=filename,
        format_=format_,
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
    body: DatasetFileRequest | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    location: ProjectsCreateDatasetLocation | Unset = UNSET,
) -> Any | RqId | None:
    """Import a dataset into a project


    The request POST /api/projects/id/dataset initiates a background process to import dataset into a
    project.
    Please, use the GET /api/requests/<rq_id> endpoint for checking status of the process.
    The `rq_id` parameter can be found in the response on initiating request.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str | Unset):
        location (ProjectsCreateDatasetLocation | Unset):
        body (DatasetFileRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RqId
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        cloud_storage_id=cloud_storage_id,
        filename=filename,
        format_=format_,
        location=location,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: DatasetFileRequest | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    location: ProjectsCreateDatasetLocation | Unset = UNSET,
) -> Response[Any | RqId]:
    """Import a dataset into a project


    The request POST /api/projects/id/dataset initiates a background process to import dataset into a
    project.
    Please, use the GET /api/requests/<rq_id> endpoint for checking status of the process.
    The `rq_id` parameter can be found in the response on initiating request.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str | Unset):
        location (ProjectsCreateDatasetLocation | Unset):
        body (DatasetFileRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RqId]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        cloud_storage_id=cloud_storage_id,
        filename=filename,
        format_=format_,
        location=location,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: DatasetFileRequest | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    location: ProjectsCreateDatasetLocation | Unset = UNSET,
) -> Any | RqId | None:
    """Import a dataset into a project


    The request POST /api/projects/id/dataset initiates a background process to import dataset into a
    project.
    Please, use the GET /api/requests/<rq_id> endpoint for checking status of the process.
    The `rq_id` parameter can be found in the response on initiating request.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str | Unset):
        location (ProjectsCreateDatasetLocation | Unset):
        body (DatasetFileRequest | Unset):

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
            body=body,
            cloud_storage_id=cloud_storage_id,
            filename=filename,
            format_=format_,
            location=location,
        )
    ).parsed
