from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_retrieve_annotations_location import (
    JobsRetrieveAnnotationsLocation,
)
from ...models.labeled_data import LabeledData
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    action: str | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    location: JobsRetrieveAnnotationsLocation | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["cloud_storage_id"] = cloud_storage_id

    params["filename"] = filename

    params["format"] = format_

    json_location: str | Unset = UNSET
    if not isinstance(location, Unset):
        json_location = location

    params["location"] = json_location

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/jobs/{id}/annotations/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | LabeledData | None:
    if response.status_code == 200:
        response_200 = LabeledData.from_dict(response.json())

        return response_200

    if response.status_code == 410:
        response_410 = cast(Any, None)
        return response_410

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | LabeledData]:
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
    action: str | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    location: JobsRetrieveAnnotationsLocation | Unset = UNSET,
) -> Response[Any | LabeledData]:
    """Get job annotations

     Deprecation warning:

    Utilizing this endpoint to export job dataset in a specific format
    is no longer possible.

    Consider using new API:
    - `POST /api/jobs/<job_id>/dataset/export?save_images=True` to initiate export process
    - `GET /api/requests/<rq_id>` to check process status,
        where `rq_id` is request id returned on initializing request
    - `GET result_url` to download a prepared file,
        where `result_url` can be found in the response on checking status request

    Args:
        id (int):
        action (str | Unset):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str | Unset):
        location (JobsRetrieveAnnotationsLocation | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LabeledData]
    """

    kwargs = _get_kwargs(
        id=id,
        action=action,
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
    action: str | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    location: JobsRetrieveAnnotationsLocation | Unset = UNSET,
) -> Any | LabeledData | None:
    """Get job annotations

     Deprecation warning:

    Utilizing this endpoint to export job dataset in a specific format
    is no longer possible.

    Consider using new API:
    - `POST /api/jobs/<job_id>/dataset/export?save_images=True` to initiate export process
    - `GET /api/requests/<rq_id>` to check process status,
        where `rq_id` is request id returned on initializing request
    - `GET result_url` to download a prepared file,
        where `result_url` can be found in the response on checking status request

    Args:
        id (int):
        action (str | Unset):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str | Unset):
        location (JobsRetrieveAnnotationsLocation | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LabeledData
    """

    return sync_detailed(
        id=id,
        client=client,
        action=action,
        cloud_storage_id=cloud_storage_id,
        filename=filename,
        format_=format_,
        location=location,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    action: str | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    location: JobsRetrieveAnnotationsLocation | Unset = UNSET,
) -> Response[Any | LabeledData]:
    """Get job annotations

     Deprecation warning:

    Utilizing this endpoint to export job dataset in a specific format
    is no longer possible.

    Consider using new API:
    - `POST /api/jobs/<job_id>/dataset/export?save_images=True` to initiate export process
    - `GET /api/requests/<rq_id>` to check process status,
        where `rq_id` is request id returned on initializing request
    - `GET result_url` to download a prepared file,
        where `result_url` can be found in the response on checking status request

    Args:
        id (int):
        action (str | Unset):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str | Unset):
        location (JobsRetrieveAnnotationsLocation | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LabeledData]
    """

    kwargs = _get_kwargs(
        id=id,
        action=action,
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
    action: str | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    location: JobsRetrieveAnnotationsLocation | Unset = UNSET,
) -> Any | LabeledData | None:
    """Get job annotations

     Deprecation warning:

    Utilizing this endpoint to export job dataset in a specific format
    is no longer possible.

    Consider using new API:
    - `POST /api/jobs/<job_id>/dataset/export?save_images=True` to initiate export process
    - `GET /api/requests/<rq_id>` to check process status,
        where `rq_id` is request id returned on initializing request
    - `GET result_url` to download a prepared file,
        where `result_url` can be found in the response on checking status request

    Args:
        id (int):
        action (str | Unset):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str | Unset):
        location (JobsRetrieveAnnotationsLocation | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LabeledData
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            action=action,
            cloud_storage_id=cloud_storage_id,
            filename=filename,
            format_=format_,
            location=location,
        )
    ).parsed
