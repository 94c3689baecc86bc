import io
from typing import Any

from django.conf import settings
from PIL import Image, ImageOps
from versatileimagefield.fields import VersatileImageFieldFile

from .image_renditions import Rendition, image_renditions

_SAVE_OPTIONS: dict[str, dict[str, Any]] = {
    "JPEG": {"quality": settings.VERSATILEIMAGEFIELD_SETTINGS["jpeg_resize_quality"]},
    "PNG": {"optimize": False},
    "WEBP": {"quality": 85},
}


def render_image_renditions(
    *, image: VersatileImageFieldFile, data: bytes
) -> list[tuple[Rendition, bytes]]:
    """Encode the renditions the page shows from `data`, the bytes stored as `image`, in memory.

    Decoded once for all renditions, a JPEG at the smallest scale that still covers the
    largest one. Raises Pillow's errors when `data` is not a readable image; stores nothing.
    """
    renditions = image_renditions(image)
    picture = Image.open(io.BytesIO(data))
    image_format = {"MPO": "JPEG"}.get(picture.format or "JPEG", picture.format or "JPEG")
    picture.draft(picture.mode, (renditions[0].width, renditions[0].height))  # JPEG only
    ImageOps.exif_transpose(picture, in_place=True)
    # Largest first, in place: each smaller rendition is made from the one before, and the
    # full-size pixels are never copied.
    encoded = []
    for rendition in renditions:
        picture.thumbnail((rendition.width, rendition.height), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        picture.save(buffer, format=image_format, **_SAVE_OPTIONS.get(image_format, {}))
        encoded.append((rendition, buffer.getvalue()))
    return encoded
