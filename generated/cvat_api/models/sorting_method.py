from typing import Literal, cast

SortingMethod = Literal["lexicographical", "natural", "predefined", "random"]

SORTING_METHOD_VALUES: set[SortingMethod] = {
    "lexicographical",
    "natural",
    "predefined",
    "random",
}


def check_sorting_method(value: str) -> SortingMethod:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(SortingMethod, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORTING_METHOD_VALUES!r}"
    )
