from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credentials_type_enum import (
    CredentialsTypeEnum,
    check_credentials_type_enum,
)
from ..models.provider_type_enum import ProviderTypeEnum, check_provider_type_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_user import BasicUser


T = TypeVar("T", bound="CloudStorageRead")


@_attrs_define
class CloudStorageRead:
    """
    Attributes:
        credentials_type (CredentialsTypeEnum): * `KEY_SECRET_KEY_PAIR` - KEY_SECRET_KEY_PAIR
            * `ACCOUNT_NAME_TOKEN_PAIR` - ACCOUNT_NAME_TOKEN_PAIR
            * `KEY_FILE_PATH` - KEY_FILE_PATH
            * `ANONYMOUS_ACCESS` - ANONYMOUS_ACCESS
            * `CONNECTION_STRING` - CONNECTION_STRING
        display_name (str):
        provider_type (ProviderTypeEnum): * `AWS_S3_BUCKET` - Amazon S3
            * `AZURE_CONTAINER` - Azure Blob Storage
            * `GOOGLE_CLOUD_STORAGE` - Google Cloud Storage
        resource (str):
        created_date (datetime.datetime | Unset):
        description (str | Unset):
        id (int | Unset):
        manifests (list[str] | Unset):
        organization (int | None | Unset):
        owner (BasicUser | None | Unset):
        specific_attributes (str | Unset):
        updated_date (datetime.datetime | Unset):
    """

    credentials_type: CredentialsTypeEnum
    display_name: str
    provider_type: ProviderTypeEnum
    resource: str
    created_date: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    id: int | Unset = UNSET
    manifests: list[str] | Unset = UNSET
    organization: int | None | Unset = UNSET
    owner: BasicUser | None | Unset = UNSET
    specific_attributes: str | Unset = UNSET
    updated_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.basic_user import BasicUser  # noqa: PLC0415

        credentials_type: str = self.credentials_type

        display_name = self.display_name

        provider_type: str = self.provider_type

        resource = self.resource

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        description = self.description

        id = self.id

        manifests: list[str] | Unset = UNSET
        if not isinstance(self.manifests, Unset):
            manifests = self.manifests

        organization: int | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, BasicUser):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        specific_attributes = self.specific_attributes

        updated_date: str | Unset = UNSET
        if not isinstance(self.updated_date, Unset):
            updated_date = self.updated_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credentials_type": credentials_type,
                "display_name": display_name,
                "provider_type": provider_type,
                "resource": resource,
            }
        )
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if manifests is not UNSET:
            field_dict["manifests"] = manifests
        if organization is not UNSET:
            field_dict["organization"] = organization
        if owner is not UNSET:
            field_dict["owner"] = owner
        if specific_attributes is not UNSET:
            field_dict["specific_attributes"] = specific_attributes
        if updated_date is not UNSET:
            field_dict["updated_date"] = updated_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_user import BasicUser  # noqa: PLC0415

        d = dict(src_dict)
        credentials_type = check_credentials_type_enum(d.pop("credentials_type"))

        display_name = d.pop("display_name")

        provider_type = check_provider_type_enum(d.pop("provider_type"))

        resource = d.pop("resource")

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        manifests = cast(list[str], d.pop("manifests", UNSET))

        def _parse_organization(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_owner(data: object) -> BasicUser | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_1 = BasicUser.from_dict(data)

                return owner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BasicUser | None | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        specific_attributes = d.pop("specific_attributes", UNSET)

        _updated_date = d.pop("updated_date", UNSET)
        updated_date: datetime.datetime | Unset
        if isinstance(_updated_date, Unset):
            updated_date = UNSET
        else:
            updated_date = datetime.datetime.fromisoformat(_updated_date)

        cloud_storage_read = cls(
            credentials_type=credentials_type,
            display_name=display_name,
            provider_type=provider_type,
            resource=resource,
            created_date=created_date,
            description=description,
            id=id,
            manifests=manifests,
            organization=organization,
            owner=owner,
            specific_attributes=specific_attributes,
            updated_date=updated_date,
        )

        cloud_storage_read.additional_properties = d
        return cloud_storage_read

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
