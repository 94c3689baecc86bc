import io
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from PIL import Image, ImageOps
from versatileimagefield.fields import VersatileImageFieldFile

from .image_renditions import image_renditions

_SAVE_OPTIONS: dict[str, dict[str, Any]] = {
    "JPEG": {"quality": settings.VERSATILEIMAGEFIELD_SETTINGS["jpeg_resize_quality"]},
    "PNG": {"optimize": False},
    "WEBP": {"quality": 85},
}


def warm_image_renditions(*, image: VersatileImageFieldFile) -> None:
    """Make the renditions the page shows now, once, so that no view ever makes them.

    The stored image is decoded once for all renditions, and each is written under the name
    django-versatileimagefield gives it, so its URLs need no storage round trip.
    """
    with image.open("rb") as file:
        opened = Image.open(io.BytesIO(file.read()))
        image_format = {"MPO": "JPEG"}.get(opened.format or "JPEG", opened.format or "JPEG")
        source: Image.Image = ImageOps.exif_transpose(opened)
    # Largest first: each smaller rendition is made from the one before, not from the original.
    current: Image.Image = source
    for rendition in image_renditions(image):
        current = current.copy()
        current.thumbnail((rendition.width, rendition.height), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        current.save(buffer, format=image_format, **_SAVE_OPTIONS.get(image_format, {}))
        image.storage.delete(rendition.name)  # so the save keeps exactly this name
        image.storage.save(rendition.name, ContentFile(buffer.getvalue()))
