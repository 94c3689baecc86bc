from versatileimagefield.fields import VersatileImageFieldFile

from .image_renditions import image_renditions


def image_file_names(image: VersatileImageFieldFile) -> list[str]:
    """The stored original and the name of each of its renditions, computed without storage I/O."""
    if not image:
        return []
    return [image.name, *(rendition.name for rendition in image_renditions(image))]
