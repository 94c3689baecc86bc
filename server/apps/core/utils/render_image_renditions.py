import io
from typing import Any

from django.conf import settings
from PIL import Image
from versatileimagefield.fields import VersatileImageFieldFile

from .image_renditions import Rendition, image_renditions

_SAVE_OPTIONS: dict[str, dict[str, Any]] = {
    "JPEG": {"quality": settings.VERSATILEIMAGEFIELD_SETTINGS["jpeg_resize_quality"]},
    "PNG": {"optimize": False},
    "WEBP": {"quality": 85},
}


def render_image_renditions(
    *, image: VersatileImageFieldFile, picture: Image.Image
) -> list[tuple[Rendition, bytes]]:
    """Encode the renditions the page shows of `image` from `picture`, its pixels as
    `decode_for_renditions` gives them, in memory; stores nothing.

    `picture` is shrunk in place: largest rendition first, each smaller one made from the
    one before, so the full-size pixels are never copied.
    """
    image_format = {"MPO": "JPEG"}.get(picture.format or "JPEG", picture.format or "JPEG")
    encoded = []
    for rendition in image_renditions(image):
        picture.thumbnail((rendition.width, rendition.height), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        picture.save(buffer, format=image_format, **_SAVE_OPTIONS.get(image_format, {}))
        encoded.append((rendition, buffer.getvalue()))
    return encoded
