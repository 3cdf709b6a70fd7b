from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.annotation_guide_read import AnnotationGuideRead
from ...models.annotation_guide_write_request import AnnotationGuideWriteRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AnnotationGuideWriteRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/guides",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnnotationGuideRead | None:
    if response.status_code == 201:
        response_201 = AnnotationGuideRead.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnnotationGuideRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AnnotationGuideWriteRequest | Unset = UNSET,
) -> Response[AnnotationGuideRead]:
    """Create an annotation guide

     The new guide will be bound either to a project or a task, depending on parameters.

    Args:
        body (AnnotationGuideWriteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotationGuideRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AnnotationGuideWriteRequest | Unset = UNSET,
) -> AnnotationGuideRead | None:
    """Create an annotation guide

     The new guide will be bound either to a project or a task, depending on parameters.

    Args:
        body (AnnotationGuideWriteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotationGuideRead
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AnnotationGuideWriteRequest | Unset = UNSET,
) -> Response[AnnotationGuideRead]:
    """Create an annotation guide

     The new guide will be bound either to a project or a task, depending on parameters.

    Args:
        body (AnnotationGuideWriteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotationGuideRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AnnotationGuideWriteRequest | Unset = UNSET,
) -> AnnotationGuideRead | None:
    """Create an annotation guide

     The new guide will be bound either to a project or a task, depending on parameters.

    Args:
        body (AnnotationGuideWriteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotationGuideRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
