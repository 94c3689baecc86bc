from versatileimagefield.fields import VersatileImageFieldFile

from .render_image_renditions import render_image_renditions
from .store_image_renditions import store_image_renditions


def warm_image_renditions(*, image: VersatileImageFieldFile, data: bytes) -> None:
    """Make and store the renditions the page shows now, once, so that no view ever makes them.

    `data` is what was just stored as `image`: the renditions come from it, not from a read
    back (a round trip to S3).
    """
    store_image_renditions(image=image, renditions=render_image_renditions(image=image, data=data))
