"""The real type and pixel size of image bytes, whatever label came with them."""

import io
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

_SIGNATURES: tuple[tuple[str, bytes], ...] = (
    ("image/png", b"\x89PNG\r\n\x1a\n"),
    ("image/jpeg", b"\xff\xd8\xff"),
)


@dataclass(frozen=True)
class SniffedImage:
    mime_type: str
    width: int
    height: int


def sniff_image_type(data: bytes) -> SniffedImage | None:
    """PNG, JPEG or WebP from the magic bytes, with the size from the header (no pixel decode).

    Returns None for anything else or for bytes Pillow cannot identify.
    """
    mime_type = _mime_from_magic(data)
    if mime_type is None:
        return None
    try:
        with Image.open(io.BytesIO(data)) as image:  # reads the header only
            width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    return SniffedImage(mime_type=mime_type, width=width, height=height)


def _mime_from_magic(data: bytes) -> str | None:
    for mime_type, signature in _SIGNATURES:
        if data.startswith(signature):
            return mime_type
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None
