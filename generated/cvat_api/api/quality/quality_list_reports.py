from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_quality_report_list import PaginatedQualityReportList
from ...models.quality_list_reports_target import (
    QualityListReportsTarget,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    target: QualityListReportsTarget | Unset = UNSET,
    task_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_organization, Unset):
        headers["X-Organization"] = x_organization

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["job_id"] = job_id

    params["org"] = org

    params["org_id"] = org_id

    params["page"] = page

    params["page_size"] = page_size

    params["parent_id"] = parent_id

    params["project_id"] = project_id

    params["sort"] = sort

    json_target: str | Unset = UNSET
    if not isinstance(target, Unset):
        json_target = target

    params["target"] = json_target

    params["task_id"] = task_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/quality/reports",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedQualityReportList | None:
    if response.status_code == 200:
        response_200 = PaginatedQualityReportList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedQualityReportList]:
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
    job_id: int | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    target: QualityListReportsTarget | Unset = UNSET,
    task_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedQualityReportList]:
    """Method returns a paginated list of quality reports.

     Please note that children reports are included by default
    if the "task_id", "project_id" filters are used.
    If you want to restrict the list of results to a specific report type,
    use the "target" parameter.

    The "parent_id" filter includes all the nested reports recursively.
    For instance, if the "parent_id" is a project report,
    all the related task and job reports will be returned.

    Please note that a report can be reused in several parent reports,
    but the "parent_id" field in responses will include only the first parent report id.
    The "parent_id" filter still returns all the relevant nested reports,
    even though the response "parent_id" values may be different from the requested one.

    Args:
        filter_ (str | Unset):
        job_id (int | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_id (int | Unset):
        project_id (int | Unset):
        sort (str | Unset):
        target (QualityListReportsTarget | Unset):
        task_id (int | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedQualityReportList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        job_id=job_id,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        parent_id=parent_id,
        project_id=project_id,
        sort=sort,
        target=target,
        task_id=task_id,
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
    job_id: int | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    target: QualityListReportsTarget | Unset = UNSET,
    task_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedQualityReportList | None:
    """Method returns a paginated list of quality reports.

     Please note that children reports are included by default
    if the "task_id", "project_id" filters are used.
    If you want to restrict the list of results to a specific report type,
    use the "target" parameter.

    The "parent_id" filter includes all the nested reports recursively.
    For instance, if the "parent_id" is a project report,
    all the related task and job reports will be returned.

    Please note that a report can be reused in several parent reports,
    but the "parent_id" field in responses will include only the first parent report id.
    The "parent_id" filter still returns all the relevant nested reports,
    even though the response "parent_id" values may be different from the requested one.

    Args:
        filter_ (str | Unset):
        job_id (int | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_id (int | Unset):
        project_id (int | Unset):
        sort (str | Unset):
        target (QualityListReportsTarget | Unset):
        task_id (int | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedQualityReportList
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        job_id=job_id,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        parent_id=parent_id,
        project_id=project_id,
        sort=sort,
        target=target,
        task_id=task_id,
        x_organization=x_organization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    target: QualityListReportsTarget | Unset = UNSET,
    task_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> Response[PaginatedQualityReportList]:
    """Method returns a paginated list of quality reports.

     Please note that children reports are included by default
    if the "task_id", "project_id" filters are used.
    If you want to restrict the list of results to a specific report type,
    use the "target" parameter.

    The "parent_id" filter includes all the nested reports recursively.
    For instance, if the "parent_id" is a project report,
    all the related task and job reports will be returned.

    Please note that a report can be reused in several parent reports,
    but the "parent_id" field in responses will include only the first parent report id.
    The "parent_id" filter still returns all the relevant nested reports,
    even though the response "parent_id" values may be different from the requested one.

    Args:
        filter_ (str | Unset):
        job_id (int | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_id (int | Unset):
        project_id (int | Unset):
        sort (str | Unset):
        target (QualityListReportsTarget | Unset):
        task_id (int | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaginatedQualityReportList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        job_id=job_id,
        org=org,
        org_id=org_id,
        page=page,
        page_size=page_size,
        parent_id=parent_id,
        project_id=project_id,
        sort=sort,
        target=target,
        task_id=task_id,
        x_organization=x_organization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    target: QualityListReportsTarget | Unset = UNSET,
    task_id: int | Unset = UNSET,
    x_organization: str | Unset = UNSET,
) -> PaginatedQualityReportList | None:
    """Method returns a paginated list of quality reports.

     Please note that children reports are included by default
    if the "task_id", "project_id" filters are used.
    If you want to restrict the list of results to a specific report type,
    use the "target" parameter.

    The "parent_id" filter includes all the nested reports recursively.
    For instance, if the "parent_id" is a project report,
    all the related task and job reports will be returned.

    Please note that a report can be reused in several parent reports,
    but the "parent_id" field in responses will include only the first parent report id.
    The "parent_id" filter still returns all the relevant nested reports,
    even though the response "parent_id" values may be different from the requested one.

    Args:
        filter_ (str | Unset):
        job_id (int | Unset):
        org (str | Unset):
        org_id (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_id (int | Unset):
        project_id (int | Unset):
        sort (str | Unset):
        target (QualityListReportsTarget | Unset):
        task_id (int | Unset):
        x_organization (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaginatedQualityReportList
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            job_id=job_id,
            org=org,
            org_id=org_id,
            page=page,
            page_size=page_size,
            parent_id=parent_id,
            project_id=project_id,
            sort=sort,
            target=target,
            task_id=task_id,
            x_organization=x_organization,
        )
    ).parsed
