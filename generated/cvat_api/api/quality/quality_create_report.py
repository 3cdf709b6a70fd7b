from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.quality_report import QualityReport
from ...models.quality_report_create_request import QualityReportCreateRequest
from ...models.rq_id import RqId
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: QualityReportCreateRequest | Unset = UNSET,
    rq_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["rq_id"] = rq_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/quality/reports",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | QualityReport | RqId | None:
    if response.status_code == 201:
        response_201 = QualityReport.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = RqId.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | QualityReport | RqId]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: QualityReportCreateRequest | Unset = UNSET,
    rq_id: str | Unset = UNSET,
) -> Response[Any | QualityReport | RqId]:
    """Create a quality report

     Deprecation warning: Utilizing this endpoint to check the computation status is no longer possible.
    Consider using common requests API: GET /api/requests/<rq_id>

    Args:
        rq_id (str | Unset):
        body (QualityReportCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | QualityReport | RqId]
    """

    kwargs = _get_kwargs(
        body=body,
        rq_id=rq_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: QualityReportCreateRequest | Unset = UNSET,
    rq_id: str | Unset = UNSET,
) -> Any | QualityReport | RqId | None:
    """Create a quality report

     Deprecation warning: Utilizing this endpoint to check the computation status is no longer possible.
    Consider using common requests API: GET /api/requests/<rq_id>

    Args:
        rq_id (str | Unset):
        body (QualityReportCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | QualityReport | RqId
    """

    return sync_detailed(
        client=client,
        body=body,
        rq_id=rq_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: QualityReportCreateRequest | Unset = UNSET,
    rq_id: str | Unset = UNSET,
) -> Response[Any | QualityReport | RqId]:
    """Create a quality report

     Deprecation warning: Utilizing this endpoint to check the computation status is no longer possible.
    Consider using common requests API: GET /api/requests/<rq_id>

    Args:
        rq_id (str | Unset):
        body (QualityReportCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | QualityReport | RqId]
    """

    kwargs = _get_kwargs(
        body=body,
        rq_id=rq_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: QualityReportCreateRequest | Unset = UNSET,
    rq_id: str | Unset = UNSET,
) -> Any | QualityReport | RqId | None:
    """Create a quality report

     Deprecation warning: Utilizing this endpoint to check the computation status is no longer possible.
    Consider using common requests API: GET /api/requests/<rq_id>

    Args:
        rq_id (str | Unset):
        body (QualityReportCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | QualityReport | RqId
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            rq_id=rq_id,
        )
    ).parsed
