import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.events_list_action import EventsListAction
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: EventsListAction | Unset = UNSET,
    filename: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    query_id: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = action

    params["action"] = json_action

    params["filename"] = filename

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    params["job_id"] = job_id

    params["org_id"] = org_id

    params["project_id"] = project_id

    params["query_id"] = query_id

    params["task_id"] = task_id

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 200:
        return None

    if response.status_code == 201:
        return None

    if response.status_code == 202:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    action: EventsListAction | Unset = UNSET,
    filename: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    query_id: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[Any]:
    """Get an event log

     The log is returned in the CSV format.

    Args:
        action (EventsListAction | Unset):
        filename (str | Unset):
        from_ (datetime.datetime | Unset):
        job_id (int | Unset):
        org_id (int | Unset):
        project_id (int | Unset):
        query_id (str | Unset):
        task_id (int | Unset):
        to (datetime.datetime | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        action=action,
        filename=filename,
        from_=from_,
        job_id=job_id,
        org_id=org_id,
        project_id=project_id,
        query_id=query_id,
        task_id=task_id,
        to=to,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    action: EventsListAction | Unset = UNSET,
    filename: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    job_id: int | Unset = UNSET,
    org_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    query_id: str | Unset = UNSET,
    task_id: int | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[Any]:
    """Get an event log

     The log is returned in the CSV format.

    Args:
        action (EventsListAction | Unset):
        filename (str | Unset):
        from_ (datetime.datetime | Unset):
        job_id (int | Unset):
        org_id (int | Unset):
        project_id (int | Unset):
        query_id (str | Unset):
        task_id (int | Unset):
        to (datetime.datetime | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        action=action,
        filename=filename,
        from_=from_,
        job_id=job_id,
        org_id=org_id,
        project_id=project_id,
        query_id=query_id,
        task_id=task_id,
        to=to,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
