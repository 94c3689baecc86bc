from django.db import models
from versatileimagefield.image_warmer import VersatileImageFieldWarmer


def warm_image_renditions(*, instance: models.Model, image_attr: str = "image") -> None:
    """Make the renditions the page shows now, once, so no view ever makes them."""
    warmer = VersatileImageFieldWarmer(
        instance_or_queryset=instance, rendition_key_set="image_sizes", image_attr=image_attr
    )
    _count, failed = warmer.warm()
    if failed:
        raise OSError(f"Could not make the renditions of {getattr(instance, image_attr).name}")
