from dataclasses import dataclass

from django.conf import settings
from versatileimagefield.datastructures.sizedimage import SizedImage
from versatileimagefield.fields import VersatileImageFieldFile


@dataclass(frozen=True)
class Rendition:
    name: str  # where django-versatileimagefield looks for it, so its URL needs no storage I/O
    width: int
    height: int


def image_renditions(image: VersatileImageFieldFile) -> list[Rendition]:
    """The renditions the page shows (the `image_sizes` key set), largest first."""
    renditions = []
    for _key, spec in settings.VERSATILEIMAGEFIELD_RENDITION_KEY_SETS["image_sizes"]:
        if spec == "url":
            continue
        sizer_name, size = spec.split("__")
        sizer: SizedImage = getattr(image, sizer_name)
        width, height = (int(side) for side in size.split("x"))
        renditions.append(Rendition(name=sizer[size].name, width=width, height=height))
    return sorted(renditions, key=lambda r: r.width * r.height, reverse=True)
