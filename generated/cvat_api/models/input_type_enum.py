from typing import Literal, cast

InputTypeEnum = Literal["checkbox", "number", "radio", "select", "text"]

INPUT_TYPE_ENUM_VALUES: set[InputTypeEnum] = {
    "checkbox",
    "number",
    "radio",
    "select",
    "text",
}


def check_input_type_enum(value: str) -> InputTypeEnum:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(InputTypeEnum, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_TYPE_ENUM_VALUES!r}"
    )
