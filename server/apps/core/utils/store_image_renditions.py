from django.core.files.base import ContentFile
from versatileimagefield.fields import VersatileImageFieldFile

from .image_renditions import Rendition


def store_image_renditions(
    *, image: VersatileImageFieldFile, renditions: list[tuple[Rendition, bytes]]
) -> None:
    """Write encoded renditions under the names django-versatileimagefield gives them, so
    their URLs need no storage round trip."""
    for rendition, encoded in renditions:
        # The storage overwrites (settings.STORAGES), so the save keeps exactly this name.
        image.storage.save(rendition.name, ContentFile(encoded))
