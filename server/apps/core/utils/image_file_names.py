from django.conf import settings
from versatileimagefield.datastructures.sizedimage import SizedImage
from versatileimagefield.fields import VersatileImageFieldFile


def image_file_names(image: VersatileImageFieldFile) -> list[str]:
    """The stored original and the name of each of its renditions, computed without storage I/O."""
    if not image:
        return []
    names = [image.name]
    for _key, spec in settings.VERSATILEIMAGEFIELD_RENDITION_KEY_SETS["image_sizes"]:
        if spec == "url":
            continue
        sizer_name, size = spec.split("__")
        sizer: SizedImage = getattr(image, sizer_name)
        names.append(sizer[size].name)
    return names
