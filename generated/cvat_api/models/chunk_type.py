from typing import Literal, cast

ChunkType = Literal["audio_mp3", "imageset", "video"]

CHUNK_TYPE_VALUES: set[ChunkType] = {
    "audio_mp3",
    "imageset",
    "video",
}


def check_chunk_type(value: str) -> ChunkType:
    """Accept values a newer CVAT may add; only a value of the wrong type is an error."""
    if isinstance(value, str):
        return cast(ChunkType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHUNK_TYPE_VALUES!r}"
    )
