from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_request import DataRequest
from ...models.rq_id import RqId
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: DataRequest | Unset = UNSET,
    upload_finish: bool | Unset = UNSET,
    upload_multiple: bool | Unset = UNSET,
    upload_start: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(upload_finish, Unset):
        headers["Upload-Finish"] = "true" if upload_finish else "false"

    if not isinstance(upload_multiple, Unset):
        headers["Upload-Multiple"] = "true" if upload_multiple else "false"

    if not isinstance(upload_start, Unset):
        headers["Upload-Start"] = "true" if upload_start else "false"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/tasks/{id}/data/".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | RqId | None:
    if response.status_code == 202:

        def _parse_response_202(data: object) -> File | RqId:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_data_response_type_0 = RqId.from_dict(data)

                return componentsschemas_data_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, bytes):
                raise TypeError()
            componentsschemas_data_response_type_1 = File(payload=BytesIO(data))

            return componentsschemas_data_response_type_1

        response_202 = _parse_response_202(response.json())

        return response_202

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[File | RqId]:
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
    body: DataRequest | Unset = UNSET,
    upload_finish: bool | Unset = UNSET,
    upload_multiple: bool | Unset = UNSET,
    upload_start: bool | Unset = UNSET,
) -> Response[File | RqId]:
    """Attach data to a task

     Allows to upload data (images, video, etc.) to a task.
    Supports the TUS open file uploading protocol (https://tus.io/).

    Supports the following protocols:

    1. A single Data request

    and

    2.1. An Upload-Start request
    2.2.a. Regular TUS protocol requests (Upload-Length + Chunks)
    2.2.b. Upload-Multiple requests
    2.3. An Upload-Finish request

    Requests:
    - Data - POST, no extra headers or 'Upload-Start' + 'Upload-Finish' headers.
      Contains data in the body.
    - Upload-Start - POST, has an 'Upload-Start' header. No body is expected.
    - Upload-Length - POST, has an 'Upload-Length' header (see the TUS specification)
    - Chunk - HEAD/PATCH (see the TUS specification). Sent to /data/<file id> endpoints.
    - Upload-Finish - POST, has an 'Upload-Finish' header. Can contain data in the body.
    - Upload-Multiple - POST, has an 'Upload-Multiple' header. Contains data in the body.

    The 'Upload-Finish' request allows to specify the uploaded files should be ordered.
    This may be needed if the files can be sent unordered. To state that the input files
    are sent ordered, pass an empty list of files in the 'upload_file_order' field.
    If the files are sent unordered, the ordered file list is expected
    in the 'upload_file_order' field. It must be a list of string file paths,
    relative to the dataset root.

    Example:
    files = [
        "cats/cat_1.jpg",
        "dogs/dog2.jpg",
        "image_3.png",
        ...
    ]

    Independently of the file declaration field used
    ('client_files', 'server_files', etc.), when the 'predefined'
    sorting method is selected, the uploaded files will be ordered according
    to the '.jsonl' manifest file, if it is found in the list of files.
    For archives (e.g. '.zip'), a manifest file ('*.jsonl') is required when using
    the 'predefined' file ordering. Such file must be provided next to the archive
    in the list of files. Read more about manifest files here:
    https://docs.cvat.ai/docs/manual/advanced/dataset_manifest/

    After all data is sent, the operation status can be retrieved via
    the `GET /api/requests/<rq_id>`, where **rq_id** is request ID returned for this request.

    Once data is attached to a task, it cannot be detached or replaced.

    Args:
        id (int):
        upload_finish (bool | Unset):
        upload_multiple (bool | Unset):
        upload_start (bool | Unset):
        body (DataRequest | Unset): Read more about parameters here:
            https://docs.cvat.ai/docs/manual/basics/create-annotation-task/#advanced-configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | RqId]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        upload_finish=upload_finish,
        upload_multiple=upload_multiple,
        upload_start=upload_start,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: DataRequest | Unset = UNSET,
    upload_finish: bool | Unset = UNSET,
    upload_multiple: bool | Unset = UNSET,
    upload_start: bool | Unset = UNSET,
) -> File | RqId | None:
    """Attach data to a task

     Allows to upload data (images, video, etc.) to a task.
    Supports the TUS open file uploading protocol (https://tus.io/).

    Supports the following protocols:

    1. A single Data request

    and

    2.1. An Upload-Start request
    2.2.a. Regular TUS protocol requests (Upload-Length + Chunks)
    2.2.b. Upload-Multiple requests
    2.3. An Upload-Finish request

    Requests:
    - Data - POST, no extra headers or 'Upload-Start' + 'Upload-Finish' headers.
      Contains data in the body.
    - Upload-Start - POST, has an 'Upload-Start' header. No body is expected.
    - Upload-Length - POST, has an 'Upload-Length' header (see the TUS specification)
    - Chunk - HEAD/PATCH (see the TUS specification). Sent to /data/<file id> endpoints.
    - Upload-Finish - POST, has an 'Upload-Finish' header. Can contain data in the body.
    - Upload-Multiple - POST, has an 'Upload-Multiple' header. Contains data in the body.

    The 'Upload-Finish' request allows to specify the uploaded files should be ordered.
    This may be needed if the files can be sent unordered. To state that the input files
    are sent ordered, pass an empty list of files in the 'upload_file_order' field.
    If the files are sent unordered, the ordered file list is expected
    in the 'upload_file_order' field. It must be a list of string file paths,
    relative to the dataset root.

    Example:
    files = [
        "cats/cat_1.jpg",
        "dogs/dog2.jpg",
        "image_3.png",
        ...
    ]

    Independently of the file declaration field used
    ('client_files', 'server_files', etc.), when the 'predefined'
    sorting method is selected, the uploaded files will be ordered according
    to the '.jsonl' manifest file, if it is found in the list of files.
    For archives (e.g. '.zip'), a manifest file ('*.jsonl') is required when using
    the 'predefined' file ordering. Such file must be provided next to the archive
    in the list of files. Read more about manifest files here:
    https://docs.cvat.ai/docs/manual/advanced/dataset_manifest/

    After all data is sent, the operation status can be retrieved via
    the `GET /api/requests/<rq_id>`, where **rq_id** is request ID returned for this request.

    Once data is attached to a task, it cannot be detached or replaced.

    Args:
        id (int):
        upload_finish (bool | Unset):
        upload_multiple (bool | Unset):
        upload_start (bool | Unset):
        body (DataRequest | Unset): Read more about parameters here:
            https://docs.cvat.ai/docs/manual/basics/create-annotation-task/#advanced-configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | RqId
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        upload_finish=upload_finish,
        upload_multiple=upload_multiple,
        upload_start=upload_start,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: DataRequest | Unset = UNSET,
    upload_finish: bool | Unset = UNSET,
    upload_multiple: bool | Unset = UNSET,
    upload_start: bool | Unset = UNSET,
) -> Response[File | RqId]:
    """Attach data to a task

     Allows to upload data (images, video, etc.) to a task.
    Supports the TUS open file uploading protocol (https://tus.io/).

    Supports the following protocols:

    1. A single Data request

    and

    2.1. An Upload-Start request
    2.2.a. Regular TUS protocol requests (Upload-Length + Chunks)
    2.2.b. Upload-Multiple requests
    2.3. An Upload-Finish request

    Requests:
    - Data - POST, no extra headers or 'Upload-Start' + 'Upload-Finish' headers.
      Contains data in the body.
    - Upload-Start - POST, has an 'Upload-Start' header. No body is expected.
    - Upload-Length - POST, has an 'Upload-Length' header (see the TUS specification)
    - Chunk - HEAD/PATCH (see the TUS specification). Sent to /data/<file id> endpoints.
    - Upload-Finish - POST, has an 'Upload-Finish' header. Can contain data in the body.
    - Upload-Multiple - POST, has an 'Upload-Multiple' header. Contains data in the body.

    The 'Upload-Finish' request allows to specify the uploaded files should be ordered.
    This may be needed if the files can be sent unordered. To state that the input files
    are sent ordered, pass an empty list of files in the 'upload_file_order' field.
    If the files are sent unordered, the ordered file list is expected
    in the 'upload_file_order' field. It must be a list of string file paths,
    relative to the dataset root.

    Example:
    files = [
        "cats/cat_1.jpg",
        "dogs/dog2.jpg",
        "image_3.png",
        ...
    ]

    Independently of the file declaration field used
    ('client_files', 'server_files', etc.), when the 'predefined'
    sorting method is selected, the uploaded files will be ordered according
    to the '.jsonl' manifest file, if it is found in the list of files.
    For archives (e.g. '.zip'), a manifest file ('*.jsonl') is required when using
    the 'predefined' file ordering. Such file must be provided next to the archive
    in the list of files. Read more about manifest files here:
    https://docs.cvat.ai/docs/manual/advanced/dataset_manifest/

    After all data is sent, the operation status can be retrieved via
    the `GET /api/requests/<rq_id>`, where **rq_id** is request ID returned for this request.

    Once data is attached to a task, it cannot be detached or replaced.

    Args:
        id (int):
        upload_finish (bool | Unset):
        upload_multiple (bool | Unset):
        upload_start (bool | Unset):
        body (DataRequest | Unset): Read more about parameters here:
            https://docs.cvat.ai/docs/manual/basics/create-annotation-task/#advanced-configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | RqId]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        upload_finish=upload_finish,
        upload_multiple=upload_multiple,
        upload_start=upload_start,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: DataRequest | Unset = UNSET,
    upload_finish: bool | Unset = UNSET,
    upload_multiple: bool | Unset = UNSET,
    upload_start: bool | Unset = UNSET,
) -> File | RqId | None:
    """Attach data to a task

     Allows to upload data (images, video, etc.) to a task.
    Supports the TUS open file uploading protocol (https://tus.io/).

    Supports the following protocols:

    1. A single Data request

    and

    2.1. An Upload-Start request
    2.2.a. Regular TUS protocol requests (Upload-Length + Chunks)
    2.2.b. Upload-Multiple requests
    2.3. An Upload-Finish request

    Requests:
    - Data - POST, no extra headers or 'Upload-Start' + 'Upload-Finish' headers.
      Contains data in the body.
    - Upload-Start - POST, has an 'Upload-Start' header. No body is expected.
    - Upload-Length - POST, has an 'Upload-Length' header (see the TUS specification)
    - Chunk - HEAD/PATCH (see the TUS specification). Sent to /data/<file id> endpoints.
    - Upload-Finish - POST, has an 'Upload-Finish' header. Can contain data in the body.
    - Upload-Multiple - POST, has an 'Upload-Multiple' header. Contains data in the body.

    The 'Upload-Finish' request allows to specify the uploaded files should be ordered.
    This may be needed if the files can be sent unordered. To state that the input files
    are sent ordered, pass an empty list of files in the 'upload_file_order' field.
    If the files are sent unordered, the ordered file list is expected
    in the 'upload_file_order' field. It must be a list of string file paths,
    relative to the dataset root.

    Example:
    files = [
        "cats/cat_1.jpg",
        "dogs/dog2.jpg",
        "image_3.png",
        ...
    ]

    Independently of the file declaration field used
    ('client_files', 'server_files', etc.), when the 'predefined'
    sorting method is selected, the uploaded files will be ordered according
    to the '.jsonl' manifest file, if it is found in the list of files.
    For archives (e.g. '.zip'), a manifest file ('*.jsonl') is required when using
    the 'predefined' file ordering. Such file must be provided next to the archive
    in the list of files. Read more about manifest files here:
    https://docs.cvat.ai/docs/manual/advanced/dataset_manifest/

    After all data is sent, the operation status can be retrieved via
    the `GET /api/requests/<rq_id>`, where **rq_id** is request ID returned for this request.

    Once data is attached to a task, it cannot be detached or replaced.

    Args:
        id (int):
        upload_finish (bool | Unset):
        upload_multiple (bool | Unset):
        upload_start (bool | Unset):
        body (DataRequest | Unset): Read more about parameters here:
            https://docs.cvat.ai/docs/manual/basics/create-annotation-task/#advanced-configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | RqId
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            upload_finish=upload_finish,
            upload_multiple=upload_multiple,
            upload_start=upload_start,
        )
    ).parsed
