from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.projects_create_dataset_export_location import (
    ProjectsCreateDatasetExportLocation,
)
from ...models.rq_id import RqId
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str,
    location: ProjectsCreateDatasetExportLocation | Unset = UNSET,
    save_images: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cloud_storage_id"] = cloud_storage_id

    params["filename"] = filename

    params["format"] = format_

    json_location: str | Unset = UNSET
    if not isinstance(location, Unset):
        json_location = location

    params["location"] = json_location

    params["save_images"] = save_images

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/projects/{id}/dataset/export".format(
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

    if response.status_code == 405:
        response_405 = cast(Any, None)
        return response_405

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
    format_: str,
    location: ProjectsCreateDatasetExportLocation | Unset = UNSET,
    save_images: bool | Unset = False,
) -> Response[Any | RqId]:
    """Initialize process to export resource as a dataset in a specific format

     The request `POST /api/<projects|tasks|jobs>/id/dataset/export` will initialize
    a background process to export a dataset. To check status of the process
    please, use `GET /api/requests/<rq_id>` where **rq_id** is request ID returned in the response for
    this endpoint.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str):
        location (ProjectsCreateDatasetExportLocation | Unset):
        save_images (bool | Unset):  Default: False.

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
        format_=format_,
        location=location,
        save_images=save_images,
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
    format_: str,
    location: ProjectsCreateDatasetExportLocation | Unset = UNSET,
    save_images: bool | Unset = False,
) -> Any | RqId | None:
    """Initialize process to export resource as a dataset in a specific format

     The request `POST /api/<projects|tasks|jobs>/id/dataset/export` will initialize
    a background process to export a dataset. To check status of the process
    please, use `GET /api/requests/<rq_id>` where **rq_id** is request ID returned in the response for
    this endpoint.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str):
        location (ProjectsCreateDatasetExportLocation | Unset):
        save_images (bool | Unset):  Default: False.

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
        format_=format_,
        location=location,
        save_images=save_images,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str,
    location: ProjectsCreateDatasetExportLocation | Unset = UNSET,
    save_images: bool | Unset = False,
) -> Response[Any | RqId]:
    """Initialize process to export resource as a dataset in a specific format

     The request `POST /api/<projects|tasks|jobs>/id/dataset/export` will initialize
    a background process to export a dataset. To check status of the process
    please, use `GET /api/requests/<rq_id>` where **rq_id** is request ID returned in the response for
    this endpoint.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str):
        location (ProjectsCreateDatasetExportLocation | Unset):
        save_images (bool | Unset):  Default: False.

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
        format_=format_,
        location=location,
        save_images=save_images,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str,
    location: ProjectsCreateDatasetExportLocation | Unset = UNSET,
    save_images: bool | Unset = False,
) -> Any | RqId | None:
    """Initialize process to export resource as a dataset in a specific format

     The request `POST /api/<projects|tasks|jobs>/id/dataset/export` will initialize
    a background process to export a dataset. To check status of the process
    please, use `GET /api/requests/<rq_id>` where **rq_id** is request ID returned in the response for
    this endpoint.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str):
        location (ProjectsCreateDatasetExportLocation | Unset):
        save_images (bool | Unset):  Default: False.

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
            format_=format_,
            location=location,
            save_images=save_images,
        )
    ).parsed
