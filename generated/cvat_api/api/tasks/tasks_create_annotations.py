from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.annotation_file_request import AnnotationFileRequest
from ...models.rq_id import RqId
from ...models.tasks_create_annotations_import_mode import (
    TasksCreateAnnotationsImportMode,
)
from ...models.tasks_create_annotations_location import (
    TasksCreateAnnotationsLocation,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: AnnotationFileRequest | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    import_mode: TasksCreateAnnotationsImportMode | Unset = "replace",
    location: TasksCreateAnnotationsLocation | Unset = UNSET,
    use_default_location: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["cloud_storage_id"] = cloud_storage_id

    params["filename"] = filename

    params["format"] = format_

    json_import_mode: str | Unset = UNSET
    if not isinstance(import_mode, Unset):
        json_import_mode = import_mode

    params["import_mode"] = json_import_mode

    json_location: str | Unset = UNSET
    if not isinstance(location, Unset):
        json_location = location

    params["location"] = json_location

    params["use_default_location"] = use_default_location

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/tasks/{id}/annotations/".format(
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
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 202:
        response_202 = RqId.from_dict(response.json())

        return response_202

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
    body: AnnotationFileRequest | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    import_mode: TasksCreateAnnotationsImportMode | Unset = "replace",
    location: TasksCreateAnnotationsLocation | Unset = UNSET,
    use_default_location: bool | Unset = True,
) -> Response[Any | RqId]:
    """Import annotations into a task


    The request POST /api/tasks/id/annotations initiates a background process to import annotations into
    a task.
    Please, use the GET /api/requests/<rq_id> endpoint for checking status of the process.
    The `rq_id` parameter can be found in the response on initiating request.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str | Unset):
        import_mode (TasksCreateAnnotationsImportMode | Unset):  Default: 'replace'.
        location (TasksCreateAnnotationsLocation | Unset):
        use_default_location (bool | Unset):  Default: True.
        body (AnnotationFileRequest | Unset):

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
        import_mode=import_mode,
        location=location,
        use_default_location=use_default_location,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: AnnotationFileRequest | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    import_mode: TasksCreateAnnotationsImportMode | Unset = "replace",
    location: TasksCreateAnnotationsLocation | Unset = UNSET,
    use_default_location: bool | Unset = True,
) -> Any | RqId | None:
    """Import annotations into a task


    The request POST /api/tasks/id/annotations initiates a background process to import annotations into
    a task.
    Please, use the GET /api/requests/<rq_id> endpoint for checking status of the process.
    The `rq_id` parameter can be found in the response on initiating request.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str | Unset):
        import_mode (TasksCreateAnnotationsImportMode | Unset):  Default: 'replace'.
        location (TasksCreateAnnotationsLocation | Unset):
        use_default_location (bool | Unset):  Default: True.
        body (AnnotationFileRequest | Unset):

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
        import_mode=import_mode,
        location=location,
        use_default_location=use_default_location,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: AnnotationFileRequest | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    import_mode: TasksCreateAnnotationsImportMode | Unset = "replace",
    location: TasksCreateAnnotationsLocation | Unset = UNSET,
    use_default_location: bool | Unset = True,
) -> Response[Any | RqId]:
    """Import annotations into a task


    The request POST /api/tasks/id/annotations initiates a background process to import annotations into
    a task.
    Please, use the GET /api/requests/<rq_id> endpoint for checking status of the process.
    The `rq_id` parameter can be found in the response on initiating request.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str | Unset):
        import_mode (TasksCreateAnnotationsImportMode | Unset):  Default: 'replace'.
        location (TasksCreateAnnotationsLocation | Unset):
        use_default_location (bool | Unset):  Default: True.
        body (AnnotationFileRequest | Unset):

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
        import_mode=import_mode,
        location=location,
        use_default_location=use_default_location,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: AnnotationFileRequest | Unset = UNSET,
    cloud_storage_id: int | Unset = UNSET,
    filename: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    import_mode: TasksCreateAnnotationsImportMode | Unset = "replace",
    location: TasksCreateAnnotationsLocation | Unset = UNSET,
    use_default_location: bool | Unset = True,
) -> Any | RqId | None:
    """Import annotations into a task


    The request POST /api/tasks/id/annotations initiates a background process to import annotations into
    a task.
    Please, use the GET /api/requests/<rq_id> endpoint for checking status of the process.
    The `rq_id` parameter can be found in the response on initiating request.

    Args:
        id (int):
        cloud_storage_id (int | Unset):
        filename (str | Unset):
        format_ (str | Unset):
        import_mode (TasksCreateAnnotationsImportMode | Unset):  Default: 'replace'.
        location (TasksCreateAnnotationsLocation | Unset):
        use_default_location (bool | Unset):  Default: True.
        body (AnnotationFileRequest | Unset):

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
            import_mode=import_mode,
            location=location,
            use_default_location=use_default_location,
        )
    ).parsed
