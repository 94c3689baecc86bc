from django.conf import settings
from versatileimagefield.fields import VersatileImageFieldFile
from versatileimagefield.utils import get_url_from_image_key


def warm_image_renditions(*, image: VersatileImageFieldFile) -> None:
    """Make the renditions the page shows now, once, so that no view ever makes them."""
    image.create_on_demand = True
    try:
        for _key, spec in settings.VERSATILEIMAGEFIELD_RENDITION_KEY_SETS["image_sizes"]:
            if spec != "url":
                get_url_from_image_key(image, spec)
    finally:
        image.create_on_demand = False
