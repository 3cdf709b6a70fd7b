from typing import Literal, cast

SchemaRetrieveScheme = Literal["json", "yaml"]

SCHEMA_RETRIEVE_SCHEME_VALUES: set[SchemaRetrieveScheme] = {
    "json",
    "yaml",
}


def check_schema_retrieve_scheme(value: str) -> SchemaRetrieveScheme:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(SchemaRetrieveScheme, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCHEMA_RETRIEVE_SCHEME_VALUES!r}"
    )
