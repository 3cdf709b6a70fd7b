from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_annotation_conflict_list import PaginatedAnnotationConflictList
from ...models.quality_list_conflicts_severity import (
    QualityListConflictsSeverity,
)
from ...models.quality_list_conflicts_type import (
    QualityListConflictsType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    frame: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    report_id: int | Unset = UNSET,
    severity: QualityListConflictsSeverity | Unset = UNSET,
    sort: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    type_: QualityListConflictsType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_organization, Unset):
        headers["X-Organization"] = x_organization

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["frame"] = frame

    params["job_id"] = job_id

    params["org"] = org

    params["org_id"] = org_id

    params["page"] = page

    params["page_size"] = page_size

    params["project_id"] = project_id

    params["report_id"] = report_id

    json_severity: str | Unset = UNSET
    if not isinstance(severity, Unset):
        json_severity = severity

    params["severity"] = json_severity

    params["sort"] = sort

    params["task_id"] = task_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/quality/conflicts",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedAnnotationConflictList | None:
    if response.status_code == 200:
        response_200 = PaginatedAnnotationConflictList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedAnnotationConflictList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    frame: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    report_id: int | Unset = UNSET,
    severity: QualityListConflictsSeverity | Unset = UNSET,
    sort: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    type_: QualityListConflictsType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedAnnotationConflictList]:
    """List annotation conflicts in a quality report

    Args:
        filter_ (str | Unset):
        frame (int | Unset):
        job_id (int | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        report_id (int | Unset):
        severity (QualityListConflictsSeverity | Unset):
        sort (str | Unset):
        task_id (int | Unset):
        type_ (QualityListConflictsType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedAnnotationConflictList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        frame=frame,
        job_id=job_id,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        project_id=project_id,
        report_id=report_id,
        severity=severity,
        sort=sort,
        task_id=task_id,
        type_=type_,
        x_organization=x_organization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    frame: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    report_id: int | Unset = UNSET,
    severity: QualityListConflictsSeverity | Unset = UNSET,
    sort: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    type_: QualityListConflictsType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedAnnotationConflictList | None:
    """List annotation conflicts in a quality report

    Args:
        filter_ (str | Unset):
        frame (int | Unset):
        job_id (int | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        report_id (int | Unset):
        severity (QualityListConflictsSeverity | Unset):
        sort (str | Unset):
        task_id (int | Unset):
        type_ (QualityListConflictsType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedAnnotationConflictList
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        frame=frame,
        job_id=job_id,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        project_id=project_id,
        report_id=report_id,
        severity=severity,
        sort=sort,
        task_id=task_id,
        type_=type_,
        x_organization=x_organization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    frame: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    report_id: int | Unset = UNSET,
    severity: QualityListConflictsSeverity | Unset = UNSET,
    sort: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    type_: QualityListConflictsType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedAnnotationConflictList]:
    """List annotation conflicts in a quality report

    Args:
        filter_ (str | Unset):
        frame (int | Unset):
        job_id (int | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        report_id (int | Unset):
        severity (QualityListConflictsSeverity | Unset):
        sort (str | Unset):
        task_id (int | Unset):
        type_ (QualityListConflictsType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedAnnotationConflictList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        frame=frame,
        job_id=job_id,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        project_id=project_id,
        report_id=report_id,
        severity=severity,
        sort=sort,
        task_id=task_id,
        type_=type_,
        x_organization=x_organization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    frame: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    report_id: int | Unset = UNSET,
    severity: QualityListConflictsSeverity | Unset = UNSET,
    sort: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    type_: QualityListConflictsType | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedAnnotationConflictList | None:
    """List annotation conflicts in a quality report

    Args:
        filter_ (str | Unset):
        frame (int | Unset):
        job_id (int | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        project_id (int | Unset):
        report_id (int | Unset):
        severity (QualityListConflictsSeverity | Unset):
        sort (str | Unset):
        task_id (int | Unset):
        type_ (QualityListConflictsType | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedAnnotationConflictList
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            frame=frame,
            job_id=job_id,
            org=org,
            org_id=org_id,
            page=page,
            page_size=page_size,
            project_id=project_id,
            report_id=report_id,
            severity=severity,
            sort=sort,
            task_id=task_id,
            type_=type_,
            x_organization=x_organization,
        )
    ).parsed
