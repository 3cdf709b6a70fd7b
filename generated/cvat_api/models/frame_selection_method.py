from typing import Literal, cast

FrameSelectionMethod = Literal["manual", "random_per_job", "random_uniform"]

FRAME_SELECTION_METHOD_VALUES: set[FrameSelectionMethod] = {
    "manual",
    "random_per_job",
    "random_uniform",
}


def check_frame_selection_method(value: str) -> FrameSelectionMethod:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(FrameSelectionMethod, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FRAME_SELECTION_METHOD_VALUES!r}"
    )
