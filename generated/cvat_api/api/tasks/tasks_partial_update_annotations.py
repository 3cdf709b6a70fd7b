from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.labeled_data import LabeledData
from ...models.patched_labeled_data_request import PatchedLabeledDataRequest
from ...models.tasks_partial_update_annotations_action import (
    TasksPartialUpdateAnnotationsAction,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: PatchedLabeledDataRequest | Unset = UNSET,
    action: TasksPartialUpdateAnnotationsAction,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_action: str = action
    params["action"] = json_action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/tasks/{id}/annotations/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabeledData | None:
    if response.status_code == 200:
        response_200 = LabeledData.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LabeledData]:
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
    body: PatchedLabeledDataRequest | Unset = UNSET,
    action: TasksPartialUpdateAnnotationsAction,
) -> Response[LabeledData]:
    """Update task annotations

    Args:
        id (int):
        action (TasksPartialUpdateAnnotationsAction):
        body (PatchedLabeledDataRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabeledData]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PatchedLabeledDataRequest | Unset = UNSET,
    action: TasksPartialUpdateAnnotationsAction,
) -> LabeledData | None:
    """Update task annotations

    Args:
        id (int):
        action (TasksPartialUpdateAnnotationsAction):
        body (PatchedLabeledDataRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabeledData
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PatchedLabeledDataRequest | Unset = UNSET,
    action: TasksPartialUpdateAnnotationsAction,
) -> Response[LabeledData]:
    """Update task annotations

    Args:
        id (int):
        action (TasksPartialUpdateAnnotationsAction):
        body (PatchedLabeledDataRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabeledData]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PatchedLabeledDataRequest | Unset = UNSET,
    action: TasksPartialUpdateAnnotationsAction,
) -> LabeledData | None:
    """Update task annotations

    Args:
        id (int):
        action (TasksPartialUpdateAnnotationsAction):
        body (PatchedLabeledDataRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabeledData
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            action=action,
        )
    ).parsed
