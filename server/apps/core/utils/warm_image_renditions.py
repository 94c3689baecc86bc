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


def warm_image_renditions(*, image: VersatileImageFieldFile, data: bytes) -> None:
    """Make the renditions the page shows now, once, so that no view ever makes them.

    `data` is what was just stored as `image`: the renditions come from it, not from a read
    back (a round trip to S3). It is decoded once for all renditions, a JPEG at the smallest
    scale that still covers the largest one; each is written under the name
    django-versatileimagefield gives it, so its URLs need no storage round trip.
    """
    renditions = image_renditions(image)
    picture = Image.open(io.BytesIO(data))
    image_format = {"MPO": "JPEG"}.get(picture.format or "JPEG", picture.format or "JPEG")
    picture.draft(picture.mode, (renditions[0].width, renditions[0].height))  # JPEG only
    ImageOps.exif_transpose(picture, in_place=True)
    # Largest first, in place: each smaller rendition is made from the one before, and the
    # full-size pixels are never copied.
    for rendition in renditions:
        picture.thumbnail((rendition.width, rendition.height), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        picture.save(buffer, format=image_format, **_SAVE_OPTIONS.get(image_format, {}))
        # The storage overwrites (settings.STORAGES), so the save keeps exactly this name.
        image.storage.save(rendition.name, ContentFile(buffer.getvalue()))
