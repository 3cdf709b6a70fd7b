from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project_file_request import ProjectFileRequest
from ...models.projects_create_backup_location import (
    ProjectsCreateBackupLocation,
)
from ...models.rq_id import RqId
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ProjectFileRequest | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    location: ProjectsCreateBackupLocation | Unset = "local",
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_organization, Unset):
        headers["X-Organization"] = x_organization

    params: dict[str, Any] = {}

    params["cloud_storage_id"] = cloud_storage_id

    params["filename"] = filename

    json_location: str | Unset = UNSET
    if not isinstance(location, Unset):
        json_location = location

    params["location"] = json_location

    params["org"] = org

    params["org_id"] = org_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/projects/backup/",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RqId | None:
    if response.status_code == 202:
        response_202 = RqId.from_dict(response.json())

        return response_202

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RqId]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectFileRequest | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    location: ProjectsCreateBackupLocation | Unset = "local",
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[RqId]:
    """Recreate a project from a backup


    The backup import process is as follows:

    The first request POST /api/projects/backup schedules a background job on the server
    in which the process of creating a project from the uploaded backup is carried out.

    To check the status of the import process, use GET /api/requests/rq_id,
    where rq_id is the request ID obtained from the response to the previous request.

    Once the import completes successfully, the response will contain the ID
    of the newly created project in the result_id field.

    Args:
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        location (ProjectsCreateBackupLocation | Unset):  Default: 'local'.
        org (str | Unset):
        org_id (int | Unset):
        x_organization (str | Unset):
        body (ProjectFileRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RqId]
    """

    kwargs = _get_kwargs(
        body=body,
        cloud_storage_id=cloud_storage_id,
        filename=filename,
        location=location,
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
    body: ProjectFileRequest | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    location: ProjectsCreateBackupLocation | Unset = "local",
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> RqId | None:
    """Recreate a project from a backup


    The backup import process is as follows:

    The first request POST /api/projects/backup schedules a background job on the server
    in which the process of creating a project from the uploaded backup is carried out.

    To check the status of the import process, use GET /api/requests/rq_id,
    where rq_id is the request ID obtained from the response to the previous request.

    Once the import completes successfully, the response will contain the ID
    of the newly created project in the result_id field.

    Args:
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        location (ProjectsCreateBackupLocation | Unset):  Default: 'local'.
        org (str | Unset):
        org_id (int | Unset):
        x_organization (str | Unset):
        body (ProjectFileRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RqId
    """

    return sync_detailed(
        client=client,
        body=body,
        cloud_storage_id=cloud_storage_id,
        filename=filename,
        location=location,
        org=org,
        org_id=org_id,
        x_organization=x_organization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectFileRequest | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    location: ProjectsCreateBackupLocation | Unset = "local",
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[RqId]:
    """Recreate a project from a backup


    The backup import process is as follows:

    The first request POST /api/projects/backup schedules a background job on the server
    in which the process of creating a project from the uploaded backup is carried out.

    To check the status of the import process, use GET /api/requests/rq_id,
    where rq_id is the request ID obtained from the response to the previous request.

    Once the import completes successfully, the response will contain the ID
    of the newly created project in the result_id field.

    Args:
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        location (ProjectsCreateBackupLocation | Unset):  Default: 'local'.
        org (str | Unset):
        org_id (int | Unset):
        x_organization (str | Unset):
        body (ProjectFileRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RqId]
    """

    kwargs = _get_kwargs(
        body=body,
        cloud_storage_id=cloud_storage_id,
        filename=filename,
        location=location,
        org=org,
        org_id=org_id,
        x_organization=x_organization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProjectFileRequest | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    location: ProjectsCreateBackupLocation | Unset = "local",
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> RqId | None:
    """Recreate a project from a backup


    The backup import process is as follows:

    The first request POST /api/projects/backup schedules a background job on the server
    in which the process of creating a project from the uploaded backup is carried out.

    To check the status of the import process, use GET /api/requests/rq_id,
    where rq_id is the request ID obtained from the response to the previous request.

    Once the import completes successfully, the response will contain the ID
    of the newly created project in the result_id field.

    Args:
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        location (ProjectsCreateBackupLocation | Unset):  Default: 'local'.
        org (str | Unset):
        org_id (int | Unset):
        x_organization (str | Unset):
        body (ProjectFileRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RqId
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            cloud_storage_id=cloud_storage_id,
            filename=filename,
            location=location,
            org=org,
            org_id=org_id,
            x_organization=x_organization,
        )
    ).parsed
