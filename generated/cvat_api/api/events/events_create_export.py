import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.events_create_export_location import (
    EventsCreateExportLocation,
)
from ...models.rq_id import RqId
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    job_id: int | Unset = UNSET,
    location: EventsCreateExportLocation | Unset = UNSET,
    org_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    task_id: int | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cloud_storage_id"] = cloud_storage_id

    params["filename"] = filename

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    params["job_id"] = job_id

    json_location: str | Unset = UNSET
    if not isinstance(location, Unset):
        json_location = location

    params["location"] = json_location

    params["org_id"] = org_id

    params["project_id"] = project_id

    params["task_id"] = task_id

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/events/export",
        "params": params,
    }

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
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    job_id: int | Unset = UNSET,
    location: EventsCreateExportLocation | Unset = UNSET,
    org_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    task_id: int | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[RqId]:
    """Initiate a process to export events

    Args:
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        from_ (datetime.datetime | Unset):
        job_id (int | Unset):
        location (EventsCreateExportLocation | Unset):
        org_id (int | Unset):
        project_id (int | Unset):
        task_id (int | Unset):
        to (datetime.datetime | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RqId]
    """

    kwargs = _get_kwargs(
        cloud_storage_id=cloud_storage_id,
        filename=filename,
        from_=from_,
        job_id=job_id,
        location=location,
        org_id=org_id,
        project_id=project_id,
        task_id=task_id,
        to=to,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    job_id: int | Unset = UNSET,
    location: EventsCreateExportLocation | Unset = UNSET,
    org_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    task_id: int | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> RqId | None:
    """Initiate a process to export events

    Args:
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        from_ (datetime.datetime | Unset):
        job_id (int | Unset):
        location (EventsCreateExportLocation | Unset):
        org_id (int | Unset):
        project_id (int | Unset):
        task_id (int | Unset):
        to (datetime.datetime | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RqId
    """

    return sync_detailed(
        client=client,
        cloud_storage_id=cloud_storage_id,
        filename=filename,
        from_=from_,
        job_id=job_id,
        location=location,
        org_id=org_id,
        project_id=project_id,
        task_id=task_id,
        to=to,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    job_id: int | Unset = UNSET,
    location: EventsCreateExportLocation | Unset = UNSET,
    org_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    task_id: int | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[RqId]:
    """Initiate a process to export events

    Args:
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        from_ (datetime.datetime | Unset):
        job_id (int | Unset):
        location (EventsCreateExportLocation | Unset):
        org_id (int | Unset):
        project_id (int | Unset):
        task_id (int | Unset):
        to (datetime.datetime | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RqId]
    """

    kwargs = _get_kwargs(
        cloud_storage_id=cloud_storage_id,
        filename=filename,
        from_=from_,
        job_id=job_id,
        location=location,
        org_id=org_id,
        project_id=project_id,
        task_id=task_id,
        to=to,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    job_id: int | Unset = UNSET,
    location: EventsCreateExportLocation | Unset = UNSET,
    org_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    task_id: int | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> RqId | None:
    """Initiate a process to export events

    Args:
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        from_ (datetime.datetime | Unset):
        job_id (int | Unset):
        location (EventsCreateExportLocation | Unset):
        org_id (int | Unset):
        project_id (int | Unset):
        task_id (int | Unset):
        to (datetime.datetime | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RqId
    """

    return (
        await asyncio_detailed(
            client=client,
            cloud_storage_id=cloud_storage_id,
            filename=filename,
            from_=from_,
            job_id=job_id,
            location=location,
            org_id=org_id,
            project_id=project_id,
            task_id=task_id,
            to=to,
            user_id=user_id,
        )
    ).parsed
