from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.credentials_type_enum import (
    CredentialsTypeEnum,
    check_credentials_type_enum,
)
from ..models.provider_type_enum import ProviderTypeEnum, check_provider_type_enum
from ..types import UNSET, File, FileTypes, Unset

if TYPE_CHECKING:
    from ..models.basic_user_request import BasicUserRequest


T = TypeVar("T", bound="PatchedCloudStorageWriteRequest")


@_attrs_define
class PatchedCloudStorageWriteRequest:
    """
    Attributes:
        account_name (str | Unset):
        connection_string (str | Unset):
        credentials_type (CredentialsTypeEnum | Unset): * `KEY_SECRET_KEY_PAIR` - KEY_SECRET_KEY_PAIR
            * `ACCOUNT_NAME_TOKEN_PAIR` - ACCOUNT_NAME_TOKEN_PAIR
            * `KEY_FILE_PATH` - KEY_FILE_PATH
            * `ANONYMOUS_ACCESS` - ANONYMOUS_ACCESS
            * `CONNECTION_STRING` - CONNECTION_STRING
        description (str | Unset):
        display_name (str | Unset):
        key (str | Unset):
        key_file (File | Unset):
        manifests (list[str] | Unset):
        owner (BasicUserRequest | Unset):
        provider_type (ProviderTypeEnum | Unset): * `AWS_S3_BUCKET` - Amazon S3
            * `AZURE_CONTAINER` - Azure Blob Storage
            * `GOOGLE_CLOUD_STORAGE` - Google Cloud Storage
        resource (str | Unset):
        secret_key (str | Unset):
        session_token (str | Unset):
        specific_attributes (str | Unset):
    """

    account_name: str | Unset = UNSET
    connection_string: str | Unset = UNSET
    credentials_type: CredentialsTypeEnum | Unset = UNSET
    description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    key: str | Unset = UNSET
    key_file: File | Unset = UNSET
    manifests: list[str] | Unset = UNSET
    owner: BasicUserRequest | Unset = UNSET
    provider_type: ProviderTypeEnum | Unset = UNSET
    resource: str | Unset = UNSET
    secret_key: str | Unset = UNSET
    session_token: str | Unset = UNSET
    specific_attributes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name

        connection_string = self.connection_string

        credentials_type: str | Unset = UNSET
        if not isinstance(self.credentials_type, Unset):
            credentials_type = self.credentials_type

        description = self.description

        display_name = self.display_name

        key = self.key

        key_file: FileTypes | Unset = UNSET
        if not isinstance(self.key_file, Unset):
            key_file = self.key_file.to_tuple()

        manifests: list[str] | Unset = UNSET
        if not isinstance(self.manifests, Unset):
            manifests = self.manifests

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        provider_type: str | Unset = UNSET
        if not isinstance(self.provider_type, Unset):
            provider_type = self.provider_type

        resource = self.resource

        secret_key = self.secret_key

        session_token = self.session_token

        specific_attributes = self.specific_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if connection_string is not UNSET:
            field_dict["connection_string"] = connection_string
        if credentials_type is not UNSET:
            field_dict["credentials_type"] = credentials_type
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if key is not UNSET:
            field_dict["key"] = key
        if key_file is not UNSET:
            field_dict["key_file"] = key_file
        if manifests is not UNSET:
            field_dict["manifests"] = manifests
        if owner is not UNSET:
            field_dict["owner"] = owner
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if resource is not UNSET:
            field_dict["resource"] = resource
        if secret_key is not UNSET:
            field_dict["secret_key"] = secret_key
        if session_token is not UNSET:
            field_dict["session_token"] = session_token
        if specific_attributes is not UNSET:
            field_dict["specific_attributes"] = specific_attributes

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.account_name, Unset):
            files.append(
                ("account_name", (None, str(self.account_name).encode(), "text/plain"))
            )

        if not isinstance(self.connection_string, Unset):
            files.append(
                (
                    "connection_string",
                    (None, str(self.connection_string).encode(), "text/plain"),
                )
            )

        if not isinstance(self.credentials_type, Unset):
            files.append(
                (
                    "credentials_type",
                    (None, str(self.credentials_type).encode(), "text/plain"),
                )
            )

        if not isinstance(self.description, Unset):
            files.append(
                ("description", (None, str(self.description).encode(), "text/plain"))
            )

        if not isinstance(self.display_name, Unset):
            files.append(
                ("display_name", (None, str(self.display_name).encode(), "text/plain"))
            )

        if not isinstance(self.key, Unset):
            files.append(("key", (None, str(self.key).encode(), "text/plain")))

        if not isinstance(self.key_file, Unset):
            files.append(("key_file", self.key_file.to_tuple()))

        if not isinstance(self.manifests, Unset):
            for manifests_item_element in self.manifests:
                files.append(
                    (
                        "manifests",
                        (None, str(manifests_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.owner, Unset):
            files.append(
                (
                    "owner",
                    (
                        None,
                        json.dumps(self.owner.to_dict()).encode(),
                        "application/json",
                    ),
                )
            )

        if not isinstance(self.provider_type, Unset):
            files.append(
                (
                    "provider_type",
                    (None, str(self.provider_type).encode(), "text/plain"),
                )
            )

        if not isinstance(self.resource, Unset):
            files.append(
                ("resource", (None, str(self.resource).encode(), "text/plain"))
            )

        if not isinstance(self.secret_key, Unset):
            files.append(
                ("secret_key", (None, str(self.secret_key).encode(), "text/plain"))
            )

        if not isinstance(self.session_token, Unset):
            files.append(
                (
                    "session_token",
                    (None, str(self.session_token).encode(), "text/plain"),
                )
            )

        if not isinstance(self.specific_attributes, Unset):
            files.append(
                (
                    "specific_attributes",
                    (None, str(self.specific_attributes).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_user_request import BasicUserRequest  # noqa: PLC0415

        d = dict(src_dict)
        account_name = d.pop("account_name", UNSET)

        connection_string = d.pop("connection_string", UNSET)

        _credentials_type = d.pop("credentials_type", UNSET)
        credentials_type: CredentialsTypeEnum | Unset
        if isinstance(_credentials_type, Unset):
            credentials_type = UNSET
        else:
            credentials_type = check_credentials_type_enum(_credentials_type)

        description = d.pop("description", UNSET)

        display_name = d.pop("display_name", UNSET)

        key = d.pop("key", UNSET)

        _key_file = d.pop("key_file", UNSET)
        key_file: File | Unset
        if isinstance(_key_file, Unset):
            key_file = UNSET
        else:
            key_file = File(payload=BytesIO(_key_file))

        manifests = cast(list[str], d.pop("manifests", UNSET))

        _owner = d.pop("owner", UNSET)
        owner: BasicUserRequest | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = BasicUserRequest.from_dict(_owner)

        _provider_type = d.pop("provider_type", UNSET)
        provider_type: ProviderTypeEnum | Unset
        if isinstance(_provider_type, Unset):
            provider_type = UNSET
        else:
            provider_type = check_provider_type_enum(_provider_type)

        resource = d.pop("resource", UNSET)

        secret_key = d.pop("secret_key", UNSET)

        session_token = d.pop("session_token", UNSET)

        specific_attributes = d.pop("specific_attributes", UNSET)

        patched_cloud_storage_write_request = cls(
            account_name=account_name,
            connection_string=connection_string,
            credentials_type=credentials_type,
            description=description,
            display_name=display_name,
            key=key,
            key_file=key_file,
            manifests=manifests,
            owner=owner,
            provider_type=provider_type,
            resource=resource,
            secret_key=secret_key,
            session_token=session_token,
            specific_attributes=specific_attributes,
        )

        patched_cloud_storage_write_request.additional_properties = d
        return patched_cloud_storage_write_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
