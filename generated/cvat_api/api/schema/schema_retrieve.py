from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.schema_retrieve_lang import (
    SchemaRetrieveLang,
)
from ...models.schema_retrieve_response_200 import SchemaRetrieveResponse200
from ...models.schema_retrieve_scheme import (
    SchemaRetrieveScheme,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    lang: SchemaRetrieveLang | Unset = UNSET,
    scheme: SchemaRetrieveScheme | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang

    params["lang"] = json_lang

    json_scheme: str | Unset = UNSET
    if not isinstance(scheme, Unset):
        json_scheme = scheme

    params["scheme"] = json_scheme

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/schema/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SchemaRetrieveResponse200 | None:
    if response.status_code == 200:
        response_200 = SchemaRetrieveResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SchemaRetrieveResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    lang: SchemaRetrieveLang | Unset = UNSET,
    scheme: SchemaRetrieveScheme | Unset = UNSET,
) -> Response[SchemaRetrieveResponse200]:
    """OpenApi3 schema for this API. Format can be selected via content negotiation.

    - YAML: application/vnd.oai.openapi
    - JSON: application/vnd.oai.openapi+json

    Args:
        lang (SchemaRetrieveLang | Unset):
        scheme (SchemaRetrieveScheme | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SchemaRetrieveResponse200]
    """

    kwargs = _get_kwargs(
        lang=lang,
        scheme=scheme,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    lang: SchemaRetrieveLang | Unset = UNSET,
    scheme: SchemaRetrieveScheme | Unset = UNSET,
) -> SchemaRetrieveResponse200 | None:
    """OpenApi3 schema for this API. Format can be selected via content negotiation.

    - YAML: application/vnd.oai.openapi
    - JSON: application/vnd.oai.openapi+json

    Args:
        lang (SchemaRetrieveLang | Unset):
        scheme (SchemaRetrieveScheme | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SchemaRetrieveResponse200
    """

    return sync_detailed(
        client=client,
        lang=lang,
        scheme=scheme,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    lang: SchemaRetrieveLang | Unset = UNSET,
    scheme: SchemaRetrieveScheme | Unset = UNSET,
) -> Response[SchemaRetrieveResponse200]:
    """OpenApi3 schema for this API. Format can be selected via content negotiation.

    - YAML: application/vnd.oai.openapi
    - JSON: application/vnd.oai.openapi+json

    Args:
        lang (SchemaRetrieveLang | Unset):
        scheme (SchemaRetrieveScheme | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SchemaRetrieveResponse200]
    """

    kwargs = _get_kwargs(
        lang=lang,
        scheme=scheme,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    lang: SchemaRetrieveLang | Unset = UNSET,
    scheme: SchemaRetrieveScheme | Unset = UNSET,
) -> SchemaRetrieveResponse200 | None:
    """OpenApi3 schema for this API. Format can be selected via content negotiation.

    - YAML: application/vnd.oai.openapi
    - JSON: application/vnd.oai.openapi+json

    Args:
        lang (SchemaRetrieveLang | Unset):
        scheme (SchemaRetrieveScheme | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SchemaRetrieveResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            lang=lang,
            scheme=scheme,
        )
    ).parsed
